"""`dn-bodymap atlas refers-to-area VIEW --polygon ... --json`: the differential from the
command line."""

from __future__ import annotations

import json

import pytest
import shapely

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.charting.differential import rank
from tests.test_referral_cli_and_drawing import run


def _square(atlas: Atlas, landmark: str, side: str, view: str, half: float = 12) -> str:
    m = atlas.landmark(landmark, side, view=view)
    return " ".join(f"{m.x + dx:g},{m.y + dy:g}"
                    for dx, dy in ((-half, -half), (half, -half), (half, half), (-half, half)))


def test_a_square_on_the_right_heel_ranks_soleus_first(capsys, atlas: Atlas) -> None:
    code, out, err = run(capsys, "atlas", "refers-to-area", "back", "--polygon",
                         _square(atlas, "heel", "right", "back"), "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert [set(r) for r in rows[:1]] == [{"muscle", "side", "site", "score", "explained"}]
    assert (rows[0]["muscle"], rows[0]["side"], rows[0]["site"]) == ("soleus", "right", "soleus")
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert all(0 <= r["explained"] <= 1 for r in rows)


def test_several_polygons_match_the_library(capsys, atlas: Atlas) -> None:
    squares = [_square(atlas, "temple", "left", "front"), _square(atlas, "jaw_angle", "left",
                                                                   "front", 6)]
    code, out, _ = run(capsys, "atlas", "refers-to-area", "front", "--polygon", squares[0],
                       "--polygon", squares[1], "--limit", "4", "--json")
    assert code == 0
    drawing = pd.EMPTY
    for text in squares:
        ring = [tuple(map(float, p.split(","))) for p in text.split()]
        drawing = pd.paint(drawing, atlas.views["front"].outline, "front", shapely.Polygon(ring))
    expected = rank(atlas, drawing, 4)
    assert [(r["muscle"], r["side"]) for r in json.loads(out)] \
        == [(c.muscle, c.side) for c in expected]
    assert {r["side"] for r in json.loads(out)} == {"left"}


def test_text_output_names_muscles(capsys, atlas: Atlas) -> None:
    code, out, _ = run(capsys, "atlas", "refers-to-area", "back", "--polygon",
                       _square(atlas, "heel", "right", "back"), "--limit", "1")
    assert code == 0 and out.startswith(" ") and "Soleus (right)" in out
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize("polygon, words", [
    ("1,2 3", "expected points as X,Y"),
    ("a,b c,d e,f", "expected points as X,Y"),
    ("200,400 210,400", "3 or more points, found 2"),
    ("200,400 220,420 220,400 200,420", "not a simple polygon (Self-intersection"),
    ("200,400 900,400 200,420", "outside the front view"),
    ("0,0 20,0 0,20", "outside the body"),
])
def test_bad_polygons_give_one_line_and_exit_2(capsys, polygon: str, words: str) -> None:
    code, out, err = run(capsys, "atlas", "refers-to-area", "front", "--polygon", polygon,
                         "--json")
    assert code == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1


def test_a_polygon_is_required(capsys) -> None:
    code, _, err = run(capsys, "atlas", "refers-to-area", "front", "--json")
    assert code == 2 and "--polygon" in err
