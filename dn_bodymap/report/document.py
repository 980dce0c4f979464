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
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels, terms, translate, translate_data
from dn_bodymap.records.model import Patient, Precaution, Session, TriggerPoint
from dn_bodymap.records.sign_check import signed_over
from dn_bodymap.records.vocab import LABELS
from dn_bodymap.report import plain_words
from dn_bodymap.report.drawing_words import drawing_entry, session_drawing
from dn_bodymap.report.plain_words import nearest_place

VARIANTS = ("clinical", "patient")
def precautions_heading() -> str:
    """The summary's first heading, painted in a box of its own."""
    return translate("report.document", "PRECAUTIONS")

# Findings as the table abbreviates them; the key under the table spells them out.
def finding_abbreviations() -> tuple[tuple[str, str, str], ...]:
    return (
        ("taut_band", translate("report.document", "TB"),
         translate("report.document", "taut band")),
        ("spot_tenderness", translate("report.document", "ST"),
         translate("report.document", "spot tenderness")),
        ("familiar_pain", translate("report.document", "FP"),
         translate("report.document", "familiar pain reproduced")),
        ("referred_pain", translate("report.document", "RP"),
         translate("report.document", "referred pain elicited")),
        ("local_twitch", translate("report.document", "LTR"),
         translate("report.document", "local twitch response on palpation")))


TECHNIQUE_ABBREVIATIONS = Labels("report.document", {
    "pistoning": QT_TRANSLATE_NOOP("report.document", "pist."),
    "static": QT_TRANSLATE_NOOP("report.document", "static"),
    "electrical_stimulation": QT_TRANSLATE_NOOP("report.document", "e-stim")})
# Screening items as the narrow summary column prints them (the window spells them out).
SCREENING_SHORT = Labels("report.document", {
    "active_infection": QT_TRANSLATE_NOOP("report.document", "Infection at site"),
    "anticoagulants": QT_TRANSLATE_NOOP("report.document", "Anticoagulants"),
                   "immunocompromised": QT_TRANSLATE_NOOP("report.document", "Immunocompromised")})


def integrity_heading() -> str:
    return translate("report.document",
                     "INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap")


def patient_intro() -> str:
    return translate("report.document",
                     "This map shows where your therapist found trigger points today: tight, "
                     "tender spots in a muscle, numbered on the body. The shaded area of the "
                     "same colour shows where each one can send pain (darker: most often; "
                     "dotted: sometimes).")


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
    signed: bool = False  # the signature box's weight follows this, not its words


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
    findings = " ".join(abbr for key, abbr, _ in finding_abbreviations() if getattr(p, key))
    needle = (f"{p.needle_gauge_mm:.2f}×{p.needle_length_mm:g}"
              if p.needle_gauge_mm is not None and p.needle_length_mm is not None else "")
    technique = TECHNIQUE_ABBREVIATIONS.get(p.technique or "", "")
    mark = ("" if p.layer == "superficial" else " *") + (" †" if p.referral_site else "")
    return Row(p.number, (
        str(p.number), f"{atlas.muscle_name(p.muscle)}{mark}",
        terms.side_letter(p.side), (terms.kind(p.kind) if p.kind else "")[:1].upper(), findings,
        (translate("report.document", "Y") + " " + technique).strip() if p.needled
        else translate("report.document", "N"), _number(p.depth_mm),
        needle, _number(p.ltr_count), _number(p.time_in_tissue_s, " s"),
        LABELS.get(p.tolerance or "", ""), p.notes.replace("\n", " ")))


PLAIN_FINDINGS = Labels("report.document", {
    "spot_tenderness": QT_TRANSLATE_NOOP("report.document", "tender"),
    "taut_band": QT_TRANSLATE_NOOP("report.document", "tight band"),
    "familiar_pain": QT_TRANSLATE_NOOP("report.document", "your usual pain"),
    "referred_pain": QT_TRANSLATE_NOOP("report.document", "pain felt elsewhere")})


def _patient_row(atlas: Atlas, p: TriggerPoint) -> Row:
    found = [words for key, words in PLAIN_FINDINGS.items() if getattr(p, key)]
    where = nearest_place(atlas, p.view, p.side, p.x, p.y)
    return Row(p.number, (
        str(p.number), atlas.muscle_name(p.muscle),
        f"{terms.side(p.side)}, {where}".rstrip(", "), ", ".join(found),
        translate("report.document", "dry needling") if p.needled
        else translate("report.document", "not needled")))


def _summary(session: Session, patient_variant: bool, safety: tuple[str, ...] = (),
             drawn: tuple[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """(heading, text) beside the views; ``safety``, when any, first and boxed."""
    pain = ("" if session.pain_before is None and session.pain_after is None else
            translate("report.document", "before {before}, after {after} (0 to 10)").format(
                before=_number(session.pain_before) or "–",
                after=_number(session.pain_after) or "–"))
    label: Callable[[str], str] = (plain_words.event if patient_variant
                                   else (lambda e: LABELS.get(e, e)))
    events = [label(e) for e in session.adverse_events if e != "other"]
    if session.adverse_other or "other" in session.adverse_events:
        events.append(session.adverse_other or LABELS["other"].lower())
    events += [translate("report.document", "{event} (point {number})").format(
        event=label(e), number=p.number) for p in session.points for e in p.adverse_events]
    rows: list[tuple[str, str | None]] = (
        [(precautions_heading(), "\n".join(safety))] if safety else [])
    if session.since_last_visit:
        rows.append((translate("report.document", "Since the last visit"),
                     session.since_last_visit))
    rows += [(translate("report.document", "Reason for visit") if patient_variant
              else translate("report.document", "Chief complaint"), session.chief_complaint),
             (translate("report.document", "Pain") if patient_variant
              else translate("report.document", "Pain (NPRS)"), pain)]
    if drawn:  # the pain drawing's area and qualities, after the scores
        rows.append(drawn)
    if not patient_variant:
        rows.append((translate("report.document", "Screening"),
                     screening_text(session, yes_in_box=bool(safety))))
        rows.append((translate("report.document", "Consent"),
                     translate("report.document", "obtained") if session.consent
                     else translate("report.document", "not recorded")))
    rows += [(translate("report.document", "After treatment") if patient_variant
              else translate("report.document", "Adverse events"),
              ", ".join(events) if events else translate("report.document", "none recorded")),
             (translate("report.document", "Aftercare"), session.aftercare),
             (translate("report.document", "Plan"), session.plan),
             (translate("report.document", "Follow-up"), session.follow_up)]
    if not patient_variant:
        rows.append((translate("report.document", "Notes"), session.notes))
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
    for answer, words in (("no", translate("report.document", "No to all {n} items")),
                          ("not_asked", translate("report.document", "Not asked: all {n} items"))):
        if n and len(groups[answer]) == n:
            noted = [e for e in groups[answer] if e[1]]
            return words.format(n=n) + (f"; {listed(noted)}" if noted else "")
    shown = (("yes", LABELS["yes"]), ("no", LABELS["no"]), ("not_asked", LABELS["not_asked"]))
    if yes_in_box and groups["yes"]:
        shown = (("yes_box", translate("report.document", "Yes: {count}, under {heading}").format(
                     count=len(groups["yes"]), heading=precautions_heading())),
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
        lines.append(translate("report.document", "Over caution zones: ") + "; ".join(
            (translate("report.document", "{zone} (points {numbers})") if len(n) > 1
             else translate("report.document", "{zone} (point {numbers})")).format(
                zone=zone, numbers=", ".join(n))
            for zone, n in over.items()))
    return tuple(lines)


def _integrity(session: Session, problems: Sequence[str] | None,
               patient_variant: bool) -> dict[str, object]:
    """The footer's integrity line and the paragraphs after the addenda. ``problems``:
    Store.verify_session's answer, None when not checked (nothing is said)."""
    lines = ([translate("report.document", "Signature: {note}").format(
        note=session.signature_note)] if session.signature_note else [])
    if problems is None:
        return {"integrity_lines": tuple(lines)}
    if not problems:
        digest = (translate("report.document", " · hash {hash}").format(
            hash=session.content_hash[:8]) if session.content_hash else "")
        return {"integrity": translate("report.document", "Integrity verified") + digest,
                "integrity_lines": tuple(lines)}
    if not patient_variant:
        lines += [integrity_heading(), *problems,
                  translate("report.document", "Run dn-bodymap verify for the whole database.")]
    n = len(problems)
    failed = (translate("report.document", "INTEGRITY CHECK FAILED (1 problem)") if n == 1 else
              translate("report.document", "INTEGRITY CHECK FAILED ({n} problems)").format(n=n))
    return {"integrity": failed,
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
        columns = ("#", translate("report.document", "Muscle"),
                   translate("report.document", "Where"),
                   translate("report.document", "What was found"),
                   translate("report.document", "Treatment"))
        rows = tuple(_patient_row(atlas, p) for p in points)
        key = ""
    else:
        columns = ("#", *(translate_data("report.document", c) for c in (
            QT_TRANSLATE_NOOP("report.document", "Muscle"),
            QT_TRANSLATE_NOOP("report.document", "Side"),
            QT_TRANSLATE_NOOP("report.document", "A/L"),
            QT_TRANSLATE_NOOP("report.document", "Findings"),
            QT_TRANSLATE_NOOP("report.document", "Needled"),
            QT_TRANSLATE_NOOP("report.document", "Depth"),
            QT_TRANSLATE_NOOP("report.document", "Needle"),
            QT_TRANSLATE_NOOP("report.document", "LTRs"),
            QT_TRANSLATE_NOOP("report.document", "Time"),
            QT_TRANSLATE_NOOP("report.document", "Tol."),
            QT_TRANSLATE_NOOP("report.document", "Notes"))))
        rows = tuple(_clinical_row(atlas, p) for p in points)
        key = (translate("report.document", "A/L active or latent") + " · " + " · ".join(
            f"{abbr} {words}" for _, abbr, words in finding_abbreviations())
            + translate("report.document", " · Depth and needle (diameter × length) in mm · "
                        "LTRs: local twitch responses while needling · Time: time in tissue · "
                        "Tol.: the patient's tolerance · * deeper layer")
            + (translate("report.document", " · † referral site chosen (below)")
               if any(p.referral_site for p in points) else ""))
    drawing, area = session_drawing(atlas, session)
    signed_at = (session.signed_at or "")[:16].replace("T", " ")
    signature = (translate("report.document", "Signed by {name} on {date} UTC").format(
        name=session.signed_by, date=signed_at) if session.signed
        else translate("report.document", "DRAFT - not signed"))
    dob = (translate("report.document", "born {date}").format(date=patient.date_of_birth)
           if patient.date_of_birth else "")
    return TreatmentMap(
        variant=variant,
        title=(translate("report.document", "Your treatment map") if patient_variant
               else translate("report.document", "Trigger-point treatment map")),
        clinic=clinic,
        patient_lines=tuple(x for x in (patient.name, dob,
                                        translate("report.document", "ID {id}").format(
                                            id=patient.clinic_id) if patient.clinic_id else "")
                            if x),
        session_lines=(session.started_at[:16].replace("T", " "),
                       f"{session.clinician_name}, {session.clinician_credentials}".rstrip(", ")),
        intro=patient_intro() if patient_variant else "",
        points=points, columns=columns, rows=rows, key=key,
        summary=_summary(session, patient_variant,
                         () if patient_variant else _safety(atlas, session, standing),
                         drawing_entry(atlas, drawing, area, patient_variant)),
        addenda=tuple(translate("report.document", "Addendum {date} UTC, {author}: {text}")
                      .format(date=a.at[:16].replace("T", " "), author=a.author, text=a.text)
                      for a in session.addenda),
        signature=signature, signed=session.signed,
        versions=translate("report.document", "Atlas {atlas} · dn-bodymap {version}").format(
            atlas=session.atlas_data_version, version=__version__),
        muscle_names=tuple(dict.fromkeys(atlas.muscle_name(p.muscle) for p in points)),
        signed_over=() if patient_variant else signed_over(session),
        sites=() if patient_variant else tuple(
            translate("report.document", "† {number}. {muscle}, referral site chosen: {site}")
            .format(number=p.number, muscle=atlas.muscle_name(p.muscle),
                    site=site_name(p.referral_site)) for p in points if p.referral_site),
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
