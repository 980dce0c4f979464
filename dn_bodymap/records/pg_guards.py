"""The guard triggers of a PostgreSQL records database: what records/guards.py's SQLite
triggers guarantee, for a clinic's server.

Signed sessions and their points cannot be changed or deleted, and no point can be added to a
signed session; the audit trail and the addenda are append-only (TRUNCATE included). A refusal
is an integrity_constraint_violation (SQLSTATE 23000), which the store reports as "the
database refused the change", as on SQLite. PostgreSQL has no REPLACE, and ``INSERT ... ON
CONFLICT DO UPDATE`` fires the update triggers, so SQLite's "no replace" guards have no
counterpart here.

The triggers belong to the tables' owner (the role that ran the migrations): the application's
role cannot drop or disable them (README: "For a clinic with several rooms"). The owner can,
and ``lifted`` does so inside a transaction for dn-bodymap's own few writes past a guard
(erasure, copy-db); PostgreSQL's DDL is transactional, so a rollback re-enables them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from sqlalchemy import text

_SIGNED = "session is signed; add an addendum instead"
_REFUSE = "RAISE EXCEPTION '%', {msg} USING ERRCODE = 'integrity_constraint_violation';"

# Function name -> body (plpgsql). The bodies are compared with pg_proc.prosrc by ``faulty``.
FUNCTIONS: Final = {
    "dn_bodymap_refuse": f"""
BEGIN
    {_REFUSE.format(msg="TG_ARGV[0]")}
END
""",
    "dn_bodymap_point_guard": f"""
BEGIN
    IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM sessions
                                     WHERE id = OLD.session_id AND status = 'signed') THEN
        {_REFUSE.format(msg=repr(_SIGNED))}
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM sessions
                                     WHERE id = NEW.session_id AND status = 'signed') THEN
        {_REFUSE.format(msg=repr(_SIGNED))}
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
""",
}


def _refuse(message: str) -> str:
    return f"EXECUTE FUNCTION dn_bodymap_refuse('{message}')"


# Trigger name -> (table, definition after "CREATE TRIGGER name").
TRIGGERS: Final = {
    "sessions_signed_guard": ("sessions", "BEFORE DELETE OR UPDATE ON sessions FOR EACH ROW "
                              f"WHEN (OLD.status = 'signed') {_refuse(_SIGNED)}"),
    "sessions_no_truncate": ("sessions", "BEFORE TRUNCATE ON sessions FOR EACH STATEMENT "
                             f"{_refuse(_SIGNED)}"),
    "points_signed_guard": ("trigger_points", "BEFORE INSERT OR DELETE OR UPDATE ON "
                            "trigger_points FOR EACH ROW EXECUTE FUNCTION "
                            "dn_bodymap_point_guard()"),
    "points_no_truncate": ("trigger_points", "BEFORE TRUNCATE ON trigger_points FOR EACH "
                           f"STATEMENT {_refuse(_SIGNED)}"),
    "audit_append_only": ("audit", "BEFORE DELETE OR UPDATE ON audit FOR EACH ROW "
                          f"{_refuse('the audit trail is append-only')}"),
    "audit_no_truncate": ("audit", "BEFORE TRUNCATE ON audit FOR EACH STATEMENT "
                          f"{_refuse('the audit trail is append-only')}"),
    "addenda_append_only": ("addenda", "BEFORE DELETE OR UPDATE ON addenda FOR EACH ROW "
                            f"{_refuse('addenda are append-only')}"),
    "addenda_no_truncate": ("addenda", "BEFORE TRUNCATE ON addenda FOR EACH STATEMENT "
                            f"{_refuse('addenda are append-only')}"),
}

# The SQLite guard (records/guards.py) -> the PostgreSQL trigger that does its work, for
# callers that lift guards by their SQLite names.
FROM_SQLITE: Final = {
    "sessions_signed_no_update": "sessions_signed_guard",
    "sessions_signed_no_delete": "sessions_signed_guard",
    "sessions_signed_no_replace": "sessions_signed_guard",
    "points_signed_no_insert": "points_signed_guard",
    "points_signed_no_update": "points_signed_guard",
    "points_signed_no_delete": "points_signed_guard",
    "points_signed_no_move": "points_signed_guard",
    "points_signed_no_replace": "points_signed_guard",
    "audit_no_update": "audit_append_only",
    "audit_no_delete": "audit_append_only",
    "audit_no_replace": "audit_append_only",
    "addenda_no_update": "addenda_append_only",
    "addenda_no_delete": "addenda_append_only",
    "addenda_no_replace": "addenda_append_only",
}


def install(conn: Any) -> None:
    """Create (or re-create) every function and trigger, in the caller's transaction."""
    for name, body in FUNCTIONS.items():
        conn.execute(text(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger "
                          f"LANGUAGE plpgsql AS $fn${body}$fn$"))
    restore(conn, list(TRIGGERS))


def restore(conn: Any, names: list[str]) -> None:
    for name in names:
        table, definition = TRIGGERS[name]
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        conn.execute(text(f"CREATE TRIGGER {name} {definition}"))


def _squeezed(sql: str | None) -> str:
    return " ".join((sql or "").split())


def faulty(conn: Any) -> list[str]:
    """The triggers (or, named as functions, their functions) that are missing, disabled or
    not ours. One read of the catalogue."""
    found = {n: (d, e) for n, d, e in conn.execute(text(
        "SELECT t.tgname, pg_get_triggerdef(t.oid), t.tgenabled FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
        "AND c.relnamespace = current_schema()::regnamespace"))}
    bodies = {n: s for n, s in conn.execute(text(
        "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'dn\\_bodymap\\_%' "
        "AND pronamespace = current_schema()::regnamespace"))}
    bad = [f"function {n}" for n, body in FUNCTIONS.items()
           if _squeezed(bodies.get(n)) != _squeezed(body)]
    for name, (_table, definition) in TRIGGERS.items():
        have, enabled = found.get(name, (None, None))
        if have is None or enabled != "O" or not _same(have, name, definition):
            bad.append(name)
    return bad


def _same(catalogued: str, name: str, definition: str) -> bool:
    return _plain(catalogued) == _plain(f"CREATE TRIGGER {name} {definition}")


def _plain(sql: str) -> str:
    """A trigger definition without what PostgreSQL adds when it prints one back (schema,
    casts, brackets, spacing, the older word PROCEDURE)."""
    sql = sql.lower().replace("public.", "").replace("::text", "")
    sql = sql.replace("execute procedure", "execute function")
    return "".join(c for c in sql if c not in "() \n\t")


def repair(conn: Any, bad: list[str]) -> None:
    """Re-create what ``faulty`` named (a function re-created re-creates every trigger)."""
    if any(n.startswith("function ") for n in bad):
        install(conn)
    else:
        restore(conn, bad)


@contextmanager
def lifted(conn: Any, sqlite_names: tuple[str, ...]) -> Iterator[None]:
    """Disable the triggers that do the work of ``sqlite_names`` (or, given ("*",), all of
    them) for the caller's transaction; the table owner's right."""
    names = list(TRIGGERS) if sqlite_names == ("*",) else \
        list(dict.fromkeys(FROM_SQLITE[n] for n in sqlite_names))
    for name in names:
        conn.execute(text(f"ALTER TABLE {TRIGGERS[name][0]} DISABLE TRIGGER {name}"))
    yield
    for name in names:
        conn.execute(text(f"ALTER TABLE {TRIGGERS[name][0]} ENABLE TRIGGER {name}"))
