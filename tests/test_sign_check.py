"""The checklist before signing, as a pure function of a session (no database, no Qt)."""

from __future__ import annotations

from dataclasses import replace

from dn_bodymap.records.model import ScreeningAnswer, Session, SigningException, TriggerPoint
from dn_bodymap.records.sign_check import (
    CONSENT,
    PAIN_AFTER,
    PAIN_BEFORE,
    POINT_KIND,
    RECOMMENDED,
    REQUIRED,
    SCREENING,
    TO_RECHECK,
    sign_checks,
    signed_over,
    unresolved,
)
from dn_bodymap.records.vocab import SCREENING_ITEMS


def point(number: int, **values) -> TriggerPoint:
    return TriggerPoint(id=number, session_id=1, number=number, view="back", x=300, y=200,
                        muscle="upper_trapezius", side="right", layer="superficial", **values)


NOT_ASKED = {item: ScreeningAnswer() for item in SCREENING_ITEMS}
ALL_NO = {item: ScreeningAnswer("no") for item in SCREENING_ITEMS}
BARE = Session(id=1, uuid="u", patient_id=1, started_at="2026-03-02T09:00:00+01:00",
               clinician_name="Alex Morgan", clinician_credentials="PT",
               atlas_data_version="1", screening=NOT_ASKED,
               points=(point(1, needled=True), point(2, kind="latent")))
COMPLETE = replace(BARE, consent=True, screening=ALL_NO, pain_before=6, pain_after=3,
                   points=(point(1, kind="active", needled=True), point(2, kind="latent")))


def levels(session: Session) -> dict[str, str]:
    return {c.id: c.level for c in sign_checks(session)}


def test_the_session_of_the_issue_lists_everything_missing() -> None:
    checks = sign_checks(BARE, lambda m: {"upper_trapezius": "Upper trapezius"}[m])
    assert {c.id: c.level for c in checks} == {
        CONSENT: REQUIRED, SCREENING: RECOMMENDED, PAIN_BEFORE: RECOMMENDED,
        PAIN_AFTER: RECOMMENDED, POINT_KIND: RECOMMENDED}
    assert checks[0].id == CONSENT  # required items first
    labels = {c.id: c.label for c in checks}
    assert "10 of 10 items not asked" in labels[SCREENING]
    assert "Anticoagulant" in labels[SCREENING]
    assert labels[POINT_KIND].endswith("point 1 (Upper trapezius)")


def test_a_complete_session_has_nothing_to_check() -> None:
    assert sign_checks(COMPLETE) == ()


def test_consent_is_required_only_when_a_point_was_needled() -> None:
    unneedled = replace(COMPLETE, consent=False, points=(point(1, kind="active"),))
    assert levels(unneedled) == {CONSENT: RECOMMENDED}
    assert levels(replace(COMPLETE, consent=False)) == {CONSENT: REQUIRED}


def test_screening_lists_only_the_items_not_asked() -> None:
    one_left = {**ALL_NO, "pregnancy": ScreeningAnswer(), "diabetes": ScreeningAnswer("yes")}
    (check,) = sign_checks(replace(COMPLETE, screening=one_left))
    assert check.id == SCREENING and "1 of 10 items not asked (Pregnancy)" in check.label


def test_points_to_recheck_block_and_are_not_asked_for_a_type() -> None:
    carried = replace(COMPLETE, points=(point(1, kind="active"),
                                        point(2, carried_from=9, confirmed=False)))
    (check,) = sign_checks(carried)
    assert (check.id, check.level) == (TO_RECHECK, REQUIRED) and "2 (" in check.label


def test_recommended_items_are_resolved_by_a_reason_required_ones_never() -> None:
    checks = sign_checks(BARE)
    assert {c.id for c in unresolved(checks, {})} == {c.id for c in checks}
    reasons = {c.id: "patient in a hurry" for c in checks}
    assert [c.id for c in unresolved(checks, reasons)] == [CONSENT]
    assert POINT_KIND in {c.id for c in unresolved(checks, {**reasons, POINT_KIND: "  "})}


def test_each_answer_carried_and_not_confirmed_is_one_recommended_item() -> None:
    last = "2026-11-20T09:40:00+01:00"
    carried = {**ALL_NO,
               "anticoagulants": ScreeningAnswer("yes", "apixaban 5 mg bid", True, last),
               "pregnancy": ScreeningAnswer("no", "", True, last)}
    checks = sign_checks(replace(COMPLETE, screening=carried))
    assert [(c.id, c.level) for c in checks] == [("carried_pregnancy", RECOMMENDED),
                                                 ("carried_anticoagulants", RECOMMENDED)]
    assert checks[1].label == ("Anticoagulant or blood-thinning medication: Yes (apixaban 5 mg "
                               "bid), carried from 2026-11-20, not confirmed today")
    assert checks[0].label == "Pregnancy: No, carried from 2026-11-20, not confirmed today"
    # signed over with a reason, it is named in the signed session's record
    signed = replace(COMPLETE, signing_exceptions=(
        SigningException("carried_pregnancy", "male patient"),))
    assert signed_over(signed) == ("Pregnancy (carried, not confirmed): male patient",)
