"""Carrying trigger points forward ("start from last session") and the links it leaves.

A carried point is a copy of a point of an earlier session of the same patient: where it is
and what it is (validate.CARRIED_FIELDS), with ``carried_from`` naming its source and
``confirmed`` false until the clinician re-checks it today. Findings and needling start
empty: they are today's to record.

In an exported file a link is written as the source's session UUID and point number, since
database ids mean nothing in another database.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, rows, validate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.records.schema import SessionRow, TriggerPointRow


def copy_points(db: DbSession, source_id: int, target: SessionRow, who: str,
                at: str) -> list[TriggerPoint]:
    """Copy every point of session ``source_id`` into the draft ``target``, numbered after
    its own points, unconfirmed, one audit row each (in the caller's transaction)."""
    source = rows.get(db, SessionRow, source_id, "session")
    if target.status == "signed":
        raise RecordsError(f"session {target.id} is signed: points can be carried forward "
                           "only into a draft")
    if source.id == target.id:
        raise RecordsError(f"session {source.id} cannot be carried forward into itself")
    if source.patient_id != target.patient_id:
        raise RecordsError(f"session {source.id} is another patient's (patient "
                           f"{source.patient_id}, not {target.patient_id}); points are carried "
                           "forward only within one patient's sessions")
    if datetime.fromisoformat(source.started_at) > datetime.fromisoformat(target.started_at):
        raise RecordsError(f"session {source.id} ({source.started_at}) is later than session "
                           f"{target.id} ({target.started_at}); carry points forward, not back")
    sources = list(db.scalars(select(TriggerPointRow)
                              .where(TriggerPointRow.session_id == source.id)
                              .order_by(TriggerPointRow.number)))
    already = db.scalar(select(func.count()).where(
        TriggerPointRow.session_id == target.id,
        TriggerPointRow.carried_from.in_([p.id for p in sources])))
    if already:  # twice would chart every point twice
        raise RecordsError(f"session {target.id} already has points carried forward from "
                           f"session {source.id}")
    made = []
    for src in sources:
        values = {**rows.POINT_DEFAULTS, **{k: getattr(src, k) for k in validate.CARRIED_FIELDS},
                  "carried_from": src.id, "confirmed": False}
        target.points_issued += 1
        row = TriggerPointRow(session_id=target.id, number=target.points_issued, **values,
                              created_at=at, updated_at=at)
        db.add(row)
        db.flush()
        audit.record(db, at=at, actor=who, action="create", entity="trigger_point",
                     entity_id=row.id, session_id=target.id,
                     new={"number": row.number, **values})
        made.append(rows.to_point(row))
    if made:
        target.updated_at = at
    return made


def all_confirmed(db: DbSession, session_id: int) -> None:
    """Before signing: a signature must not vouch for last session's findings unchecked."""
    unchecked = list(db.scalars(select(TriggerPointRow.number).where(
        TriggerPointRow.session_id == session_id, TriggerPointRow.confirmed.is_(False))
        .order_by(TriggerPointRow.number)))
    if unchecked:
        raise RecordsError(f"session {session_id} has points carried forward and not "
                           f"re-checked ({', '.join(map(str, unchecked))}): confirm or remove "
                           "them before signing")


def check_source(db: DbSession, session: SessionRow, carried_from: int) -> None:
    """A point may name as its source only a point of another session of the same patient
    (restoring a deleted carried point by undo names it again)."""
    found = db.execute(select(SessionRow.id, SessionRow.patient_id)
                       .join(TriggerPointRow, TriggerPointRow.session_id == SessionRow.id)
                       .where(TriggerPointRow.id == carried_from)).first()
    if found is None:
        raise RecordsError(f"carried_from: there is no trigger point {carried_from}")
    if found.id == session.id or found.patient_id != session.patient_id:
        raise RecordsError(f"carried_from: point {carried_from} is not from another session "
                           f"of this patient")


def may_move(db: DbSession, session: SessionRow) -> None:
    """A session moved to another patient must not take links into its old patient's
    sessions with it."""
    n = db.scalar(select(func.count()).where(TriggerPointRow.session_id == session.id,
                                             TriggerPointRow.carried_from.is_not(None)))
    if n:
        raise RecordsError(f"session {session.id} has {n} point(s) carried forward from "
                           f"patient {session.patient_id}'s sessions; delete them before "
                           "moving it to another patient")


def references(db: DbSession, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The portable name of each source point: its session's UUID and its number."""
    found = db.execute(select(TriggerPointRow.id, SessionRow.uuid, TriggerPointRow.number)
                       .join(SessionRow, SessionRow.id == TriggerPointRow.session_id)
                       .where(TriggerPointRow.id.in_(ids)))
    return {i: {"session_uuid": u, "number": n} for i, u, n in found}


def stored_references(db: DbSession, session_id: int) -> dict[int, dict[str, Any]]:
    """The references imported points keep to a source not (yet) in this database."""
    found = db.execute(select(TriggerPointRow.id, TriggerPointRow.carried_from_session,
                              TriggerPointRow.carried_from_number)
                       .where(TriggerPointRow.session_id == session_id,
                              TriggerPointRow.carried_from_session.is_not(None)))
    return {i: {"session_uuid": u, "number": n} for i, u, n in found}


def resolve_all(db: DbSession, patient_id: int,
                refs: list[dict[str, Any] | None]) -> list[int | None]:
    """The local id of each source point named by reference, where that session of this
    patient is in this database (one query, however many points); None where it is not:
    the point keeps its reference (stored with it) and is linked once the session comes."""
    wanted = {r["session_uuid"] for r in refs if r is not None}
    if not wanted:
        return [None] * len(refs)
    found = {(u, n): i for i, u, n in db.execute(
        select(TriggerPointRow.id, SessionRow.uuid, TriggerPointRow.number)
        .join(SessionRow, SessionRow.id == TriggerPointRow.session_id)
        .where(SessionRow.uuid.in_(wanted), SessionRow.patient_id == patient_id))}
    return [None if r is None else found.get((r["session_uuid"], r["number"])) for r in refs]
