"""Speed rows of importing a large exchange file (issue 12, item 7): 10,000 and 40,000
points, parsed and checked (no lock held) and stored (the write lock held). Linear: the
40,000-point figures are about four times the 10,000-point ones.

Before (this machine, the same files): 10,000 points parsed in 1.6 s and imported in 6.7 s;
40,000 parsed in 18.8 s and imported in 41.6 s (a list searched for each point's number,
and a flush for each point and its audit row).
"""

from __future__ import annotations

import copy
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store, exchange, importing
from tests.benchmarks.run import Row

SOURCE = Path(__file__).resolve().parents[1] / "data" / "session-format-4.json"


def big_document(points: int) -> dict[str, Any]:
    """The saved format-4 session as a draft with ``points`` points (its own, repeated)."""
    doc = json.loads(SOURCE.read_text(encoding="utf-8"))
    s = doc["session"]
    own = s["trigger_points"]
    s["trigger_points"] = [{**copy.deepcopy(own[i % len(own)]), "number": i + 1,
                            "carried_from": None} for i in range(points)]
    s.update(points_issued=points, status="draft", signed_at=None, signed_by=None, addenda=[],
             signing_exceptions=[])
    return doc


def import_rows() -> list[Row]:
    atlas = Atlas.load()
    out = []
    for n in (10_000, 40_000):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.json"
            path.write_text(json.dumps(big_document(n)), encoding="utf-8")
            size = f"{path.stat().st_size / 2**20:.0f} MiB file"
            t0 = time.perf_counter()
            parsed = exchange.parse(exchange.load_file(path), atlas)
            t1 = time.perf_counter()
            with Store.open(Path(tmp) / "bench.sqlite", atlas=atlas, actor="bench") as store:
                t2 = time.perf_counter()
                importing.write(store, parsed)
                t3 = time.perf_counter()
        goal = 125 * n  # linear: 125 us a point for each of the two steps
        out += [Row(f"read and check {n:,} points (no lock)", (t1 - t0) * 1e6, goal, size),
                Row(f"store {n:,} points (write lock held)", (t3 - t2) * 1e6, goal,
                    "one transaction")]
    return out
