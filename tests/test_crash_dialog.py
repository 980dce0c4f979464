"""An unexpected error in the window: logged with its traceback, one plain dialog that names
the log file, and the window goes on. The hook is called directly (pytest-qt keeps its own
sys.excepthook during tests, so that errors in the event loop still fail them)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from dn_bodymap import logs
from dn_bodymap.ui import crash_dialog
from dn_bodymap.ui.crash_dialog import CrashHandler


def _raised(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "crash_dialog" and w.isVisible()]


def _log_text(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_an_error_is_logged_and_told_once_and_the_window_goes_on(charting_window, store,
                                                                  qtbot) -> None:
    w = charting_window
    log_file = logs.setup()
    assert log_file is not None
    handler = CrashHandler()
    handler.handle(*_raised(ZeroDivisionError("division by zero in a slot")))
    boxes = _dialogs()
    assert len(boxes) == 1
    text = boxes[0].text()
    assert text.startswith("Something went wrong. Your charted data is safe: every change is "
                           "saved as it is made.")
    assert f"Details were saved to {log_file}." in text
    logged = _log_text(log_file)
    assert "ERROR dn_bodymap.ui.crash_dialog: unexpected error in the window" in logged
    assert "Traceback (most recent call last):" in logged and "ZeroDivisionError" in logged

    handler.handle(*_raised(RuntimeError("a second one while the dialog shows")))
    assert len(_dialogs()) == 1  # not a second dialog
    assert "RuntimeError" in _log_text(log_file)  # but logged all the same

    # The window keeps working: charting goes on while the dialog is open, and after it.
    w.chart_at_site("upper_trapezius", "right")
    w.editor.close_chooser()
    assert len(store.session(w.editor.session.id).points) == 1
    boxes[0].accept()
    qtbot.waitUntil(lambda: not _dialogs())
    assert handler.dialog is None
    handler.handle(*_raised(ValueError("a later, separate error")))
    assert len(_dialogs()) == 1  # a new error after the first was dismissed is told again
    handler.dialog.accept()
    qtbot.waitUntil(lambda: not _dialogs())


def test_install_makes_it_the_excepthook_and_uninstall_restores(qtbot) -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        assert threading.excepthook != before_thread
    finally:
        handler.uninstall()
    assert sys.excepthook is before
    assert threading.excepthook is before_thread


def test_an_error_in_another_thread_is_logged_without_a_dialog(qtbot) -> None:
    log_file = logs.setup()
    handler = CrashHandler()
    handler.install()
    try:
        t = threading.Thread(target=lambda: 1 / 0, name="worker-x")
        t.start()
        t.join()
    finally:
        handler.uninstall()
    assert "unexpected error in thread worker-x" in _log_text(log_file)
    assert "ZeroDivisionError" in _log_text(log_file)
    assert not _dialogs()


def test_ctrl_c_is_passed_on_not_told_as_a_crash(qtbot) -> None:
    seen = []
    handler = CrashHandler()
    handler._previous = lambda *a: seen.append(a[0])
    handler.handle(*_raised(KeyboardInterrupt()))
    assert seen == [KeyboardInterrupt] and not _dialogs()


def test_help_open_log_folder_opens_the_folder(charting_window, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    log_file = logs.setup()
    help_menu = next(a.menu() for a in charting_window.menuBar().actions()
                     if a.text() == "&Help")
    item = next(a for a in help_menu.actions() if a.text() == "Open &log folder")
    item.trigger()
    assert [u.toLocalFile() for u in opened] == [str(log_file.parent)]


def test_a_folder_that_cannot_be_opened_is_named_instead(monkeypatch, qtbot) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append(text)))
    log_file = logs.setup()
    assert crash_dialog.open_log_folder() is False
    assert told and str(log_file.parent) in told[0]



def test_the_window_program_installs_the_handler_at_start() -> None:
    # In a process of its own: pytest-qt's hook, and its application, stay as they are here.
    code = ("import os, sys; from dn_bodymap.ui import launch, crash_dialog; "
            "os.environ[launch.QUIT_ENV] = 'shown'; assert launch.run() == 0; "
            "print(isinstance(sys.excepthook.__self__, crash_dialog.CrashHandler))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "True"
