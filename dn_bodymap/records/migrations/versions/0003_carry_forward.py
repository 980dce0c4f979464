"""Carry-forward: a trigger point may be copied from the previous session as "to re-check".

``carried_from`` names the point it was copied from; ``confirmed`` is false until the clinician
has re-checked it. Existing points were all charted by hand: confirmed, carried from nothing.

Plain ALTER TABLE ADD COLUMN (not a batch table rebuild): SQLite adds a column without
rewriting any row, so the signed-session triggers of 0002 neither fire nor need recreating,
and a rebuild would have dropped them with the old table.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("trigger_points", sa.Column("carried_from", sa.Integer(), nullable=True))
    op.add_column("trigger_points", sa.Column("confirmed", sa.Boolean(), nullable=False,
                                              server_default=sa.true()))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch rebuild: a rebuild would drop the
    # signed-session triggers of 0002 along with the old table.
    op.drop_column("trigger_points", "confirmed")
    op.drop_column("trigger_points", "carried_from")
