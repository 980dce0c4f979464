"""Tamper evidence (issue 12): content hashes of signed sessions, hash-chained audit trail and
addenda, and the guards 0002 lacked.

``sessions.content_hash`` / ``signed_context``: the SHA-256 of a signed session's canonical
content and the context it was signed in (records/content.py); ``sessions.signature_note``:
how an imported signature was judged ("signed elsewhere by ..., content hash verified").
``audit.payload_digest`` / ``prev_hash`` / ``row_hash`` and ``addenda.prev_hash`` /
``row_hash``: the hash chains (records/chain.py). New guard triggers refuse ``REPLACE INTO`` a
signed session, point, audit row or addendum, and moving a draft's point into a signed
session (records/guards.py).

An upgraded database's existing rows are chained here, in id order, and its signed sessions
sealed as they stand (their context is the patient's identity and precautions at the
upgrade, marked so); one audit row records that the chain starts here, and each sealed
session gets its "sign ... content_hash" row. Whatever was altered before the upgrade cannot
be told; from here on it can. The guards the writes need lifted are dropped and re-created
in this same transaction.

Plain ALTER TABLE ADD COLUMN as in 0003-0005: no table is rebuilt and the 0002 triggers stay.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from dn_bodymap.records import audit, chain, content, guards

UPGRADE_ACTOR = "dn-bodymap upgrade (schema 0006)"

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_LIFTED = ("audit_no_update", "addenda_no_update", "sessions_signed_no_update")


def upgrade() -> None:
    op.add_column("sessions", sa.Column("content_hash", sa.String(), nullable=True))
    op.add_column("sessions", sa.Column("signed_context", sa.JSON(), nullable=True))
    op.add_column("sessions", sa.Column("signature_note", sa.Text(), nullable=False,
                                        server_default=""))
    for column in ("payload_digest", "prev_hash", "row_hash"):
        op.add_column("audit", sa.Column(column, sa.String(), nullable=True))
    for column in ("prev_hash", "row_hash"):
        op.add_column("addenda", sa.Column(column, sa.String(), nullable=True))
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    if sqlite:
        for name in _LIFTED:
            conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
    n_audit, n_addenda = chain.chain_existing(conn)
    last_addendum = conn.execute(sa.text("SELECT max(id) FROM addenda")).scalar()
    if n_audit or n_addenda:  # (a new, empty database starts its chain with its first row)
        audit.record(conn, at=at, actor=UPGRADE_ACTOR, action="integrity", entity="database",
                     entity_id=0, field="chain_start", new={
                         "schema": revision, "audit_rows_chained": n_audit,
                         "addenda_chained": n_addenda, "last_addendum": last_addendum,
                         "note": "the rows before this one were written before the hash "
                                 "chain existed and were chained by the upgrade as they "
                                 "stood"})
    content.seal_existing(conn, UPGRADE_ACTOR, at)
    if sqlite:
        for name in (*_LIFTED, *guards.GUARDS_0006):
            conn.execute(sa.text(guards.create_sql(name)))


def downgrade() -> None:
    # The audit rows the upgrade wrote describe hashes that go with their columns: they go
    # too (past the append-only guard, in this transaction). Later rows stay.
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        for name in (*guards.GUARDS_0006, "audit_no_delete"):
            conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
    conn.execute(sa.text("DELETE FROM audit WHERE actor = :a"), {"a": UPGRADE_ACTOR})
    if sqlite:
        conn.execute(sa.text(guards.create_sql("audit_no_delete")))
    for column in ("row_hash", "prev_hash"):
        op.drop_column("addenda", column)
    for column in ("row_hash", "prev_hash", "payload_digest"):
        op.drop_column("audit", column)
    for column in ("signature_note", "signed_context", "content_hash"):
        op.drop_column("sessions", column)
