"""Start from last session: carried points are unconfirmed copies that confirming turns into
ordinary ones; carrying forward refuses what would mix patients or touch a signed session;
the links survive export and import."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Session, Store, exchange
from dn_bodymap.records.rows import POINT_DEFAULTS
from dn_bodymap.records.validate import CARRIED_FIELDS
from tests.records_helpers import (
    CLINICIAN,
    DATA,
    EXAMPLE,
    as_exported_now,
    chart_example,
    location,
    raw,
    spot,
)

EXAMPLE_2 = DATA / "session-format-2.json"
LINK = ("carried_from", "confirmed")
NOT_CARRIED = sorted(set(POINT_DEFAULTS) - set(CARRIED_FIELDS) - set(LINK))
NEXT_WEEK = "2025-03-21T09:30:00+01:00"  # chart_example's session is on 2025-03-14


@pytest.fixture
def previous(store: Store, atlas: Atlas) -> Session:
    """A signed session with five points (numbers 1, 2, 3, 5, 6), findings and needling."""
    return chart_example(store, atlas)


def _draft(store: Store, previous: Session, **kw: Any) -> Session:
    return store.new_session(previous.patient_id, CLINICIAN, started_at=NEXT_WEEK, **kw)


def _counts(store: Store) -> tuple[int, ...]:
    return tuple(raw(location(store), f"SELECT count(*) FROM {t}")[0][0]
                 for t in ("sessions", "trigger_points", "audit"))


def test_carried_points_copy_place_and_kind_and_start_unconfirmed(store: Store,
                                                                  previous: Session,
                                                                  atlas: Atlas) -> None:
    today = _draft(store, previous)
    own = store.add_point(today.id, "back", *spot(atlas, "back", "infraspinatus", "left"))
    carried = store.carry_forward(previous.id, today.id)

    assert [p.number for p in carried] == [2, 3, 4, 5, 6]  # after today's own point 1
    assert [p.carried_from for p in carried] == [p.id for p in previous.points]
    assert not any(p.confirmed for p in carried)
    # the source had findings and needling to leave behind, or this test proves nothing
    assert any(p.needled and p.taut_band and p.notes for p in previous.points)
    for src, p in zip(previous.points, carried, strict=True):
        assert {k: getattr(p, k) for k in CARRIED_FIELDS} == {
            k: getattr(src, k) for k in CARRIED_FIELDS}
        assert {k: getattr(p, k) for k in NOT_CARRIED} == {k: POINT_DEFAULTS[k]
                                                            for k in NOT_CARRIED}
    assert store.session(today.id).points == (own, *carried)
    assert store.session(previous.id) == previous  # the source is untouched
    created = [e for e in store.audit_trail(session_id=today.id)
               if e.entity == "trigger_point" and e.action == "create"]
    assert [(e.entity_id, e.new_value["carried_from"], e.new_value["confirmed"])
            for e in created[1:]] == [(p.id, p.carried_from, False) for p in carried]
    assert {e.actor for e in created} == {"tester"}


def test_confirming_turns_carried_points_into_ordinary_ones(store: Store,
                                                            previous: Session) -> None:
    today = _draft(store, previous, carry_forward_from=previous.id)
    first, second, third, *rest = today.points
    with pytest.raises(RecordsError, match=rf"^session {today.id} has points carried forward "
                                           r"and not re-checked \(1, 2, 3, 4, 5\): confirm or "
                                           r"remove them before signing$"):
        store.sign_session(today.id, CLINICIAN)

    done = store.confirm_point(first.id)
    assert done.confirmed and done.carried_from == first.carried_from  # the link stays
    [entry] = [e for e in store.audit_trail(entity="trigger_point", entity_id=first.id)
               if e.action == "update"]
    assert (entry.field, entry.old_value, entry.new_value, entry.actor) == (
        "confirmed", False, True, "tester")
    # update_point does the same, with today's findings in the same edit
    edited = store.update_point(second.id, confirmed=True, taut_band=True, depth_mm=10)
    assert edited.confirmed and edited.taut_band and edited.depth_mm == 10
    store.delete_point(third.id)  # not found again today
    assert store.history_rows(previous.patient_id)[0].unconfirmed == 2
    for p in rest:
        store.confirm_point(p.id)

    signed = store.sign_session(today.id, CLINICIAN)
    assert signed.signed and [p.number for p in signed.points] == [1, 2, 4, 5]
    assert all(p.confirmed for p in signed.points)
    with pytest.raises(RecordsError, match=r"is signed"):
        store.update_point(first.id, confirmed=False)


def test_new_session_can_start_from_last_session(store: Store, previous: Session) -> None:
    today = _draft(store, previous, carry_forward_from=previous.id, pain_before=5)
    assert today.pain_before == 5 and len(today.points) == len(previous.points)
    assert store.session(today.id) == today
    assert {p.carried_from for p in today.points} == {p.id for p in previous.points}


def test_carrying_forward_refuses_other_patients_and_signed_sessions(
        store: Store, previous: Session, atlas: Atlas) -> None:
    other = store.add_patient("Someone Else").id
    elsewhere = store.new_session(other, CLINICIAN, started_at=NEXT_WEEK)
    today = _draft(store, previous)
    earlier = store.new_session(previous.patient_id, CLINICIAN,
                                started_at="2025-03-01T09:00:00+01:00")
    before = _counts(store)
    refusals = [
        (lambda: store.carry_forward(previous.id, elsewhere.id),
         rf"^session {previous.id} is another patient's \(patient {previous.patient_id}, not "
         rf"{other}\); points are carried forward only within one patient's sessions$"),
        (lambda: store.carry_forward(today.id, previous.id),
         rf"^session {previous.id} is signed: points can be carried forward only into a "
         r"draft$"),
        (lambda: store.carry_forward(today.id, today.id), r"cannot be carried forward into "
                                                          r"itself"),
        (lambda: store.carry_forward(previous.id, earlier.id),
         rf"^session {previous.id} \(2025-03-14T09:30:00\+01:00\) is later than session "
         rf"{earlier.id} \(2025-03-01T09:00:00\+01:00\); carry points forward, not back$"),
        (lambda: store.carry_forward(999, today.id), r"^no session 999$"),
        (lambda: store.new_session(other, CLINICIAN, carry_forward_from=previous.id),
         r"is another patient's"),
    ]
    for call, message in refusals:
        with pytest.raises(RecordsError, match=message):
            call()
        assert _counts(store) == before  # nothing stored, not even the new session

    store.carry_forward(previous.id, today.id)
    after = _counts(store)
    with pytest.raises(RecordsError, match=rf"^session {today.id} already has points carried "
                                           rf"forward from session {previous.id}$"):
        store.carry_forward(previous.id, today.id)
    assert _counts(store) == after


def test_carried_from_names_a_point_of_another_session_of_the_patient(
        store: Store, previous: Session, atlas: Atlas) -> None:
    today = _draft(store, previous, carry_forward_from=previous.id)
    other = store.add_patient("Someone Else").id
    theirs = store.new_session(other, CLINICIAN)
    at = spot(atlas, "back", "infraspinatus", "left")
    stranger = store.add_point(theirs.id, "back", *at)
    cases = [(999_999, r"^carried_from: there is no trigger point 999999$"),
             (today.points[0].id, rf"^carried_from: point {today.points[0].id} is not from "
                                  r"another session of this patient$"),
             (stranger.id, r"is not from another session of this patient"),
             (True, r"^carried_from: True is not a trigger point id"),
             (0, r"^carried_from: 0 is not a trigger point id")]
    for value, message in cases:
        with pytest.raises(RecordsError, match=message):
            store.add_point(today.id, "back", *at, carried_from=value)
        with pytest.raises(RecordsError, match=message):
            store.update_point(today.points[1].id, carried_from=value)

    # undoing the removal of a carried point puts it back as it was, link and all
    gone = today.points[2]
    store.delete_point(gone.id)
    values = {k: v for k, v in vars(gone).items()
              if k not in ("id", "session_id", "number", "version")}
    back = store.add_point(today.id, number=gone.number, **values)
    assert {k: getattr(back, k) for k in values} == values and not back.confirmed


def test_a_link_may_outlive_its_source(store: Store, atlas: Atlas) -> None:
    """A draft carried forward and then deleted leaves links to nothing: the carried points
    still edit (with the link among the values, as the window sends them) and restore."""
    pid = store.add_patient("Ann").id
    source = store.new_session(pid, CLINICIAN, started_at="2025-03-01T09:00:00+01:00")
    store.add_point(source.id, "back", *spot(atlas, "back", "infraspinatus", "left"))
    today = store.new_session(pid, CLINICIAN, carry_forward_from=source.id)
    store.delete_session(source.id)
    [p] = today.points
    values = {k: v for k, v in vars(p).items()
              if k not in ("id", "session_id", "number", "version")}
    assert store.update_point(p.id, **{**values, "confirmed": True}).confirmed
    store.delete_point(p.id)
    back = store.add_point(today.id, number=p.number, **{**values, "confirmed": True})
    assert back.carried_from == p.carried_from
    with pytest.raises(RecordsError, match=r"there is no trigger point"):  # but not anew
        store.add_point(today.id, "back", p.x, p.y, carried_from=p.carried_from)


def test_a_session_with_carried_points_keeps_its_patient(store: Store,
                                                         previous: Session) -> None:
    today = _draft(store, previous, carry_forward_from=previous.id)
    other = store.add_patient("Someone Else").id
    with pytest.raises(RecordsError, match=rf"^session {today.id} has 5 points carried "
                                           r"forward from patient \d+'s sessions"):
        store.update_session(today.id, patient_id=other)
    for p in today.points:
        store.delete_point(p.id)
    assert store.update_session(today.id, patient_id=other).patient_id == other


# -- in exported files ---------------------------------------------------------------------

def test_export_names_the_source_by_session_and_number(store: Store,
                                                        previous: Session) -> None:
    today = _draft(store, previous, carry_forward_from=previous.id)
    doc = exchange.export_session(store, today.id)
    points = doc["session"]["trigger_points"]
    assert [p["carried_from"] for p in points] == [
        {"session_uuid": previous.uuid, "number": n} for n in (1, 2, 3, 5, 6)]
    assert [p["confirmed"] for p in points] == [False] * 5
    assert doc["format_version"] == exchange.FORMAT_VERSION


def _import(tmp_path: Path, atlas: Atlas, *docs: Any) -> tuple[Store, list[int]]:
    store = Store.open(tmp_path / "other.sqlite", atlas=atlas)
    return store, [exchange.import_document(store, copy.deepcopy(d)) for d in docs]


def test_the_saved_format_2_file_links_to_its_source_and_exports_unchanged(
        tmp_path: Path, atlas: Atlas) -> None:
    doc = json.loads(EXAMPLE_2.read_text(encoding="utf-8"))
    store, (first, second) = _import(tmp_path, atlas, exchange.load_file(EXAMPLE), doc)
    with store:
        source, s = store.session(first), store.session(second)
        assert s.patient_id == source.patient_id and s.status == "draft"
        assert [(p.number, p.confirmed) for p in s.points] == [
            (1, True), (2, True), (4, False), (5, False), (6, True)]
        assert [p.carried_from for p in s.points] == [
            source.point(1).id, source.point(2).id, source.point(5).id, source.point(6).id,
            None]
        assert s.point(1).depth_mm == 11.0 and s.point(6).muscle == "levator_scapulae"
        again = exchange.export_session(store, second)
        # written back in today's format: as it came in, plus the fields later formats added
        assert {k: v for k, v in again.items() if k != "exported_at"} == {
            k: v for k, v in as_exported_now(doc).items() if k != "exported_at"}


def test_without_its_source_a_carried_point_keeps_its_reference(tmp_path: Path,
                                                                 atlas: Atlas) -> None:
    """Issue 12, item 9: imported into a database that lacks the source session, a carried
    point keeps its reference (unresolved), is exported exactly as it came, and is linked
    once the source session arrives."""
    doc = json.loads(EXAMPLE_2.read_text(encoding="utf-8"))
    store, (sid,) = _import(tmp_path, atlas, doc)
    with store:
        s = store.session(sid)
        assert [p.carried_from for p in s.points] == [None] * 5  # nothing here to link to
        assert [p.confirmed for p in s.points] == [True, True, False, False, True]
        again = exchange.export_session(store, sid)
        assert {k: v for k, v in again.items() if k != "exported_at"} == {
            k: v for k, v in as_exported_now(doc).items() if k != "exported_at"}
        # the source arrives later: the links resolve, and the export is still the same
        source = store.session(exchange.import_document(store, exchange.load_file(EXAMPLE)))
        linked = store.session(sid)
        assert [p.carried_from for p in linked.points] == [
            source.point(n).id for n in (1, 2, 5, 6)] + [None]
        assert [p.carried_from for p in store.sessions_of(s.patient_id)[-1].points] == [
            p.carried_from for p in linked.points]
        assert {k: v for k, v in exchange.export_session(store, sid).items()
                if k != "exported_at"} == {k: v for k, v in again.items() if k != "exported_at"}


def test_a_link_into_another_patients_session_is_not_made(tmp_path: Path,
                                                         atlas: Atlas) -> None:
    """Imported for another patient (``--patient``), the follow-up must not link to Maria's
    session that is in the database."""
    doc = json.loads(EXAMPLE_2.read_text(encoding="utf-8"))
    store, (source,) = _import(tmp_path, atlas, exchange.load_file(EXAMPLE))
    with store:
        other = store.add_patient("Someone Else").id
        sid = exchange.import_document(store, doc, patient_id=other)
        assert store.session(source).point(1).id  # the source is there
        assert [p.carried_from for p in store.session(sid).points] == [None] * 5


@pytest.mark.parametrize("change, message", [
    (lambda s: s["trigger_points"][0].update(carried_from={"session_uuid": "x", "number": 1}),
     r"^session\.trigger_points\[0\]\.carried_from\.session_uuid: 'x' is not a UUID$"),
    (lambda s: s["trigger_points"][0].update(carried_from=7),
     r"^session\.trigger_points\[0\]\.carried_from: expected an object, found a number$"),
    (lambda s: s["trigger_points"][0]["carried_from"].update(number=0),
     r"^session\.trigger_points\[0\]\.carried_from\.number: 0 is not a point number"),
    (lambda s: s["trigger_points"][2].update(confirmed="no"),
     r"^session\.trigger_points\[2\]\.confirmed: 'no' is not true or false$"),
    (lambda s: s.update(status="signed", signed_at="2025-03-21T10:00:00+00:00",
                        signed_by="Alex Rivera"),
     r"^session\.trigger_points\[2\]\.confirmed: a signed session has no points left to "
     r"re-check$"),
])
def test_bad_carry_forward_fields_are_refused_by_their_path(store: Store, change,
                                                            message: str) -> None:
    doc = json.loads(EXAMPLE_2.read_text(encoding="utf-8"))
    change(doc["session"])
    with pytest.raises(RecordsError, match=message):
        exchange.import_document(store, doc)
    assert _counts(store) == (0, 0, 0)
