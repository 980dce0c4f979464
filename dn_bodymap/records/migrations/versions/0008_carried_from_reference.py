"""A carried-forward point keeps its source's portable name (session UUID and point number)
when the source session is not in this database.

``trigger_points.carried_from_session`` and ``carried_from_number`` are set on points imported
from an exchange file with a ``carried_from`` reference: the link survives an import into a
database that lacks the source session, is exported again as it came, and resolves (when
the session is read) once the source session is imported. Points carried forward here keep
using ``carried_from`` (the local id) alone; NULL in both new columns means no reference.

Plain ALTER TABLE ADD COLUMN, as in 0003 to 0005: no row is rewritten and the signed-session
triggers of 0002 stay as they are.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("trigger_points", sa.Column("carried_from_session", sa.String(),
                                              nullable=True))
    op.add_column("trigger_points", sa.Column("carried_from_number", sa.Integer(),
                                              nullable=True))


def downgrade() -> None:
    op.drop_column("trigger_points", "carried_from_number")
    op.drop_column("trigger_points", "carried_from_session")
