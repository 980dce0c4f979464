"""Start the window fast: show a window at once, then load the atlas and the records.

Importing shapely, NumPy and SQLAlchemy and loading the atlas take about a second; the
clinician sees the window (where it was last time, saying what it is opening) at once
instead of nothing. Only PySide6 and the light settings module are imported before it shows.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from dn_bodymap import __version__
from dn_bodymap import settings as app_settings
from dn_bodymap.i18n import translate
from dn_bodymap.ui import language, theme
from dn_bodymap.ui.app_icon import app_icon

# For the start-up benchmark: quit once the first window is "shown", or once "ready".
QUIT_ENV = "DN_BODYMAP_QUIT_WHEN"


class OpeningWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(translate("ui.launch",
                "dn-bodymap {version}").format(version=__version__))
        label = QLabel(translate("ui.launch", "Opening the anatomical atlas and your records…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self.resize(1400, 900)
        geometry = app_settings.open_settings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)


def run(db: str | None = None) -> int:
    """Open the main window on ``db`` (a file or URL; else DN_BODYMAP_DB, else the default)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dn-bodymap")
    app.setOrganizationName("dn-bodymap")
    settings = app_settings.open_settings()
    theme.start(settings)  # light or dark, before anything shows
    language.start(settings)  # the system's language or the one chosen, before any text
    QApplication.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("dn-bodymap")  # Wayland: packaging/dn-bodymap.desktop
    from dn_bodymap.ui.crash_dialog import CrashHandler

    CrashHandler().install()  # an unexpected error: logged, a plain dialog, the window goes on
    opening = OpeningWindow()
    opening.show()
    quit_when = os.environ.get(QUIT_ENV)
    if quit_when == "shown":
        QTimer.singleShot(0, app.quit)
        return app.exec()
    held = []  # the main window, kept alive while the loop runs; its store closed after

    def open_main() -> None:
        from dn_bodymap.ui.app import open_main_window

        window = open_main_window(db, opening.geometry())
        opening.close()
        if window is None:
            app.exit(2)
            return
        if not window.isVisible():  # Quit at the sign-in
            window.close_store()
            app.quit()
            return
        held.append(window)
        if quit_when == "ready":
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, open_main)  # after the opening window has painted
    try:
        return app.exec()
    finally:
        for window in held:
            window.close_store()
