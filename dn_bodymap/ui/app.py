"""Load the atlas and the records and open the main window; clear errors, no tracebacks."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMessageBox

from dn_bodymap.atlas import Atlas, AtlasError
from dn_bodymap.i18n import translate
from dn_bodymap.records import paths
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow


def open_main_window(db: str | None, geometry: QRect | None = None) -> MainWindow | None:
    """The shown main window, or None after telling the user why it cannot open. A window
    whose sign-in was answered with Quit is returned closed (not visible)."""
    try:
        atlas = Atlas.load()
    except AtlasError as exc:
        QMessageBox.critical(None, translate("ui.app", "dn-bodymap cannot start"),
                             translate("ui.app",
                                     "The anatomical atlas could not be loaded:\n\n{exc}").format(
                                     exc=exc))
        return None
    target: object = db or translate("ui.app", "your records")
    try:
        target = paths.resolve(db)
        store = Store.open(target, atlas=atlas, keep_locks=True)
    except RecordsError as exc:
        QMessageBox.critical(None, translate("ui.app", "dn-bodymap cannot open the records"),
                             translate("ui.app",
                                     "The database {target} could not be opened:\n\n{exc}"
                                     "\n\nNothing in it was changed."
                                     ).format(target=target, exc=exc))
        return None
    window = MainWindow(atlas, store)
    if geometry is not None:  # where the opening window stood
        window.setGeometry(geometry)
    window.show()
    window.start()
    return window
