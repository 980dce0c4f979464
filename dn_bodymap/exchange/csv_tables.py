"""Records as CSV tables for a spreadsheet or R: one row per trigger point, one per painted
area of a pain drawing, one per standing precaution (README: "Exchanging records" lists the
columns). No Qt.

``deidentify`` leaves out what names a patient (name, birth date, clinic identifier, free
text) and gives each patient a stable pseudonym and a date shift of their own: the same
patient gets the same pseudonym and the same shift in every export from one database, so
tables exported on different days still join, and intervals between visits are kept.
The pseudonym is a hash of the patient's database id and creation time: not reversible from
the table, but it is pseudonymisation, not anonymisation (the database maps it back).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.records.model import Patient, Session
from dn_bodymap.records.store import Store

FINDINGS: Final = ("taut_band", "spot_tenderness", "familiar_pain", "referred_pain",
                   "local_twitch")
POINT_COLUMNS: Final = (
    "patient", "patient_name", "date_of_birth", "clinic_id", "session", "session_uuid",
    "date", "clinician", "status", "number", "muscle", "muscle_name", "side", "layer",
    "view", "x", "y", "kind", *FINDINGS, "needled", "needle_gauge_mm", "needle_length_mm",
    "depth_mm", "technique", "ltr_count", "time_in_tissue_s", "tolerance", "adverse_events",
    "confirmed", "notes")
DRAWING_COLUMNS: Final = ("patient", "patient_name", "session", "session_uuid", "date", "view",
                          "quality", "intensity", "area_percent_of_view")
PRECAUTION_COLUMNS: Final = ("patient", "patient_name", "item", "answer", "confirmed_at",
                             "note")
# Left out by deidentify: they name the patient or may (free text).
IDENTIFYING: Final = ("patient_name", "date_of_birth", "clinic_id", "notes", "note")
MAX_SHIFT_DAYS: Final = 182


@dataclass(frozen=True)
class Tables:
    points: list[dict[str, Any]]
    drawings: list[dict[str, Any]]
    precautions: list[dict[str, Any]]


def pseudonym(patient: Patient) -> str:
    return "P" + _digest(patient)[:10]


def date_shift(patient: Patient) -> timedelta:
    """Between -182 and +182 days, never 0, the same for every export of this patient."""
    days = int(_digest(patient)[10:18], 16) % (2 * MAX_SHIFT_DAYS) - MAX_SHIFT_DAYS
    return timedelta(days=days or 1)


def _digest(patient: Patient) -> str:
    return hashlib.sha256(f"dn-bodymap pseudonym|{patient.id}|{patient.created_at}"
                          .encode()).hexdigest()


def sessions_for(store: Store, *, session_id: int | None = None,
                 patient_id: int | None = None, since: str | None = None,
                 until: str | None = None) -> Iterator[Session]:
    """The sessions asked for: one, one patient's, those started in [since, until] (dates,
    inclusive), or all; oldest first."""
    if session_id is not None:
        yield store.session(session_id)
        return
    for summary in store.sessions(patient_id):
        day = summary.date[:10]
        if (since is None or day >= since) and (until is None or day <= until):
            yield store.session(summary.id)


def tables(store: Store, sessions: Iterable[Session], *, deidentify: bool = False,
           muscle_name: Any = None) -> Tables:
    """The three tables for ``sessions`` (precautions: of the patients they belong to)."""
    patients: dict[int, Patient] = {}
    points, drawings = [], []
    outlines = {v: store.atlas.views[v].outline for v in store.atlas.views} \
        if store.atlas is not None else {}
    for s in sessions:
        patient = patients.setdefault(s.patient_id, store.patient(s.patient_id))
        head = _head(patient, s, deidentify)
        for p in s.points:
            points.append({**head, "number": p.number, "muscle": p.muscle,
                           "muscle_name": muscle_name(p.muscle) if muscle_name else p.muscle,
                           "side": p.side, "layer": p.layer, "view": p.view,
                           "x": round(p.x, 2), "y": round(p.y, 2), "kind": p.kind or "",
                           **{f: int(getattr(p, f)) for f in FINDINGS},
                           "needled": int(p.needled), "needle_gauge_mm": _n(p.needle_gauge_mm),
                           "needle_length_mm": _n(p.needle_length_mm),
                           "depth_mm": _n(p.depth_mm), "technique": p.technique or "",
                           "ltr_count": _n(p.ltr_count),
                           "time_in_tissue_s": _n(p.time_in_tissue_s),
                           "tolerance": p.tolerance or "",
                           "adverse_events": ";".join(p.adverse_events),
                           "confirmed": int(p.confirmed), "notes": p.notes})
        drawing = pd.from_json(s.pain_drawing) if s.pain_drawing else pd.EMPTY
        for area in drawing.areas:
            body = outlines.get(area.view)
            share: float | str = (round(100 * area.geometry.area / body.area, 2)
                                  if body is not None and body.area else "")
            drawings.append({k: head[k] for k in ("patient", "patient_name", "session",
                                                  "session_uuid", "date")}
                            | {"view": area.view, "quality": area.quality or "",
                               "intensity": _n(area.intensity), "area_percent_of_view": share})
    precautions = []
    for patient in patients.values():
        shift = date_shift(patient) if deidentify else timedelta(0)
        for c in store.precautions(patient.id):
            precautions.append({"patient": pseudonym(patient) if deidentify else patient.id,
                                "patient_name": patient.name, "item": c.item,
                                "answer": c.answer,
                                "confirmed_at": _shifted(c.confirmed_at, shift),
                                "note": c.note})
    out = Tables(points, drawings, precautions)
    if deidentify:
        for table in (out.points, out.drawings, out.precautions):
            for row in table:
                for key in IDENTIFYING:
                    row.pop(key, None)
    return out


def _head(patient: Patient, s: Session, deidentify: bool) -> dict[str, Any]:
    shift = date_shift(patient) if deidentify else timedelta(0)
    return {"patient": pseudonym(patient) if deidentify else patient.id,
            "patient_name": patient.name, "date_of_birth": patient.date_of_birth or "",
            "clinic_id": patient.clinic_id or "", "session": s.id, "session_uuid": s.uuid,
            "date": _shifted(s.started_at, shift), "clinician": s.clinician_name,
            "status": s.status}


def _shifted(when: str | None, shift: timedelta) -> str:
    """The date of an ISO timestamp (the day only: a time of day can identify a visit),
    moved by ``shift``."""
    if not when:
        return ""
    return (date.fromisoformat(when[:10]) + shift).isoformat()


def _n(value: Any) -> Any:
    return "" if value is None else value


def columns(name: str, deidentify: bool) -> tuple[str, ...]:
    full = {"points": POINT_COLUMNS, "drawings": DRAWING_COLUMNS,
            "precautions": PRECAUTION_COLUMNS}[name]
    return tuple(c for c in full if not (deidentify and c in IDENTIFYING))


def write(path: Path, rows: list[dict[str, Any]], header: tuple[str, ...]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=header, extrasaction="raise")
        out.writeheader()
        out.writerows(rows)


def companion(points_file: Path, table: str) -> Path:
    """visits.csv -> visits_drawings.csv / visits_precautions.csv"""
    return points_file.with_name(f"{points_file.stem}_{table}{points_file.suffix}")
