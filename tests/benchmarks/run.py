"""Speed figures beside their goals: ``python -m tests.benchmarks.run``.

Kept out of the test run (pytest collects only test_*.py): timings on a shared machine are
measurements to read, not pass/fail assertions. Prints one table; exits 0 either way.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from dn_bodymap.atlas import Atlas


@dataclass(frozen=True)
class Row:
    name: str
    figure: float  # microseconds
    goal: float  # microseconds
    note: str = ""
    skipped: bool = False  # not measured here (the note says why)

    @property
    def ok(self) -> bool:
        return self.figure <= self.goal


def _times_us(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - t0) / 1000)
    return out


def atlas_rows() -> list[Row]:
    loads = _times_us(Atlas.load, 15)
    checked = _times_us(lambda: Atlas.load(trust_build=False), 5)
    atlas = Atlas.load()
    rng = random.Random(20261124)
    points = []
    for _ in range(10_000):
        view = rng.choice(("front", "back"))
        _, _, w, h = atlas.views[view].viewbox
        points.append((view, rng.uniform(0, w), rng.uniform(0, h)))
    for view, x, y in points[:200]:  # warm up
        atlas.muscles_at(view, x, y)
    per_query = []
    for view, x, y in points:
        t0 = time.perf_counter_ns()
        atlas.muscles_at(view, x, y)
        per_query.append((time.perf_counter_ns() - t0) / 1000)
    per_query.sort()
    p99 = per_query[int(len(per_query) * 0.99)]
    per_caution = []
    for view, x, y in points:
        t0 = time.perf_counter_ns()
        atlas.cautions_at(view, x, y)
        per_caution.append((time.perf_counter_ns() - t0) / 1000)
    return [
        Row("Atlas.load() (bundled, digest verified), median", statistics.median(loads),
            150_000),
        Row("Atlas.load() running every named check", statistics.median(checked), 500_000,
            "informal: edited assets"),
        Row("muscles_at, median of 10,000 random points", statistics.median(per_query), 50),
        Row("muscles_at, 99th percentile", p99, 1_000, "goal: no stalls (informal)"),
        Row("cautions_at, median of 10,000 random points", statistics.median(per_caution), 50,
            f"{len(atlas.cautions)} zones"),
    ]


def referral_rows() -> list[Row]:
    from dn_bodymap.drawing import referral as drawing

    atlas = Atlas.load()
    if not atlas.referrals.patterns:
        return []
    rng = random.Random(7)
    per_query = []
    for _ in range(10_000):
        view = rng.choice(("front", "back"))
        x, y = rng.uniform(0, 500), rng.uniform(0, 1000)
        t0 = time.perf_counter_ns()
        atlas.muscles_referring_to(view, x, y)
        per_query.append((time.perf_counter_ns() - t0) / 1000)
    # 30 charted points: each at one of its muscle's sites, both sides mixed
    charted = []
    for p in rng.sample(list(atlas.referrals.patterns), 30):
        s = p.sites[0]
        charted.append((p.muscle, p.side, (s.view, s.x + rng.uniform(-2, 2), s.y)))

    def build() -> None:
        drawing._zone_path.cache_clear()  # cold: nothing built before
        for muscle, side, at in charted:
            pattern = atlas.referral(muscle, side, at)
            for view in ("front", "back"):
                drawing.zone_paths(pattern, view)

    builds = _times_us(build, 20)
    return [
        Row("muscles_referring_to, median of 10,000 points", statistics.median(per_query), 200),
        Row("drawable zones of 30 charted points (cold)", statistics.median(builds), 16_000),
    ]


def result(row: Row) -> str:
    return "skipped" if row.skipped else "ok" if row.ok else "SLOW"


def main() -> int:
    from tests.benchmarks.bundle import bundle_rows
    from tests.benchmarks.differential import differential_rows
    from tests.benchmarks.integrity import integrity_rows
    from tests.benchmarks.pain_tool import pain_rows
    from tests.benchmarks.records import records_rows  # these import Row from here
    from tests.benchmarks.records_import import import_rows
    from tests.benchmarks.report import report_rows
    from tests.benchmarks.review import review_rows
    from tests.benchmarks.safety import safety_rows
    from tests.benchmarks.scale import scale_rows
    from tests.benchmarks.window import click_rows, compare_rows, startup_rows

    rows = (atlas_rows() + referral_rows() + records_rows() + import_rows() + click_rows()
            + startup_rows() + report_rows() + review_rows() + compare_rows() + safety_rows()
            + integrity_rows() + scale_rows() + differential_rows() + pain_rows() + bundle_rows())
    print(f"{'benchmark':48} {'figure':>12} {'goal':>12}  result")
    for r in rows:
        print(f"{r.name:48} {r.figure:10.1f}us {r.goal:10.0f}us  {result(r)}"
              f"{'  ' + r.note if r.note else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
