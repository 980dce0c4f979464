"""Deleting a patient, and erasing a deleted patient's identifying values from the audit
trail (issue 12, item 8).

What a clinic must keep and what it may erase: signed sessions are the record of care and
are kept for the retention period the law sets, with the patient they belong to; so a
patient with any session is neither deleted nor erased (delete the drafts first; signed
sessions block it). Once a patient is deleted, their name, date of birth, notes and standing
precautions, and the contents of their deleted draft sessions and points, still sit in the
audit trail's old and new values. ``erase_patient`` replaces each such value with
``{"erased": true}``: the rows stay (when, who, what kind of change, which record ids), their
payload digests and hash chain stay (records/chain.py), and one "erase" row lists the rows
erased. ``verify`` still passes; the trail keeps *that* something was recorded and erased,
not what it held.

Copies made before the erasure (backups, pre-migration copies, exported files) still hold the
values: erase those by the clinic's own procedure.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, chain, guards, precautions, rows
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Patient
from dn_bodymap.records.schema import PatientRow, SessionRow


def delete_patient(db: DbSession, patient_id: int, who: str) -> None:
    """Only a patient without sessions: records of care are never deleted with them."""
    row = rows.get(db, PatientRow, patient_id, "patient")
    n = db.scalar(select(func.count()).where(SessionRow.patient_id == patient_id))
    if n:
        raise RecordsError(f"patient {patient_id} has {n} session(s); delete the draft "
                           "sessions first (signed sessions are kept)")
    at = audit.now_utc()
    precautions.delete_all(db, patient_id, who, at)
    audit.record(db, at=at, actor=who, action="delete", entity="patient", entity_id=row.id,
                 old=rows.values_of(row, Patient))
    db.delete(row)
    db.flush()


def erase_patient(db: DbSession, patient_id: int, who: str) -> list[int]:
    """Delete the patient if still there (as ``delete_patient``), then erase the values of
    every audit row about them; returns the ids of the rows erased."""
    if isinstance(patient_id, int) and db.get(PatientRow, patient_id) is not None:
        signed = db.scalar(select(func.count()).where(SessionRow.patient_id == patient_id,
                                                      SessionRow.status == "signed"))
        if signed:
            raise RecordsError(f"patient {patient_id} has {signed} signed session(s), kept "
                               "for the retention period: a patient with records of care "
                               "is not erased")
        delete_patient(db, patient_id, who)
    ids = _rows_about(db, patient_id)
    if not ids:
        raise RecordsError(f"no patient {patient_id} with values left to erase in the audit "
                           "trail")
    marks = {"e": chain.ERASED}
    # (SQLite overwrites the old values: secure_delete, database.py; PostgreSQL's vacuum
    # removes the old row versions.) On PostgreSQL lifting the guard is the owner's right:
    # the application's role cannot erase (README: "For a clinic with several rooms").
    with guards.lifted(db, ("audit_no_update",)):
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            db.execute(text(
                "UPDATE audit SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE :e "
                "END, new_value = CASE WHEN new_value IS NULL THEN NULL ELSE :e END WHERE id "
                f"IN ({', '.join(str(int(i)) for i in part)})"), marks)
    audit.record(db, at=audit.now_utc(), actor=who, action="erase", entity="patient",
                 entity_id=patient_id, new={"audit_rows": ids})
    return ids


def _rows_about(db: DbSession, patient_id: int) -> list[int]:
    """The audit rows about a deleted patient still holding values: the patient's own, their
    standing precautions', and their deleted sessions' (with those sessions' points)."""
    def decoded(raw: str | None) -> Any:
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    if not db.execute(text("SELECT 1 FROM audit WHERE entity = 'patient' AND action = "
                           "'delete' AND entity_id = :p"), {"p": patient_id}).first():
        return []  # never recorded here, or not deleted: nothing to erase
    cautions = [i for i, new in db.execute(text(
        "SELECT entity_id, new_value FROM audit WHERE entity = 'precaution' AND action = "
        "'create'")) if (decoded(new) or {}).get("patient_id") == patient_id]
    sessions = [i for i, old in db.execute(text(
        "SELECT entity_id, old_value FROM audit WHERE entity = 'session' AND action = "
        "'delete'")) if (decoded(old) or {}).get("patient_id") == patient_id]
    found = db.execute(text(
        "SELECT id FROM audit WHERE ((entity = 'patient' AND entity_id = :p) "
        f"OR (entity = 'precaution' AND entity_id IN ({_ints(cautions)})) "
        f"OR (session_id IN ({_ints(sessions)})) "
        f"OR (entity = 'session' AND entity_id IN ({_ints(sessions)}))) "
        "AND action != 'erase' AND (old_value IS NOT NULL OR new_value IS NOT NULL) "
        "AND coalesce(old_value, '') != :e AND coalesce(new_value, '') != :e ORDER BY id"),
        {"p": patient_id, "e": chain.ERASED})
    return [r[0] for r in found]


def _ints(values: list[int]) -> str:
    return ", ".join(str(int(v)) for v in values) or "NULL"
