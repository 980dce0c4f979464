"""Record versions: no lost update between two windows, rooms or processes.

Every editable record (patient, session, trigger point, standing precaution) carries a
``version``. A transaction that changes the record's own fields raises it once. A caller
that shows a record and later saves a change to it passes the version it showed
(``expected_version``); if the record has changed since, the change is refused with a
ConflictError naming what changed, by whom and when, and nothing is written. Callers that
do not pass a version (scripts, imports) keep today's behaviour: last write wins, audited.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit
from dn_bodymap.records.errors import ConflictError

_BUMPED = "dn_bumped_versions"  # in DbSession.info: the rows raised in this transaction


def bump(db: DbSession, row: Any) -> None:
    """Raise ``row``'s version once per transaction, however many of its fields change."""
    key = (row.__tablename__, row.id)
    done = db.info.setdefault(_BUMPED, set())
    if key not in done:
        row.version = (row.version or 1) + 1
        done.add(key)


def check(db: DbSession, row: Any, entity: str, expected: int | None) -> None:
    """Refuse a change made on version ``expected`` of a record now at a later one."""
    if expected is None or row.version == expected:
        return
    changes = [e for e in audit.entries(db, entity=entity, entity_id=row.id)
               if e.action in ("update", "sign", "create")]
    changes.sort(key=lambda e: e.id, reverse=True)
    since = [list(group) for _, group in groupby(changes, key=lambda e: (e.at, e.actor))]
    since = since[:max(0, row.version - expected)]
    def fields(group: list) -> str:
        return ", ".join(dict.fromkeys((e.field or e.action).replace("_", " ")
                                       for e in reversed(group)))

    what = "; ".join(f"{fields(group)} (by {group[0].actor}, "
                     f"{group[0].at[:16].replace('T', ' ')} UTC)" for group in since)
    label = entity.replace("_", " ")
    raise ConflictError(f"{label} {row.id} was changed elsewhere since you opened it"
                        f"{': ' + what if what else ''}; nothing of your change was saved. "
                        "It is shown again as it is now.")
