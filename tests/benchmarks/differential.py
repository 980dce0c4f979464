"""Speed rows of the differential (issue 14): every referral pattern scored against a pain
drawing of 5 areas on both views. Goal: under 30 ms a ranking, zone unions prepared once."""

from __future__ import annotations

import statistics

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import differential
from dn_bodymap.charting import pain_drawing as pd
from tests.benchmarks.run import Row, _times_us

_AREAS = (("back", "low_back", 20), ("back", "buttock", 20), ("back", "posterior_thigh", 12),
          ("front", "temple", 12), ("back", "heel", 20))


def _drawing(atlas: Atlas) -> pd.PainDrawing:
    """5 areas: right low back, buttock, posterior thigh, temple and heel."""
    drawing = pd.EMPTY
    for view, landmark, radius in _AREAS:
        m = atlas.landmark(landmark, "right", view=view)
        drawing = pd.paint(drawing, atlas.views[view].outline, view,
                           pd.stroke([(m.x, m.y), (m.x + 5, m.y + 15)], radius))
    return drawing


def differential_rows() -> list[Row]:
    atlas = Atlas.load()
    drawing = _drawing(atlas)

    def cold() -> None:
        differential._CACHE.clear()
        differential.rank(atlas, drawing)

    prepare = _times_us(cold, 10)
    warm = _times_us(lambda: differential.rank(atlas, drawing), 200)
    n = len(atlas.referrals.patterns)
    return [Row("differential: rank a 5-area drawing", statistics.median(warm), 30_000,
                f"{n} patterns"),
            Row("differential: first rank (zone unions built)", statistics.median(prepare),
                150_000, "once per atlas (informal)")]
