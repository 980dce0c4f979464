"""Revision 0005 and exchange format 4: standing precautions, adverse events at points, the
depth confirmation and "since last time", in files and in a database migrated from 0004."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, exchange
from tests.migration_helpers import (
    dump_tables,
    fill_0002,
    kept_rows,
    kept_triggers,
    migrate,
    trigger_sql,
)
from tests.records_helpers import (
    CLINICIAN,
    DATA,
    EXAMPLE,
    as_exported_now,
    import_refused,
    raw,
)

EXAMPLE_4 = DATA / "session-format-4.json"
APIXABAN = "Apixaban 5 mg twice daily since 2025-03-17 (atrial fibrillation)"


def _content(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_format_4_round_trips(tmp_path: Path, atlas: Atlas) -> None:
    doc = exchange.load_file(EXAMPLE_4)
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as store:
        sid = exchange.import_document(store, doc)
        s = store.session(sid)
        assert s.since_last_visit.startswith("Bruising over the left buttock")
        glute = s.point(2)
        assert glute.adverse_events == ("bruising", "bleeding") and glute.depth_confirmed
        assert s.point(1).adverse_events == () and not s.point(1).depth_confirmed
        assert [i for i, a in s.screening.items() if a.carried] == ["metal_allergy"]
        assert s.screening["metal_allergy"].last_confirmed == "2025-03-14T09:35:00+01:00"
        standing = {c.item: c for c in store.precautions(s.patient_id)}
        assert len(standing) == 10 and standing["anticoagulants"].note == APIXABAN
        assert standing["anticoagulants"].confirmed_at == "2025-03-21T09:40:00+01:00"
        assert standing["anticoagulants"].confirmed_in_session is None  # made by the import
        assert [e.action for e in store.audit_trail(entity="precaution")] == ["create"] * 10
        again = exchange.export_session(store, sid)
    assert _content(again) == _content(as_exported_now(doc))


def test_an_import_keeps_newer_confirmations_made_here(tmp_path: Path, atlas: Atlas) -> None:
    doc = exchange.load_file(EXAMPLE_4)
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as store:
        maria = store.add_patient("Maria Example", clinic_id="DN-000123")
        # confirmed here today, after the file's 2025-03-21: kept
        store.set_precaution(maria.id, "anticoagulants", "no", "Apixaban stopped")
        # confirmed here before the file's: the file's answer is newer
        store.set_precaution(maria.id, "pregnancy", "yes", "")
        raw_db = tmp_path / "a.sqlite"
        raw(raw_db, "UPDATE precautions SET confirmed_at = '2025-03-01T09:00:00+01:00' "
                    "WHERE item = 'pregnancy'")
        exchange.import_document(store, doc)
        standing = {c.item: c for c in store.precautions(maria.id)}
        assert (standing["anticoagulants"].answer, standing["anticoagulants"].note) == (
            "no", "Apixaban stopped")
        assert standing["pregnancy"].answer == "no"
        assert standing["pregnancy"].confirmed_at == "2025-03-21T09:40:00+01:00"
        assert len(standing) == 10
        trail = store.audit_trail(entity="precaution", entity_id=standing["pregnancy"].id)
        assert [(e.field, e.old_value, e.new_value) for e in trail if e.field == "answer"] == [
            ("answer", "yes", "no")]


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["session"]["trigger_points"][1].update(adverse_events=["bruise"]),
     r"^session\.trigger_points\[1\]\.adverse_events\[0\]: 'bruise' is not an adverse event"),
    (lambda d: d["session"]["trigger_points"][1].update(depth_mm=None),
     r"^session\.trigger_points\[1\]\.depth_confirmed: there is no depth \(depth_mm\) to "
     r"confirm$"),
    (lambda d: d["patient"]["precautions"][0].update(answer="not_asked"),
     r"^patient\.precautions\[0\]\.answer: 'not_asked' is not a standing precaution's "
     r"answer"),
    (lambda d: d["patient"]["precautions"][1].update(item="active_infection"),
     r"^patient\.precautions\[1\]\.item: active_infection is given twice$"),
    (lambda d: d["patient"]["precautions"][0].update(confirmed_at="2025-03-21"),
     r"^patient\.precautions\[0\]\.confirmed_at: '2025-03-21' has no UTC offset"),
    (lambda d: d["session"]["screening"]["pregnancy"].update(carried=True),
     r"^session\.screening\.pregnancy\.carried: only a yes or no answer with the time it "
     r"was last confirmed \(last_confirmed\) is carried$"),
    (lambda d: d["session"].update(since_last_visit=["bruising"]),
     r"^session\.since_last_visit: \['bruising'\] is not text$"),
    (lambda d: d.update(format_version=3),  # format 3 had none of these
     r"^patient\.precautions: unknown field$"),
])
def test_format_4_faults_are_named_and_nothing_is_written(tmp_path: Path, atlas: Atlas,
                                                          change, message) -> None:
    import_refused(tmp_path / "a.sqlite", atlas, EXAMPLE_4, change, message)
    assert raw(tmp_path / "a.sqlite", "SELECT count(*) FROM precautions") == [(0,)]


def test_a_format_3_file_may_not_carry_answers(store: Store) -> None:
    doc = json.loads((DATA / "session-format-3.json").read_text(encoding="utf-8"))
    doc["session"]["screening"]["diabetes"]["carried"] = False
    with pytest.raises(RecordsError, match=r"^session\.screening\.diabetes\.carried: unknown "
                                           r"field$"):
        exchange.import_document(store, doc)


@pytest.mark.parametrize("name", ["session-format-1.json", "session-format-2.json",
                                  "session-format-3.json"])
def test_older_formats_import_with_nothing_carried_or_confirmed(tmp_path: Path, atlas: Atlas,
                                                                name: str) -> None:
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as store:
        if name == "session-format-2.json":  # its source first, as a clinic would have it
            exchange.import_document(store, exchange.load_file(EXAMPLE))
        doc = exchange.load_file(DATA / name)
        sid = exchange.import_document(store, doc)
        s = store.session(sid)
        assert s.since_last_visit == "" and not any(a.carried for a in s.screening.values())
        assert {(p.adverse_events, p.depth_confirmed) for p in s.points} == {((), False)}
        assert store.precautions(s.patient_id) == []  # a file's screen alone makes none
        assert _content(exchange.export_session(store, sid)) == _content(as_exported_now(doc))


# -- the migration from 0004 ---------------------------------------------------------------

@pytest.fixture
def db_0004(tmp_path: Path) -> Path:
    db = tmp_path / "old.sqlite"
    migrate(db, "0002")
    fill_0002(db)
    migrate(db, "0004")
    assert raw(db, "SELECT version_num FROM alembic_version") == [("0004",)]
    return db


def test_0005_keeps_every_row(db_0004: Path, atlas: Atlas) -> None:
    rows, triggers, old_bytes = dump_tables(db_0004), trigger_sql(db_0004), db_0004.read_bytes()
    with Store.open(db_0004, atlas=atlas) as store:
        saved = store.migration_backup
        after = dump_tables(db_0004)
        gained = kept_rows(rows, after)
        assert {t: r for t, r in gained.items() if r} == {"audit": gained["audit"]}
        assert {r[2] for r in gained["audit"]} == {"dn-bodymap upgrade (schema 0006)"}
        width = len(rows["trigger_points"][0])
        # 0005's columns (later revisions add theirs after them)
        assert [r[width:width + 2] for r in after["trigger_points"]] == [("[]", 0)] * 4
        width = len(rows["sessions"][0])
        assert [r[width:width + 1] for r in after["sessions"]] == [("",)] * 2
        assert raw(db_0004, "SELECT count(*) FROM precautions") == [(0,)]
        kept_triggers(triggers, trigger_sql(db_0004))  # added columns, no table rebuilt
        signed = store.session(1)
        assert signed.signed and signed.since_last_visit == ""
        assert all(p.adverse_events == () and not p.depth_confirmed for p in signed.points)
        with pytest.raises(sqlite3.IntegrityError, match=r"session is signed"):
            raw(db_0004, "UPDATE trigger_points SET adverse_events = '[\"bruising\"]' "
                         "WHERE session_id = 1")
        # today's code on the old rows: an old draft's screen makes the first precautions
        store.update_session(2, screening={"anticoagulants": "yes"})
        assert [c.item for c in store.precautions(1)] == ["anticoagulants"]
        assert store.new_session(1, CLINICIAN).screening["anticoagulants"].carried
    assert saved is not None and saved.name.startswith("old.sqlite.before-migration-0004-")
    assert saved.read_bytes() == old_bytes


def test_0005_makes_standing_precautions_from_the_latest_answers(db_0004: Path,
                                                                 atlas: Atlas) -> None:
    """A patient on an anticoagulant before the upgrade is still known to be on it: the
    latest yes or no of each item (by the session's start) becomes the precaution."""
    raw(db_0004, "DROP TRIGGER sessions_signed_no_update")  # session 1 is signed: set it up
    raw(db_0004, "UPDATE sessions SET screening = ? WHERE id = 1", json.dumps(
        {"anticoagulants": {"answer": "yes", "note": "warfarin"},
         "pregnancy": {"answer": "no", "note": ""}}))
    raw(db_0004, "UPDATE sessions SET screening = ? WHERE id = 2", json.dumps(
        {"anticoagulants": {"answer": "yes", "note": "apixaban 5 mg bid"},
         "diabetes": {"answer": "not_asked", "note": ""}}))
    with Store.open(db_0004, atlas=atlas) as store:
        standing = {p.item: (p.answer, p.note, p.confirmed_in_session)
                    for p in store.precautions(1)}
        assert standing == {"anticoagulants": ("yes", "apixaban 5 mg bid", 2),
                            "pregnancy": ("no", "", 1)}
        made = store.audit_trail(entity="precaution")
        assert len(made) == 2 and {e.actor for e in made} == {
            "dn-bodymap upgrade (schema 0005)"}
        follow = store.new_session(1, CLINICIAN)
        assert follow.screening["anticoagulants"].carried
        assert follow.screening["anticoagulants"].note == "apixaban 5 mg bid"


def test_0005_downgrades_to_0004_with_the_rows_and_guards(db_0004: Path) -> None:
    rows, triggers = dump_tables(db_0004), trigger_sql(db_0004)
    migrate(db_0004, "0005")
    assert raw(db_0004, "SELECT version_num FROM alembic_version") == [("0005",)]
    assert raw(db_0004, "SELECT name FROM sqlite_master WHERE name = 'precautions'") == [
        ("precautions",)]
    migrate(db_0004, "0004", down=True)
    assert raw(db_0004, "SELECT version_num FROM alembic_version") == [("0004",)]
    assert dump_tables(db_0004) == rows and trigger_sql(db_0004) == triggers
    assert raw(db_0004, "SELECT name FROM sqlite_master WHERE name = 'precautions'") == []
