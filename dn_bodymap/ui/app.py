"""Start the window: the QApplication, the atlas, clear errors instead of tracebacks."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from dn_bodymap.atlas import Atlas, AtlasError


def run() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dn-bodymap")
    app.setOrganizationName("dn-bodymap")
    try:
        atlas = Atlas.load()
    except AtlasError as exc:
        QMessageBox.critical(None, "dn-bodymap cannot start", f"The anatomical atlas could not "
                             f"be loaded:\n\n{exc}")
        return 2
    from dn_bodymap.ui.main_window import MainWindow

    window = MainWindow(atlas)
    window.show()
    return app.exec()
