"""Needling safety (issue 11): the patient's standing precautions, adverse events tied to a
point, a needling depth confirmed beyond a caution zone's guidance, and the answer to "since
last time".

``precautions`` holds one row per patient and screening item answered yes or no: the
answer, the clinician's note, when it was last confirmed and in which session. Existing
patients have none: their sessions' screens are left as they were recorded (a new visit
starts from "not asked", as before, until the screen is answered once).
``trigger_points.adverse_events`` is a JSON list of adverse-event codes ("bruising at point
3"); ``trigger_points.depth_confirmed`` is true when the clinician confirmed a depth beyond a
caution zone's guidance. ``sessions.since_last_visit`` is the answer about the previous
visit's adverse events.

Plain CREATE TABLE and ALTER TABLE ADD COLUMN, as in 0003 and 0004: no row is rewritten and
the signed-session triggers of 0002 stay as they are.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "precautions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("confirmed_at", sa.String(), nullable=False),
        sa.Column("confirmed_in_session", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], ondelete="RESTRICT",
                                name="fk_precautions_patient_id_patients"),
        sa.PrimaryKeyConstraint("id", name="pk_precautions"),
        sa.UniqueConstraint("patient_id", "item", name="uq_precautions_patient_id_item"),
        sqlite_autoincrement=True,
    )
    op.add_column("trigger_points", sa.Column("adverse_events", sa.JSON(), nullable=False,
                                              server_default="[]"))
    op.add_column("trigger_points", sa.Column("depth_confirmed", sa.Boolean(), nullable=False,
                                              server_default=sa.false()))
    op.add_column("sessions", sa.Column("since_last_visit", sa.Text(), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN, not a batch rebuild: a rebuild would drop the signed-session
    # triggers of 0002 along with the old table.
    op.drop_column("sessions", "since_last_visit")
    op.drop_column("trigger_points", "depth_confirmed")
    op.drop_column("trigger_points", "adverse_events")
    op.drop_table("precautions")
