"""The log: a rotating file in the user's log folder, what the program did by ids only, and
never a patient's name, birth date, clinic id or notes, nor a database password."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import pytest

from dn_bodymap import logs
from dn_bodymap.cli import main

NAME = "Zebedee Quillfeather-Ostrowska"
BIRTH = "1931-07-19"
CLINIC_ID = "MRN-QX-778199"
NOTES = "Fell from the hayloft at Penhallow Farm"
SESSION_NOTE = "Worse after lifting the grandchildren"
POINT_NOTE = "Exquisitely tender over the left rhomboid"
SECRETS = (NAME, "Quillfeather", BIRTH, CLINIC_ID, NOTES, "Penhallow", SESSION_NOTE,
           "grandchildren", POINT_NOTE, "Exquisitely")


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = logs.setup()
    assert path is not None
    yield path
    for h in logging.getLogger().handlers:
        h.flush()


def _text(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_is_a_rotating_file_in_the_user_log_folder_set_up_once(tmp_path: Path) -> None:
    path = logs.setup()
    again = logs.setup()
    state = Path(os.environ["XDG_STATE_HOME"])
    assert path == again == state / "dn-bodymap" / "log" / "dn-bodymap.log"
    assert tmp_path not in path.parents  # (tests list what a command leaves in tmp_path)
    ours = [h for h in logging.getLogger().handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)
            and Path(h.baseFilename) == path]
    assert len(ours) == 1  # a second setup adds no second handler (no doubled lines)
    assert ours[0].maxBytes == logs.MAX_BYTES and ours[0].backupCount == logs.BACKUPS
    logging.getLogger("dn_bodymap.test").info("hello %d", 7)
    assert "INFO dn_bodymap.test: hello 7" in _text(path)


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path: Path,
                                                            monkeypatch) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder would go")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    assert logs.setup() is None
    assert logs.current_path() is None
    assert main(["atlas", "validate"]) == 0  # the command still runs, without a log


def test_passwords_in_urls_are_masked() -> None:
    assert logs.redact("opened postgresql+psycopg://clinic:s3cr3t!@db.local/charts") == \
        "opened postgresql+psycopg://clinic:***@db.local/charts"
    assert logs.redact("file /home/pt/records.sqlite") == "file /home/pt/records.sqlite"


def test_a_logged_url_with_a_password_reaches_the_file_masked(log_file: Path) -> None:
    logging.getLogger("dn_bodymap.test").warning(
        "lost postgresql://alex:Hunter2Secret@server/clinic")
    text = _text(log_file)
    assert "Hunter2Secret" not in text and "alex:***@server/clinic" in text


def test_an_exception_message_with_a_patient_value_is_masked(log_file: Path) -> None:
    try:
        raise KeyError(f"no patient named {NAME!r}")
    except KeyError:
        logging.getLogger("dn_bodymap.test").exception("failed")
    text = _text(log_file)
    assert "Traceback (most recent call last):" in text and "KeyError" in text
    assert "test_logging.py" in text  # the frames stay: they are what a developer needs
    assert "Quillfeather" not in text


def test_a_charted_visit_logs_ids_and_no_patient_data(charting_window, store, log_file: Path,
                                                      tmp_path: Path, qtbot) -> None:
    w = charting_window
    session = w.editor.session
    patient_id = session.patient_id
    store.update_patient(patient_id, name=NAME, date_of_birth=BIRTH, clinic_id=CLINIC_ID,
                         notes=NOTES)
    w.chart_at_site("upper_trapezius", "right")
    w.editor.close_chooser()
    point = store.session(session.id).points[0]
    store.update_point(point.id, notes=POINT_NOTE)
    store.update_session(session.id, notes=SESSION_NOTE)
    pdf = w.printing.export_pdf("clinical", str(tmp_path / f"{NAME}.pdf"))
    assert pdf is not None and pdf.exists()
    assert store.verify().ok
    store.backup(tmp_path / "backup.sqlite")

    text = _text(log_file)
    for secret in SECRETS:
        assert secret not in text, secret
    assert f"patient {patient_id}" in text
    assert f"trigger_point {point.id} (session {session.id})" in text
    assert f"session {session.id}: clinical map exported as a PDF" in text
    assert "verify: integrity verified" in text
    assert "backup of sqlite file" in text and "backup.sqlite" in text


def test_the_cli_logs_its_command_and_the_database_it_opened(tmp_path: Path, capsys) -> None:
    from dn_bodymap.records import Store

    logs.setup()
    db = tmp_path / "records.sqlite"
    Store.open(db).close()  # made now: the schema migrated from nothing
    assert main(["--db", str(db), "verify"]) == 0
    text = _text(logs.log_path())
    assert "command verify" in text
    assert f"opened sqlite file {db}" in text
    assert "upgrading the database schema from empty to head" in text
    assert main(["--db", str(tmp_path / "missing" / "x.sqlite"), "verify"]) == 2
    assert "command verify refused: RecordsError" in _text(logs.log_path())
