"""The least privilege a workstation needs on a clinic's PostgreSQL database.

Two roles (README: "For a clinic with several rooms"): the *owner* owns the tables, runs the
schema upgrades and may lift a guard (erasing a patient, copy-db); the *application* role,
which every treatment room signs in with, may read and chart but never change or delete an
audit row or addendum (no UPDATE, DELETE or TRUNCATE on them) nor drop or disable a guard
trigger (only a table's owner may). Signed sessions and their points are kept unchangeable
for both by the guard triggers (records/pg_guards.py).

``grant_statements`` is what `dn-bodymap server-grants ROLE` runs as the owner, after every
upgrade (a later schema may add a table).
"""

from __future__ import annotations

import re
from typing import Final

from sqlalchemy import Engine, text

from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.schema import Base

APPEND_ONLY: Final = ("audit", "addenda")  # INSERT and SELECT only
READ_ONLY: Final = ("alembic_version",)
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_statements(role: str) -> list[str]:
    """The statements that give ``role`` exactly the application's rights, from nothing."""
    if not _ROLE.match(role):
        raise RecordsError(f"{role!r} is not a plain PostgreSQL role name (lower-case "
                           "letters, digits and _)")
    tables = [t.name for t in Base.metadata.sorted_tables]
    editable = [t for t in tables if t not in APPEND_ONLY]
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON {', '.join(READ_ONLY)} TO {role}",
        f"GRANT SELECT, INSERT ON {', '.join(APPEND_ONLY)} TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(editable)} TO {role}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]


def grant(engine: Engine, role: str) -> list[str]:
    """Run ``grant_statements`` in one transaction (as the tables' owner); returns them."""
    if engine.dialect.name != "postgresql":
        raise RecordsError("roles are for a PostgreSQL database; an SQLite file is guarded "
                           "by its file permissions")
    statements = grant_statements(role)
    with engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql))
    return statements
