"""Alembic environment: runs only on the connection that dn_bodymap.records passes in."""

from __future__ import annotations

from alembic import context

from dn_bodymap.records.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - a developer running `alembic` by hand
    raise RuntimeError("run the records migrations through dn_bodymap.records.database")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        # Migrations run with foreign keys off (a table rebuild would otherwise cascade);
        # check them before the transaction commits, so a bad migration changes nothing.
        bad = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if bad:
            raise RuntimeError(f"migration left broken references: {bad[:3]}")
