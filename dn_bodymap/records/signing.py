"""Signing a session and appending addenda: the writes that make a record final.

Each function runs inside the store's write transaction (``db``) and audits what it does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.i18n import translate
from dn_bodymap.records import audit, carry, chain, content, input_limits, rows, versions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Addendum, Session
from dn_bodymap.records.schema import AddendumRow, SessionRow


def sign(db: DbSession, row: SessionRow, signature: str,
         signed_over: list[dict[str, str]], who: str, account_id: int | None = None) -> Session:
    """Sign the session of ``row``: status, time and signer (and the account whose password
    was given), the warnings signed over, and the content hash with the context it covers
    (records/content.py)."""
    if row.status == "signed":
        raise RecordsError(translate("records.signing", "session {session} is already signed "
                                     "(by {signer}, {at})").format(
            session=row.id, signer=row.signed_by, at=row.signed_at))
    carry.all_confirmed(db, row.id)
    at = audit.now_utc()
    not_before(at, row.started_at, "signed_at", translate(
        "records.signing", "the session began; correct its start time first"))
    changes: list[tuple[str, Any]] = [("status", "signed"), ("signed_at", at),
                                      ("signed_by", signature)]
    if account_id is not None:
        changes.append(("signed_account_id", account_id))
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
    versions.bump(db, row)
    return rows.load_session(db, row)


def add_addendum(db: DbSession, row: SessionRow, author: str, text: str,
                 who: str) -> Addendum:
    """Append an addendum to the signed session of ``row``."""
    if row.status != "signed":
        raise RecordsError(translate("records.signing", "session {session} is a draft: edit it "
                                     "directly (addenda are for signed sessions)").format(
            session=row.id))
    n = db.execute(select(func.count()).where(AddendumRow.session_id == row.id)).scalar_one()
    if n >= input_limits.MAX_ADDENDA:
        raise RecordsError(translate("records.signing", "session {session} has {count} "
                                     "addenda, as many as a session may hold").format(
            session=row.id, count=f"{n:,}"))
    at = audit.now_utc()
    add = chain.append_addendum(db, row.id, at, author, text)
    audit.record(db, at=at, actor=who, action="addendum", entity="addendum", entity_id=add,
                 session_id=row.id, new={"author": author, "text": text})
    return Addendum(add, row.id, at, author, text)


def not_before(later: str, earlier: str, where: str, what: str) -> None:
    """A signature or an addendum dated before what it follows is refused (``where`` names
    the field, as stored or in a file: never translated)."""
    if datetime.fromisoformat(later) < datetime.fromisoformat(earlier):
        raise RecordsError(translate("records.signing", "{where}: {later} is before {what} "
                                     "({earlier})").format(
            where=where, later=later, what=what, earlier=earlier))
