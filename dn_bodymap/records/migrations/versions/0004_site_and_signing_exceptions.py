"""The referral site a clinician chose for a point, and the reasons a session was signed
over the signing checklist's warnings.

``trigger_points.referral_site`` names a referral pattern of the point's muscle (a muscle
with several trigger-point sites refers differently from each); NULL means "the site nearest
the point", which is what every point charted before this revision meant.
``sessions.signing_exceptions`` is a JSON list of {"item", "reason"}: the recommended items
of the signing checklist the clinician signed over, each with the reason given.

Plain ALTER TABLE ADD COLUMN, as in 0003: no row is rewritten and the signed-session
triggers of 0002 stay as they are.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("trigger_points", sa.Column("referral_site", sa.String(), nullable=True))
    op.add_column("sessions", sa.Column("signing_exceptions", sa.JSON(), nullable=False,
                                        server_default="[]"))


def downgrade() -> None:
    op.drop_column("sessions", "signing_exceptions")
    op.drop_column("trigger_points", "referral_site")
