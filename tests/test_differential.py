"""The differential (charting/differential.py): referral patterns ranked against pain drawings
placed from the atlas's landmarks."""

from __future__ import annotations

import pytest
import shapely

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.charting.differential import B_UNPAINTED, W_SPILLOVER, Candidate, rank


def _draw(atlas: Atlas, strokes: list[tuple[str, list[tuple[str, str | None]]]],
          radius: float = 20) -> pd.PainDrawing:
    """One brush stroke per (view, [(landmark, side), ...]) through those landmarks."""
    drawing = pd.EMPTY
    for view, marks in strokes:
        points = [(m.x, m.y) for m in (atlas.landmark(i, s, view=view) for i, s in marks)]
        drawing = pd.paint(drawing, atlas.views[view].outline, view, pd.stroke(points, radius))
    return drawing


def _muscles(candidates: list[Candidate]) -> list[str]:
    return [c.muscle for c in candidates]


@pytest.mark.parametrize("radius", [15, 20])
def test_right_low_back_ranks_quadratus_lumborum_in_the_first_five(atlas: Atlas,
                                                                   radius: float) -> None:
    # the low back down to the iliac crest, as a patient shades it
    drawing = _draw(atlas, [("back", [("low_back", "right"), ("iliac_crest", "right")])],
                    radius)
    top = rank(atlas, drawing, limit=5)
    assert "quadratus_lumborum" in _muscles(top)
    assert all(c.side == "right" for c in top)


def test_right_low_back_and_sacroiliac_dabs_rank_quadratus_lumborum(atlas: Atlas) -> None:
    drawing = _draw(atlas, [("back", [("low_back", "right")]),
                            ("back", [("iliac_crest", "right")]),
                            ("back", [("sacroiliac_joint", "right")])], 15)
    assert "quadratus_lumborum" in _muscles(rank(atlas, drawing, limit=5))


@pytest.mark.parametrize("views", [("front",), ("front", "back")])
@pytest.mark.parametrize("radius", [15, 20])
def test_right_temple_ranks_upper_trapezius_and_temporalis_in_the_first_five(
        atlas: Atlas, views: tuple[str, ...], radius: float) -> None:
    drawing = _draw(atlas, [(v, [("temple", "right")]) for v in views], radius)
    top = rank(atlas, drawing, limit=5)
    assert {"upper_trapezius", "temporalis"} <= set(_muscles(top))
    assert all(c.side == "right" for c in top)


@pytest.mark.parametrize("radius", [15, 20, 25])
@pytest.mark.parametrize("marks", [["heel"], ["heel", "plantar_heel"]])
def test_right_heel_ranks_soleus_first(atlas: Atlas, radius: float, marks: list[str]) -> None:
    drawing = _draw(atlas, [("back", [(m, "right")]) for m in marks], radius)
    first = rank(atlas, drawing)[0]
    assert (first.muscle, first.side) == ("soleus", "right")
    # soleus has three sites: the candidate names the one whose zone is the heel
    assert first.site == "soleus"


@pytest.mark.parametrize("strokes", [
    [("back", [("heel", "left")]), ("back", [("plantar_heel", "left")])],
    [("front", [("temple", "left")]), ("back", [("temple", "left")])],
    [("back", [("low_back", "left"), ("iliac_crest", "left")])],
    [("back", [("posterior_thigh", "left")]), ("front", [("lateral_shoulder", "left")])],
])
def test_a_drawing_on_the_left_ranks_left_side_patterns_only(atlas: Atlas, strokes) -> None:
    drawing = _draw(atlas, strokes, 15)
    ranked = rank(atlas, drawing)
    assert ranked and {c.side for c in ranked} == {"left"}


def test_left_and_right_mirror(atlas: Atlas) -> None:
    right = rank(atlas, _draw(atlas, [("back", [("heel", "right")])]), limit=3)
    left = rank(atlas, _draw(atlas, [("back", [("heel", "left")])]), limit=3)
    assert _muscles(right) == _muscles(left)
    assert [c.score for c in right] == pytest.approx([c.score for c in left], abs=0.01)


def test_only_midline_crossing_patterns_reach_the_other_side(atlas: Atlas) -> None:
    # the sacroiliac region: the rectus abdominis back band crosses the midline (T&S)
    drawing = _draw(atlas, [("back", [("sacroiliac_joint", "right")])], 12)
    crossing = {p.muscle for p in atlas.referrals.patterns if p.crosses_midline}
    others = [c for c in rank(atlas, drawing) if c.side == "left"]
    assert all(c.muscle in crossing for c in others)


def test_an_empty_drawing_ranks_nothing(atlas: Atlas) -> None:
    assert rank(atlas, pd.EMPTY) == []
    # paint that fell outside the body is no drawing either
    off = pd.paint(pd.EMPTY, atlas.views["front"].outline, "front", shapely.box(0, 0, 30, 30))
    assert rank(atlas, off) == []


def test_limit_keeps_the_best(atlas: Atlas) -> None:
    drawing = _draw(atlas, [("front", [("temple", "right")])])
    everything = rank(atlas, drawing)
    assert len(everything) > 3 and rank(atlas, drawing, limit=3) == everything[:3]
    assert [c.score for c in everything] == sorted((c.score for c in everything), reverse=True)
    # one candidate per muscle and side
    assert len({(c.muscle, c.side) for c in everything}) == len(everything)


def test_explained_is_a_share_and_grows_as_more_of_the_zone_is_painted(atlas: Atlas) -> None:
    (pattern,) = [p for p in atlas.referrals.patterns_of("soleus", "right") if p.id == "soleus"]
    zone = shapely.union_all([z.geometry for z in pattern.zones_on("back", "essential")])
    x0, y0, x1, y1 = zone.bounds
    elsewhere = atlas.landmark("forehead", "right", view="front")
    outline = {v: atlas.views[v].outline for v in atlas.views}
    explained, scores = [], []
    for share in (0.2, 0.5, 0.8, 1.0):
        d = pd.paint(pd.EMPTY, outline["front"], "front",
                     pd.stroke([(elsewhere.x, elsewhere.y)], 12))
        d = pd.paint(d, outline["back"], "back",
                     zone.intersection(shapely.box(x0, y0, x1, y0 + share * (y1 - y0))))
        (soleus,) = [c for c in rank(atlas, d) if c.muscle == "soleus"]
        assert 0 <= soleus.explained <= 1 and 0 < soleus.score <= 1
        explained.append(soleus.explained)
        scores.append(soleus.score)
    assert explained == sorted(explained) and explained[0] < explained[-1] < 1
    assert scores == sorted(scores) and scores[0] < scores[-1]


def test_the_score_follows_the_stated_formula(atlas: Atlas) -> None:
    (pattern,) = [p for p in atlas.referrals.patterns_of("soleus", "right") if p.id == "soleus"]
    ess = shapely.union_all([z.geometry for z in pattern.zones_on("back", "essential")])
    spill = shapely.union_all([z.geometry for z in pattern.zones_on("back", "spillover")]) - ess
    heel = atlas.landmark("heel", "right", view="back")
    drawing = _draw(atlas, [("back", [("heel", "right")])])
    ground = drawing.on("back")
    e, s = ground.intersection(ess).area, ground.intersection(spill).area
    hit = e + W_SPILLOVER * s
    unpainted = (ess.area - e) + W_SPILLOVER * (spill.area - s)
    expected = hit / (hit + (ground.area - e - s) + B_UNPAINTED * unpainted)
    (soleus,) = [c for c in rank(atlas, drawing) if c.muscle == "soleus"]
    assert ess.contains(shapely.Point(heel.x, heel.y))
    assert soleus.score == pytest.approx(expected, abs=1e-3)
    assert soleus.explained == pytest.approx((e + s) / ground.area, abs=1e-3)


# -- the point pain finder's neighbourhood ------------------------------------------------------

def _beside(zone: shapely.Geometry, distance: float, body: shapely.Geometry
            ) -> tuple[float, float]:
    """A point on the body ``distance`` outside ``zone``'s edge."""
    ring = zone.buffer(distance, quad_segs=16).boundary
    for i in range(400):
        p = ring.interpolate(i / 400, normalized=True)
        if body.buffer(-2).contains(p):
            assert zone.distance(p) == pytest.approx(distance, abs=0.2)
            return p.x, p.y
    raise AssertionError("no point on the body beside the zone")


@pytest.mark.parametrize("muscle, view", [("temporalis", "front"), ("soleus", "back")])
def test_a_click_just_beside_a_zone_finds_its_muscle_and_a_far_one_does_not(
        atlas: Atlas, muscle: str, view: str) -> None:
    from dn_bodymap.charting.pain_finder import CLICK_RADIUS, sources_at

    patterns = atlas.referrals.patterns_of(muscle, "right")
    zones = shapely.union_all([z.geometry for p in patterns for z in p.zones_on(view)])
    body = atlas.views[view].outline
    x, y = _beside(zones, CLICK_RADIUS - 2, body)
    assert not zones.covers(shapely.Point(x, y))
    assert muscle in [c.muscle for c in sources_at(atlas, view, x, y) if c.side == "right"]
    assert muscle not in [c.muscle for c in sources_at(atlas, view, x, y, radius=0)]
    fx, fy = _beside(zones, CLICK_RADIUS * 3, body)
    assert muscle not in [c.muscle for c in sources_at(atlas, view, fx, fy)
                          if c.side == "right"]


def test_a_click_inside_a_zone_keeps_its_kind(atlas: Atlas) -> None:
    from dn_bodymap.charting.pain_finder import sources_at

    heel = atlas.landmark("heel", "right", view="back")
    exact = {(c.muscle, c.side): c.zone for c in sources_at(atlas, "back", heel.x, heel.y, 0)}
    near = {(c.muscle, c.side): c.zone for c in sources_at(atlas, "back", heel.x, heel.y)}
    assert exact[("soleus", "right")] == "essential"
    assert all(near[k] == v for k, v in exact.items()) and set(exact) <= set(near)
