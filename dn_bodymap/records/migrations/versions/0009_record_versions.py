"""A version number on every editable record: patients, sessions, trigger points and
standing precautions. Each stored change of a record's own fields raises it by one; a change
made on the strength of an older version (a second window saved in between) is refused
instead of overwriting what the other saved (records/versions.py).

Existing rows start at version 1. Plain ALTER TABLE ADD COLUMN, as in 0003-0005.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("patients", "sessions", "trigger_points", "precautions")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, "version")
