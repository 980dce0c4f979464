"""Needling safety (issue 11): the patient's standing precautions, adverse events tied to a
point, a needling depth confirmed beyond a caution zone's guidance, and the answer to "since
last time".

``precautions`` holds one row per patient and screening item answered yes or no: the
answer, the clinician's note, when it was last confirmed and in which session. Existing
patients get theirs from their sessions: for each item, the latest yes or no answer of any of
their sessions (by the time the session started), confirmed then, in that session, audited
as created by the upgrade. A patient on an anticoagulant before the upgrade is still known
to be on it at the next visit. The sessions' screens themselves are not rewritten.
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

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

UPGRADE_ACTOR = "dn-bodymap upgrade (schema 0005)"

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
    _standing_from_sessions(op.get_bind())


def _moment(started_at: str) -> datetime:
    try:
        return datetime.fromisoformat(started_at).astimezone(UTC)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)


def _standing_from_sessions(conn: sa.Connection) -> None:
    """Each patient's latest yes or no answer per screening item becomes a precaution."""
    latest: dict[tuple[int, str], tuple[datetime, int, str, dict]] = {}
    for sid, pid, started_at, screening in conn.execute(sa.text(
            "SELECT id, patient_id, started_at, screening FROM sessions")):
        answers = json.loads(screening) if isinstance(screening, str) else (screening or {})
        for item, a in answers.items():
            if not isinstance(a, dict) or a.get("answer") not in ("yes", "no"):
                continue
            key, when = (pid, item), _moment(started_at)
            if key not in latest or (when, sid) > latest[key][:2]:
                latest[key] = (when, sid, started_at, a)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for (pid, item), (_, sid, started_at, a) in sorted(latest.items()):
        values = {"patient_id": pid, "item": item, "answer": a["answer"],
                  "note": a.get("note", ""), "confirmed_at": started_at,
                  "confirmed_in_session": sid, "updated_at": now}
        new_id = conn.execute(sa.text(
            "INSERT INTO precautions (patient_id, item, answer, note, confirmed_at, "
            "confirmed_in_session, updated_at) VALUES (:patient_id, :item, :answer, :note, "
            ":confirmed_at, :confirmed_in_session, :updated_at) RETURNING id"),
            values).scalar_one()
        conn.execute(sa.text(
            "INSERT INTO audit (at, actor, action, entity, entity_id, session_id, field, "
            "old_value, new_value) VALUES (:at, :actor, 'create', 'precaution', :id, :sid, "
            "NULL, NULL, :new)"),
            {"at": now, "actor": UPGRADE_ACTOR, "id": new_id, "sid": sid,
             "new": json.dumps(values)})


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN, not a batch rebuild: a rebuild would drop the signed-session
    # triggers of 0002 along with the old table.
    op.drop_column("sessions", "since_last_visit")
    op.drop_column("trigger_points", "depth_confirmed")
    op.drop_column("trigger_points", "adverse_events")
    op.drop_table("precautions")
