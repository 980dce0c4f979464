"""Speed row of the safety checks: every warning of a 30-point session (caution zones under
each point, depths beyond guidance, precautions), as the window recomputes it after each
edit. Goal (issue 11): under 5 ms."""

from __future__ import annotations

import random
import statistics
from dataclasses import replace

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.safety import session_warnings
from dn_bodymap.records.model import ScreeningAnswer, Session, TriggerPoint
from dn_bodymap.records.vocab import SCREENING_ITEMS
from tests.benchmarks.run import Row, _times_us


def _session(atlas: Atlas) -> Session:
    """30 points at random places on the body (both views), needled 10 to 60 mm deep, with
    anticoagulants and pregnancy answered yes."""
    rng = random.Random(30)
    points = []
    while len(points) < 30:
        view = rng.choice(("front", "back"))
        x, y = rng.uniform(60, 440), rng.uniform(60, 940)
        hits = atlas.muscles_at(view, x, y)
        if not hits:
            continue
        h = hits[0]
        points.append(TriggerPoint(len(points) + 1, 1, len(points) + 1, view, x, y, h.muscle,
                                   h.side, h.layer, needled=True,
                                   depth_mm=float(rng.randint(10, 60))))
    screening = {i: ScreeningAnswer("no") for i in SCREENING_ITEMS}
    screening |= {"anticoagulants": ScreeningAnswer("yes", "apixaban"),
                  "pregnancy": ScreeningAnswer("yes")}
    base = Session(1, "u", 1, "2026-11-26T10:00:00+01:00", "A", "PT", atlas.data_version)
    return replace(base, screening=screening, points=tuple(points))


def safety_rows() -> list[Row]:
    atlas = Atlas.load()
    session = _session(atlas)
    times = _times_us(lambda: session_warnings(atlas, session), 200)
    return [Row("safety warnings of a 30-point session", statistics.median(times), 5_000)]
