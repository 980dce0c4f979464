"""The records commands: JSON shapes, --db and DN_BODYMAP_DB, and bad input refused in one line
with exit code 2 and the database unchanged, byte for byte."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.records import Store, exchange
from tests.records_helpers import EXAMPLE, as_exported_now, raw, sha256


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits itself on usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, atlas: Atlas) -> Path:
    """A database holding the example's signed session, closed (so the file is complete on
    disk)."""
    path = tmp_path / "clinic.sqlite"
    with Store.open(path, atlas=atlas) as store:
        exchange.import_document(store, exchange.load_file(EXAMPLE))
    return path


def test_patient_add_and_list(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite")
    code, out, _ = run(capsys, "--db", db, "patient", "add", "Ann Example", "--dob",
                       "1980-02-03", "--clinic-id", "C-9", "--sex", "female", "--json")
    assert code == 0 and json.loads(out) == {"patient_id": 1}
    code, out, _ = run(capsys, "patients", "--db", db, "--json")  # --db after the command too
    [p] = json.loads(out)
    assert (p["id"], p["name"], p["date_of_birth"], p["clinic_id"], p["sex"]) == (
        1, "Ann Example", "1980-02-03", "C-9", "female")


def test_sessions_json(capsys, db: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db), "sessions", "--json")
    [row] = json.loads(out)
    assert code == 0
    assert set(row) == {"id", "uuid", "patient_id", "patient_name", "date", "status", "points"}
    assert (row["patient_name"], row["status"], row["points"], row["date"]) == (
        "Maria Example", "signed", 5, "2025-03-14T09:30:00+01:00")
    code, out, _ = run(capsys, "--db", str(db), "sessions", "--patient", "1", "--json")
    assert [r["id"] for r in json.loads(out)] == [row["id"]]
    code, _, err = run(capsys, "--db", str(db), "sessions", "--patient", "7")
    assert code == 2 and err == "dn-bodymap: no patient 7\n"


def test_export_then_import_into_another_database(capsys, db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "s.json"
    code, out, _ = run(capsys, "--db", str(db), "export-json", "1", str(out_file))
    assert code == 0 and out.strip() == str(out_file)
    other = tmp_path / "other.sqlite"
    code, out, _ = run(capsys, "--db", str(other), "import-json", str(out_file), "--json")
    assert code == 0 and json.loads(out) == {"session_id": 1}
    code, out, _ = run(capsys, "--db", str(other), "export-json", "1", "-")
    assert json.loads(out)["session"] == json.loads(out_file.read_text())["session"]


def test_environment_variable_picks_the_database(capsys, db: Path, monkeypatch) -> None:
    monkeypatch.setenv("DN_BODYMAP_DB", str(db))
    code, out, _ = run(capsys, "sessions", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, err = run(capsys, "--db", str(db.with_name("typo.sqlite")), "sessions")
    assert code == 2 and "no database at" in err and "typo.sqlite" in err  # --db wins


def test_default_database_in_the_user_data_folder(capsys, tmp_path: Path,
                                                  monkeypatch) -> None:
    monkeypatch.delenv("DN_BODYMAP_DB", raising=False)
    assert run(capsys, "patient", "add", "Ann")[0] == 0
    assert (tmp_path / "data" / "dn-bodymap" / "bodymap.sqlite").is_file()


def test_backup_is_a_working_copy(capsys, db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "backup.sqlite"
    code, out, _ = run(capsys, "--db", str(db), "backup", str(copy))
    assert code == 0 and out.strip() == str(copy)
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert raw(copy, "SELECT uuid FROM sessions") == raw(db, "SELECT uuid FROM sessions")
    code, _, err = run(capsys, "--db", str(db), "backup", str(tmp_path / "no" / "x.sqlite"))
    assert code == 2 and "does not exist" in err


def test_backup_of_a_live_database_while_it_is_written(db: Path, tmp_path: Path,
                                                       atlas: Atlas) -> None:
    """The copy is consistent even with an open writer holding changes in its WAL file."""
    with Store.open(db, atlas=atlas) as writer:
        writer.add_patient("Written before the copy")
        with Store.open(db) as other:
            other.backup(tmp_path / "live.sqlite")
    names = [r[0] for r in raw(tmp_path / "live.sqlite", "SELECT name FROM patients")]
    assert "Written before the copy" in names


def test_an_unreachable_server_is_reported_in_one_line(capsys) -> None:
    code, _, err = run(capsys, "--db", "postgresql://clinic@127.0.0.1:9/records", "sessions")
    assert code == 2 and err.startswith("dn-bodymap: cannot open postgresql://clinic@")
    assert "Connection refused" in err and err.count("\n") == 1


# -- bad input: exit 2, one line naming the problem, no traceback, data unchanged ----------

def _doc_with(change) -> dict[str, Any]:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    # charted with this atlas, so each point's place is checked too (the sample keeps the
    # data_version it was exported with)
    doc["session"]["atlas_data_version"] = Atlas.load().data_version
    doc["session"]["uuid"] = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"  # not yet in the db
    change(doc)
    return doc


def _point(i: int, **values: Any):
    return lambda d: d["session"]["trigger_points"][i].update(values)


BAD_JSON = {
    "truncated": (lambda p: p.write_text(EXAMPLE.read_text()[:700]),
                  "not valid JSON, truncated or damaged?"),
    "wrong shape": (lambda p: p.write_text(json.dumps(
        _doc_with(lambda d: d["session"].update(trigger_points="none")))),
        "session.trigger_points: expected a list, found text"),
    "nprs 11": (lambda p: p.write_text(json.dumps(
        _doc_with(lambda d: d["session"].update(pain_after=11)))),
        "session.pain_after: 11 is not an NPRS score"),
    "depth -3": (lambda p: p.write_text(json.dumps(_doc_with(_point(3, depth_mm=-3)))),
                 "session.trigger_points[3].depth_mm: -3 is not a depth in mm (must be > 0)"),
    "unknown muscle": (lambda p: p.write_text(json.dumps(_doc_with(_point(0, muscle="xyz")))),
                       "session.trigger_points[0].muscle: unknown muscle 'xyz'"),
    "outside the body": (lambda p: p.write_text(json.dumps(_doc_with(_point(1, x=3, y=4)))),
                         "session.trigger_points[1]: point (3, 4) is outside the body"),
    "same uuid twice": (lambda p: shutil.copy(EXAMPLE, p),
                        "is already in this database (session 1); it was not imported again"),
}


@pytest.mark.parametrize("case", list(BAD_JSON))
def test_bad_json_is_refused_and_the_database_untouched(capsys, db: Path, tmp_path: Path,
                                                        case: str) -> None:
    write, fragment = BAD_JSON[case]
    bad = tmp_path / "bad.json"
    write(bad)
    before = sha256(db)
    code, out, err = run(capsys, "--db", str(db), "import-json", str(bad), "--json")
    assert (code, out) == (2, "")
    assert err.startswith("dn-bodymap: ") and fragment in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sha256(db) == before


@pytest.mark.parametrize("argv", [["sessions", "--json"], ["import-json", str(EXAMPLE)],
                                  ["backup", "copy.sqlite"], ["patient", "add", "Bob"]])
def test_a_corrupt_database_file_is_refused_and_untouched(capsys, tmp_path: Path,
                                                          argv: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a relative backup target lands here, never in the checkout
    bad = tmp_path / "bodymap.sqlite"
    bad.write_bytes(b"\x00\x01 this is not a database \xff" * 40)
    before = sha256(bad)
    code, out, err = run(capsys, "--db", str(bad), *argv)
    assert (code, out) == (2, "")
    assert "is not a dn-bodymap database (not an SQLite file)" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sha256(bad) == before
    assert not (tmp_path / "copy.sqlite").exists()


@pytest.mark.parametrize("argv", [["sessions", "--json"], ["import-json", str(EXAMPLE)],
                                  ["patient", "add", "Bob"]])
def test_a_database_from_a_newer_version_is_refused_and_untouched(capsys, db: Path,
                                                                  argv: list[str]) -> None:
    raw(db, "UPDATE alembic_version SET version_num = '9999'")
    before = sha256(db)
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert (code, out) == (2, "")
    assert "was written by a newer version of dn-bodymap" in err and "9999" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sha256(db) == before


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    """The same refusal through a real process: stderr is the one line, nothing else."""
    bad = tmp_path / "x.sqlite"
    bad.write_text("not a database")
    done = subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(bad), "sessions"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert bad.read_text() == "not a database"


def test_export_refuses_an_unknown_session(capsys, db: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(db), "export-json", "42", str(tmp_path / "x.json"))
    assert code == 2 and err == "dn-bodymap: no session 42\n"
    assert not (tmp_path / "x.json").exists()


def test_exchange_round_trip_through_the_cli_keeps_the_example(capsys, tmp_path: Path) -> None:
    other = tmp_path / "fresh.sqlite"
    assert run(capsys, "--db", str(other), "import-json", str(EXAMPLE))[0] == 0
    _, out, _ = run(capsys, "--db", str(other), "export-json", "1", "-")
    doc = json.loads(out)
    expected = as_exported_now(json.loads(EXAMPLE.read_text()))  # with later formats' fields
    assert doc["format_version"] == exchange.FORMAT_VERSION
    assert doc["session"] == expected["session"]
    with Store.open(other) as store:
        assert exchange.export_session(store, 1)["patient"]["name"] == "Maria Example"
