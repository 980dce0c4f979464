"""What goes on a printed treatment map, as data (no Qt): the header, the points table, the
visit summary and the footer, for clinicians or in plain language for the patient.

The painter in ``report.pages`` lays this out; tests read it without drawing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dn_bodymap import __version__
from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.pain_drawing import EMPTY, PainDrawing
from dn_bodymap.charting.referral_sites import site_name
from dn_bodymap.charting.safety import active_precautions, session_warnings
from dn_bodymap.records.model import Patient, Precaution, Session, TriggerPoint
from dn_bodymap.records.sign_check import signed_over
from dn_bodymap.records.vocab import LABELS
from dn_bodymap.report import plain_words
from dn_bodymap.report.drawing_words import drawing_entry, session_drawing
from dn_bodymap.report.plain_words import nearest_place

VARIANTS = ("clinical", "patient")
PRECAUTIONS_HEADING = "PRECAUTIONS"  # painted in a box of its own

# Findings as the table abbreviates them; the key under the table spells them out.
FINDING_ABBREVIATIONS = (
    ("taut_band", "TB", "taut band"),
    ("spot_tenderness", "ST", "spot tenderness"),
    ("familiar_pain", "FP", "familiar pain reproduced"),
    ("referred_pain", "RP", "referred pain elicited"),
    ("local_twitch", "LTR", "local twitch response on palpation"),
)
TECHNIQUE_ABBREVIATIONS = {"pistoning": "pist.", "static": "static",
                           "electrical_stimulation": "e-stim"}
# Screening items as the narrow summary column prints them (the window spells them out).
SCREENING_SHORT = {"active_infection": "Infection at site", "anticoagulants": "Anticoagulants",
                   "immunocompromised": "Immunocompromised"}
INTEGRITY_HEADING = "INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap"
PATIENT_INTRO = ("This map shows where your therapist found trigger points today: tight, "
                 "tender spots in a muscle, numbered on the body. The shaded area of the same "
                 "colour shows where each one can send pain (darker: most often; dotted: "
                 "sometimes).")


@dataclass(frozen=True)
class Row:
    """One line of the points table, as printed."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class TreatmentMap:
    variant: str
    title: str
    clinic: str
    patient_lines: tuple[str, ...]  # name, date of birth, identifier
    session_lines: tuple[str, ...]  # date and time, clinician
    intro: str
    points: tuple[TriggerPoint, ...]  # drawn on the views
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    key: str  # the abbreviations, spelled out (empty for the patient variant)
    summary: tuple[tuple[str, str], ...]  # (heading, text): complaint, pain, screening, ...
    addenda: tuple[str, ...]
    signature: str  # "Signed by ... on ..." or "DRAFT - not signed"
    versions: str
    muscle_names: tuple[str, ...] = field(default=())  # every charted muscle, for checks
    # What the signer signed without, and why ("Pain after (NPRS): left early").
    signed_over: tuple[str, ...] = ()
    sites: tuple[str, ...] = field(default=())  # referral sites the clinician chose, in words
    # The footer's integrity line ("Integrity verified · hash 6c56207c", or a failure), and
    # what follows the addenda: how a signature came here, and each problem found.
    integrity: str = ""
    integrity_failed: bool = False
    integrity_lines: tuple[str, ...] = ()
    # The patient's pain drawing, painted under the zones and markers, and its area as a
    # percentage of the body ("front", "back", "total"; empty without a drawing).
    drawing: PainDrawing = EMPTY
    drawing_area: tuple[tuple[str, float], ...] = ()


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    return f"{value:g}{unit}"


def pain_change(before: int | None, after: int | None) -> str:
    """'7 → 4' (NPRS before and after), '–' for a score not taken, '' when neither was."""
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def _clinical_row(atlas: Atlas, p: TriggerPoint) -> Row:
    findings = " ".join(abbr for key, abbr, _ in FINDING_ABBREVIATIONS if getattr(p, key))
    needle = (f"{p.needle_gauge_mm:.2f}×{p.needle_length_mm:g}"
              if p.needle_gauge_mm is not None and p.needle_length_mm is not None else "")
    technique = TECHNIQUE_ABBREVIATIONS.get(p.technique or "", "")
    mark = ("" if p.layer == "superficial" else " *") + (" †" if p.referral_site else "")
    return Row(p.number, (
        str(p.number), f"{atlas.muscle_name(p.muscle)}{mark}",
        p.side[0].upper(), (p.kind or "")[:1].upper(), findings,
        ("Y " + technique).strip() if p.needled else "N", _number(p.depth_mm),
        needle, _number(p.ltr_count), _number(p.time_in_tissue_s, " s"),
        LABELS.get(p.tolerance or "", ""), p.notes.replace("\n", " ")))


PLAIN_FINDINGS = (("spot_tenderness", "tender"), ("taut_band", "tight band"),
                  ("familiar_pain", "your usual pain"), ("referred_pain", "pain felt elsewhere"))


def _patient_row(atlas: Atlas, p: TriggerPoint) -> Row:
    found = [words for key, words in PLAIN_FINDINGS if getattr(p, key)]
    where = nearest_place(atlas, p.view, p.side, p.x, p.y)
    return Row(p.number, (
        str(p.number), atlas.muscle_name(p.muscle), f"{p.side}, {where}".rstrip(", "),
        ", ".join(found), "dry needling" if p.needled else "not needled"))


def _summary(session: Session, patient_variant: bool, safety: tuple[str, ...] = (),
             drawn: tuple[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """(heading, text) beside the views; ``safety``, when any, first and boxed."""
    pain = ("" if session.pain_before is None and session.pain_after is None else
            f"before {_number(session.pain_before) or '–'}, after "
            f"{_number(session.pain_after) or '–'} (0 to 10)")
    label: Callable[[str], str] = (plain_words.event if patient_variant
                                   else (lambda e: LABELS.get(e, e)))
    events = [label(e) for e in session.adverse_events if e != "other"]
    if session.adverse_other or "other" in session.adverse_events:
        events.append(session.adverse_other or "other")
    events += [f"{label(e)} (point {p.number})" for p in session.points
               for e in p.adverse_events]
    rows: list[tuple[str, str | None]] = (
        [(PRECAUTIONS_HEADING, "\n".join(safety))] if safety else [])
    if session.since_last_visit:
        rows.append(("Since the last visit", session.since_last_visit))
    rows += [("Reason for visit" if patient_variant else "Chief complaint",
              session.chief_complaint), ("Pain" if patient_variant else "Pain (NPRS)", pain)]
    if drawn:  # the pain drawing's area and qualities, after the scores
        rows.append(drawn)
    if not patient_variant:
        rows.append(("Screening", screening_text(session, yes_in_box=bool(safety))))
        rows.append(("Consent", "obtained" if session.consent else "not recorded"))
    rows += [("After treatment" if patient_variant else "Adverse events",
              ", ".join(events) if events else "none recorded"),
             ("Aftercare", session.aftercare), ("Plan", session.plan),
             ("Follow-up", session.follow_up)]
    if not patient_variant:
        rows.append(("Notes", session.notes))
    return tuple((h, t) for h, t in rows if t)  # the empty and the unrecorded left out


def screening_text(session: Session, yes_in_box: bool = False) -> str:
    """Every screening item with its answer, "not asked" visible as such: 'No to all 10
    items', or a line each for Yes, No and Not asked; notes in brackets after their item.
    ``yes_in_box``: the Yes answers stand in the PRECAUTIONS box and are named only there."""
    groups: dict[str, list[tuple[str, str]]] = {"yes": [], "no": [], "not_asked": []}
    for item, a in session.screening.items():
        name = SCREENING_SHORT.get(item, LABELS.get(item, item))
        groups.get(a.answer, groups["not_asked"]).append((name, a.note))

    def listed(entries: list[tuple[str, str]]) -> str:
        return ", ".join(f"{name} ({note})" if note else name for name, note in entries)

    n = len(session.screening)
    for answer, words in (("no", "No to all {n} items"), ("not_asked", "Not asked: all {n} items")):
        if n and len(groups[answer]) == n:
            noted = [e for e in groups[answer] if e[1]]
            return words.format(n=n) + (f"; {listed(noted)}" if noted else "")
    shown = (("yes", "Yes"), ("no", "No"), ("not_asked", "Not asked"))
    if yes_in_box and groups["yes"]:
        shown = (("yes_box", f"Yes: {len(groups['yes'])}, under {PRECAUTIONS_HEADING}"),
                 *shown[1:])
        groups["yes_box"] = []
    return "\n".join(words if answer == "yes_box" else f"{words}: {listed(groups[answer])}"
                     for answer, words in shown if answer == "yes_box" or groups[answer])


def _safety(atlas: Atlas, session: Session,
            standing: Sequence[Precaution]) -> tuple[str, ...]:
    """The lines of the clinical map's boxed PRECAUTIONS entry: the active precautions, the
    depths beyond a caution zone's guidance, and (compactly) the zones under the points."""
    lines = [a.text() for a in active_precautions(session, standing)]
    warnings = session_warnings(atlas, session, standing)
    lines += [w.short for w in warnings if w.kind == "depth"]
    over: dict[str, list[str]] = {}
    for w in warnings:
        if w.kind == "caution_zone":
            over.setdefault(w.zone, []).append(str(w.point))
    if over:
        lines.append("Over caution zones: " + "; ".join(
            f"{zone} ({'points' if len(n) > 1 else 'point'} {', '.join(n)})"
            for zone, n in over.items()))
    return tuple(lines)


def _integrity(session: Session, problems: Sequence[str] | None,
               patient_variant: bool) -> dict[str, object]:
    """The footer's integrity line and the paragraphs after the addenda. ``problems``:
    Store.verify_session's answer, None when not checked (nothing is said)."""
    lines = [f"Signature: {session.signature_note}"] if session.signature_note else []
    if problems is None:
        return {"integrity_lines": tuple(lines)}
    if not problems:
        digest = f" · hash {session.content_hash[:8]}" if session.content_hash else ""
        return {"integrity": f"Integrity verified{digest}", "integrity_lines": tuple(lines)}
    if not patient_variant:
        lines += [INTEGRITY_HEADING, *problems, "Run dn-bodymap verify for the whole database."]
    n = len(problems)
    return {"integrity": f"INTEGRITY CHECK FAILED ({n} problem{'s' if n > 1 else ''})",
            "integrity_failed": True, "integrity_lines": tuple(lines)}


def treatment_map(atlas: Atlas, session: Session, patient: Patient, *, clinic: str = "",
                  variant: str = "clinical", standing: Sequence[Precaution] = (),
                  integrity: Sequence[str] | None = None) -> TreatmentMap:
    """What goes on the printed map. ``standing``: the patient's standing precautions
    (Store.precautions), which the Precautions box shows with today's answers.
    ``integrity``: the session's problems (Store.verify_session), [] when verified."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: use one of {', '.join(VARIANTS)}")
    patient_variant = variant == "patient"
    points = tuple(sorted(session.points, key=lambda p: p.number))
    columns: tuple[str, ...]
    if patient_variant:
        columns = ("#", "Muscle", "Where", "What was found", "Treatment")
        rows = tuple(_patient_row(atlas, p) for p in points)
        key = ""
    else:
        columns = ("#", "Muscle", "Side", "A/L", "Findings", "Needled", "Depth",
                   "Needle", "LTRs", "Time", "Tol.", "Notes")
        rows = tuple(_clinical_row(atlas, p) for p in points)
        key = ("A/L active or latent · " + " · ".join(
            f"{abbr} {words}" for _, abbr, words in FINDING_ABBREVIATIONS)
            + " · Depth and needle (diameter × length) in mm · LTRs: local twitch responses"
            " while needling · Time: time in tissue · Tol.: the patient's tolerance"
            + " · * deeper layer"
            + (" · † referral site chosen (below)" if any(p.referral_site for p in points)
               else ""))
    drawing, area = session_drawing(atlas, session)
    signed_at = (session.signed_at or "")[:16].replace("T", " ")
    signature = (f"Signed by {session.signed_by} on {signed_at} UTC" if session.signed
                 else "DRAFT - not signed")
    dob = f"born {patient.date_of_birth}" if patient.date_of_birth else ""
    return TreatmentMap(
        variant=variant,
        title="Your treatment map" if patient_variant else "Trigger-point treatment map",
        clinic=clinic,
        patient_lines=tuple(x for x in (patient.name, dob,
                                        f"ID {patient.clinic_id}" if patient.clinic_id else "")
                            if x),
        session_lines=(session.started_at[:16].replace("T", " "),
                       f"{session.clinician_name}, {session.clinician_credentials}".rstrip(", ")),
        intro=PATIENT_INTRO if patient_variant else "",
        points=points, columns=columns, rows=rows, key=key,
        summary=_summary(session, patient_variant,
                         () if patient_variant else _safety(atlas, session, standing),
                         drawing_entry(atlas, drawing, area, patient_variant)),
        addenda=tuple(f"Addendum {a.at[:16].replace('T', ' ')} UTC, {a.author}: {a.text}"
                      for a in session.addenda),
        signature=signature,
        versions=f"Atlas {session.atlas_data_version} · dn-bodymap {__version__}",
        muscle_names=tuple(dict.fromkeys(atlas.muscle_name(p.muscle) for p in points)),
        signed_over=() if patient_variant else signed_over(session),
        sites=() if patient_variant else tuple(
            f"† {p.number}. {atlas.muscle_name(p.muscle)}, referral site chosen: "
            f"{site_name(p.referral_site)}" for p in points if p.referral_site),
        drawing=drawing, drawing_area=tuple(area.items()),
        **_integrity(session, integrity, patient_variant))  # type: ignore[arg-type]


def paginate(rows: tuple[Row, ...], first: int, rest: int) -> list[tuple[Row, ...]]:
    """The table's rows per page: ``first`` fit under the map on page 1, ``rest`` on each
    later page. There is always a page 1, even with no rows."""
    pages = [rows[:first]]
    i = first
    while i < len(rows):
        pages.append(rows[i:i + rest])
        i += rest
    return pages
