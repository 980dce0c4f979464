"""Signing a session and appending addenda: the writes that make a record final.

Each function runs inside the store's write transaction (``db``) and audits what it does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, carry, rows, versions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Addendum, Session
from dn_bodymap.records.schema import AddendumRow, SessionRow


def sign(db: DbSession, row: SessionRow, signature: str,
         signed_over: list[dict[str, str]], who: str, account_id: int | None = None) -> Session:
    """Sign the session of ``row``: status, time and signer (and the account whose password
    was given), and the warnings signed over."""
    if row.status == "signed":
        raise RecordsError(f"session {row.id} is already signed (by {row.signed_by}, "
                           f"{row.signed_at})")
    carry.all_confirmed(db, row.id)
    at = audit.now_utc()
    changes: list[tuple[str, Any]] = [("status", "signed"), ("signed_at", at),
                                      ("signed_by", signature)]
    if account_id is not None:
        changes.append(("signed_account_id", account_id))
    if signed_over:
        changes.append(("signing_exceptions", signed_over))
    for key, new in changes:
        audit.record(db, at=at, actor=who, action="sign", entity="session", entity_id=row.id,
                     session_id=row.id, field=key, old=getattr(row, key), new=new)
        setattr(row, key, new)
    row.updated_at = at
    versions.bump(db, row)
    return rows.load_session(db, row)


def add_addendum(db: DbSession, row: SessionRow, author: str, text: str,
                 who: str) -> Addendum:
    """Append an addendum to the signed session of ``row``."""
    if row.status != "signed":
        raise RecordsError(f"session {row.id} is a draft: edit it directly (addenda are for "
                           "signed sessions)")
    at = audit.now_utc()
    add = AddendumRow(session_id=row.id, at=at, author=author, text=text)
    db.add(add)
    db.flush()
    audit.record(db, at=at, actor=who, action="addendum", entity="addendum", entity_id=add.id,
                 session_id=row.id, new={"author": author, "text": text})
    return rows.to_addendum(add)
