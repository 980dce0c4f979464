"""A corrupt or malformed asset gives a clear message naming file, record and fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas, AtlasError
from dn_bodymap.cli import main
from tests.conftest import edit_json


def _first_muscle(doc: dict) -> dict:
    return next(f for f in doc["features"] if f["properties"]["kind"] == "muscle")


def _first_zone(doc: dict) -> dict:
    return doc["features"][0]["properties"]


def _zone(doc: dict, fid: str) -> dict:
    return next(f["properties"] for f in doc["features"] if f["id"] == fid)


CORRUPTIONS = [
    ("truncated JSON", "atlas/front.geojson",
     lambda p: p.write_text(p.read_text()[:5000]), r"front\.geojson: not valid JSON \(line"),
    ("missing file", "atlas/landmarks.json", lambda p: p.unlink(),
     r"landmarks\.json: file not found"),
    ("unknown layer", "atlas/back.geojson",
     lambda p: edit_json(p, lambda d: _first_muscle(d)["properties"].update(layer="middling")),
     r"back\.geojson, feature back/right/\w+: layer 'middling' is not one of superficial"),
    ("missing side", "atlas/front.geojson",
     lambda p: edit_json(p, lambda d: _first_muscle(d)["properties"].pop("side")),
     r"front\.geojson, feature front/right/\w+: side None is not one of right, left"),
    ("point for a polygon", "atlas/front.geojson",
     lambda p: edit_json(p, lambda d: _first_muscle(d).update(
         geometry={"type": "Point", "coordinates": [1, 2]})),
     r"front\.geojson, feature front/right/\w+: geometry should be a Polygon"),
    ("newer format", "atlas/manifest.json",
     lambda p: edit_json(p, lambda d: d.update(format_version=99)),
     r"manifest\.json: format_version 99 is not supported"),
    ("landmark x not a number", "atlas/landmarks.json",
     lambda p: edit_json(p, lambda d: d["landmarks"][0].update(x="left a bit")),
     r"landmarks\.json, landmark '\w+' \(#1\): 'x' should be"),
    ("caution depth not a number", "atlas/cautions.geojson",
     lambda p: edit_json(p, lambda d: _first_zone(d).update(max_depth_mm="deep")),
     r"cautions\.geojson, zone front/right/lung_apex: 'max_depth_mm' should be a number"),
    ("caution side unknown", "atlas/cautions.geojson",
     lambda p: edit_json(p, lambda d: _first_zone(d).update(side="middle")),
     r"cautions\.geojson, zone \S+: side 'middle' is not one of right, left, midline"),
    ("caution without a source", "atlas/cautions.geojson",
     lambda p: edit_json(p, lambda d: _first_zone(d).pop("source")),
     r"cautions\.geojson, zone \S+: missing 'source'"),
    ("unknown muscle", "atlas/muscles.json",
     lambda p: edit_json(p, lambda d: d["muscles"].pop(0)),
     r"is not in the muscle list"),
]


@pytest.mark.parametrize("what, rel, corrupt, message", CORRUPTIONS,
                         ids=[c[0] for c in CORRUPTIONS])
def test_malformed_asset_is_named(assets_copy: Path, what: str, rel: str, corrupt,
                                  message: str) -> None:
    corrupt(assets_copy / rel)
    with pytest.raises(AtlasError, match=message):
        Atlas.load(assets_copy)


@pytest.mark.parametrize("what, rel, corrupt, message", CORRUPTIONS[:3],
                         ids=[c[0] for c in CORRUPTIONS[:3]])
def test_cli_says_one_line_and_exits_2(assets_copy: Path, capsys: pytest.CaptureFixture[str],
                                       what: str, rel: str, corrupt, message: str) -> None:
    corrupt(assets_copy / rel)
    code = main(["atlas", "--assets", str(assets_copy), "muscles", "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("dn-bodymap: ")
    assert "Traceback" not in err


def test_overlapping_regions_fail_the_checks(assets_copy: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    # Give the right pectoralis major the geometry of the right deltoid: same layer, overlap.
    def swap(doc: dict) -> None:
        feats = {f["id"]: f for f in doc["features"]}
        feats["front/right/pectoralis_major"]["geometry"] = feats["front/right/deltoid"]["geometry"]

    edit_json(assets_copy / "atlas/front.geojson", swap)
    with pytest.raises(AtlasError, match="fails its checks"):
        Atlas.load(assets_copy)
    code = main(["atlas", "--assets", str(assets_copy), "validate"])
    out = capsys.readouterr().out
    assert code == 2
    assert "FAIL layers_do_not_overlap" in out
    assert "pectoralis_major (right) overlap" in out or "overlap by" in out
    assert "FAIL left_mirrors_right" in out  # the left pectoralis no longer mirrors the right


def test_landmark_moved_across_the_midline_fails_laterality(assets_copy: Path) -> None:
    def move(doc: dict) -> None:
        mark = next(m for m in doc["landmarks"] if m["id"] == "calf" and m["side"] == "right")
        mark["x"] = 500 - mark["x"]

    edit_json(assets_copy / "atlas/landmarks.json", move)
    atlas = Atlas.load(assets_copy, check=False)
    from dn_bodymap.atlas.validate import sides_follow_anatomical_position

    assert any("calf (right) lies on the wrong half of the back view" in p
               for p in sides_follow_anatomical_position(atlas))


def test_bundled_assets_carry_the_digest_of_what_passed_the_checks() -> None:
    from dn_bodymap.atlas import loader
    from dn_bodymap.atlas.conventions import bundled_assets_dir

    root = bundled_assets_dir()
    manifest = loader.load_manifest(root)
    assert manifest[loader.DIGEST_KEY] == loader.content_digest(root, manifest)


def test_an_edit_that_keeps_the_json_valid_still_meets_the_checks(assets_copy: Path) -> None:
    # Move one landmark far outside the body: well-formed JSON, wrong data. The digest no
    # longer matches, so the named checks run and catch it.
    def move(doc: dict) -> None:
        doc["landmarks"][0]["x"] = 2.0

    edit_json(assets_copy / "atlas/landmarks.json", move)
    with pytest.raises(AtlasError, match="fails its checks"):
        Atlas.load(assets_copy)


@pytest.mark.parametrize("change, check, message", [
    ({"max_depth_mm": 400}, "caution_depths_sourced_and_plausible", "400 mm is implausible"),
    ({"max_depth_mm": -5}, "caution_depths_sourced_and_plausible", "-5 mm is implausible"),
    ({"depth_kind": None}, "caution_depths_sourced_and_plausible", "needs a depth_kind"),
    ({"source": " "}, "caution_depths_sourced_and_plausible", "without a source"),
    ({"id": "Lung Apex"}, "caution_ids_and_texts", "is not snake_case"),
])
def test_a_bad_caution_zone_fails_the_named_checks(assets_copy: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   change: dict, check: str,
                                                   message: str) -> None:
    # Well-formed JSON, wrong data: the digest no longer matches and the checks catch it,
    # at load and in `atlas validate`, naming the zone.
    edit_json(assets_copy / "atlas/cautions.geojson",
              lambda d: _zone(d, "back/right/lung_interscapular").update(change))
    with pytest.raises(AtlasError, match="fails its checks"):
        Atlas.load(assets_copy)
    assert main(["atlas", "--assets", str(assets_copy), "validate"]) == 2
    out = capsys.readouterr().out
    assert f"FAIL {check}" in out and message in out


def test_a_caution_zone_moved_off_the_body_or_unmirrored_fails(assets_copy: Path,
                                                              capsys) -> None:
    def move(doc: dict) -> None:
        feat = next(f for f in doc["features"] if f["id"] == "back/left/kidney")
        feat["geometry"]["coordinates"] = [[[x - 200, y] for x, y in ring]
                                           for ring in feat["geometry"]["coordinates"]]

    edit_json(assets_copy / "atlas/cautions.geojson", move)
    assert main(["atlas", "--assets", str(assets_copy), "validate"]) == 2
    out = capsys.readouterr().out
    assert "caution back/left/kidney lies" in out and "outside the body" in out
    assert "caution back/left/kidney is not the mirror image of the right" in out


def test_the_digest_covers_the_caution_layer(assets_copy: Path) -> None:
    # Else an edited cautions file would load unchecked on the strength of an old digest.
    from dn_bodymap.atlas import loader

    manifest = loader.load_manifest(assets_copy)
    before = loader.content_digest(assets_copy, manifest)
    assert before == manifest[loader.DIGEST_KEY]
    edit_json(assets_copy / "atlas/cautions.geojson",
              lambda d: _zone(d, "back/right/kidney").update(name="Kidney (edited)"))
    assert loader.content_digest(assets_copy, manifest) != before
