"""Starting the program: the window shows before the heavy libraries load, a first start
guides the user, and settings are remembered (in the test's own folder, never the user's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Clinician, Store
from dn_bodymap.ui.dialogs import ClinicianDialog, PatientDialog
from dn_bodymap.ui.launch import QUIT_ENV
from tests.conftest import open_window

ROOT = Path(__file__).resolve().parents[1]


def test_the_launcher_imports_no_heavy_library() -> None:
    code = ("import sys, dn_bodymap.cli, dn_bodymap.ui.launch\n"
            "print(sorted(m for m in ('shapely', 'numpy', 'sqlalchemy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True).stdout
    assert out.strip() == "[]"


def test_dn_bodymap_opens_the_window_on_the_given_database(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    (tmp_path / "config" / "dn-bodymap").mkdir(parents=True)
    (tmp_path / "config" / "dn-bodymap" / "settings.ini").write_text(
        "[clinician]\nname=Alex Morgan\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_ENV: "ready",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(db), "patient", "add",
                    "Ann Example"], env=env, check=True, capture_output=True, timeout=120)
    done = subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(db)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data" / "dn-bodymap").exists()  # --db, not the default file


def test_a_first_start_on_a_fresh_machine_makes_the_data_folder(tmp_path: Path) -> None:
    """No data folder yet (a new user account): the default database is made in a new,
    private folder; a first start was refused with "folder ... does not exist"."""
    (tmp_path / "config" / "dn-bodymap").mkdir(parents=True)
    (tmp_path / "config" / "dn-bodymap" / "settings.ini").write_text(
        "[clinician]\nname=Alex Morgan\n[start]\nfirst_patient_asked=true\n", encoding="utf-8")
    data = tmp_path / "fresh" / "share"  # none of it exists
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_ENV: "ready",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(data)}
    env.pop("DN_BODYMAP_DB", None)
    done = subprocess.run([sys.executable, "-m", "dn_bodymap", "patient", "add", "Ann Example"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (data / "dn-bodymap" / "bodymap.sqlite").is_file()
    assert (data / "dn-bodymap").stat().st_mode & 0o777 == 0o700


def _answer_dialogs(answers: list[str]) -> None:
    """Fill and accept the modal dialogs of a first start as they appear."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ClinicianDialog):
            dialog.name.setText("Alex Morgan")
            dialog.credentials.setText("PT")
            answers.append("clinician")
            dialog.accept()
        elif isinstance(dialog, PatientDialog):
            dialog.name.setText("Ann Example")
            answers.append("patient")
            dialog.accept()
        if len(answers) < 2:
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def test_a_first_start_asks_for_the_clinician_and_a_first_patient(qtbot, atlas: Atlas,
                                                                   store: Store) -> None:
    settings = app_settings.open_settings()
    window = open_window(qtbot, atlas, store, settings=settings)
    answers: list[str] = []
    _answer_dialogs(answers)
    window.start()
    assert answers == ["clinician", "patient"]
    assert app_settings.clinician(settings) == Clinician("Alex Morgan", "PT")
    assert [p.name for p in store.patients()] == ["Ann Example"]
    assert window.patients.patient_id == store.patients()[0].id
    # the first start's hint is gone once there is a patient (it used to stay)
    assert "No patients yet" not in window.statusBar().currentMessage()


def test_settings_remember_the_last_patient_and_the_layout(qtbot, atlas: Atlas,
                                                           store: Store) -> None:
    settings = app_settings.open_settings()
    assert str(app_settings.settings_path()).startswith(os.environ["XDG_CONFIG_HOME"])
    app_settings.save_clinician(settings, Clinician("Alex Morgan"))
    first, second = store.add_patient("Ann Example"), store.add_patient("Bo Example")
    window = open_window(qtbot, atlas, store, settings=settings)
    window.patients.select_patient(second.id)
    window.resize(760, 560)  # within the offscreen screen (800 x 600), which clamps sizes
    size = window.size()
    window.close()

    again = open_window(qtbot, atlas, store)
    again.start()
    assert again.patients.patient_id == second.id != first.id
    assert again.size() == size
    again.close()
    assert not isinstance(QApplication.activeModalWidget(), QDialog)


def test_a_damaged_database_is_named_in_a_message_and_left_alone(
        tmp_path: Path, monkeypatch, qapp) -> None:
    import hashlib

    from dn_bodymap.ui import app as ui_app

    bad = tmp_path / "clinic.sqlite"
    bad.write_bytes(b"this is a spreadsheet, not a database" * 50)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(ui_app.QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    assert ui_app.open_main_window(str(bad)) is None
    assert len(shown) == 1 and str(bad) in shown[0] and "not an SQLite file" in shown[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest
