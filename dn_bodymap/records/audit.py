"""The audit trail: who changed what, when, from which value to which, one row per changed
field, written by the store in the same transaction as the change itself."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records.model import AuditEntry
from dn_bodymap.records.schema import AuditRow

ACTIONS: Final = ("create", "update", "delete", "sign", "addendum")
ENTITIES: Final = ("patient", "session", "trigger_point", "addendum", "precaution", "account")
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


def record(db: DbSession, *, at: str, actor: str, action: str, entity: str, entity_id: int,
           session_id: int | None = None, field: str | None = None, old: Any = _NONE,
           new: Any = _NONE) -> None:
    """Add one audit row to the transaction of ``db``: it commits or rolls back with the
    change it describes."""
    if action not in ACTIONS or entity not in ENTITIES:  # a programming error, not the user's
        raise ValueError(f"audit: unknown action {action!r} or entity {entity!r}")
    db.add(AuditRow(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                    session_id=session_id, field=field, old_value=encode(old),
                    new_value=encode(new)))


def record_many(db: DbSession, rows: list[dict[str, Any]]) -> None:
    """Add many audit rows at once (an import's points), each given as ``record``'s keyword
    arguments, in one INSERT statement: they commit or roll back with the change."""
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
        db.execute(insert(AuditRow.__table__), values)  # (Core: one executemany)


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
