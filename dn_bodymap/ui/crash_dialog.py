"""An error the program did not expect, in the window: logged with its traceback, told to the
clinician in plain words, and the window goes on.

Every change is stored as it is made, so a failed click or menu command loses nothing that
was charted before it; Qt carries on with the event loop after a slot raises. The dialog is
not modal to the loop (``open``, not ``exec``): a second error while it shows is logged, and
does not stack a second dialog on the first.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from dn_bodymap import logs
from dn_bodymap.i18n import translate

log = logging.getLogger(__name__)


def title() -> str:
    return translate("ui.crash_dialog", "dn-bodymap: something went wrong")


def message(log_file: object) -> str:
    return (translate("ui.crash_dialog",
            "Something went wrong. Your charted data is safe: every change is saved as it is "
            "made. Details were saved to {log_file}.\n\nYou can go on working. If this happens "
            "again, send that file to whoever supports dn-bodymap for you (Help → Open log "
            "folder).").format(log_file=log_file))


class CrashHandler:
    """``install()`` makes it ``sys.excepthook`` (and logs other threads' errors)."""

    def __init__(self) -> None:
        self.dialog: QMessageBox | None = None  # the one on screen, if any
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook

    def install(self) -> None:
        self._previous, self._previous_thread = sys.excepthook, threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._thread_error

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous, self._previous_thread

    def handle(self, kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: not a crash
            self._previous(kind, exc, tb)
            return
        log.error("unexpected error in the window", exc_info=(kind, exc, tb))
        if self.dialog is not None:  # one dialog is enough; this one is in the log too
            return
        self.dialog = self._show()

    def _thread_error(self, args: threading.ExceptHookArgs) -> None:
        # Not on the GUI thread: logged only (a dialog must not be made here).
        log.error("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=args.exc_value or True)

    def _show(self) -> QMessageBox | None:
        if QApplication.instance() is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, title(),
                          message(logs.current_path() or logs.log_path()),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("crash_dialog")
        folder = box.addButton(translate("ui.crash_dialog",
                "Open log folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(open_log_folder)
        box.finished.connect(self._closed)
        box.open()
        return box

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (Help → Open log folder)."""
    folder = (logs.current_path() or logs.log_path()).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("cannot create the log folder: %s", exc)
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not opened:
        QMessageBox.information(QApplication.activeWindow(), translate("ui.crash_dialog",
                "Log folder"),
                                translate("ui.crash_dialog",
                                        "The log files are in:\n\n{folder}").format(folder=folder))
    return opened
