"""Tamper evidence: another program changes the database file (Python's sqlite3 module, as
any SQLite client would: foreign keys off, no dn-bodymap code) and ``verify`` names every
record it touched. Where a guard trigger refuses the change, the attacker drops it first."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Clinician, Store, content, integrity
from tests.records_helpers import CLINICIAN, chart_example, raw, spot


@pytest.fixture
def db(tmp_path: Path, atlas: Atlas) -> Path:
    """A database with one signed session (1, with an addendum) and one draft (2)."""
    path = tmp_path / "clinic.sqlite"
    with Store.open(path, atlas=atlas, actor="Alex Rivera") as store:
        signed = chart_example(store, atlas)
        draft = store.new_session(signed.patient_id, CLINICIAN, pain_before=5)
        store.add_point(draft.id, "back", *spot(atlas, "back", "infraspinatus", "left"))
        assert (signed.id, draft.id) == (1, 2)
        assert store.verify().ok
    return path


def verified(path: Path, atlas: Atlas) -> list[str]:
    with Store.open(path, atlas=atlas) as store:
        return [str(p) for p in store.verify().problems]


def attack(path: Path, *sql: str) -> None:
    """Run SQL as another client: plain sqlite3, foreign keys off, one transaction."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            for statement in sql:
                conn.execute(statement)
    finally:
        conn.close()


REWRITE_SIGNED = ("CREATE TEMP TABLE s AS SELECT * FROM sessions WHERE id = 1",
                  "UPDATE s SET signed_by = 'Dr. Mallory', pain_before = 2",
                  "REPLACE INTO sessions SELECT * FROM s")


def test_replace_into_a_signed_session_is_refused_then_found(db: Path, atlas: Atlas) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
        attack(db, *REWRITE_SIGNED)  # the 0006 guard
    attack(db, "DROP TRIGGER sessions_signed_no_replace", *REWRITE_SIGNED)
    assert raw(db, "SELECT signed_by, pain_before FROM sessions WHERE id = 1") == [
        ("Dr. Mallory", 2)]
    found = verified(db, atlas)
    assert ("guard trigger sessions_signed_no_replace: was missing or altered; re-created "
            "(recorded in the audit trail)") in found
    [session] = [p for p in found if p.startswith("session 1:")]
    assert "its signed content was changed after signing" in session
    assert "signed_by is 'Dr. Mallory', the audit trail recorded 'Alex Rivera, PT" in session
    assert "pain_before is 2, the audit trail recorded 7" in session
    with Store.open(db, atlas=atlas) as store:  # the window and the printout see it too
        assert [p for p in store.verify_session(1) if p.startswith("session 1:")] == [session]
        assert store.verify_session(2) == []


def test_a_rewrite_that_recomputes_the_content_hash_is_found_by_the_audit_trail(
        db: Path, atlas: Atlas) -> None:
    """An attacker who knows the hashing rewrites the hash too: the chained audit trail still
    holds the hash taken at signing."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM sessions WHERE id = 1").fetchone())
    points = [dict(p) for p in conn.execute("SELECT * FROM trigger_points WHERE session_id = 1")]
    conn.close()
    row.update(signed_by="Dr. Mallory", pain_before=2)
    forged = content.content_hash(row, points, json.loads(row["signed_context"]))
    attack(db, "DROP TRIGGER sessions_signed_no_update",
           f"UPDATE sessions SET signed_by = 'Dr. Mallory', pain_before = 2, "
           f"content_hash = '{forged}' WHERE id = 1")
    found = verified(db, atlas)
    assert [p for p in found if p.startswith("session 1:")] == [
        "session 1: its content hash is not the one the audit trail recorded at signing "
        f"(audit row {_sign_row(db)})"]


def _sign_row(db: Path) -> int:
    return raw(db, "SELECT id FROM audit WHERE action = 'sign' AND field = 'content_hash' "
                   "AND entity_id = 1")[0][0]


@pytest.mark.parametrize("guard", ["points_signed_no_update", "audit_no_delete",
                                   "sessions_signed_no_update", "points_signed_no_move"])
def test_a_dropped_guard_is_restored_on_open_and_reported(db: Path, atlas: Atlas,
                                                         guard: str) -> None:
    before = raw(db, "SELECT sql FROM sqlite_master WHERE name = ?", guard)
    attack(db, f"DROP TRIGGER {guard}")
    with Store.open(db, atlas=atlas) as store:
        assert [str(p) for p in store.open_problems] == [
            f"guard trigger {guard}: was missing or altered; re-created (recorded in the "
            "audit trail)"]
        assert raw(db, "SELECT sql FROM sqlite_master WHERE name = ?", guard) == before
        restored = [e for e in store.audit_trail(entity="database")
                    if e.field == "guard_restored"]
        assert [e.new_value for e in restored] == [{"trigger": guard}]
        report = store.verify()
        assert [str(p) for p in report.problems] == [str(p) for p in store.open_problems]
    assert verified(db, atlas) == []  # restored, and the restoring row is chained


def test_a_guard_replaced_by_a_harmless_one_of_the_same_name_is_restored(
        db: Path, atlas: Atlas) -> None:
    attack(db, "DROP TRIGGER sessions_signed_no_update",
           "CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions WHEN 0 "
           "BEGIN SELECT 1; END")
    assert verified(db, atlas) == [
        "guard trigger sessions_signed_no_update: was missing or altered; re-created "
        "(recorded in the audit trail)"]
    with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
        attack(db, "UPDATE sessions SET pain_before = 0 WHERE id = 1")


@pytest.mark.parametrize("batch", [20_000, 3])  # read at once; and in batches that split
def test_forged_changed_and_deleted_audit_rows_are_named(db: Path, atlas: Atlas, batch: int,
                                                         monkeypatch) -> None:
    monkeypatch.setattr(integrity, "_BATCH", batch)
    last = raw(db, "SELECT max(id) FROM audit")[0][0]
    mid = last // 2
    depth = raw(db, "SELECT min(id) FROM audit WHERE new_value LIKE '%\"depth_mm\": 12%'")[0][0]
    attack(db, "DROP TRIGGER audit_no_update", "DROP TRIGGER audit_no_delete",
           # a payload edited: the depth recorded at the first point's creation
           "UPDATE audit SET new_value = replace(new_value, '\"depth_mm\": 12', "
           f"'\"depth_mm\": 2') WHERE id = {depth}",
           f"DELETE FROM audit WHERE id = {mid}",
           # a row forged at the end, with no hash, and one copying its neighbour's hashes
           "INSERT INTO audit (at, actor, action, entity, entity_id, session_id, field, "
           "old_value, new_value) VALUES ('2025-03-14T08:00:00+00:00', 'Dr. Mallory', "
           "'sign', 'session', 2, 2, 'status', '\"draft\"', '\"signed\"')",
           f"INSERT INTO audit (at, actor, action, entity, entity_id, session_id, field, "
           f"old_value, new_value, payload_digest, prev_hash, row_hash) SELECT at, "
           f"'Dr. Mallory', action, entity, entity_id, session_id, field, old_value, "
           f"'\"Dr. Mallory\"', payload_digest, prev_hash, row_hash FROM audit WHERE id = "
           f"{last}")
    found = verified(db, atlas)
    assert f"audit row {depth}: its recorded values were changed after it was written" \
        in found
    assert f"audit row {mid}: deleted (the chain goes from audit row {mid - 1} to {mid + 1})" \
        in found
    assert (f"audit row {last + 1}: not in the hash chain (written by another program, not "
            "dn-bodymap)") in found
    assert (f"audit row {last + 2}: its recorded values were changed after it was "
            "written") in found


def test_audit_rows_cut_off_the_end_are_named(db: Path, atlas: Atlas) -> None:
    """The attacker puts the guard back: nothing is appended on open, and SQLite's record of
    the last id it gave shows the cut."""
    last = raw(db, "SELECT max(id) FROM audit")[0][0]
    guard = raw(db, "SELECT sql FROM sqlite_master WHERE name = 'audit_no_delete'")[0][0]
    attack(db, "DROP TRIGGER audit_no_delete", f"DELETE FROM audit WHERE id > {last - 3}",
           guard)
    found = verified(db, atlas)
    assert (f"audit row {last - 2} to {last}: deleted from the end of the chain (the last "
            f"one left is {last - 3})") in found
    # ... and once later rows are appended, the cut is a gap in the chain's ids
    attack(db, "DROP TRIGGER audit_no_update")
    found = verified(db, atlas)
    assert (f"audit row {last - 2} to {last}: deleted (the chain goes from audit row "
            f"{last - 3} to {last + 1})") in found


def test_a_backdated_addendum_and_a_deleted_one_are_named(db: Path, atlas: Atlas) -> None:
    attack(db, "INSERT INTO addenda (session_id, at, author, text) VALUES (1, "
               "'2025-03-14T10:00:00+01:00', 'Alex Rivera, PT', 'No soreness at all.')")
    found = verified(db, atlas)
    assert found == [
        "addendum 2: not in the hash chain (written by another program, not dn-bodymap)",
        "addendum 2: to session 1, dated 2025-03-14T10:00:00+01:00: not in the audit trail "
        "(added by another program)"]
    with Store.open(db, atlas=atlas) as store:
        assert store.verify_session(1) == found[:1]

    attack(db, "DROP TRIGGER addenda_no_delete", "DELETE FROM addenda")
    found = verified(db, atlas)
    assert "addendum 1: to session 1: deleted (the audit trail records it)" in found
    assert "addendum 1 to 2: deleted from the end of the chain (the last one left is none)" \
        in found


def test_a_point_moved_into_a_signed_session_is_named(db: Path, atlas: Atlas) -> None:
    moved = raw(db, "SELECT id FROM trigger_points WHERE session_id = 2")[0][0]
    with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
        attack(db, f"UPDATE trigger_points SET session_id = 1, number = 9 WHERE id = {moved}")
    attack(db, "DROP TRIGGER points_signed_no_move",
           f"UPDATE trigger_points SET session_id = 1, number = 9 WHERE id = {moved}")
    found = verified(db, atlas)
    assert (f"trigger point {moved}: was charted in session 2 and moved into signed session "
            "1 by another program") in found
    assert any(p.startswith("session 1: its signed content was changed after signing")
               for p in found)


def test_a_patient_deleted_with_foreign_keys_off_is_named(db: Path, atlas: Atlas) -> None:
    attack(db, "DELETE FROM patients WHERE id = 1")
    found = verified(db, atlas)
    assert "session 1: refers to a patient that is no longer there (deleted by another " \
           "program with foreign keys off)" in found
    assert "session 2: refers to a patient that is no longer there (deleted by another " \
           "program with foreign keys off)" in found
    assert "patient 1: is gone, but the audit trail records no deletion (deleted by another " \
           "program)" in found


def test_a_patient_renamed_by_another_program_is_named(db: Path, atlas: Atlas) -> None:
    attack(db, "UPDATE patients SET name = 'Mary Other', date_of_birth = '1980-01-01' "
               "WHERE id = 1")
    assert verified(db, atlas) == [
        "patient 1: changed by another program: name is 'Mary Other', the audit trail "
        "recorded 'Maria Example'; date_of_birth is '1980-01-01', the audit trail recorded "
        "'1979-06-14'"]


@pytest.mark.parametrize("offset, value", [(7, b"\x05"), (3, b"\x7f\xff")])
def test_bytes_changed_in_the_file_are_found_by_the_full_check(
        db: Path, atlas: Atlas, offset: int, value: bytes) -> None:
    """A damaged index page (its fragmentation count, or its cell count): the open, which
    must not read every page, lets it pass; ``verify`` reads the whole file and names it."""
    page_size = raw(db, "PRAGMA page_size")[0][0]
    root = raw(db, "SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_session_id'")[0][0]
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size + offset
    data[start:start + len(value)] = value
    db.write_bytes(bytes(data))
    with Store.open(db, atlas=atlas) as store:
        report = store.verify()
        assert store.verify(full=False).problems != report.problems
    assert report.problems and {p.record for p in report.problems} == {"database file"}
    if offset == 7:  # SQLite names the page
        assert [p.problem for p in report.problems] == [
            f"Fragmentation of 0 bytes reported as 5 on page {root}"]
    else:  # SQLite gives up on the page: said as such, and the other checks still ran
        assert report.problems[0].problem == ("the integrity check could not run (database "
                                              "disk image is malformed)")
        assert report.checked["signed sessions"] == 1


def test_every_alteration_at_once_is_named(db: Path, atlas: Atlas) -> None:
    moved = raw(db, "SELECT id FROM trigger_points WHERE session_id = 2")[0][0]
    forged = raw(db, "SELECT max(id) FROM audit")[0][0] + 1
    attack(db, "DROP TRIGGER sessions_signed_no_replace", *REWRITE_SIGNED,
           "DROP TRIGGER points_signed_no_move",
           f"UPDATE trigger_points SET session_id = 1, number = 9 WHERE id = {moved}",
           "INSERT INTO addenda (session_id, at, author, text) VALUES (1, "
           "'2025-03-14T10:00:00+01:00', 'Alex Rivera, PT', 'No soreness at all.')",
           "INSERT INTO audit (at, actor, action, entity, entity_id) VALUES ('t', 'x', "
           "'update', 'patient', 1)")
    records = {p.split(":")[0] for p in verified(db, atlas)}
    assert {"session 1", f"trigger point {moved}", "addendum 2", f"audit row {forged}",
            "guard trigger sessions_signed_no_replace",
            "guard trigger points_signed_no_move"} <= records


def test_verify_passes_after_ordinary_work(tmp_path: Path, atlas: Atlas) -> None:
    """Everything the store does keeps the chains and hashes: edits, deletes, carry
    forward, precautions, signing, addenda, patient changes."""
    with Store.open(tmp_path / "x.sqlite", atlas=atlas) as store:
        first = chart_example(store, atlas)
        store.update_patient(first.patient_id, name="Maria Exemple", notes="moved")
        follow = store.new_session(first.patient_id, Clinician("Sam Lee"),
                                   carry_forward_from=first.id)
        store.confirm_screening(follow.id)
        for p in follow.points[1:]:
            store.delete_point(p.id)
        store.confirm_point(follow.points[0].id)
        store.set_precaution(first.patient_id, "anticoagulants", "yes", "apixaban")
        store.sign_session(follow.id, Clinician("Sam Lee"))
        store.add_addendum(follow.id, "Called back.", "Sam Lee")
        other = store.add_patient("Bo Example")
        store.delete_session(store.new_session(other.id, CLINICIAN).id)
        store.delete_patient(other.id)
        report = store.verify()
        assert report.ok, report.problems
        assert report.checked["signed sessions"] == 2
        assert store.verify_session(first.id) == store.verify_session(follow.id) == []
