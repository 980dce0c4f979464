"""The guard triggers on PostgreSQL: signed sessions and their points unchangeable, the audit
trail and addenda append-only (records/pg_guards.py), as revisions 0002 and 0006 made them on
SQLite. Nothing changes in an SQLite database.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

from dn_bodymap.records import pg_guards

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        pg_guards.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for name, (table, _) in pg_guards.TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in pg_guards.FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
