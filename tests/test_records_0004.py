"""Revision 0004 and exchange format 3: a point's chosen referral site, and the checklist
warnings a session was signed over, with their reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, exchange
from dn_bodymap.records.model import SigningException
from tests.records_helpers import (
    CLINICIAN,
    DATA,
    EXAMPLE,
    as_exported_now,
    import_refused,
)

EXAMPLE_3 = DATA / "session-format-3.json"


def _trapezius_point(store: Store, atlas: Atlas):
    patient = store.add_patient("Ann Example")
    s = store.new_session(patient.id, CLINICIAN)
    mark = atlas.landmark("top_of_shoulder", "right", "back")  # supraspinatus beneath
    return s, store.add_point(s.id, "back", mark.x, mark.y)


def test_a_point_keeps_the_site_chosen_and_refuses_another_muscles(store: Store,
                                                                   atlas: Atlas) -> None:
    _, p = _trapezius_point(store, atlas)
    assert p.referral_site is None  # nearest site, as before
    p = store.update_point(p.id, referral_site="upper_trapezius_posterior")
    assert store.point(p.id).referral_site == "upper_trapezius_posterior"
    with pytest.raises(RecordsError, match=r"^referral_site: 'soleus' is not a site of "
                                           r"upper_trapezius \(upper_trapezius, "):
        store.update_point(p.id, referral_site="soleus")
    # the other side has the same sites: moved across the midline, the choice stays
    mirrored = store.update_point(p.id, side="left", x=500 - p.x)
    assert mirrored.referral_site == "upper_trapezius_posterior"
    trail = store.audit_trail(entity="trigger_point", entity_id=p.id)
    assert [(e.field, e.new_value) for e in trail if e.field == "referral_site"] == [
        ("referral_site", "upper_trapezius_posterior")]


def test_another_muscle_drops_a_site_that_is_not_its_own(store: Store, atlas: Atlas) -> None:
    _, p = _trapezius_point(store, atlas)
    store.update_point(p.id, referral_site="upper_trapezius_posterior")
    moved = store.update_point(p.id, muscle="supraspinatus", layer="intermediate")
    assert moved.muscle == "supraspinatus" and moved.referral_site is None


def test_signing_over_warnings_keeps_each_reason(store: Store, atlas: Atlas) -> None:
    s, _ = _trapezius_point(store, atlas)
    with pytest.raises(RecordsError, match=r"^exceptions\[0\]\.reason: signing over a warning "
                                           r"needs a reason$"):
        store.sign_session(s.id, CLINICIAN, exceptions=[SigningException("pain_after", " ")])
    assert not store.session(s.id).signed  # nothing was written
    reasons = [SigningException("pain_after", "Patient left before the re-test"),
               SigningException("screening_pregnancy", "Not applicable: male patient")]
    signed = store.sign_session(s.id, CLINICIAN, exceptions=reasons)
    assert signed.signed and signed.signing_exceptions == tuple(reasons)
    assert store.session(s.id).signing_exceptions == tuple(reasons)
    trail = store.audit_trail(entity="session", entity_id=s.id)
    assert [e.new_value for e in trail if e.field == "signing_exceptions"] == [
        [{"item": "pain_after", "reason": "Patient left before the re-test"},
         {"item": "screening_pregnancy", "reason": "Not applicable: male patient"}]]


def test_format_3_round_trips_site_and_exceptions(tmp_path: Path, atlas: Atlas) -> None:
    doc = exchange.load_file(EXAMPLE_3)
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as store:
        sid = exchange.import_document(store, doc)
        s = store.session(sid)
        assert [p.referral_site for p in s.points if p.referral_site] == [
            "upper_trapezius_posterior"]
        assert s.signing_exceptions == (SigningException(
            "pain_after", "Patient left before the re-test"),)
        again = exchange.export_session(store, sid)
    assert {k: v for k, v in again.items() if k != "exported_at"} == {
        k: v for k, v in as_exported_now(doc).items() if k != "exported_at"}


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["session"]["trigger_points"][0].update(referral_site="soleus"),
     r"^session\.trigger_points\[0\]\.referral_site: 'soleus' is not a site of "
     r"upper_trapezius"),
    (lambda d: d["session"].update(status="draft", signed_at=None, signed_by=None, addenda=[]),
     r"^session\.signing_exceptions: a draft session was not signed over anything$"),
    (lambda d: d["session"].update(signing_exceptions=[{"item": "pain_after"}]),
     r"^session\.signing_exceptions\[0\]: needs exactly the fields item and reason$"),
    (lambda d: d.update(format_version=2),  # format 2 had neither field
     r"^session: unknown field 'signing_exceptions'|unknown field$"),
])
def test_format_3_faults_are_named_and_nothing_is_written(tmp_path: Path, atlas: Atlas,
                                                          change, message) -> None:
    import_refused(tmp_path / "a.sqlite", atlas, EXAMPLE_3, change, message)


def test_older_formats_import_with_no_site_and_no_exceptions(store: Store) -> None:
    sid = exchange.import_document(store, exchange.load_file(EXAMPLE))
    s = store.session(sid)
    assert s.signing_exceptions == () and {p.referral_site for p in s.points} == {None}


def test_the_chosen_site_is_carried_to_the_next_visit(store: Store, atlas: Atlas) -> None:
    s, p = _trapezius_point(store, atlas)
    store.update_point(p.id, referral_site="upper_trapezius_posterior", kind="active")
    store.sign_session(s.id, CLINICIAN)
    today = store.new_session(s.patient_id, CLINICIAN, carry_forward_from=s.id)
    assert [q.referral_site for q in today.points] == ["upper_trapezius_posterior"]
