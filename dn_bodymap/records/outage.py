"""A database server that cannot be reached, told apart from a refused change: a change made
while the server restarts was not stored, and can simply be tried again (the window offers
Retry); a refused one cannot."""

from __future__ import annotations

from typing import Final

from sqlalchemy.exc import DBAPIError, OperationalError

from dn_bodymap.records.errors import RecordsError, UnreachableError

# PostgreSQL's SQLSTATEs for a connection lost or refused: class 08 (connection exception),
# and the server shutting down, crashed, or not yet accepting connections.
_GONE: Final = ("57P01", "57P02", "57P03")


def unreachable(exc: DBAPIError) -> bool:
    """Whether ``exc`` says the server is out of reach (never true for an SQLite file)."""
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    if not isinstance(exc, OperationalError) or orig is None or not hasattr(orig, "sqlstate"):
        return False  # sqlite3's errors have no SQLSTATE: a file is busy or damaged
    state: str | None = orig.sqlstate
    return state is None or state.startswith("08") or state in _GONE


def error(exc: DBAPIError, what: str) -> RecordsError:
    """The RecordsError to raise for a failed read or write; ``what`` says what failed."""
    reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "no answer"
    if unreachable(exc):
        return UnreachableError(f"the database server cannot be reached ({reason}): {what}")
    return RecordsError(f"{what}: {exc.orig}")
