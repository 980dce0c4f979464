"""Start the window: the QApplication, the atlas, the records; clear errors, no tracebacks."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dn_bodymap.atlas import Atlas, AtlasError
from dn_bodymap.records import paths
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.store import Store


def run(db: str | None = None) -> int:
    """Open the main window on ``db`` (a file or URL; else DN_BODYMAP_DB, else the default)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dn-bodymap")
    app.setOrganizationName("dn-bodymap")
    try:
        atlas = Atlas.load()
    except AtlasError as exc:
        QMessageBox.critical(None, "dn-bodymap cannot start",
                             f"The anatomical atlas could not be loaded:\n\n{exc}")
        return 2
    target = paths.resolve(db)
    try:
        store = Store.open(target, atlas=atlas)
    except RecordsError as exc:
        QMessageBox.critical(None, "dn-bodymap cannot open the records",
                             f"The database {target} could not be opened:\n\n{exc}\n\n"
                             "Nothing in it was changed.")
        return 2
    from dn_bodymap.ui.main_window import MainWindow

    window = MainWindow(atlas, store)
    window.show()
    if os.environ.get("DN_BODYMAP_QUIT_WHEN_SHOWN"):  # start-up benchmark: stop once shown
        QTimer.singleShot(0, app.quit)
    else:
        window.start()
    try:
        return app.exec()
    finally:
        store.close()
