"""Between database rows and records: converting, looking up, and audited field updates."""

from __future__ import annotations

from dataclasses import MISSING, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, input_limits, validate, versions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import (
    Addendum,
    HistoryRow,
    Patient,
    ScreeningAnswer,
    Session,
    SigningException,
    TriggerPoint,
)
from dn_bodymap.records.schema import AddendumRow, PatientRow, SessionRow, TriggerPointRow
from dn_bodymap.records.vocab import ADVERSE_EVENTS, SCREENING_ITEMS

_PATIENT = [f.name for f in fields(Patient)]
_POINT = [f.name for f in fields(TriggerPoint)]
_SESSION = [f.name for f in fields(Session) if f.name not in ("points", "addenda")]
POINT_DEFAULTS = {f.name: f.default for f in fields(TriggerPoint) if f.default is not MISSING}


def to_patient(row: PatientRow) -> Patient:
    return Patient(**{k: getattr(row, k) for k in _PATIENT})


_EVENTS = _POINT.index("adverse_events")


def to_point(row: TriggerPointRow) -> TriggerPoint:
    return point_of([getattr(row, k) for k in _POINT])


def point_of(values: Any) -> TriggerPoint:
    """A point from its values in field order (JSON lists become the record's tuples)."""
    values = list(values)
    values[_EVENTS] = tuple(values[_EVENTS] or ())
    return TriggerPoint(*values)


def to_addendum(row: AddendumRow) -> Addendum:
    return Addendum(row.id, row.session_id, row.at, row.author, row.text)


def to_session(row: SessionRow, points: list[TriggerPoint],
               addenda: list[Addendum]) -> Session:
    values = {k: getattr(row, k) for k in _SESSION}
    stored = row.screening or {}
    values["screening"] = {item: ScreeningAnswer(**stored.get(item, {}))
                           for item in SCREENING_ITEMS}
    # Vocabulary order, as written; a code a later version added is kept, at the end.
    events = list(row.adverse_events or ())
    values["adverse_events"] = tuple([c for c in ADVERSE_EVENTS if c in events]
                                     + [c for c in events if c not in ADVERSE_EVENTS])
    values["signing_exceptions"] = tuple(SigningException(**e)
                                         for e in row.signing_exceptions or ())
    return Session(**values, points=tuple(points), addenda=tuple(addenda))


def get(db: DbSession, table: Any, key: int, what: str) -> Any:
    row = db.get(table, key) if validate.record_id(key) else None  # (2**64 would overflow)
    if row is None:
        raise RecordsError(f"no {what} {key}")
    return row


def draft(db: DbSession, session_id: int) -> Any:
    """The session, if it may still change: a signed one is read-only for good."""
    row = get(db, SessionRow, session_id, "session")
    if row.status == "signed":
        raise RecordsError(f"session {session_id} is signed; add an addendum instead")
    return row


def restorable(db: DbSession, session: SessionRow, number: int) -> None:
    """A point may come back under ``number`` only if that number was given and is free."""
    if number > session.points_issued:
        raise RecordsError(f"number: session {session.id} never had a point {number}; new "
                           "points are numbered by the store")
    taken = db.scalar(select(TriggerPointRow.id).where(TriggerPointRow.session_id == session.id,
                                                       TriggerPointRow.number == number))
    if taken is not None:
        raise RecordsError(f"number: session {session.id} already has a point {number}")


def with_implied_point_changes(row: TriggerPointRow, values: dict[str, Any]) -> dict[str, Any]:
    """An edit of a point, with what it implies: another muscle has other referral sites, so
    a site chosen for the old muscle no longer applies; a confirmation of a depth beyond a
    caution zone's guidance was of that depth, so another depth must be confirmed again."""
    values = dict(values)
    if "adverse_events" in values:  # stored as a JSON list: compare like with like
        values["adverse_events"] = list(values["adverse_events"])
    if ("referral_site" not in values and row.referral_site is not None
            and values.get("muscle", row.muscle) != row.muscle):
        values["referral_site"] = None
    if ("depth_confirmed" not in values and row.depth_confirmed
            and values.get("depth_mm", row.depth_mm) != row.depth_mm):
        values["depth_confirmed"] = False
    return values


def delete_points(db: DbSession, session_id: int, who: str, at: str) -> None:
    """Delete a session's points, each audited (before the session: the ORM does not know
    they hang on it)."""
    for p in db.scalars(select(TriggerPointRow).where(TriggerPointRow.session_id == session_id)):
        audit.record(db, at=at, actor=who, action="delete", entity="trigger_point",
                     entity_id=p.id, session_id=session_id,
                     old={"number": p.number, **values_of(p, TriggerPoint)})
        db.delete(p)
    db.flush()


def clinic_id_free(db: DbSession, clinic_id: str | None, patient_id: int | None) -> None:
    if clinic_id is None:
        return
    other = db.scalar(select(PatientRow).where(PatientRow.clinic_id == clinic_id))
    if other is not None and other.id != patient_id:
        raise RecordsError(f"clinic_id: {clinic_id!r} is already patient {other.id} "
                           f"({other.name})")


def values_of(row: Any, record: type) -> dict[str, Any]:
    """The row's fields that the record type has, as plain values (for the audit trail)."""
    skip = {"id", "points", "addenda", "created_at", "updated_at", "session_id"}
    return {f.name: getattr(row, f.name) for f in fields(record)
            if f.name not in skip and hasattr(row, f.name)}


def apply_changes(db: DbSession, row: Any, entity: str, session_id: int | None,
           values: dict[str, Any], actor: str, at: str | None = None) -> None:
    """Set the changed fields, one audit row each; an unchanged value writes nothing."""
    at = at or audit.now_utc()
    for key, new in values.items():
        old = getattr(row, key)
        if old != new:
            audit.record(db, at=at, actor=actor, action="update", entity=entity,
                         entity_id=row.id, session_id=session_id, field=key, old=old, new=new)
            setattr(row, key, new)
            row.updated_at = at
            versions.bump(db, row)


def stored_answer(a: ScreeningAnswer) -> dict[str, Any]:
    """A screening answer as stored (JSON); "carried" is written only while it is true, so
    answers given at the visit keep the form they always had."""
    out: dict[str, Any] = {"answer": a.answer, "note": a.note}
    if a.carried:
        out.update(carried=True, last_confirmed=a.last_confirmed)
    return out


def merged_screening(old: dict[str, Any], new: dict[str, ScreeningAnswer]) -> dict[str, Any]:
    """Every screening item as stored (JSON): the old answers with the new ones over them."""
    out = {item: old.get(item, {"answer": "not_asked", "note": ""}) for item in SCREENING_ITEMS}
    out.update({item: stored_answer(a) for item, a in new.items()})
    return out


def load_session(db: DbSession, row: SessionRow) -> Session:
    return load_sessions(db, [row], [row.id])[0]


def load_sessions(db: DbSession, found: list[SessionRow], ids: Any) -> list[Session]:
    """Whole sessions in three queries, however many (a progress chart reads hundreds).
    ``ids`` selects the same sessions' ids: a list, or a subquery (an IN list of hundreds of
    values would meet older SQLite's limit of 999 parameters)."""
    db.flush()
    # Plain columns, not ORM objects: a session is reloaded after every edit in the window,
    # and building 50 ORM rows cost more than the edit itself.
    table = TriggerPointRow.__table__.c
    columns = [table[k] for k in _POINT]
    points: dict[int, list[TriggerPoint]] = {r.id: [] for r in found}
    pending: list[tuple[int, int, str, int]] = []  # session, place in it, source
    for p in db.execute(select(*columns, table.carried_from_session, table.carried_from_number)
                        .where(TriggerPointRow.session_id.in_(ids))
                        .order_by(TriggerPointRow.number)):
        listed = points[p.session_id]
        listed.append(point_of(p[:len(columns)]))
        if p.carried_from is None and p.carried_from_session is not None:
            pending.append((p.session_id, len(listed) - 1, p.carried_from_session,
                            p.carried_from_number))
    if pending:
        _resolve_links(db, {r.id: r.patient_id for r in found}, points, pending)
    addenda: dict[int, list[Addendum]] = {r.id: [] for r in found}
    for a in db.scalars(select(AddendumRow).where(AddendumRow.session_id.in_(ids))
                        .order_by(AddendumRow.id)):
        addenda[a.session_id].append(to_addendum(a))
    return [to_session(r, points[r.id], addenda[r.id]) for r in found]


def _resolve_links(db: DbSession, patients: dict[int, int],
                   points: dict[int, list[TriggerPoint]],
                   pending: list[tuple[int, int, str, int]]) -> None:
    """Imported points whose source session was not here when they came: linked to their
    source once it is (a point of a session of the same patient, by UUID and number)."""
    found = {(u, n, pid): i for i, u, n, pid in db.execute(
        select(TriggerPointRow.id, SessionRow.uuid, TriggerPointRow.number,
               SessionRow.patient_id)
        .join(SessionRow, SessionRow.id == TriggerPointRow.session_id)
        .where(SessionRow.uuid.in_({u for _, _, u, _ in pending})))}
    for session_id, place, uuid, number in pending:
        source = found.get((uuid, number, patients[session_id]))
        if source is not None:
            listed = points[session_id]
            listed[place] = replace(listed[place], carried_from=source)


def session_list(patient_id: int | None = None, limit: int | None = None,
                 offset: int = 0) -> Select:
    """Session list lines (all, or the patient's) with their point counts, oldest first, in
    one query; ``limit`` and ``offset`` take a page of them. Each count is looked up in the
    points' (session_id, number) index, so a page costs its own rows, not every point's."""
    count = (select(func.count()).where(TriggerPointRow.session_id == SessionRow.id)
             .correlate(SessionRow).scalar_subquery())
    q = (select(SessionRow.id, SessionRow.uuid, SessionRow.patient_id, PatientRow.name,
                SessionRow.started_at, SessionRow.status, count)
         .join(PatientRow, PatientRow.id == SessionRow.patient_id)
         .order_by(SessionRow.started_at, SessionRow.id))
    if patient_id is not None:
        q = q.where(SessionRow.patient_id == patient_id)
    for value, where in ((limit, "limit"), (offset, "offset")):
        if value is not None and not (isinstance(value, int) and not isinstance(value, bool)
                                      and 0 <= value <= input_limits.MAX_ID):
            raise RecordsError(f"{where}: {value!r} is not a whole number from 0")
    if limit is None and not offset:
        return q
    # The page's ids first, from the (started_at, id) index alone: the rows skipped are
    # never read, nor their points counted.
    page = select(SessionRow.id).order_by(SessionRow.started_at, SessionRow.id)
    if patient_id is not None:
        page = page.where(SessionRow.patient_id == patient_id)
    return q.where(SessionRow.id.in_(page.limit(limit).offset(offset or None)))


def _history_query() -> Select:
    tp = TriggerPointRow
    # Points counted by session_id, not id: every column the counts read is in the
    # (session_id, kind, confirmed) index, so no point's row is read (an index-only scan).
    n = func.count(tp.session_id)

    def confirmed(kind: str) -> Any:
        return n.filter(and_(tp.kind == kind, tp.confirmed.is_(True)))

    addenda = (select(func.count(AddendumRow.id)).where(AddendumRow.session_id == SessionRow.id)
               .scalar_subquery())
    return (select(SessionRow.id, SessionRow.started_at, SessionRow.clinician_name,
                   SessionRow.status, SessionRow.pain_before, SessionRow.pain_after,
                   n, confirmed("active"), confirmed("latent"),
                   n.filter(tp.confirmed.is_(False)), addenda)
            .outerjoin(tp, tp.session_id == SessionRow.id)
            .where(SessionRow.patient_id == bindparam("patient_id"))
            .group_by(SessionRow.id))


_HISTORY = _history_query()  # built once: a history is read at every choice of a patient


def history(db: DbSession, patient_id: int) -> list[HistoryRow]:
    """A patient's history lines with their point and addendum counts, newest first, in one
    query."""
    found = db.execute(_HISTORY, {"patient_id": patient_id})
    # By moment, not by text: text order misplaces sessions entered with different offsets.
    return sorted((HistoryRow(*r) for r in found),
                  key=lambda r: (datetime.fromisoformat(r.date), r.id), reverse=True)
