"""The audit trail: who, when, what, old and new value, in the change's own transaction."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, audit
from tests.records_helpers import CLINICIAN, REFUSED, raw, spot


@pytest.fixture
def store(db: Path, atlas: Atlas):
    with Store.open(db, atlas=atlas, actor="reception") as s:
        yield s


@pytest.fixture
def point(store: Store):
    pid = store.add_patient("Ann").id
    sid = store.new_session(pid, CLINICIAN).id
    return store.add_point(sid, "back", *spot(store.atlas, "back", "upper_trapezius", "right"))


def test_create_is_one_row_with_the_new_record(store: Store) -> None:
    p = store.add_patient("Ann", clinic_id="C-1")
    [row] = store.audit_trail(entity="patient", entity_id=p.id)
    assert (row.action, row.actor, row.field, row.old_value) == ("create", "reception", None,
                                                                 None)
    assert row.new_value == {"name": "Ann", "date_of_birth": None, "clinic_id": "C-1",
                             "sex": "unknown", "notes": ""}
    assert datetime.fromisoformat(row.at).utcoffset().total_seconds() == 0


def test_an_edit_holds_old_and_new_values_one_row_per_field(store: Store, point) -> None:
    store.update_point(point.id, depth_mm=12, needled=True, notes="", actor="Alex Rivera")
    rows = [r for r in store.audit_trail(entity="trigger_point", entity_id=point.id)
            if r.action == "update"]
    assert {(r.field, r.old_value, r.new_value) for r in rows} == {
        ("depth_mm", None, 12.0), ("needled", False, True)}  # notes did not change
    assert {r.actor for r in rows} == {"Alex Rivera"}
    assert {r.session_id for r in rows} == {point.session_id}
    store.update_point(point.id, depth_mm=14)
    last = store.audit_trail(entity="trigger_point", entity_id=point.id)[-1]
    assert (last.field, last.old_value, last.new_value, last.actor) == (
        "depth_mm", 12.0, 14.0, "reception")


def test_an_unchanged_value_writes_no_row(store: Store, point) -> None:
    before = len(store.audit_trail())
    store.update_point(point.id, muscle=point.muscle, notes=point.notes)
    assert len(store.audit_trail()) == before


def test_screening_changes_are_audited_per_item(store: Store, point) -> None:
    store.update_session(point.session_id, screening={"pregnancy": ("no", "asked")})
    [row] = [r for r in store.audit_trail(entity="session") if r.action == "update"]
    assert row.field == "screening.pregnancy"
    assert (row.old_value, row.new_value) == ({"answer": "not_asked", "note": ""},
                                              {"answer": "no", "note": "asked"})


def test_a_deleted_point_keeps_its_history(store: Store, point, db: Path) -> None:
    store.update_point(point.id, depth_mm=12)
    store.delete_point(point.id)
    assert raw(db, "SELECT count(*) FROM trigger_points") == [(0,)]
    history = store.audit_trail(entity="trigger_point", entity_id=point.id)
    assert [r.action for r in history] == ["create", "update", "delete"]
    assert history[-1].old_value["depth_mm"] == 12.0 and history[-1].new_value is None
    # ids are never reused: a new point does not take over the deleted one's history
    again = store.add_point(point.session_id, point.view, point.x, point.y)
    assert again.id != point.id


def test_a_session_history_includes_its_deleted_points(store: Store, point) -> None:
    store.delete_session(point.session_id)
    history = store.audit_trail(session_id=point.session_id)
    assert [(r.action, r.entity) for r in history] == [
        ("create", "session"), ("create", "trigger_point"), ("delete", "trigger_point"),
        ("delete", "session")]


@pytest.mark.parametrize("change", ["add_patient", "update_point", "add_point",
                                    "delete_point", "sign_session"])
def test_when_the_audit_row_fails_the_change_is_not_stored(store: Store, point, db: Path,
                                                           monkeypatch, change: str) -> None:
    tables = ("patients", "sessions", "trigger_points", "audit")
    before = {t: raw(db, f"SELECT * FROM {t}") for t in tables}

    def broken(*args, **kwargs) -> None:
        raise RuntimeError("audit insert failed")

    monkeypatch.setattr(audit, "record", broken)
    calls = {
        "add_patient": lambda: store.add_patient("Bob"),
        "update_point": lambda: store.update_point(point.id, depth_mm=12),
        "add_point": lambda: store.add_point(point.session_id, point.view, point.x, point.y),
        "delete_point": lambda: store.delete_point(point.id),
        "sign_session": lambda: store.sign_session(point.session_id, CLINICIAN),
    }
    with pytest.raises(RuntimeError, match=r"audit insert failed"):
        calls[change]()
    assert {t: raw(db, f"SELECT * FROM {t}") for t in tables} == before


def test_the_audit_table_is_append_only_in_the_database(store: Store, point, db: Path) -> None:
    for sql in ("UPDATE audit SET actor = 'someone else'", "DELETE FROM audit"):
        with pytest.raises(REFUSED, match=r"append-only"):
            raw(db, sql)
    assert {r.actor for r in store.audit_trail()} == {"reception"}


def test_a_bad_actor_name_is_refused(store: Store) -> None:
    with pytest.raises(RecordsError, match=r"actor"):
        store.add_patient("Ann", actor="")
