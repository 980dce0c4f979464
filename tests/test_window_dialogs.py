"""Dialogs of the window that borrow Qt objects or touch the file system: the print preview
(which crashed when its printer was freed) and the file dialog beside the database (which
cost the database its journal)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dn_bodymap import settings as app_settings
from dn_bodymap.records import Clinician, Store
from dn_bodymap.ui.app import open_main_window
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.printing import PreviewDialog


def test_print_preview_paints_and_closes(charting_window: MainWindow, qtbot) -> None:
    w = charting_window
    painted: list[int] = []
    dialog = w.printing.preview_dialog()
    assert isinstance(dialog, PreviewDialog)
    dialog.paintRequested.connect(lambda printer: painted.append(printer.pageLayout()
                                                                  .pageSize().id().value))
    gc.collect()  # what Python would free on its own while the dialog is open
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(painted))
    QTest.qWait(50)  # a few more paint events, as a user scrolling the preview would cause
    dialog.close()
    dialog.deleteLater()
    assert painted  # the map was laid out on the borrowed printer, and nothing crashed
    assert dialog.printer().pageLayout().pageSize().id().value == painted[0]


def _lock_holders(path: Path) -> set[int]:
    """The processes holding POSIX locks on the file, from /proc/locks (Linux)."""
    st = path.stat()
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    holders = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "POSIX" in fields and inode in fields:
            holders.add(int(fields[fields.index("POSIX") + 3]))  # POSIX ADVISORY READ pid
    return holders


def _file_dialog(qtbot) -> QFileDialog:
    """The file dialog the window opened, once shown and given time to list its folder
    (Qt's own dialog offscreen, listing in this process as a desktop's may)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks")
def test_a_file_dialog_beside_the_database_costs_no_edit(tmp_path: Path, qtbot, atlas,
                                                         monkeypatch) -> None:
    db = tmp_path / "bodymap.sqlite"
    with Store.open(db, atlas=atlas) as setup:
        patient = setup.add_patient("Jane Doe")
        session = setup.new_session(patient.id, Clinician("Alex Morgan", "PT"))
    monkeypatch.chdir(tmp_path)  # the dialog starts in the database's folder
    app_settings.save_clinician(app_settings.open_settings(), Clinician("Alex Morgan", "PT"))
    window = open_main_window(str(db))
    assert window is not None
    qtbot.addWidget(window)
    try:
        window.editor.open(session.id)
        before = _lock_holders(db)
        assert os.getpid() in before and window.store.lock_keeper is not None
        seen: list[set[int]] = []

        def in_dialog() -> None:
            dialog = _file_dialog(qtbot)
            try:  # listing the folder has Qt open the database file to guess its type
                qtbot.waitUntil(lambda: os.getpid() not in _lock_holders(db), timeout=5000)
            finally:
                seen.append(_lock_holders(db))
                dialog.reject()

        QTimer.singleShot(0, in_dialog)
        assert window.printing.export_pdf("clinical") is None  # the real Export PDF dialog
        # The dialog did drop this process's own locks; the keeper's held.
        assert seen and os.getpid() not in seen[0]
        assert window.store.lock_keeper.process.pid in seen[0]
        subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(db), "sessions",
                        "--json"], check=True, capture_output=True)
        mark = window.atlas.landmark("top_of_shoulder", "right", "back")
        window.editor.click("back", mark.x, mark.y)
        window.editor.close_chooser()
        out = subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(db), "sessions",
                              "--json"], check=True, capture_output=True, text=True).stdout
        assert [s["points"] for s in json.loads(out)] == [1]
    finally:
        window.close()
        window.close_store()


def test_export_starts_in_the_folder_used_last_and_reports_a_failed_write(
        charting_window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    w = charting_window
    monkeypatch.chdir(tmp_path)  # never offered: the program's working folder
    asked: list[str] = []

    def fake_dialog(parent, caption, start, filters):
        asked.append(start)
        return str(tmp_path / "maps" / "visit"), filters  # no suffix typed

    (tmp_path / "maps").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert w.printing.export_pdf("clinical") == tmp_path / "maps" / "visit.pdf"
    assert Path(asked[0]).parent != tmp_path
    w.printing.export_pdf("clinical")
    assert Path(asked[1]).parent == tmp_path / "maps"  # where the last one went

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warned.append(text)))
    (tmp_path / "not-a-folder").write_text("x")  # a file where the folder should be
    assert w.printing.export_pdf("clinical", str(tmp_path / "not-a-folder" / "m.pdf")) is None
    assert warned and "was not written" in warned[0]
