"""The pain drawing's geometry (charting/pain_drawing.py): painting, erasing, tags, clipping
to the body, the area figures and the stored form."""

from __future__ import annotations

import json

import pytest
import shapely

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd


def _outlines(atlas: Atlas) -> dict:
    return {v: atlas.views[v].outline for v in atlas.views}


def _at(atlas: Atlas, landmark: str, side: str | None, view: str) -> tuple[float, float]:
    m = atlas.landmark(landmark, side, view=view)
    return m.x, m.y


def test_a_dab_on_the_right_low_back_stays_there_inside_the_body(atlas: Atlas) -> None:
    x, y = _at(atlas, "low_back", "right", "back")
    drawing = pd.paint(pd.EMPTY, atlas.views["back"].outline, "back", pd.stroke([(x, y)], 12))
    (area,) = drawing.areas
    assert area.view == "back" and area.geometry.contains(shapely.Point(x, y))
    assert area.geometry.area == pytest.approx(3.14159 * 144, rel=0.03)
    assert atlas.views["back"].is_patient_right(area.geometry.centroid.x, atlas.midline_x)
    assert drawing.on("front").is_empty


def test_paint_is_clipped_to_the_body_outline(atlas: Atlas) -> None:
    outline = atlas.views["front"].outline
    off_body = shapely.box(0, 0, 40, 40)  # the view's corner, outside the figure
    assert not outline.intersects(off_body)
    assert pd.paint(pd.EMPTY, outline, "front", off_body).is_empty
    half = pd.paint(pd.EMPTY, outline, "front", shapely.box(0, 400, 500, 420))
    assert half.on("front").area < 500 * 20 and outline.covers(half.on("front").buffer(-0.5))


def test_strokes_with_the_same_tags_merge_and_other_tags_take_over(atlas: Atlas) -> None:
    outline = atlas.views["back"].outline
    x, y = _at(atlas, "low_back", "right", "back")
    d = pd.paint(pd.EMPTY, outline, "back", pd.stroke([(x - 10, y), (x + 10, y)], 8),
                 "aching", 5)
    d = pd.paint(d, outline, "back", pd.stroke([(x, y - 10), (x, y + 10)], 8), "aching", 5)
    assert len(d.areas) == 1
    d = pd.paint(d, outline, "back", pd.stroke([(x, y)], 6), "burning", 8)
    tags = {a.tags: a.geometry for a in d.areas}
    assert set(tags) == {("aching", 5), ("burning", 8)}
    assert not tags[("aching", 5)].contains(shapely.Point(x, y))
    assert tags[("burning", 8)].contains(shapely.Point(x, y))


def test_erasing_removes_ground_from_every_area_and_drops_what_is_gone(atlas: Atlas) -> None:
    outline = atlas.views["back"].outline
    x, y = _at(atlas, "buttock", "left", "back")
    d = pd.paint(pd.EMPTY, outline, "back", pd.stroke([(x, y)], 10), "numbness")
    assert pd.erase(d, "back", pd.stroke([(x, y)], 20)).is_empty
    partly = pd.erase(d, "back", shapely.box(x, y - 50, x + 50, y + 50))
    assert 0 < partly.on("back").area < d.on("back").area
    assert pd.erase(d, "front", pd.stroke([(x, y)], 20)) == d  # another view untouched


def test_area_percent_per_view_and_in_total(atlas: Atlas) -> None:
    outlines = _outlines(atlas)
    front, back = outlines["front"], outlines["back"]
    whole_front = pd.paint(pd.EMPTY, front, "front", shapely.box(0, 0, 500, 1000))
    figures = pd.area_percent(whole_front, outlines)
    assert figures["front"] == pytest.approx(100, abs=0.2) and figures["back"] == 0
    assert figures["total"] == pytest.approx(100 * front.area / (front.area + back.area),
                                             abs=0.2)


def test_the_stored_form_round_trips_and_bad_input_is_named(atlas: Atlas) -> None:
    outline = atlas.views["back"].outline
    x, y = _at(atlas, "heel", "right", "back")
    d = pd.paint(pd.EMPTY, outline, "back", pd.stroke([(x, y)], 8), "pins_and_needles", 7)
    stored = json.loads(json.dumps(pd.to_json(d)))
    again = pd.from_json(stored)
    assert [a.tags for a in again.areas] == [("pins_and_needles", 7)]
    assert again.on("back").symmetric_difference(d.on("back")).area < 1.0
    assert pd.from_json(None) == pd.EMPTY
    bad = [({"format": 1, "areas": [{"view": "side", "geometry": stored["areas"][0]["geometry"]}]},
            r"areas\[0\]: view 'side' is not one of front, back"),
           ({"format": 1, "areas": [{**stored["areas"][0], "intensity": 11}]},
            r"intensity 11 is not a whole number 0-10"),
           ({"format": 1, "areas": [{**stored["areas"][0], "quality": "stabbing"}]},
            r"quality 'stabbing' is not one of"),
           ({"format": 1, "areas": [{**stored["areas"][0],
                                     "geometry": {"type": "Point", "coordinates": [1, 2]}}]},
            r"geometry: a Point, not a polygon"),
           ({"format": 1, "areas": [{**stored["areas"][0], "geometry": {"type": "Polygon"}}]},
            r"geometry: not a GeoJSON polygon"),
           ({"format": 9, "areas": []}, r"format: 9 is not a drawing format"),
           ([], r"expected an object with a list of areas")]
    for data, message in bad:
        with pytest.raises(pd.DrawingError, match=message):
            pd.from_json(data)


def test_the_stored_form_is_stable_when_read_and_written_again(atlas: Atlas) -> None:
    # The store re-encodes what it is given, so undo (which writes the old form back) must
    # store the very same JSON, not the same shapes with their rings started elsewhere.
    outline = atlas.views["back"].outline
    drawing = pd.paint(pd.EMPTY, outline, "back",
                       pd.stroke([_at(atlas, "low_back", "right", "back"),
                                  _at(atlas, "buttock", "right", "back")], 12.0))
    drawing = pd.erase(drawing, "back", pd.stroke([_at(atlas, "buttock", "right", "back")],
                                                  6.0))
    once = json.loads(json.dumps(pd.to_json(drawing)))
    again = json.loads(json.dumps(pd.to_json(pd.from_json(once))))
    assert again == once
