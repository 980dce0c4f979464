"""`dn-bodymap verify` (exit 0 when all is well, 3 when integrity failures are found, 2 when
it cannot run) and `dn-bodymap patient erase ID --yes`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store
from tests.records_helpers import CLINICIAN, chart_example, raw
from tests.test_records_cli import run


@pytest.fixture
def db(tmp_path: Path, atlas: Atlas) -> Path:
    path = tmp_path / "clinic.sqlite"
    with Store.open(path, atlas=atlas) as store:
        chart_example(store, atlas)
    return path


def test_verify_says_all_is_well(capsys, db: Path) -> None:
    code, out, err = run(capsys, "--db", str(db), "verify")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "Integrity verified."
    assert "signed sessions 1" in out
    code, out, _ = run(capsys, "verify", "--db", str(db), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["problems"] == []
    assert report["checked"]["signed sessions"] == 1 and len(report["audit_head"]) == 64


def test_verify_names_what_was_altered_and_exits_3(capsys, db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER sessions_signed_no_update")
        conn.execute("UPDATE sessions SET pain_after = 0 WHERE id = 1")
    conn.close()
    code, out, err = run(capsys, "--db", str(db), "verify")
    assert (code, err) == (3, "")
    lines = out.splitlines()
    assert lines[0] == ("guard trigger sessions_signed_no_update: was missing or altered; "
                        "re-created (recorded in the audit trail)")
    assert lines[1].startswith("session 1: its signed content was changed after signing")
    assert "pain_after is 0, the audit trail recorded 4" in lines[1]
    assert lines[-1] == "2 integrity problems found."
    code, out, _ = run(capsys, "--db", str(db), "verify", "--json")
    report = json.loads(out)
    assert code == 3 and not report["ok"]
    assert [p["record"] for p in report["problems"]] == ["session 1"]  # restored above


def test_verify_of_a_missing_database_exits_2(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "none.sqlite"), "verify")
    assert (code, out) == (2, "") and "no database at" in err


def test_patient_erase(capsys, db: Path, atlas: Atlas) -> None:
    with Store.open(db, atlas=atlas) as store:
        pid = store.add_patient("Bo Example", notes="left the practice").id
        store.delete_session(store.new_session(pid, CLINICIAN, chief_complaint="neck").id)
    code, out, err = run(capsys, "--db", str(db), "patient", "erase", str(pid))
    assert (code, out) == (2, "")
    assert err.strip() == (f"dn-bodymap: erasing patient {pid} from the audit trail cannot "
                           "be undone; add --yes to confirm")
    code, out, err = run(capsys, "--db", str(db), "patient", "erase", "1", "--yes")
    assert code == 2 and "signed session(s), kept for the retention period" in err
    code, out, _ = run(capsys, "--db", str(db), "patient", "erase", str(pid), "--yes",
                       "--json")
    assert code == 0 and json.loads(out)["audit_rows_erased"] >= 3
    assert raw(db, "SELECT count(*) FROM audit WHERE new_value LIKE '%Bo Example%' "
                   "OR old_value LIKE '%Bo Example%'") == [(0,)]
    assert run(capsys, "--db", str(db), "verify")[0] == 0
