"""Clinician accounts (issue 12, item 3): who may sign, proven by a password.

``accounts`` holds one row per clinician: the name (unique whatever its case: ``name_key``
is the name case-folded), the credentials printed with the signature, the argon2id hash of
the password (never the password), when it was made, and whether it is disabled. Accounts
are never deleted (a signature names one), only disabled.
``sessions.signed_account_id`` is the account that signed the session with its password;
NULL for a session signed without accounts (before this revision, or by a clinician who
never made one) and for one signed elsewhere and imported. A plain id, like
``carried_from``: an account is never deleted, so the id always resolves.

Plain CREATE TABLE and ALTER TABLE ADD COLUMN, as in 0003-0005: no row is rewritten and the
signed-session triggers of 0002 stay as they are.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("credentials", sa.String(), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("name_key", name="uq_accounts_name_key"),
        sqlite_autoincrement=True,
    )
    op.add_column("sessions", sa.Column("signed_account_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("sessions", "signed_account_id")
    op.drop_table("accounts")
