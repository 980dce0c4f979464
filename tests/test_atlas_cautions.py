"""The caution layer: what lies under the needle at a landmark, mirrored sides, sourced depths,
the command line and the drawing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main

THORAX = ("lung_apex", "lung_anterior", "lung_interscapular", "lung_posterior", "kidney")


def ids_at(atlas: Atlas, view: str, x: float, y: float) -> set[str]:
    return {z.id for z in atlas.cautions_at(view, x, y)}


def at_landmark(atlas: Atlas, landmark: str, side: str | None, view: str) -> set[str]:
    mark = atlas.landmark(landmark, side, view=view)
    return ids_at(atlas, view, mark.x, mark.y)


def midpoint(atlas: Atlas, a: tuple[str, str | None], b: tuple[str, str | None],
             view: str) -> tuple[float, float]:
    p, q = atlas.landmark(*a, view=view), atlas.landmark(*b, view=view)
    return (p.x + q.x) / 2, (p.y + q.y) / 2


@pytest.mark.parametrize("side", ["right", "left"])
def test_landmarks_lie_over_what_a_clinician_expects(atlas: Atlas, side: str) -> None:
    assert "lung_interscapular" in at_landmark(atlas, "interscapular", side, "back")
    assert "lung_posterior" in at_landmark(atlas, "mid_back", side, "back")
    assert "sciatic_nerve" in at_landmark(atlas, "posterior_thigh", side, "back")
    assert "kidney" in at_landmark(atlas, "low_back", side, "back")
    assert "popliteal_fossa" in at_landmark(atlas, "posterior_knee", side, "back")
    assert "femoral_bundle" in at_landmark(atlas, "groin", side, "front")
    assert "median_nerve" in at_landmark(atlas, "cubital_fossa", side, "front")
    assert "lung_anterior" in at_landmark(atlas, "anterior_chest", side, "front")
    # the anterior neck, between the throat and the angle of the jaw: the carotid sheath
    assert "carotid_sheath" in ids_at(atlas, "front", *midpoint(
        atlas, ("throat", None), ("jaw_angle", side), "front"))
    # midway between C7 and the top of the shoulder (upper trapezius): the lung apex
    assert "lung_apex" in ids_at(atlas, "back", *midpoint(
        atlas, ("c7", None), ("top_of_shoulder", side), "back"))
    # the groove between the medial epicondyle and the olecranon: the ulnar nerve
    assert "ulnar_nerve" in ids_at(atlas, "back", *midpoint(
        atlas, ("medial_epicondyle", side), ("olecranon", side), "back"))
    # below the occiput toward the mastoid: the suboccipital triangle
    assert "vertebral_artery" in ids_at(atlas, "back", *midpoint(
        atlas, ("occiput", side), ("mastoid", side), "back"))


def test_the_calf_and_the_hand_lie_over_no_thorax_zone(atlas: Atlas) -> None:
    for side in ("right", "left"):
        assert not at_landmark(atlas, "calf", side, "back") & set(THORAX)
        assert at_landmark(atlas, "calf", side, "back") == set()
        assert at_landmark(atlas, "dorsal_hand", side, "back") == set()
    assert ids_at(atlas, "back", 10, 10) == set()  # outside the body


def test_the_abdomen_is_one_zone_across_the_midline(atlas: Atlas) -> None:
    for mark, side in (("umbilicus", None), ("upper_abdomen", "right"),
                       ("lower_abdomen", "left")):
        zones = [z for z in atlas.cautions_at("front", atlas.landmark(mark, side).x,
                                              atlas.landmark(mark, side).y)
                 if z.id == "abdominal_cavity"]
        assert [z.side for z in zones] == ["midline"]


def test_each_side_answers_its_own_mirrored_zone(atlas: Atlas) -> None:
    for view, mark in (("back", "interscapular"), ("back", "posterior_thigh"),
                       ("front", "groin"), ("front", "cubital_fossa")):
        right = atlas.cautions_at(view, *_xy(atlas, mark, "right", view))
        left = atlas.cautions_at(view, *_xy(atlas, mark, "left", view))
        assert {z.side for z in right} == {"right"} and {z.side for z in left} == {"left"}
        assert [z.id for z in right] == [z.id for z in left]
        assert [z.max_depth_mm for z in right] == [z.max_depth_mm for z in left]


def _xy(atlas: Atlas, mark: str, side: str, view: str) -> tuple[float, float]:
    m = atlas.landmark(mark, side, view=view)
    return m.x, m.y


def test_every_depth_has_its_kind_and_a_named_source(atlas: Atlas) -> None:
    with_depth = [z for z in atlas.cautions if z.max_depth_mm is not None]
    assert with_depth, "the layer carries the published depths"
    for z in with_depth:
        assert z.depth_kind in ("recommended_max", "typical_depth_to_structure")
        assert 0 < z.max_depth_mm < 150
        assert "(20" in z.source  # author (year) ...
    for z in atlas.cautions:
        if z.max_depth_mm is None:
            assert z.depth_kind is None and "No published depth" in z.source
    interscapular = atlas.cautions_at("back", *_xy(atlas, "interscapular", "right", "back"))
    assert [(z.max_depth_mm, z.depth_kind) for z in interscapular] == [
        (17.0, "recommended_max")]
    assert "Seol SJ" in interscapular[0].source and "Rehabilitation Medicine" in \
        interscapular[0].source


def test_an_atlas_without_a_caution_layer_loads_empty(mini_atlas_dir: Path) -> None:
    mini = Atlas.load(mini_atlas_dir, check=False)  # a small atlas, not a whole body
    assert mini.cautions == ()
    assert mini.cautions_at("front", 30, 30) == []
    with pytest.raises(ValueError, match="unknown view 'side'"):
        mini.cautions_at("side", 30, 30)


def test_cli_cautions_at_json(atlas: Atlas, capsys: pytest.CaptureFixture[str]) -> None:
    x, y = _xy(atlas, "interscapular", "left", "back")
    assert main(["atlas", "cautions-at", "back", str(x), str(y), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [set(r) for r in rows] == [{"id", "name", "side", "max_depth_mm", "source"}]
    assert rows[0]["id"] == "lung_interscapular" and rows[0]["side"] == "left"
    assert rows[0]["max_depth_mm"] == 17.0
    x, y = _xy(atlas, "posterior_thigh", "right", "back")
    assert main(["atlas", "cautions-at", "back", str(x), str(y), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["max_depth_mm"]) for r in rows] == [("sciatic_nerve", None)]


def test_cli_cautions_at_in_words(atlas: Atlas, capsys: pytest.CaptureFixture[str]) -> None:
    x, y = _xy(atlas, "interscapular", "right", "back")
    assert main(["atlas", "cautions-at", "back", str(x), str(y)]) == 0
    out = capsys.readouterr().out
    assert "(right): 17 mm (recommended max)" in out and "source: Seol SJ" in out
    assert main(["atlas", "cautions-at", "back", "292", "770"]) == 0
    assert capsys.readouterr().out == "no caution zone here\n"
    assert main(["atlas", "cautions-at", "back", "600", "10"]) == 2
    assert "outside the back view" in capsys.readouterr().err


def test_render_draws_the_layer_hatched(atlas: Atlas, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, qGray

    plain, hatched = tmp_path / "plain.png", tmp_path / "cautions.png"
    assert main(["atlas", "render", "back", "--scale", "2", "--png", str(plain)]) == 0
    assert main(["atlas", "render", "back", "--scale", "2", "--cautions",
                 "--png", str(hatched)]) == 0
    a, b = QImage(str(plain)), QImage(str(hatched))
    mark = atlas.landmark("interscapular", "right", view="back")
    # Along a row through the zone the hatch lines are dark stripes with a light wash between
    # them: legible in greyscale, and unlike the solid or stippled referral zones.
    row = round(mark.y * 2)
    darkening = [qGray(a.pixel(x, row)) - qGray(b.pixel(x, row))
                 for x in range(256 * 2, 286 * 2)]
    lines = [d for d in darkening if d > 60]
    between = [d for d in darkening if d <= 30]
    assert len(lines) >= 8 and len(between) >= 8
    calf = atlas.landmark("calf", "right", view="back")
    assert a.pixel(round(calf.x * 2), round(calf.y * 2)) == \
        b.pixel(round(calf.x * 2), round(calf.y * 2))
