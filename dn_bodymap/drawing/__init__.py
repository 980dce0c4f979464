"""Qt painting of atlas views (QtGui only, no widgets): shared by the window, CLI and printouts."""
