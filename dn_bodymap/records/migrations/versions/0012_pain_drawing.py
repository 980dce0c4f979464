"""The patient's pain drawing, kept with the session (charting/pain_drawing.py's JSON form).
Existing sessions have none (NULL).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("pain_drawing", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("sessions", "pain_drawing")
