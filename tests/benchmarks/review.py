"""Speed rows of the review core: a 500-session history, matching two 40-point sessions,
loading two sessions for a comparison, and the progress series of 500 sessions.

Measured on a real file in a temporary folder. The compare-view goal of issue 7 (100 ms)
includes drawing; the "load and match" row is the core's share of it.
"""

from __future__ import annotations

import random
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path

from dn_bodymap.records import Clinician, Store
from dn_bodymap.review import active_counts, history, match_points, pain_series
from tests.benchmarks.run import Row, _times_us

WHO = Clinician("Alex Rivera", "PT")
MUSCLES = [("upper_trapezius", "right"), ("upper_trapezius", "left"),
           ("infraspinatus", "right"), ("levator_scapulae", "left"),
           ("gluteus_medius", "left"), ("gluteus_medius", "right")]


def review_rows() -> list[Row]:
    with (tempfile.TemporaryDirectory() as tmp,
          Store.open(Path(tmp) / "bench.sqlite", actor="bench") as store):
        return _history_rows(store) + _compare_rows(store)


def _add(store: Store, sid: int, rng: random.Random, x: float, y: float) -> None:
    muscle, side = rng.choice(MUSCLES)
    store.add_point(sid, "back", x, y, muscle=muscle, side=side, layer="superficial",
                    kind=rng.choice(("active", "latent", None)))


def _history_rows(store: Store) -> list[Row]:
    rng = random.Random(500)
    pid = store.add_patient("Many Sessions").id
    for day in range(500):
        sid = store.new_session(pid, WHO, atlas_data_version="bench",
                                started_at=f"{2020 + day // 300}-{1 + day % 12:02d}-"
                                           f"{1 + day % 28:02d}T09:00:00+01:00",
                                pain_before=rng.randint(3, 9), pain_after=rng.randint(0, 6)).id
        for _ in range(4):
            _add(store, sid, rng, rng.uniform(150, 350), rng.uniform(150, 500))

    def listing() -> None:
        assert len(history(store, pid)) == 500

    def progress() -> None:
        sessions = store.sessions_of(pid)
        pain_series(sessions)
        active_counts(sessions)

    for _ in range(3):
        listing()
    listed = _times_us(listing, 30)
    charted = _times_us(progress, 5)
    return [
        Row("list a 500-session history, median of 30", statistics.median(listed), 100_000),
        Row("progress series of 500 sessions (load + series)", statistics.median(charted),
            500_000, "informal"),
    ]


def _compare_rows(store: Store) -> list[Row]:
    rng = random.Random(40)
    pid = store.add_patient("Forty Points").id
    first = store.new_session(pid, WHO, atlas_data_version="bench",
                              started_at="2025-01-07T09:00:00+01:00").id
    for _ in range(40):
        _add(store, first, rng, rng.uniform(150, 350), rng.uniform(150, 500))
    second = store.new_session(pid, WHO, atlas_data_version="bench",
                               started_at="2025-01-14T09:00:00+01:00",
                               carry_forward_from=first)
    for p in second.points[:30]:  # most re-checked and moved a little, some removed
        store.update_point(p.id, confirmed=True, x=p.x + rng.uniform(-8, 8),
                           y=p.y + rng.uniform(-8, 8))
    for p in second.points[30:]:
        store.delete_point(p.id)
    for _ in range(10):
        _add(store, second.id, rng, rng.uniform(150, 350), rng.uniform(150, 500))
    a, b = store.session(first), store.session(second.id)
    # the same points unlinked: matching by place only, every pair through the assignment
    unlinked = [replace(p, carried_from=None) for p in b.points]
    assert len(a.points) == len(b.points) == 40

    def load_and_match() -> None:
        match_points(store.session(first).points, store.session(second.id).points)

    linked = _times_us(lambda: match_points(a.points, b.points), 200)
    by_place = _times_us(lambda: match_points(a.points, unlinked), 200)
    loaded = _times_us(load_and_match, 50)
    return [
        Row("match two 40-point sessions (by place), median", statistics.median(by_place),
            5_000, "informal"),
        Row("match two 40-point sessions (30 carried), median", statistics.median(linked),
            5_000, "informal"),
        Row("load two 40-point sessions and match them", statistics.median(loaded), 100_000,
            "core share of opening the compare view"),
    ]


if __name__ == "__main__":
    for r in review_rows():
        print(f"{r.name:52} {r.figure:10.1f}us {r.goal:10.0f}us  {'ok' if r.ok else 'SLOW'}"
              f"{'  ' + r.note if r.note else ''}")
