"""`dn-bodymap atlas pattern / refers-to / render --pattern`, and drawing every pattern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.drawing.contact_sheet import render_sheet, sheet_pages
from dn_bodymap.drawing.diagram import render_view_image


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_pattern_json(capsys, atlas: Atlas) -> None:
    code, out, _ = run(capsys, "atlas", "pattern", "soleus", "--json")
    assert code == 0
    row = json.loads(out)
    assert set(row) == {"muscle", "side", "essential", "spillover", "source"}
    assert row["muscle"] == "soleus" and row["side"] == "right"
    assert "heel" in row["essential"]
    assert "Travell" in row["source"]


def test_pattern_accepts_a_display_name_and_a_side(capsys) -> None:
    code, out, _ = run(capsys, "atlas", "pattern", "Levator scapulae", "--side", "left", "--json")
    assert code == 0
    assert json.loads(out)["side"] == "left"


def test_refers_to_json_essential_first(capsys) -> None:
    code, out, _ = run(capsys, "atlas", "refers-to", "heel", "--json")
    assert code == 0
    rows = json.loads(out)
    assert {"muscle": "soleus", "side": "right", "zone": "essential"} in rows
    zones = [r["zone"] for r in rows]
    assert zones == sorted(zones, key=["essential", "spillover"].index)


def test_refers_to_midline_landmark_needs_no_side(capsys) -> None:
    code, out, _ = run(capsys, "atlas", "refers-to", "sacrum", "--json")
    assert code == 0
    assert json.loads(out), "something refers to the sacrum"
    code, _, err = run(capsys, "atlas", "refers-to", "sacrum", "--side", "left")
    assert code == 2 and "midline" in err


@pytest.mark.parametrize("argv, fragment", [
    (["atlas", "pattern", "pirformis"], "did you mean piriformis"),
    (["atlas", "refers-to", "heal"], "did you mean heel"),
    (["atlas", "render", "back", "--pattern", "gluteus", "--png", "/tmp/x.png"], "gluteus_"),
])
def test_unknown_names_suggest_close_matches(capsys, argv: list[str], fragment: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert fragment in err and err.count("\n") == 1


def test_render_pattern_draws_the_zones(tmp_path: Path, capsys, atlas: Atlas, qapp) -> None:
    out = tmp_path / "soleus.png"
    code, _, err = run(capsys, "atlas", "render", "back", "--pattern", "soleus", "--png", str(out))
    assert code == 0, err
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    heel = atlas.landmark("heel", "right", "back")
    c = image.pixelColor(round(heel.x * 2), round(heel.y * 2))
    assert c.red() > 150 and c.green() < 120, "the heel is drawn in the essential red"


def test_every_pattern_renders(qapp, atlas: Atlas) -> None:
    pages = sheet_pages(atlas)
    assert sum(1 for _ in pages) >= 3
    for page in pages:
        assert not page.isNull() and page.width() > 0
    # and a single pattern drawn on a view changes pixels where its essential zone is
    p = atlas.referral("upper_trapezius", "right")
    plain = render_view_image(atlas, "back", 1.0)
    drawn = render_view_image(atlas, "back", 1.0, patterns=[p])
    point = p.zones_on("back", "essential")[0].geometry.representative_point()
    assert plain.pixelColor(round(point.x), round(point.y)) != drawn.pixelColor(
        round(point.x), round(point.y))
    assert drawn.pixelColor(round(point.x), round(point.y)).red() > QColor(150, 0, 0).red() - 1
    assert not render_sheet(atlas, [p]).isNull()
