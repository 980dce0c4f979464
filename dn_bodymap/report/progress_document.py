"""What goes on a printed progress summary, as data (no Qt): the patient, every session's
pain before and after and its active and latent points, and the per-muscle series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from dn_bodymap import __version__
from dn_bodymap.atlas import Atlas
from dn_bodymap.i18n import translate
from dn_bodymap.records.model import Patient, Session
from dn_bodymap.records.vocab import LABELS
from dn_bodymap.report.document import pain_change
from dn_bodymap.review.progress import active_counts, area_series, pain_series


@dataclass(frozen=True)
class ProgressSummary:
    clinic: str
    patient_lines: tuple[str, ...]
    span: str  # "12 sessions, 2026-01-05 to 2026-03-30"
    pain: tuple[tuple[datetime, int | None, int | None], ...]
    counts: dict[str, list[tuple[datetime, int]]]  # "Upper trapezius (R)" -> series
    rows: tuple[tuple[str, ...], ...]  # date, clinician, pain, area, active, latent, status
    versions: str
    # The pain drawing's area, % of the body, per session (None: nothing drawn).
    area: tuple[tuple[datetime, float | None], ...] = ()


def progress_summary(atlas: Atlas, patient: Patient, sessions: Sequence[Session], *,
                     clinic: str = "") -> ProgressSummary:
    ordered = sorted(sessions, key=lambda s: (datetime.fromisoformat(s.started_at), s.id))

    counts = {f"{atlas.muscle_name(k.muscle)} ({k.side[0].upper()})": v
              for k, v in active_counts(ordered).items()}
    area = area_series(ordered, {v: atlas.views[v].outline for v in atlas.views})
    rows = []
    for s, (_, drawn) in zip(ordered, area, strict=True):
        confirmed = [p for p in s.points if p.confirmed]
        rows.append((s.started_at[:10], s.clinician_name, pain_change(s.pain_before,
                                                                      s.pain_after),
                     "" if drawn is None else f"{drawn:.1f}%",
                     str(sum(p.kind == "active" for p in confirmed)),
                     str(sum(p.kind == "latent" for p in confirmed)),
                     LABELS.get(s.status, s.status).lower()))
    span = ((translate("report.progress_document", "1 session") if len(ordered) == 1 else
             translate("report.progress_document", "{n} sessions").format(n=len(ordered)))
            + (translate("report.progress_document", ", {first} to {last}").format(
                first=ordered[0].started_at[:10], last=ordered[-1].started_at[:10])
               if ordered else ""))
    dob = (translate("report.progress_document", "born {date}").format(
        date=patient.date_of_birth) if patient.date_of_birth else "")
    return ProgressSummary(
        clinic=clinic,
        patient_lines=tuple(x for x in (patient.name, dob, translate(
            "report.progress_document", "ID {id}").format(id=patient.clinic_id)
                                        if patient.clinic_id else "") if x),
        span=span, pain=tuple(pain_series(ordered)), counts=counts, rows=tuple(rows),
        versions=f"dn-bodymap {__version__}", area=tuple(area))
