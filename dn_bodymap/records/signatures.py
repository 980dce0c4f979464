"""Signatures that arrive in an imported file, judged by their content hash (issue 12, item 4).

An exported signed session (format 5 on) carries its ``content_hash`` and the
``signed_context`` it covers. Importing one recomputes the hash from what was written here:

- it matches: the session is imported signed, with the signer, time and warnings signed over
  of the file, and the note "Signed elsewhere by X; content hash verified on import";
- it does not match, or a format-5 file has no hash: the session is imported as an unsigned
  **draft**, with a note saying what the file claimed and why it is not taken as a signature
  (its addenda, which a draft cannot have, are quoted in the note). A clinician can check it
  and sign it here;
- a file of format 1 to 4 was written before hashes existed: its signed session is imported
  signed, as it always was, noted "not verified: a format N file carries no content hash",
  and sealed here (hashed with this database's context), so a change here is found later.

The note (``Session.signature_note``) shows in the window and on the printed map, and each
judgement is in the audit trail.
"""

from __future__ import annotations

import re
from typing import Any, Final

from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, chain, content
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.schema import SessionRow

HASHED_FROM: Final = 5  # the first exchange format whose signed sessions carry a hash
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def parse_seal(s: dict[str, Any], signed: bool) -> dict[str, Any]:
    """A file's ``content_hash`` and ``signed_context`` (format 5 on), checked for shape
    only: whether they match is judged when the session is written."""
    digest, context = s.get("content_hash"), s.get("signed_context")
    if not signed:
        for key, value in (("content_hash", digest), ("signed_context", context)):
            if value is not None:
                raise RecordsError(f"session.{key}: a draft session has no {key}")
    if digest is not None and not (isinstance(digest, str) and _HEX64.match(digest)):
        raise RecordsError(f"session.content_hash: {str(digest)[:70]!r} is not a SHA-256 "
                           "hash (64 hexadecimal digits)")
    if context is not None and not isinstance(context, dict):
        raise RecordsError("session.signed_context: expected an object")
    return {"content_hash": digest, "signed_context": context}


def apply_imported(db: DbSession, row: SessionRow, version: int, claimed: dict[str, Any],
                   addenda: list[dict[str, Any]], who: str, at: str) -> None:
    """Judge the signature an imported file claims for the (draft, with its points) session
    of ``row``, and sign it or leave it a draft with a note; then its addenda."""
    if claimed["status"] != "signed":
        return
    signed = {k: claimed[k] for k in ("status", "signed_at", "signed_by",
                                      "signing_exceptions")}
    by = claimed["signed_by"]
    context: dict[str, Any] | None
    digest: str | None
    if version < HASHED_FROM:
        context = content.context_now(db, row.patient_id, f"import of a format {version} "
                                                          "file (signature not verified)")
        digest = content.seal(db, row.id, signed, context)
        note = (f"Signed elsewhere by {by}; not verified: a format {version} file carries "
                "no content hash")
    else:
        context = claimed.get("signed_context")
        digest = content.seal(db, row.id, signed, context) if context else None
        if claimed.get("content_hash") is None or context is None:
            return _demote(db, row, claimed, addenda, "it carries no content hash", who, at)
        if digest != claimed["content_hash"]:
            return _demote(db, row, claimed, addenda, "its content does not match its "
                           "content hash (it was changed after signing)", who, at)
        sealed = context.get("sealed", "signing")
        note = (f"Signed elsewhere by {by}; content hash verified on import {at[:10]}"
                + ("" if sealed == "signing" else f" (the hash was taken at {sealed})"))
    changes = {**signed, "content_hash": digest, "signature_note": note}
    for key, new in changes.items():
        audit.record(db, at=at, actor=who, action="sign", entity="session", entity_id=row.id,
                     session_id=row.id, field=key, old=getattr(row, key), new=new)
    for key, new in [*changes.items(), ("signed_context", context)]:  # one UPDATE, as signing
        setattr(row, key, new)
    db.flush()
    for a in addenda:
        add = chain.append_addendum(db, row.id, a["at"], a["author"], a["text"])
        audit.record(db, at=at, actor=who, action="addendum", entity="addendum",
                     entity_id=add, session_id=row.id, new=a)


def _demote(db: DbSession, row: SessionRow, claimed: dict[str, Any],
            addenda: list[dict[str, Any]], why: str, who: str, at: str) -> None:
    when = str(claimed["signed_at"])[:16].replace("T", " ")
    note = (f"Imported as a draft: the file says it was signed by {claimed['signed_by']} on "
            f"{when}, but {why}.")
    if addenda:
        note += " Its addenda: " + " | ".join(
            f"{a['at'][:16].replace('T', ' ')}, {a['author']}: {a['text']}" for a in addenda)
    audit.record(db, at=at, actor=who, action="update", entity="session", entity_id=row.id,
                 session_id=row.id, field="signature_note", old=row.signature_note, new=note)
    row.signature_note = note
    db.flush()
