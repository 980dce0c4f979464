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

from dn_bodymap.i18n import translate
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
        raise RecordsError(translate("records.carry", "session {session} is signed: points "
                                     "can be carried forward only into a draft").format(
            session=target.id))
    if source.id == target.id:
        raise RecordsError(translate("records.carry", "session {session} cannot be carried "
                                     "forward into itself").format(session=source.id))
    if source.patient_id != target.patient_id:
        raise RecordsError(translate("records.carry", "session {session} is another "
                                     "patient's (patient {patient}, not {target}); points are "
                                     "carried forward only within one patient's sessions")
                           .format(session=source.id, patient=source.patient_id,
                                   target=target.patient_id))
    if datetime.fromisoformat(source.started_at) > datetime.fromisoformat(target.started_at):
        raise RecordsError(translate("records.carry", "session {session} ({started}) is later "
                                     "than session {target} ({target_started}); carry points "
                                     "forward, not back").format(
            session=source.id, started=source.started_at, target=target.id,
            target_started=target.started_at))
    sources = list(db.scalars(select(TriggerPointRow)
                              .where(TriggerPointRow.session_id == source.id)
                              .order_by(TriggerPointRow.number)))
    already = db.scalar(select(func.count()).where(
        TriggerPointRow.session_id == target.id,
        TriggerPointRow.carried_from.in_([p.id for p in sources])))
    if already:  # twice would chart every point twice
        raise RecordsError(translate("records.carry", "session {target} already has points "
                                     "carried forward from session {session}").format(
            target=target.id, session=source.id))
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
        raise RecordsError(translate("records.carry", "session {session} has points carried "
                                     "forward and not re-checked ({numbers}): confirm or remove "
                                     "them before signing").format(
            session=session_id, numbers=", ".join(map(str, unchecked))))


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
        text = (translate("records.carry", "session {session} has {count} point carried "
                          "forward from patient {patient}'s sessions; delete it before moving "
                          "the session to another patient") if n == 1 else
                translate("records.carry", "session {session} has {count} points carried "
                          "forward from patient {patient}'s sessions; delete them before "
                          "moving the session to another patient"))
        raise RecordsError(text.format(session=session.id, count=n, patient=session.patient_id))


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
