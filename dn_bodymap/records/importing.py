"""Storing a checked exchange document (``exchange.parse``): one transaction, all or nothing.

Everything that can be checked without the database is checked before the write lock is
taken (the parse, and preparing the rows); under the lock only what needs the database is
looked at (the session's UUID, the patient), and the points and their audit rows are written
in two INSERT statements however many there are. An import of 40,000 points used to flush
each point and its audit row in turn (and parse in quadratic time), holding the lock long
enough for another program's save to give up (tests/benchmarks/records_import.py).

A carried-forward point names its source by session UUID and number. Where that session (of
the same patient) is here, ``carried_from`` is its local id; the reference itself is kept
with the point (``carried_from_session``, ``carried_from_number``) either way, so a point
whose source has not arrived keeps it, is exported with it, and is linked when the session
is read after its source is imported (rows.load_sessions).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from dn_bodymap.records import audit, carry, precautions, rows, search, signatures
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Session
from dn_bodymap.records.schema import PatientRow, SessionRow, TriggerPointRow
from dn_bodymap.records.store import SESSION_DEFAULTS, Store

_SIGNATURE = ("status", "signed_at", "signed_by", "signing_exceptions", "content_hash",
              "signed_context")


def write(store: Store, parsed: dict[str, Any], *, patient_id: int | None = None,
          actor: str | None = None) -> int:
    """Store a parsed document in one transaction; returns the new session's id."""
    with store._write() as db:
        return write_in(db, parsed, patient_id=patient_id, actor=actor or store.actor)


def write_in(db: Any, parsed: dict[str, Any], *, patient_id: int | None, actor: str) -> int:
    """Store a parsed document inside the caller's write transaction (a whole patient's
    sessions go in one: records/patient_exchange.py); returns the new session's id."""
    p, s = parsed["patient"], dict(parsed["session"])
    signed = {k: s.pop(k) for k in _SIGNATURE}
    values = {**SESSION_DEFAULTS, **s}
    values["screening"] = rows.merged_screening({}, values["screening"])
    values["adverse_events"] = list(values["adverse_events"])
    refs = [point["carried_from"] for point in parsed["points"]]
    points = [_point_row(point) for point in parsed["points"]]
    have = db.scalar(select(SessionRow.id).where(SessionRow.uuid == s["uuid"]))
    if have is not None:
        raise RecordsError(f"session {s['uuid']} is already in this database (session "
                           f"{have}); it was not imported again")
    at = audit.now_utc()
    pid = patient_for(db, p, patient_id, actor, at)
    row = SessionRow(**values, patient_id=pid, status="draft", created_at=at, updated_at=at)
    db.add(row)
    db.flush()
    claims = {k: v for k, v in signed.items() if k != "signed_context"}
    audit.record(db, at=at, actor=actor, action="create", entity="session", entity_id=row.id,
                 session_id=row.id, new={**rows.values_of(row, Session), **claims,
                                         "imported": True})
    precautions.apply_imported(db, pid, parsed["precautions"], actor, at)
    _insert_points(db, row.id, points, carry.resolve_all(db, pid, refs), actor, at)
    # After the points (a signed session takes none): its signature, judged by its hash
    # (records/signatures.py), and its addenda.
    signatures.apply_imported(db, row, parsed["format_version"], signed,
                              parsed["addenda"], actor, at)
    return row.id


def _point_row(point: dict[str, Any]) -> dict[str, Any]:
    """A parsed point as its row's values (the source, if any, split into its columns)."""
    ref = point["carried_from"]
    return {**point, "adverse_events": list(point["adverse_events"]), "carried_from": None,
            "carried_from_session": ref["session_uuid"] if ref else None,
            "carried_from_number": ref["number"] if ref else None}


def _insert_points(db: Any, session_id: int, points: list[dict[str, Any]],
                   sources: list[int | None], who: str, at: str) -> None:
    if not points:
        return
    for point, source in zip(points, sources, strict=True):
        point.update(session_id=session_id, carried_from=source, created_at=at, updated_at=at)
    db.flush()  # the session's audit row first, in order
    # One executemany; the ids are read back by number (unique in the session). RETURNING
    # would make SQLAlchemy insert row by row and splice the results in quadratic time.
    db.execute(insert(TriggerPointRow.__table__), points)
    ids = {n: i for n, i in db.execute(select(TriggerPointRow.number, TriggerPointRow.id)
                                        .where(TriggerPointRow.session_id == session_id))}
    skip = ("session_id", "created_at", "updated_at")
    audit.record_many(db, [
        {"at": at, "actor": who, "action": "create", "entity": "trigger_point",
         "entity_id": ids[point["number"]], "session_id": session_id,
         "new": {k: v for k, v in point.items() if k not in skip}} for point in points])


def patient_for(db: Any, p: dict[str, Any], patient_id: int | None, who: str,
                at: str) -> int:
    """The patient a document files under: ``patient_id``, the one with its clinic id (whose
    name must match), else a new one."""
    if patient_id is not None:
        return rows.get(db, PatientRow, patient_id, "patient").id
    if p.get("clinic_id"):
        found = db.scalar(select(PatientRow).where(PatientRow.clinic_id == p["clinic_id"]))
        if found is not None:
            if found.name.casefold() != p["name"].casefold():
                raise RecordsError(f"patient.clinic_id: {p['clinic_id']!r} is patient "
                                   f"{found.id} ({found.name}) here, but the file names "
                                   f"{p['name']}; give --patient to choose")
            return found.id
    values = {"date_of_birth": None, "clinic_id": None, "sex": "unknown", "notes": "", **p}
    row = PatientRow(**values, created_at=at, updated_at=at)
    db.add(row)
    db.flush()
    audit.record(db, at=at, actor=who, action="create", entity="patient", entity_id=row.id,
                 new=values)
    search.index(db, row.id, values)
    return row.id
