"""Addenda to signed sessions, and guards in the database itself: a signed session and its
points cannot be changed or deleted, and the audit trail and addenda are append-only, even by
another program writing to the file. (The store refuses all of these first, with a clearer
message; the triggers are the backstop.)

A later migration that must rewrite signed rows drops these triggers first and recreates them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SIGNED = "session is signed; add an addendum instead"
_POINT_SIGNED = "(SELECT status FROM sessions WHERE id = {row}.session_id) = 'signed'"
TRIGGERS = {
    "sessions_signed_no_update": f"BEFORE UPDATE ON sessions WHEN OLD.status = 'signed' "
                                 f"BEGIN SELECT RAISE(ABORT, '{_SIGNED}'); END",
    "sessions_signed_no_delete": f"BEFORE DELETE ON sessions WHEN OLD.status = 'signed' "
                                 f"BEGIN SELECT RAISE(ABORT, '{_SIGNED}'); END",
    "points_signed_no_insert": f"BEFORE INSERT ON trigger_points "
                               f"WHEN {_POINT_SIGNED.format(row='NEW')} "
                               f"BEGIN SELECT RAISE(ABORT, '{_SIGNED}'); END",
    "points_signed_no_update": f"BEFORE UPDATE ON trigger_points "
                               f"WHEN {_POINT_SIGNED.format(row='OLD')} "
                               f"BEGIN SELECT RAISE(ABORT, '{_SIGNED}'); END",
    "points_signed_no_delete": f"BEFORE DELETE ON trigger_points "
                               f"WHEN {_POINT_SIGNED.format(row='OLD')} "
                               f"BEGIN SELECT RAISE(ABORT, '{_SIGNED}'); END",
    "audit_no_update": "BEFORE UPDATE ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "audit_no_delete": "BEFORE DELETE ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "addenda_no_update": "BEFORE UPDATE ON addenda "
                         "BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END",
    "addenda_no_delete": "BEFORE DELETE ON addenda "
                         "BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END",
}


def upgrade() -> None:
    op.create_table(
        "addenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="RESTRICT",
                                name="fk_addenda_session_id_sessions"),
        sa.PrimaryKeyConstraint("id", name="pk_addenda"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_addenda_session_id", "addenda", ["session_id"])
    if op.get_bind().dialect.name == "sqlite":
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_addenda_session_id", table_name="addenda")
    op.drop_table("addenda")
