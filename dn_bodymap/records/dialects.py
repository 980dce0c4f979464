"""Which database a connection, an ORM session or an engine talks to: the records code runs
the same functions on each, and a few of them differ between SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any


def name(conn: Any) -> str:
    """"sqlite" or "postgresql" for a connection, engine or ORM session."""
    dialect = getattr(conn, "dialect", None) or conn.get_bind().dialect
    return str(dialect.name)
