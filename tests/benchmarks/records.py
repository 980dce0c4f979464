"""Speed rows of the records store: one trigger-point edit, and a patient with 500 sessions.

Measured on a real file in a temporary folder, with the store's settings (WAL, synchronous
FULL: every edit is on disk when the call returns), so the figures include the fsync.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from dn_bodymap.records import Clinician, Store
from tests.benchmarks.run import Row, _times_us

WHO = Clinician("Alex Rivera", "PT")


def records_rows() -> list[Row]:
    with (tempfile.TemporaryDirectory() as tmp,
          Store.open(Path(tmp) / "bench.sqlite", actor="bench") as store):
        return _edit_rows(store) + _listing_rows(store)


def _point(store: Store, session_id: int, n: int = 0):
    return store.add_point(session_id, "back", 260.4 + n % 9, 168.4, muscle="upper_trapezius",
                           side="right", layer="superficial")


def _edit_rows(store: Store) -> list[Row]:
    pid = store.add_patient("Edit Bench").id
    sid = store.new_session(pid, WHO, atlas_data_version="bench").id
    point = _point(store, sid)
    depths = iter(range(10**6))
    for _ in range(20):  # warm up
        store.update_point(point.id, depth_mm=1 + next(depths) % 100)
    edits = _times_us(lambda: store.update_point(point.id, depth_mm=1 + next(depths) % 100),
                      300)
    adds = _times_us(lambda: _point(store, sid), 200)
    return [
        Row("one trigger-point edit stored, median of 300", statistics.median(edits), 5_000,
            "committed, audited, hash-chained"),
        Row("one new trigger point stored, median of 200", statistics.median(adds), 5_000,
            "informal"),
    ]


def _listing_rows(store: Store) -> list[Row]:
    pid = store.add_patient("Many Sessions").id
    for day in range(500):
        sid = store.new_session(pid, WHO, atlas_data_version="bench",
                                started_at=f"{2020 + day // 300}-{1 + day % 12:02d}-"
                                           f"{1 + day % 28:02d}T09:00:00+01:00").id
        for n in range(4):
            _point(store, sid, n)

    def open_patient() -> None:
        store.patient(pid)
        listed = store.sessions(pid)
        assert len(listed) == 500 and listed[0].points == 4

    for _ in range(3):
        open_patient()
    times = _times_us(open_patient, 30)
    return [Row("open a patient, list 500 sessions, median of 30",
                statistics.median(times), 100_000)]
