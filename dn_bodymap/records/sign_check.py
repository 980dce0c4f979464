"""What a session still lacks before it is signed: a checklist, as data (no Qt, no database).

Each item is *required* (signing waits until it is recorded) or *recommended* (signing may go
ahead over it with a reason, which is stored with the signature). Only what is missing is
listed: a fully recorded session has an empty checklist.

Required: consent when any point was needled (needling without recorded consent is not a
record a clinic can stand behind), and points carried forward that are not yet re-checked
(the store refuses those too: they are last visit's findings, not today's). Recommended:
the pre-needling screen, the pain scores before and after, each point's type, and each
screen answer carried from the patient's standing precautions and not confirmed at this
visit (one item each, ``carried_<screening item>``, so each can be signed over with its own
reason).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from dn_bodymap.i18n import translate
from dn_bodymap.records.model import Session, TriggerPoint
from dn_bodymap.records.vocab import LABELS, SCREENING_ITEMS

REQUIRED = "required"
RECOMMENDED = "recommended"

# The items' ids: stable, since a reason given for one is stored under its id.
CONSENT = "consent"
SCREENING = "screening"
PAIN_BEFORE = "pain_before"
PAIN_AFTER = "pain_after"
POINT_KIND = "point_kind"
TO_RECHECK = "to_recheck"
CARRIED = {item: f"carried_{item}" for item in SCREENING_ITEMS}  # screening item -> its id
ITEMS = (CONSENT, SCREENING, PAIN_BEFORE, PAIN_AFTER, POINT_KIND, TO_RECHECK,
         *CARRIED.values())


def item_label(item: str) -> str:
    """An item's short name, for a signed session's record of what it was signed without."""
    labels = {CONSENT: translate("records.sign_check", "Consent"),
              SCREENING: translate("records.sign_check", "Screening"),
              PAIN_BEFORE: translate("records.sign_check", "Pain before (NPRS)"),
              PAIN_AFTER: translate("records.sign_check", "Pain after (NPRS)"),
              POINT_KIND: translate("records.sign_check", "Point type (active/latent)"),
              TO_RECHECK: translate("records.sign_check", "Points to re-check")}
    for screened, carried in CARRIED.items():
        labels[carried] = translate("records.sign_check", "{item} (carried, not confirmed)"
                                    ).format(item=LABELS[screened])
    return labels.get(item, item.replace("_", " "))


@dataclass(frozen=True)
class SignCheck:
    id: str  # one of ITEMS
    label: str  # what is missing, in words, naming the screening items or points
    level: str  # REQUIRED or RECOMMENDED

    @property
    def required(self) -> bool:
        return self.level == REQUIRED


def _points(points: list[TriggerPoint], name: Callable[[str], str]) -> str:
    return ", ".join(f"{p.number} ({name(p.muscle)})" for p in points)


def _default_name(muscle: str) -> str:
    return muscle.replace("_", " ").capitalize()


def sign_checks(session: Session,
                muscle_name: Callable[[str], str] = _default_name) -> tuple[SignCheck, ...]:
    """What ``session`` is missing before signing, required items first. ``muscle_name``
    names a muscle id for the labels (the atlas's display name, in the window)."""
    out = []
    to_recheck = [p for p in session.points if not p.confirmed]
    if to_recheck:
        out.append(SignCheck(TO_RECHECK, translate(
            "records.sign_check", "Points carried forward and not re-checked today: {points}. "
            "Confirm or delete each.").format(points=_points(to_recheck, muscle_name)),
            REQUIRED))
    needled = any(p.needled for p in session.points)
    if not session.consent:
        out.append(SignCheck(CONSENT, translate("records.sign_check",
                                                "Informed consent not recorded") + (
            translate("records.sign_check", " (points were needled)") if needled else ""),
            REQUIRED if needled else RECOMMENDED))
    not_asked = [item for item, a in session.screening.items() if a.answer == "not_asked"]
    if not_asked:
        out.append(SignCheck(SCREENING, translate(
            "records.sign_check", "Screening: {count} of {total} items not asked ({items})"
            ).format(count=len(not_asked), total=len(session.screening),
                     items=", ".join(LABELS[i] for i in not_asked)), RECOMMENDED))
    for item, a in session.screening.items():
        if a.carried:
            since = (translate("records.sign_check", "carried from {date}").format(
                date=a.last_confirmed[:10]) if a.last_confirmed
                else translate("records.sign_check", "carried"))
            note = f" ({a.note})" if a.note.strip() else ""
            out.append(SignCheck(CARRIED[item], translate(
                "records.sign_check", "{item}: {answer}{note}, {since}, not confirmed today"
                ).format(item=LABELS[item], answer=LABELS[a.answer], note=note, since=since),
                RECOMMENDED))
    if session.pain_before is None:
        out.append(SignCheck(PAIN_BEFORE, translate(
            "records.sign_check", "Pain before treatment (NPRS) not recorded"), RECOMMENDED))
    if session.pain_after is None:
        out.append(SignCheck(PAIN_AFTER, translate(
            "records.sign_check", "Pain after treatment (NPRS) not recorded"), RECOMMENDED))
    no_kind = [p for p in session.points if p.kind is None and p.confirmed]
    if no_kind:
        out.append(SignCheck(POINT_KIND, (
            translate("records.sign_check", "Active or latent not recorded for points {points}")
            if len(no_kind) > 1 else
            translate("records.sign_check", "Active or latent not recorded for point {points}")
            ).format(points=_points(no_kind, muscle_name)), RECOMMENDED))
    return tuple(sorted(out, key=lambda c: not c.required))


def signed_over(session: Session) -> tuple[str, ...]:
    """What a signed session was signed without, and why: "Pain after (NPRS): left early"."""
    return tuple(f"{item_label(e.item)}: {e.reason}" for e in session.signing_exceptions)


def unresolved(checks: tuple[SignCheck, ...], reasons: Mapping[str, str]) -> list[SignCheck]:
    """The items that still stand in the way of signing: every required item, and each
    recommended one without a reason."""
    return [c for c in checks if c.required or not reasons.get(c.id, "").strip()]
