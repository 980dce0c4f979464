"""A clinic's ten years (issue 13): indexes for the patient list and the session list, and
the patients' search terms.

``patient_terms`` (records/search.py): each patient's name words, date of birth and clinic
id, folded, one row each, keyed by term, so a search is an index range scan per typed word;
built here for the patients already recorded. ``ix_patients_name_id``: the patient list in
name order, a page at a time. ``ix_sessions_started_at_id``: the session list oldest first,
a page at a time (``dn-bodymap sessions --limit/--offset``) without sorting every session.
``ix_trigger_points_session_id_kind_confirmed``: a patient's history counts its sessions'
points (active, latent, to re-check) from this index alone; their rows lie scattered over
the years of the file.

Works the same on SQLite and PostgreSQL (plain indexes; the terms compare by code point, the
"C" collation on PostgreSQL).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dn_bodymap.records import search

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient_terms",
        sa.Column("term", sa.String().with_variant(sa.String(collation="C"), "postgresql"),
                  nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], ondelete="CASCADE",
                                name="fk_patient_terms_patient_id_patients"),
        sa.PrimaryKeyConstraint("term", "patient_id", name="pk_patient_terms"))
    op.create_index("ix_patient_terms_patient_id", "patient_terms", ["patient_id"])
    op.create_index("ix_patients_name_id", "patients", ["name", "id"])
    op.create_index("ix_sessions_started_at_id", "sessions", ["started_at", "id"])
    op.create_index("ix_trigger_points_session_id_kind_confirmed", "trigger_points",
                    ["session_id", "kind", "confirmed"])
    search.reindex(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_trigger_points_session_id_kind_confirmed", "trigger_points")
    op.drop_index("ix_sessions_started_at_id", "sessions")
    op.drop_index("ix_patients_name_id", "patients")
    op.drop_index("ix_patient_terms_patient_id", "patient_terms")
    op.drop_table("patient_terms")
