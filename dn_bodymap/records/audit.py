"""The audit trail: who changed what, when, from which value to which, one row per changed
field, written by the store in the same transaction as the change itself. The rows form a
hash chain (records/chain.py): a row changed, inserted or deleted by another program is found
by ``dn-bodymap verify``."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import chain, live
from dn_bodymap.records.model import AuditEntry
from dn_bodymap.records.schema import AuditRow

# "erase": a deleted patient's values erased from the trail (records/erasure.py);
# "integrity": the chain started by an upgrade, a guard trigger restored (records/guards.py).
ACTIONS: Final = ("create", "update", "delete", "sign", "addendum", "erase", "integrity")
ENTITIES: Final = ("patient", "session", "trigger_point", "addendum", "precaution", "account",
                   "database")
_NONE: Final = object()  # "not applicable" (no old value of a created record), unlike None


def os_user() -> str:
    """The default actor: the operating-system account."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "unknown"


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def encode(value: Any) -> str | None:
    if value is _NONE:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def record(db: Any, *, at: str, actor: str, action: str, entity: str, entity_id: int,
           session_id: int | None = None, field: str | None = None, old: Any = _NONE,
           new: Any = _NONE) -> None:
    """Add one audit row, chained, to the transaction of ``db`` (an ORM session, or a plain
    connection): it commits or rolls back with the change it describes."""
    if action not in ACTIONS or entity not in ENTITIES:  # a programming error, not the user's
        raise ValueError(f"audit: unknown action {action!r} or entity {entity!r}")
    info = db.info if isinstance(db, DbSession) else None
    # One ORM session is one write transaction: its head is read once, then followed here.
    db_head = info.get("audit_head") if info is not None else None
    row = {"at": at, "actor": actor, "action": action, "entity": entity,
           "entity_id": entity_id, "session_id": session_id, "field": field,
           "old_value": encode(old), "new_value": encode(new)}
    new_head = chain.append_audit(db, row, db_head)
    if info is not None:
        info["audit_head"] = new_head
        live.note(info, entity, entity_id, session_id)  # for the other windows


def record_many(db: DbSession, rows: list[dict[str, Any]]) -> None:
    """Add many audit rows at once (an import's points), each given as ``record``'s keyword
    arguments, chained, in one INSERT statement: they commit or roll back with the change."""
    values = []
    for r in rows:
        if r["action"] not in ACTIONS or r["entity"] not in ENTITIES:
            raise ValueError(f"audit: unknown action {r['action']!r} or entity {r['entity']!r}")
        values.append({"at": r["at"], "actor": r["actor"], "action": r["action"],
                       "entity": r["entity"], "entity_id": r["entity_id"],
                       "session_id": r.get("session_id"), "field": r.get("field"),
                       "old_value": encode(r.get("old", _NONE)),
                       "new_value": encode(r.get("new", _NONE))})
    if values:
        db.flush()  # rows added one by one before these keep their place in the trail
        db.info["audit_head"] = chain.append_audit_many(db, values,
                                                        db.info.get("audit_head"))
        for v in values:
            live.note(db.info, v["entity"], v["entity_id"], v["session_id"])


def entries(db: DbSession, *, entity: str | None = None, entity_id: int | None = None,
            session_id: int | None = None) -> list[AuditEntry]:
    """Audit rows, oldest first. ``session_id`` gives a session's whole history: the session,
    its trigger points (deleted ones too) and its addenda."""
    q = select(AuditRow).order_by(AuditRow.id)
    if entity is not None:
        q = q.where(AuditRow.entity == entity)
    if entity_id is not None:
        q = q.where(AuditRow.entity_id == entity_id)
    if session_id is not None:
        q = q.where(AuditRow.session_id == session_id)
    return [AuditEntry(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.session_id,
                       r.field, _decode(r.old_value), _decode(r.new_value))
            for r in db.scalars(q)]


def _decode(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)
