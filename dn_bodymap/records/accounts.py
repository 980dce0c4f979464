"""Clinician accounts: who may sign, proven by a password (argon2id, argon2-cffi's defaults).

Each function runs inside one of the store's transactions (``db``). The password is checked
here and nowhere else; neither it nor its hash is audited, logged or returned. A refused
check says "wrong name or password", never which of the two was wrong, and an unknown name
costs as much time as a wrong password (a hash is checked either way).

Without any account a database works as before accounts existed: anyone signs with the
clinician profile they give. Once one exists, signing takes an account and its password.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, validate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Account, Clinician
from dn_bodymap.records.schema import AccountRow

MIN_PASSWORD: Final = 8
MAX_PASSWORD: Final = 1024  # argon2 takes any length; a pasted page is a mistake
WRONG: Final = "wrong name or password"

_hasher = PasswordHasher()  # argon2id; its defaults follow RFC 9106's recommendations
_dummy: list[str] = []  # a hash to check an unknown name against, made once


def password(value: Any, where: str = "password") -> str:
    """A new password: one line of at least MIN_PASSWORD characters."""
    if not isinstance(value, str):
        raise RecordsError(f"{where}: is not text")
    if len(value) < MIN_PASSWORD:
        raise RecordsError(f"{where}: too short (at least {MIN_PASSWORD} characters)")
    if len(value) > MAX_PASSWORD or "\n" in value or "\r" in value:
        raise RecordsError(f"{where}: one line of at most {MAX_PASSWORD} characters")
    return value


def name_key(name: str) -> str:
    """What makes two names one account: "Alex Morgan" is "ALEX MORGAN"."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def to_account(row: AccountRow) -> Account:
    return Account(row.id, row.name, row.credentials, row.created_at, row.disabled)


def exist(db: DbSession) -> bool:
    return db.scalar(select(AccountRow.id).limit(1)) is not None


def listed(db: DbSession) -> list[Account]:
    return [to_account(r) for r in db.scalars(select(AccountRow).order_by(AccountRow.name_key))]


def _find(db: DbSession, name: Any) -> AccountRow | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return db.scalar(select(AccountRow).where(AccountRow.name_key == name_key(name)))


def create(db: DbSession, name: str, credentials: str, secret: str, who: str) -> Account:
    name = validate.name(name, "name")
    credentials = validate.text(credentials, "credentials").strip()
    if "\n" in credentials or len(credentials) > 200:
        raise RecordsError("credentials: one line of at most 200 characters")
    secret = password(secret)
    other = _find(db, name)
    if other is not None:
        raise RecordsError(f"name: there is already an account {other.name!r} (names are "
                           "the same whatever their capitals)")
    at = audit.now_utc()
    row = AccountRow(name=name, name_key=name_key(name), credentials=credentials,
                     password_hash=_hasher.hash(secret), created_at=at, disabled=False)
    db.add(row)
    db.flush()
    audit.record(db, at=at, actor=who, action="create", entity="account", entity_id=row.id,
                 new={"name": name, "credentials": credentials, "disabled": False})
    return to_account(row)


def check(db: DbSession, name: Any, secret: Any) -> AccountRow:
    """The account of ``name`` if ``secret`` is its password; else RecordsError(WRONG)."""
    row = _find(db, name)
    if not _dummy:
        _dummy.append(_hasher.hash("not a password of anyone"))
    given = secret if isinstance(secret, str) and len(secret) <= MAX_PASSWORD else ""
    try:
        _hasher.verify(row.password_hash if row is not None else _dummy[0], given)
    except (VerificationError, InvalidHashError):
        raise RecordsError(WRONG) from None
    if row is None:
        raise RecordsError(WRONG)
    if row.disabled:
        raise RecordsError(f"account {row.name!r} is disabled")
    return row


def change_password(db: DbSession, name: str, old: str, new: str, who: str) -> Account:
    """Audited as an update of "password" with neither value."""
    row = check(db, name, old)
    row.password_hash = _hasher.hash(password(new, "new password"))
    audit.record(db, at=audit.now_utc(), actor=who, action="update", entity="account",
                 entity_id=row.id, field="password")
    return to_account(row)


def signer(db: DbSession, clinician: Clinician | None, name: str | None,
           secret: str | None) -> tuple[Clinician, int | None]:
    """Who signs, and with which account: with accounts in the database (or an account
    given), the account whose password ``secret`` is; else ``clinician`` as given."""
    if name is None and secret is None and not exist(db):
        if clinician is None:
            raise RecordsError("clinician: required to sign")
        validate.name(clinician.name, "clinician.name")
        return clinician, None
    if not name or not secret:
        raise RecordsError("signing needs your account name and password (this database "
                           "has clinician accounts)")
    row = check(db, name, secret)
    return Clinician(row.name, row.credentials), row.id
