"""Needling safety in the records (issue 11): standing precautions made from the screen and
carried to the next visit, adverse events tied to a point, "since last time", and a depth
confirmed beyond a caution zone's guidance."""

from __future__ import annotations

from datetime import datetime

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, ScreeningAnswer, Store
from dn_bodymap.records.sign_check import RECOMMENDED, sign_checks
from tests.records_helpers import CLINICIAN, REFUSED, raw, spot

APIXABAN = "Apixaban 5 mg twice daily"


def _patient_screened(store: Store) -> tuple[int, int]:
    """A patient whose first visit's screen said yes to anticoagulants, no to pregnancy."""
    patient = store.add_patient("Ann Example", sex="female")
    s = store.new_session(patient.id, CLINICIAN, started_at="2026-11-20T09:00:00+01:00")
    store.update_session(s.id, screening={"anticoagulants": ("yes", APIXABAN),
                                          "pregnancy": "no"})
    return patient.id, s.id


def _next_visit(store: Store, patient_id: int, when: str = "2026-11-27T09:00:00+01:00"):
    return store.new_session(patient_id, CLINICIAN, started_at=when)


def _point(store: Store, atlas: Atlas, session_id: int, **details):
    x, y = spot(atlas, "back", "infraspinatus", "right")
    return store.add_point(session_id, "back", x, y, muscle="infraspinatus", side="right",
                           layer="superficial", **details)


# -- standing precautions ------------------------------------------------------------------

def test_the_screen_makes_standing_precautions_audited(store: Store) -> None:
    pid, first = _patient_screened(store)
    found = store.precautions(pid)
    assert [(c.item, c.answer, c.note, c.active) for c in found] == [
        ("pregnancy", "no", "", False), ("anticoagulants", "yes", APIXABAN, True)]  # screen order
    assert {c.confirmed_in_session for c in found} == {first}
    assert datetime.fromisoformat(found[0].confirmed_at).utcoffset() is not None
    trail = store.audit_trail(entity="precaution", entity_id=found[1].id)
    assert [(e.action, e.session_id, e.actor) for e in trail] == [("create", first, "tester")]
    assert trail[0].new_value["answer"] == "yes" and trail[0].new_value["note"] == APIXABAN
    # not asked is not an answer: it makes no precaution
    store.update_session(first, screening={"epilepsy": "not_asked"})
    assert len(store.precautions(pid)) == 2


def test_answers_given_when_the_session_is_made_are_standing_too(store: Store) -> None:
    patient = store.add_patient("Bob Example")
    s = store.new_session(patient.id, CLINICIAN, screening={"diabetes": ("yes", "type 1")})
    assert [(c.item, c.note, c.confirmed_in_session) for c in store.precautions(patient.id)] \
        == [("diabetes", "type 1", s.id)]
    assert not s.screening["diabetes"].carried


def test_a_new_session_starts_from_the_standing_precautions_carried(store: Store) -> None:
    pid, _ = _patient_screened(store)
    confirmed_at = {c.item: c.confirmed_at for c in store.precautions(pid)}
    today = _next_visit(store, pid)
    a = today.screening["anticoagulants"]
    assert (a.answer, a.note, a.carried) == ("yes", APIXABAN, True)
    assert a.last_confirmed == confirmed_at["anticoagulants"]
    assert today.screening["pregnancy"] == ScreeningAnswer(
        "no", "", carried=True, last_confirmed=confirmed_at["pregnancy"])
    assert today.screening["epilepsy"] == ScreeningAnswer()  # never answered: not asked
    assert store.session(today.id).screening == today.screening  # as stored


def test_answering_again_confirms_even_the_same_answer(store: Store) -> None:
    pid, _ = _patient_screened(store)
    today = _next_visit(store, pid)
    before = {c.item: c for c in store.precautions(pid)}
    # the screen passed back exactly as read (as a form does) leaves carried answers carried
    same = store.update_session(today.id, screening=dict(today.screening))
    assert same.screening["anticoagulants"].carried
    assert store.precautions(pid) == list(before.values())
    # answered today with the same answer: confirmed, the precaution confirmed in this session
    s = store.update_session(today.id, screening={"anticoagulants": ("yes", APIXABAN)})
    assert not s.screening["anticoagulants"].carried and s.screening["pregnancy"].carried
    now = {c.item: c for c in store.precautions(pid)}
    assert now["anticoagulants"].confirmed_in_session == today.id
    assert now["pregnancy"] == before["pregnancy"]
    trail = store.audit_trail(entity="precaution", entity_id=now["anticoagulants"].id)
    # confirmed in this session; confirmed_at changes too, unless both fell in one second
    updates = {e.field for e in trail if e.action == "update"}
    assert updates in ({"confirmed_in_session"}, {"confirmed_at", "confirmed_in_session"})
    assert trail[-1].session_id == today.id and trail[-1].new_value == today.id
    screen = [e for e in store.audit_trail(session_id=today.id)
              if e.field == "screening.anticoagulants"]
    assert screen[-1].old_value["carried"] is True and "carried" not in screen[-1].new_value


def test_confirm_screening_confirms_all_or_some(store: Store) -> None:
    pid, _ = _patient_screened(store)
    today = _next_visit(store, pid)
    s = store.confirm_screening(today.id, ["pregnancy"])
    assert [i for i, a in s.screening.items() if a.carried] == ["anticoagulants"]
    s = store.confirm_screening(today.id)
    assert not any(a.carried for a in s.screening.values())
    assert s.screening["anticoagulants"] == ScreeningAnswer("yes", APIXABAN)
    assert {c.confirmed_in_session for c in store.precautions(pid)} == {today.id}
    assert [e.field for e in store.audit_trail(session_id=today.id)
            if e.field and e.field.startswith("screening.")] == [
        "screening.pregnancy", "screening.anticoagulants"]
    with pytest.raises(RecordsError, match=r"^items: 'aspirin' is not a screening item "
                                           r"\(one of active_infection, "):
        store.confirm_screening(today.id, ["aspirin"])


def test_a_changed_answer_changes_the_precaution(store: Store) -> None:
    pid, _ = _patient_screened(store)
    today = _next_visit(store, pid)
    store.update_session(today.id, screening={"anticoagulants": ("no", "Apixaban stopped")})
    c = next(c for c in store.precautions(pid) if c.item == "anticoagulants")
    assert (c.answer, c.note, c.active, c.confirmed_in_session) == (
        "no", "Apixaban stopped", False, today.id)
    changes = {e.field: (e.old_value, e.new_value)
               for e in store.audit_trail(entity="precaution", entity_id=c.id)
               if e.action == "update"}
    assert changes["answer"] == ("yes", "no")
    assert changes["note"] == (APIXABAN, "Apixaban stopped")
    assert _next_visit(store, pid, "2026-12-04T09:00:00+01:00").screening[
        "anticoagulants"].answer == "no"


def test_set_precaution_directly(store: Store) -> None:
    pid, first = _patient_screened(store)
    c = store.set_precaution(pid, "epilepsy", "yes", "Last seizure 2019", actor="Dr Who")
    assert (c.item, c.active, c.confirmed_in_session) == ("epilepsy", True, None)
    trail = store.audit_trail(entity="precaution", entity_id=c.id)
    assert [(e.action, e.actor) for e in trail] == [("create", "Dr Who")]
    with pytest.raises(RecordsError, match=r"^answer: 'not_asked' is not a standing "
                                           r"precaution's answer \(one of yes, no\)$"):
        store.set_precaution(pid, "epilepsy", "not_asked")
    with pytest.raises(RecordsError, match=r"^item: 'aspirin' is not a screening item"):
        store.set_precaution(pid, "aspirin", "yes")
    other = store.add_patient("Bob Example")
    with pytest.raises(RecordsError, match=rf"^session_id: session {first} is patient {pid}'s, "
                                           rf"not patient {other.id}'s$"):
        store.set_precaution(other.id, "epilepsy", "yes", session_id=first)
    assert store.precautions(other.id) == []


def test_signing_lists_each_answer_still_carried(store: Store) -> None:
    pid, _ = _patient_screened(store)
    today = _next_visit(store, pid)
    since = next(c for c in store.precautions(pid) if c.item == "anticoagulants").confirmed_at
    checks = {c.id: c for c in sign_checks(store.session(today.id))}
    carried = checks["carried_anticoagulants"]
    assert carried.level == RECOMMENDED
    assert carried.label == (f"Anticoagulant or blood-thinning medication: Yes ({APIXABAN}), "
                             f"carried from {since[:10]}, not confirmed today")
    assert "carried_pregnancy" in checks and "carried_epilepsy" not in checks
    store.confirm_screening(today.id, ["anticoagulants"])
    assert "carried_anticoagulants" not in {c.id for c in sign_checks(store.session(today.id))}


def test_a_patient_without_sessions_is_deleted_with_the_precautions(store: Store) -> None:
    patient = store.add_patient("Bob Example")
    c = store.set_precaution(patient.id, "pregnancy", "yes", "18 weeks")
    store.delete_patient(patient.id)
    assert [e.action for e in store.audit_trail(entity="precaution", entity_id=c.id)] == [
        "create", "delete"]


# -- points: adverse events and the depth confirmation -------------------------------------

def test_adverse_events_at_a_point_are_checked_and_audited(store: Store, atlas: Atlas) -> None:
    _, first = _patient_screened(store)
    p = _point(store, atlas, first, adverse_events=["bruising"])
    assert p.adverse_events == ("bruising",)
    p = store.update_point(p.id, adverse_events=["bleeding", "bruising"])
    assert p.adverse_events == ("bruising", "bleeding")  # the vocabulary's order
    assert store.session(first).point(p.number).adverse_events == ("bruising", "bleeding")
    with pytest.raises(RecordsError, match=r"^adverse_events\[1\]: 'bruise' is not an adverse "
                                           r"event \(one of bruising, bleeding, "):
        store.update_point(p.id, adverse_events=["bleeding", "bruise"])
    with pytest.raises(RecordsError, match=r"^adverse_events: 'bruising' is not a list of "
                                           r"adverse events$"):
        store.update_point(p.id, adverse_events="bruising")
    assert store.point(p.id).adverse_events == ("bruising", "bleeding")
    trail = [e for e in store.audit_trail(entity="trigger_point", entity_id=p.id)
             if e.field == "adverse_events"]
    assert [(e.old_value, e.new_value) for e in trail] == [(["bruising"],
                                                            ["bruising", "bleeding"])]
    store.update_point(p.id, adverse_events=["bleeding", "bruising"])  # the same set
    assert len([e for e in store.audit_trail(entity="trigger_point", entity_id=p.id)
                if e.field == "adverse_events"]) == 1


def test_a_new_depth_must_be_confirmed_again(store: Store, atlas: Atlas) -> None:
    _, first = _patient_screened(store)
    p = _point(store, atlas, first, needle_length_mm=40, depth_mm=25)
    assert not p.depth_confirmed
    p = store.update_point(p.id, depth_confirmed=True)
    assert p.depth_confirmed
    assert store.update_point(p.id, depth_mm=25, notes="same depth").depth_confirmed
    p = store.update_point(p.id, depth_mm=30)  # deeper: the confirmation was of 25 mm
    assert not p.depth_confirmed and not store.point(p.id).depth_confirmed
    p = store.update_point(p.id, depth_mm=32, depth_confirmed=True)  # both at once
    assert p.depth_confirmed
    assert not store.update_point(p.id, depth_mm=None).depth_confirmed
    with pytest.raises(RecordsError, match=r"^depth_confirmed: there is no depth \(depth_mm\) "
                                           r"to confirm$"):
        store.update_point(p.id, depth_confirmed=True)
    trail = [(e.old_value, e.new_value) for e in
             store.audit_trail(entity="trigger_point", entity_id=p.id)
             if e.field == "depth_confirmed"]
    assert trail == [(False, True), (True, False), (False, True), (True, False)]


def test_a_signed_sessions_point_events_stay_as_signed(store: Store, atlas: Atlas,
                                                       db) -> None:
    _, first = _patient_screened(store)
    p = _point(store, atlas, first, adverse_events=["bruising"])
    store.sign_session(first, CLINICIAN)
    with pytest.raises(RecordsError, match=rf"^session {first} is signed; add an addendum "
                                           r"instead$"):
        store.update_point(p.id, adverse_events=["bruising", "bleeding"])
    with pytest.raises(REFUSED, match=r"session is signed"):
        raw(db, "UPDATE trigger_points SET adverse_events = '[]' WHERE id = ?", p.id)
    with pytest.raises(RecordsError, match=r"is signed"):
        store.update_session(first, screening={"pregnancy": "yes"})
    store.add_addendum(first, "Point 1 also bled briefly at withdrawal.", CLINICIAN)
    s = store.session(first)
    assert s.point(p.number).adverse_events == ("bruising",)
    assert [a.text for a in s.addenda] == ["Point 1 also bled briefly at withdrawal."]


# -- since last time -----------------------------------------------------------------------

def test_previous_adverse_events_are_the_last_visits(store: Store, atlas: Atlas) -> None:
    pid, first = _patient_screened(store)  # 2026-11-20
    p1 = _point(store, atlas, first, adverse_events=["bruising"])
    _point(store, atlas, first)
    p3 = _point(store, atlas, first, adverse_events=["bleeding", "pain_increase"])
    store.update_session(first, adverse_events=["fatigue"])
    # made after, dated before: the earliest visit, not the previous one
    early = _next_visit(store, pid, "2026-11-01T09:00:00+01:00")
    store.update_session(early.id, adverse_events=["headache"])
    today = _next_visit(store, pid)  # 2026-11-27
    assert store.previous_adverse_events(today.id) == [
        (None, "fatigue"), (p1.number, "bruising"), (p3.number, "bleeding"),
        (p3.number, "pain_increase")]
    assert store.previous_adverse_events(first) == [(None, "headache")]
    assert store.previous_adverse_events(early.id) == []
    s = store.update_session(today.id, since_last_visit="Bruise at point 1 gone in 3 days.")
    assert store.session(today.id).since_last_visit == s.since_last_visit
    assert [e.new_value for e in store.audit_trail(session_id=today.id)
            if e.field == "since_last_visit"] == ["Bruise at point 1 gone in 3 days."]
    with pytest.raises(RecordsError, match=r"^since_last_visit: 3 is not text$"):
        store.update_session(today.id, since_last_visit=3)
    with pytest.raises(RecordsError, match=r"^no session 999$"):
        store.previous_adverse_events(999)
