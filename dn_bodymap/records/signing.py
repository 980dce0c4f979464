"""Signing a session and appending addenda: the writes that make a record final.

Each function runs inside the store's write transaction (``db``) and audits what it does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, carry, chain, content, rows
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Addendum, Session
from dn_bodymap.records.schema import SessionRow


def sign(db: DbSession, row: SessionRow, signature: str,
         signed_over: list[dict[str, str]], who: str) -> Session:
    """Sign the session of ``row``: status, time and signer, the warnings signed over, and
    the content hash with the context it covers (records/content.py)."""
    if row.status == "signed":
        raise RecordsError(f"session {row.id} is already signed (by {row.signed_by}, "
                           f"{row.signed_at})")
    carry.all_confirmed(db, row.id)
    at = audit.now_utc()
    changes: list[tuple[str, Any]] = [("status", "signed"), ("signed_at", at),
                                      ("signed_by", signature)]
    if signed_over:
        changes.append(("signing_exceptions", signed_over))
    db.flush()
    # The content hash of the session as signed, in its context as it stands now.
    context = content.context_now(db, row.patient_id, "signing")
    changes.append(("content_hash", content.seal(db, row.id, dict(changes), context)))
    for key, new in changes:
        audit.record(db, at=at, actor=who, action="sign", entity="session", entity_id=row.id,
                     session_id=row.id, field=key, old=getattr(row, key), new=new)
    # Then the row, in one UPDATE: once its status is signed, the guard refuses another.
    for key, new in [*changes, ("signed_context", context), ("updated_at", at)]:
        setattr(row, key, new)
    return rows.load_session(db, row)


def add_addendum(db: DbSession, row: SessionRow, author: str, text: str,
                 who: str) -> Addendum:
    """Append an addendum to the signed session of ``row``."""
    if row.status != "signed":
        raise RecordsError(f"session {row.id} is a draft: edit it directly (addenda are for "
                           "signed sessions)")
    at = audit.now_utc()
    add = chain.append_addendum(db, row.id, at, author, text)
    audit.record(db, at=at, actor=who, action="addendum", entity="addendum", entity_id=add,
                 session_id=row.id, new={"author": author, "text": text})
    return Addendum(add, row.id, at, author, text)
