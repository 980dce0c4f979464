"""What the records did, for the log (dn_bodymap/logs.py): ids and kinds only, never a value
(a name, a note, a date of birth)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from dn_bodymap.records import live

log = logging.getLogger("dn_bodymap.records")


def where(url: URL, path: Path | None) -> str:
    """The database, as the log names it: the clinic's file or server, never a password."""
    if path is not None:
        return f"sqlite file {path}"
    return f"{url.get_backend_name()} {url.render_as_string(hide_password=True)}"


def opened(url: URL, path: Path | None, migration_backup: Path | None) -> None:
    log.info("opened %s", where(url, path))
    if migration_backup is not None:
        log.info("copy taken before migrating: %s", migration_backup)


def committed(info: dict[str, Any]) -> None:
    """After a write transaction: which records it changed (from the audit rows it wrote)."""
    noted = info.get(live.NOTED)
    if not noted:
        return
    changed = dict.fromkeys(
        f"{entity} {entity_id}" + (f" (session {session})"
                                   if session is not None and entity != "session" else "")
        for entity, entity_id, session in noted)
    log.info("stored: %s", ", ".join(changed))


def verified(report: Any) -> None:
    """``verify``'s outcome: what it checked (counts) and which records failed (ids)."""
    counts = ", ".join(f"{what} {n}" for what, n in report.checked.items())
    if report.ok:
        log.info("verify: integrity verified (%s)", counts)
    else:
        log.warning("verify: %d problem(s) in %s (%s)", len(report.problems),
                    ", ".join(dict.fromkeys(p.record for p in report.problems)), counts)
