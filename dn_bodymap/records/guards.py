"""The guard triggers of an SQLite records database, and their check on open.

Revision 0002 made signed sessions and their points unchangeable and the audit trail and
addenda append-only, even for another program writing to the file; revision 0006 closed what
those let through: ``REPLACE INTO`` a signed session, point, audit row or addendum (a REPLACE
deletes the old row without firing delete triggers) and moving a draft's point into a signed
session. Anyone with the file can still drop a trigger; ``ensure`` finds a missing or altered
one when the store opens (one read of sqlite_master, however big the file), re-creates it and
records that in the audit trail.

On PostgreSQL the same guarantees come from records/pg_guards.py; ``faulty``, ``restore`` and
``lifted`` here serve both, by the connection's dialect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from sqlalchemy import text

from dn_bodymap.records import dialects, pg_guards

_SIGNED = "session is signed; add an addendum instead"
_POINT_SIGNED = "(SELECT status FROM sessions WHERE id = {row}.session_id) = 'signed'"
_RAISE = "BEGIN SELECT RAISE(ABORT, '{}'); END"
_AUDIT = "the audit trail is append-only"
_ADDENDA = "addenda are append-only"

# As 0002 created them (its migration holds its own copy, as migrations must).
GUARDS_0002: Final = {
    "sessions_signed_no_update": f"BEFORE UPDATE ON sessions WHEN OLD.status = 'signed' "
                                 f"{_RAISE.format(_SIGNED)}",
    "sessions_signed_no_delete": f"BEFORE DELETE ON sessions WHEN OLD.status = 'signed' "
                                 f"{_RAISE.format(_SIGNED)}",
    "points_signed_no_insert": f"BEFORE INSERT ON trigger_points "
                               f"WHEN {_POINT_SIGNED.format(row='NEW')} "
                               f"{_RAISE.format(_SIGNED)}",
    "points_signed_no_update": f"BEFORE UPDATE ON trigger_points "
                               f"WHEN {_POINT_SIGNED.format(row='OLD')} "
                               f"{_RAISE.format(_SIGNED)}",
    "points_signed_no_delete": f"BEFORE DELETE ON trigger_points "
                               f"WHEN {_POINT_SIGNED.format(row='OLD')} "
                               f"{_RAISE.format(_SIGNED)}",
    "audit_no_update": f"BEFORE UPDATE ON audit {_RAISE.format(_AUDIT)}",
    "audit_no_delete": f"BEFORE DELETE ON audit {_RAISE.format(_AUDIT)}",
    "addenda_no_update": f"BEFORE UPDATE ON addenda {_RAISE.format(_ADDENDA)}",
    "addenda_no_delete": f"BEFORE DELETE ON addenda {_RAISE.format(_ADDENDA)}",
}
GUARDS_0006: Final = {
    "sessions_signed_no_replace": "BEFORE INSERT ON sessions WHEN EXISTS (SELECT 1 FROM "
                                  "sessions WHERE (id = NEW.id OR uuid = NEW.uuid) AND "
                                  f"status = 'signed') {_RAISE.format(_SIGNED)}",
    "points_signed_no_move": f"BEFORE UPDATE OF session_id ON trigger_points "
                             f"WHEN {_POINT_SIGNED.format(row='NEW')} "
                             f"{_RAISE.format(_SIGNED)}",
    "points_signed_no_replace": "BEFORE INSERT ON trigger_points WHEN EXISTS (SELECT 1 FROM "
                                "trigger_points p JOIN sessions s ON s.id = p.session_id "
                                "WHERE p.id = NEW.id AND s.status = 'signed') "
                                f"{_RAISE.format(_SIGNED)}",
    "audit_no_replace": "BEFORE INSERT ON audit WHEN EXISTS (SELECT 1 FROM audit WHERE "
                        f"id = NEW.id) {_RAISE.format(_AUDIT)}",
    "addenda_no_replace": "BEFORE INSERT ON addenda WHEN EXISTS (SELECT 1 FROM addenda WHERE "
                          f"id = NEW.id) {_RAISE.format(_ADDENDA)}",
}
GUARDS: Final = {**GUARDS_0002, **GUARDS_0006}


def create_sql(name: str) -> str:
    return f"CREATE TRIGGER {name} {GUARDS[name]}"


def _squeezed(sql: str | None) -> str:
    return " ".join((sql or "").split())


def is_postgresql(conn: Any) -> bool:
    """Whether ``conn`` (a connection or an ORM session) is on PostgreSQL."""
    return dialects.name(conn) == "postgresql"


def faulty(conn: Any) -> list[str]:
    """The guard triggers that are missing, or whose definition is not ours (a trigger of
    the same name that lets everything through is no guard), in GUARDS order."""
    if is_postgresql(conn):
        return pg_guards.faulty(conn)
    found = {n: s for n, s in conn.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))}
    return [n for n in GUARDS if _squeezed(found.get(n)) != _squeezed(create_sql(n))]


def restore(conn: Any, names: list[str], actor: str, at: str) -> None:
    """Re-create ``names`` (in the caller's write transaction), each audited."""
    from dn_bodymap.records import audit

    for name in names:
        if is_postgresql(conn):
            pg_guards.repair(conn, [name])
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            conn.execute(text(create_sql(name)))
        audit.record(conn, at=at, actor=actor, action="integrity", entity="database",
                     entity_id=0, field="guard_restored", new={"trigger": name})


@contextmanager
def lifted(conn: Any, names: tuple[str, ...]) -> Iterator[None]:
    """For the few writes dn-bodymap itself makes past a guard (sealing signed sessions on
    upgrade, erasing a deleted patient's values): drop ``names`` in the caller's
    transaction and re-create them on leaving (the transaction commits or rolls back
    both). ``("*",)``: every guard (copying a whole database)."""
    if is_postgresql(conn):
        with pg_guards.lifted(conn, names):
            yield
        return
    names = tuple(GUARDS) if names == ("*",) else names
    for name in names:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    yield
    for name in names:
        conn.execute(text(create_sql(name)))

