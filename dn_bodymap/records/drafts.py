"""Starting and changing a draft session: the writes behind ``Store.new_session`` and
``update_session``, each inside the store's write transaction ``db`` and audited there.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, carry, precautions, rows, validate, versions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Clinician, ScreeningAnswer, Session
from dn_bodymap.records.schema import PatientRow, SessionRow

SESSION_DEFAULTS: dict[str, Any] = {
    "chief_complaint": "", "pain_before": None, "pain_after": None, "screening": {},
    "consent": False, "adverse_events": (), "adverse_other": "", "aftercare": "", "plan": "",
    "follow_up": "", "notes": "", "since_last_visit": ""}


def checked(clinician: Clinician, started_at: Any, details: dict[str, Any],
            atlas_data_version: str | None) -> tuple[dict[str, Any], str]:
    """A new draft's values, checked, dated now unless ``started_at`` says otherwise, and
    the atlas version it is charted with (required)."""
    if not atlas_data_version:
        raise RecordsError("atlas_data_version: required (open the store with the atlas "
                           "the session is charted with)")
    values = validate.fields(validate.SESSION_FIELDS, {
        **SESSION_DEFAULTS, **details, "clinician_name": clinician.name,
        "clinician_credentials": clinician.credentials,
        "started_at": started_at or datetime.now().astimezone().replace(microsecond=0)},
        "session")
    return values, validate.text(atlas_data_version, "atlas_data_version")


def create(db: DbSession, patient_id: int, values: dict[str, Any], atlas_data_version: str,
           who: str, carry_forward_from: int | None) -> Session:
    """A new draft of checked ``values``. Its screen starts from the patient's standing
    precautions (carried, to confirm); the answers given in ``values`` are today's and
    become standing precautions in turn."""
    rows.get(db, PatientRow, patient_id, "patient")
    at = audit.now_utc()
    given = {i: ScreeningAnswer(a.answer, a.note) for i, a in values["screening"].items()}
    screening = rows.merged_screening(
        {}, {**precautions.carried_screening(db, patient_id), **given})
    row = SessionRow(**{**values, "screening": screening,
                        "adverse_events": list(values["adverse_events"])},
                     uuid=str(uuidlib.uuid4()), patient_id=patient_id,
                     atlas_data_version=atlas_data_version, status="draft", points_issued=0,
                     created_at=at, updated_at=at)
    db.add(row)
    db.flush()
    audit.record(db, at=at, actor=who, action="create", entity="session", entity_id=row.id,
                 session_id=row.id, new=rows.values_of(row, Session))
    precautions.confirm_answers(db, row, given, who, at)
    carried = ([] if carry_forward_from is None else
               carry.copy_points(db, carry_forward_from, row, who, at))
    return rows.to_session(row, carried, [])


def update(db: DbSession, session_id: int, values: dict[str, Any], patient_id: int | None,
           who: str, expected_version: int | None = None) -> Session:
    """Change checked fields of a draft; ``patient_id`` moves it to another patient;
    refused if the draft changed since ``expected_version`` (records/versions.py)."""
    row = rows.draft(db, session_id)
    versions.check(db, row, "session", expected_version)
    at = audit.now_utc()
    if patient_id is not None:
        rows.get(db, PatientRow, patient_id, "patient")
        if patient_id != row.patient_id:
            carry.may_move(db, row)
        values["patient_id"] = patient_id
    if "screening" in values:
        precautions.set_screening(db, row, values.pop("screening"), who, at)
    if "adverse_events" in values:
        values["adverse_events"] = list(values["adverse_events"])
    rows.apply_changes(db, row, "session", row.id, values, who, at)
    return rows.load_session(db, row)
