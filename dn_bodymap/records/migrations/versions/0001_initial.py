"""The first schema: patients, sessions, trigger points, audit trail.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("date_of_birth", sa.String(), nullable=True),
        sa.Column("clinic_id", sa.String(), nullable=True),
        sa.Column("sex", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_patients"),
        sa.UniqueConstraint("clinic_id", name="uq_patients_clinic_id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(), nullable=False),
        sa.Column("clinician_name", sa.String(), nullable=False),
        sa.Column("clinician_credentials", sa.String(), nullable=False),
        sa.Column("atlas_data_version", sa.String(), nullable=False),
        sa.Column("chief_complaint", sa.Text(), nullable=False),
        sa.Column("pain_before", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("screening", sa.JSON(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("adverse_events", sa.JSON(), nullable=False),
        sa.Column("adverse_other", sa.Text(), nullable=False),
        sa.Column("aftercare", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("signed_at", sa.String(), nullable=True),
        sa.Column("signed_by", sa.String(), nullable=True),
        sa.Column("points_issued", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], ondelete="RESTRICT",
                                name="fk_sessions_patient_id_patients"),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sa.UniqueConstraint("uuid", name="uq_sessions_uuid"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sessions_patient_id_started_at", "sessions",
                    ["patient_id", "started_at"])
    op.create_table(
        "trigger_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("view", sa.String(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("muscle", sa.String(), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("taut_band", sa.Boolean(), nullable=False),
        sa.Column("spot_tenderness", sa.Boolean(), nullable=False),
        sa.Column("familiar_pain", sa.Boolean(), nullable=False),
        sa.Column("referred_pain", sa.Boolean(), nullable=False),
        sa.Column("local_twitch", sa.Boolean(), nullable=False),
        sa.Column("needled", sa.Boolean(), nullable=False),
        sa.Column("needle_length_mm", sa.Float(), nullable=True),
        sa.Column("needle_gauge_mm", sa.Float(), nullable=True),
        sa.Column("depth_mm", sa.Float(), nullable=True),
        sa.Column("technique", sa.String(), nullable=True),
        sa.Column("ltr_count", sa.Integer(), nullable=True),
        sa.Column("time_in_tissue_s", sa.Float(), nullable=True),
        sa.Column("tolerance", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE",
                                name="fk_trigger_points_session_id_sessions"),
        sa.PrimaryKeyConstraint("id", name="pk_trigger_points"),
        sa.UniqueConstraint("session_id", "number", name="uq_trigger_points_session_id_number"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_entity_entity_id", "audit", ["entity", "entity_id"])
    op.create_index("ix_audit_session_id", "audit", ["session_id"])


def downgrade() -> None:
    for table in ("audit", "trigger_points", "sessions", "patients"):
        op.drop_table(table)
