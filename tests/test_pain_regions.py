"""Plain names of the regions a pain drawing covers (charting/pain_regions.py), from drawings
placed at the atlas's landmarks."""

from __future__ import annotations

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.charting.pain_regions import REACH, name, regions


def _stroke(atlas: Atlas, drawing: pd.PainDrawing, view: str, marks: list[tuple[str, str | None]],
            radius: float = 8) -> pd.PainDrawing:
    points = [(m.x, m.y) for m in (atlas.landmark(i, s, view=view) for i, s in marks)]
    return pd.paint(drawing, atlas.views[view].outline, view, pd.stroke(points, radius))


def test_a_sciatic_line_reads_back_buttock_thigh_head_to_foot(atlas: Atlas) -> None:
    drawing = _stroke(atlas, pd.EMPTY, "back", [("posterior_thigh", "right"),
                                                 ("buttock", "right"), ("low_back", "right")])
    found = regions(atlas, drawing)
    for words in ("right low back", "right buttock", "posterior right thigh"):
        assert words in found
    assert found.index("right low back") < found.index("right buttock") \
        < found.index("posterior right thigh")
    assert not any("left" in r for r in found)


def test_each_region_once_even_when_drawn_on_both_views(atlas: Atlas) -> None:
    drawing = _stroke(atlas, pd.EMPTY, "front", [("temple", "left")])
    drawing = _stroke(atlas, drawing, "back", [("temple", "left")])
    found = regions(atlas, drawing)
    assert found.count("left temple") == 1
    assert not any("right" in r for r in found)


def test_a_landmark_counts_within_reach_but_not_beyond(atlas: Atlas) -> None:
    achilles, heel = (atlas.landmark(i, "right", view="back") for i in ("achilles", "heel"))
    outline = atlas.views["back"].outline

    def stroke_to(gap: float) -> list[str]:
        """A 4-unit stroke down from the Achilles tendon ending ``gap`` short of the heel."""
        end = (heel.x, heel.y - 4 - gap)
        return regions(atlas, pd.paint(pd.EMPTY, outline, "back",
                                       pd.stroke([(achilles.x, achilles.y), end], 4)))

    near, short = stroke_to(REACH - 1), stroke_to(REACH + 3)
    assert near[0] == "right achilles tendon" and near[-1] == "right heel"
    assert short[0] == "right achilles tendon" and "right heel" not in short


def test_a_dab_between_landmarks_is_named_by_the_nearest(atlas: Atlas) -> None:
    a, b = (atlas.landmark(i, "right", view="back") for i in ("mid_back", "low_back"))
    x, y = (a.x + b.x) / 2 + 10, a.y + (b.y - a.y) / 3  # nearer mid back, far from both
    drawing = pd.paint(pd.EMPTY, atlas.views["back"].outline, "back", pd.stroke([(x, y)], 4))
    assert not drawing.is_empty
    assert regions(atlas, drawing) == ["right mid back"]


def test_midline_landmarks_have_no_side_and_empty_draws_nothing(atlas: Atlas) -> None:
    drawing = _stroke(atlas, pd.EMPTY, "back", [("sacrum", None)], 6)
    assert regions(atlas, drawing) == ["sacrum"]
    assert regions(atlas, pd.EMPTY) == []


def test_names_in_plain_words(atlas: Atlas) -> None:
    def n(i: str, side: str | None, view: str) -> str:
        return name(atlas.landmark(i, side, view=view))

    assert n("posterior_thigh", "right", "back") == "posterior right thigh"
    assert n("top_of_shoulder", "left", "front") == "top of the left shoulder"
    assert n("lateral_epicondyle", "left", "back") == "left lateral epicondyle"
    assert n("c7", None, "back") == "C7 spinous process"
    assert n("cubital_fossa", "right", "front") == "right cubital fossa"


def test_vertebral_levels_place_regions_but_do_not_name_pain(atlas: Atlas) -> None:
    # A band down the spine from T4 to L2 passes every level landmark added for issue 15;
    # it reads as the back regions beside them, never "T12 spinous process".
    drawing = _stroke(atlas, pd.EMPTY, "back", [("t4", None), ("t12", None), ("l2", None)])
    found = regions(atlas, drawing)
    assert found, "nothing named"
    assert not any("spinous process" in r and not r.startswith("C7") for r in found), found
