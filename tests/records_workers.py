"""Worker processes for the concurrency tests: ``python -m tests.records_workers KIND ...``.

chart DB SESSION_ID N ROOM: chart N points on the session and, after each, change the
    session's plan on the version read before the point (another room's write in between
    makes that stale: it must be refused as a conflict, never stored over the other's).
    Prints one JSON line: {"points": [...numbers], "conflicts": n, "saved": n, "errors": [...]}
hang DB: add a patient and stop inside the write transaction, printing "inside"; the test
    kills the process there.
"""

from __future__ import annotations

import json
import sys
import time

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store, audit
from dn_bodymap.records.errors import ConflictError, RecordsError


def chart(db: str, session_id: int, n: int, room: str) -> None:
    atlas = Atlas.load()
    region = atlas.region("back", "upper_trapezius", "right").geometry.representative_point()
    numbers, conflicts, saved, errors = [], 0, 0, []
    with Store.open(db, atlas=atlas, actor=room) as store:
        for i in range(n):
            seen = store.session(session_id).version
            try:
                numbers.append(store.add_point(session_id, "back", region.x, region.y,
                                               notes=f"{room} #{i}").number)
                store.update_session(session_id, expected_version=seen,
                                     plan=f"{room} step {i}")
                saved += 1
            except ConflictError:
                conflicts += 1
            except RecordsError as exc:
                errors.append(str(exc))
    print(json.dumps({"points": numbers, "conflicts": conflicts, "saved": saved,
                      "errors": errors}))


def hang(db: str) -> None:
    store = Store.open(db, actor="killed room")
    real = audit.record

    def stall(*args, **kwargs):
        real(*args, **kwargs)
        print("inside", flush=True)
        time.sleep(600)

    audit.record = stall
    store.add_patient("Half Written")


if __name__ == "__main__":
    kind, db, *rest = sys.argv[1:]
    if kind == "chart":
        chart(db, int(rest[0]), int(rest[1]), rest[2])
    else:
        hang(db)
