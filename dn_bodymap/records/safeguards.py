"""The store's safeguards: clinician accounts, the audit trail, integrity checks, erasure and
backup. A mixin of ``Store`` (records/store.py), which holds the engine and the transaction
helpers these use; kept apart so that each file stays small enough to read.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import accounts, activity, audit, database, erasure, integrity, rows
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Account, AuditEntry
from dn_bodymap.records.schema import SessionRow


class Safeguards:
    """Methods of Store that protect the records rather than chart them."""

    _engine: Engine
    url: Any
    path: Path | None
    actor: str
    open_problems: tuple[Any, ...]

    # Store's own (Store subclasses this mixin, so its methods win):
    def _write(self) -> AbstractContextManager[DbSession]: raise NotImplementedError
    def _read(self) -> AbstractContextManager[DbSession]: raise NotImplementedError
    def _who(self, actor: str | None) -> str: raise NotImplementedError

    # -- clinician accounts (records/accounts.py; audited, never with password or hash) --

    def add_account(self, name: str, credentials: str, password: str, *,
                    actor: str | None = None) -> Account:
        with self._write() as db:  # the password: at least 8 characters
            return accounts.create(db, name, credentials, password, self._who(actor))

    def accounts(self) -> list[Account]:
        with self._read() as db:
            return accounts.listed(db)

    def check_password(self, name: str, password: str) -> Account:
        with self._read() as db:  # refused: "wrong name or password", never which
            return accounts.to_account(accounts.check(db, name, password))

    def change_password(self, name: str, old: str, new: str, *,
                        actor: str | None = None) -> Account:
        with self._write() as db:
            return accounts.change_password(db, name, old, new, self._who(actor))

    # -- audit and backup -------------------------------------------------------------------

    def audit_trail(self, *, entity: str | None = None, entity_id: int | None = None,
                    session_id: int | None = None) -> list[AuditEntry]:
        with self._read() as db:
            return audit.entries(db, entity=entity, entity_id=entity_id, session_id=session_id)

    # -- integrity (records/integrity.py) and erasure (records/erasure.py) -------------------

    def verify(self, full: bool = True) -> integrity.VerifyReport:
        """Check the whole database and name every record that fails; ``full`` adds
        SQLite's integrity check, which reads every page. Missing guards are re-created."""
        found = self.open_problems + integrity.open_checks(self._engine, self.actor)
        report = integrity.verify(self._engine, full, found)
        activity.verified(report)
        return report

    def verify_session(self, session_id: int) -> list[str]:
        """One session's problems in words, [] when all is well (fast: for each print)."""
        with self._read() as db:
            rows.get(db, SessionRow, session_id, "session")
            return integrity.verify_session(db.connection(), session_id)

    def erase_patient(self, patient_id: int, *, actor: str | None = None) -> list[int]:
        """Erase a patient's identifying values from the audit trail (deleting the patient
        first if still there); returns the audit rows erased. See records/erasure.py."""
        with self._write() as db:
            try:
                return erasure.erase_patient(db, patient_id, self._who(actor))
            except DBAPIError as exc:
                if not database.insufficient_privilege(exc):
                    raise
                raise RecordsError("erasing lifts the audit trail's guard for a moment, which "
                                   "only the database's owner may: run it with the owner's "
                                   "URL (README: \"For a clinic with several rooms\")"
                                   ) from None

    def backup(self, dest: str | Path) -> Path:
        """A consistent copy of the live database as an SQLite file at ``dest``, written
        beside it first and moved into place, so ``dest`` is never half written: SQLite's
        backup API, or (another database) a copy as copy-db makes, compared and verified."""
        if self.url.get_backend_name() == "sqlite":
            saved = database.backup(self._engine, self.url, self.path, dest)
        else:
            from dn_bodymap.records import copying

            saved = Path(copying.to_new_file(self._engine, Path(dest)).target)
        activity.log.info("backup of %s written to %s", activity.where(self.url, self.path),
                          saved)
        return saved

    def grant_application_role(self, role: str) -> list[str]:
        """On PostgreSQL, as the tables' owner: give ``role`` a treatment room's rights and
        no more (records/server_roles.py). Returns the statements run."""
        from dn_bodymap.records import server_roles

        return server_roles.grant(self._engine, role)
