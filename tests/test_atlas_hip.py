"""Pelvis, hip and thigh (issue 15): the short external rotators below the piriformis, a
front-view gluteus minimus, the intrapelvic site of the adductor magnus, the hamstrings at the
posterior thigh, and the pelvic floor left out on purpose.

Points are taken from landmarks (greater trochanter, buttock, gluteal fold, iliac crest) and
checked on both sides: the left is the mirror of the right.
"""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas_build import catalogue

SIDES = ["right", "left"]
SHORT_ROTATORS = ["obturator_internus", "gemelli", "quadratus_femoris"]


def between(atlas: Atlas, a: str, b: str, side: str, view: str, t: float,
            dx: float = 0.0, dy: float = 0.0) -> tuple[float, float]:
    """The point a fraction ``t`` of the way from landmark ``a`` to ``b`` (offsets lateral
    positive, in view units)."""
    p, q = atlas.landmark(a, side, view), atlas.landmark(b, side, view)
    lateral = 1 if (view == "back") == (side == "right") else -1
    return p.x + t * (q.x - p.x) + lateral * dx, p.y + t * (q.y - p.y) + dy


def muscles(atlas: Atlas, view: str, point: tuple[float, float], side: str,
            layer: str | None = None) -> list[str]:
    regions = atlas.muscles_at(view, *point)
    assert all(r.side == side for r in regions), "a region of the other side"
    return [r.muscle for r in regions if layer is None or r.layer == layer]


def below_trochanter_line(atlas: Atlas, side: str, t: float, dy: float) -> list[str]:
    """Back view, ``dy`` below the line from the sacroiliac joint to the greater trochanter."""
    return muscles(atlas, "back", between(atlas, "sacroiliac_joint", "greater_trochanter", side,
                                          "back", t, dy=dy), side)


@pytest.mark.parametrize("side", SIDES)
def test_short_rotators_lie_deep_below_the_piriformis_in_order(atlas: Atlas,
                                                                side: str) -> None:
    # The buttock landmark is on the piriformis; below it, under the gluteus maximus, come the
    # gemelli with the obturator internus between them, then the quadratus femoris, all above
    # the gluteal fold (the hamstring origin).
    buttock = atlas.landmark("buttock", side, "back")
    column = [muscles(atlas, "back", (buttock.x + (4 if side == "right" else -4), buttock.y + d),
                      side) for d in (0, 9, 17, 38)]
    assert column[0] == ["gluteus_maximus", "piriformis"]
    assert column[1] == ["gluteus_maximus", "gemelli"]
    assert column[2] == ["gluteus_maximus", "obturator_internus"]
    assert column[3] == ["gluteus_maximus", "quadratus_femoris"]
    fold = atlas.landmark("gluteal_fold", side, "back")
    assert not set(SHORT_ROTATORS) & set(muscles(atlas, "back", (fold.x, fold.y + 6), side))


@pytest.mark.parametrize("side", SIDES)
def test_short_rotators_reach_the_greater_trochanter_but_not_the_sacrum(atlas: Atlas,
                                                                         side: str) -> None:
    near_trochanter = below_trochanter_line(atlas, side, 0.9, 6)
    assert "obturator_internus" in near_trochanter
    assert near_trochanter[-1] in {"obturator_internus", "gemelli"}
    sacrum = atlas.landmark("sacrum", None, "back")
    for dy in (0, 20, 35):
        beside = muscles(atlas, "back", (sacrum.x + (6 if side == "right" else -6),
                                         sacrum.y + dy), side)
        assert not set(SHORT_ROTATORS) & set(beside)


@pytest.mark.parametrize("side", SIDES)
def test_front_gluteus_minimus_lies_under_the_tfl_and_gluteus_medius(atlas: Atlas,
                                                                      side: str) -> None:
    # Its anterior part, below the iliac crest and above the greater trochanter, deep.
    under_medius = muscles(atlas, "front", between(atlas, "iliac_crest", "greater_trochanter",
                                                   side, "front", 0.6), side)
    assert under_medius == ["gluteus_medius", "gluteus_minimus"]
    under_tfl = muscles(atlas, "front", between(atlas, "iliac_crest", "greater_trochanter",
                                                side, "front", 0.7, dx=-12), side)
    assert under_tfl[0] == "tensor_fasciae_latae" and under_tfl[-1] == "gluteus_minimus"
    assert {r.layer for r in atlas.regions_of("gluteus_minimus", side, "front")} == {"deep"}
    # not down the thigh, nor over the iliac crest
    assert "gluteus_minimus" not in muscles(atlas, "front", between(
        atlas, "greater_trochanter", "lateral_thigh", side, "front", 0.4, dx=-6), side)
    assert "gluteus_minimus" not in muscles(atlas, "front", between(
        atlas, "iliac_crest", "greater_trochanter", side, "front", -0.2), side)


@pytest.mark.parametrize("side", SIDES)
def test_anterior_gluteus_minimus_pattern_has_a_front_site(atlas: Atlas, side: str) -> None:
    x, y = between(atlas, "iliac_crest", "greater_trochanter", side, "front", 0.6)
    pattern = atlas.referral("gluteus_minimus", side, ("front", x, y))
    assert pattern.id == "gluteus_minimus_anterior"
    covered = atlas.landmarks_covered("gluteus_minimus", side, ("front", x, y))
    assert {"lateral_thigh", "lateral_knee", "lateral_leg"} <= set(covered["essential"])
    assert "lateral_ankle" in covered["spillover"]
    assert "dorsal_foot" not in covered["essential"] + covered["spillover"]


@pytest.mark.parametrize("muscle", ["gemelli", "quadratus_femoris"])
def test_gemelli_and_quadratus_femoris_show_the_piriformis_pattern_and_say_so(
        atlas: Atlas, muscle: str) -> None:
    for side in SIDES:
        assert atlas.landmarks_covered(muscle, side) == atlas.landmarks_covered("piriformis",
                                                                               side)
    (pattern,) = atlas.referrals.patterns_of(muscle, "right")
    assert "piriformis" in pattern.description and "ch. 10" in pattern.source
    assert pattern.frequency == 1


@pytest.mark.parametrize("side", SIDES)
def test_obturator_internus_refers_to_the_anococcygeal_region(atlas: Atlas,
                                                               side: str) -> None:
    covered = atlas.landmarks_covered("obturator_internus", side)
    assert {"coccyx", "anococcygeal_region"} <= set(covered["essential"])
    assert "gluteal_fold" in covered["spillover"]
    everything = covered["essential"] + covered["spillover"]
    for far in ("greater_trochanter", "iliac_crest", "posterior_knee", "groin"):
        assert far not in everything
    hits = atlas.muscles_referring_to_landmark("anococcygeal_region")
    assert ("obturator_internus", side) in {(h.muscle, h.side) for h in hits}


@pytest.mark.parametrize("side", SIDES)
def test_adductor_magnus_intrapelvic_site(atlas: Atlas, side: str) -> None:
    # The proximal trigger point, near the ischial tuberosity below the gluteal fold, sends
    # pain inside the pelvis: shown over the pubic symphysis and at the anococcygeal region.
    fold = atlas.landmark("gluteal_fold", side, "back")
    medial = -1 if side == "right" else 1
    x, y = fold.x + medial * 24, fold.y + 12
    assert "adductor_magnus" in muscles(atlas, "back", (x, y), side, "superficial")
    pattern = atlas.referral("adductor_magnus", side, ("back", x, y))
    assert pattern.id == "adductor_magnus_intrapelvic"
    covered = atlas.landmarks_covered("adductor_magnus", side, ("back", x, y))
    assert set(covered["essential"]) == {"pubic_symphysis", "anococcygeal_region"}
    assert "pelvis" in pattern.description and "ch. 15" in pattern.source
    for midline in ("pubic_symphysis", "anococcygeal_region"):
        hits = atlas.muscles_referring_to_landmark(midline)
        assert ("adductor_magnus", side) in {(h.muscle, h.side) for h in hits}
    # the mid-thigh site still refers to the groin and inner thigh, not into the pelvis
    mid = atlas.landmark("medial_thigh", side, "front")
    mid_covered = atlas.landmarks_covered("adductor_magnus", side, ("front", mid.x, mid.y + 27))
    assert "groin" in mid_covered["essential"]
    assert "pubic_symphysis" not in mid_covered["essential"] + mid_covered["spillover"]


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("muscle", ["semitendinosus", "semimembranosus"])
def test_medial_hamstrings_answer_the_posterior_thigh(atlas: Atlas, side: str,
                                                      muscle: str) -> None:
    found = {h.muscle for h in atlas.muscles_referring_to_landmark("posterior_thigh", side)}
    assert muscle in found
    assert muscle in {h.muscle for h in atlas.muscles_referring_to_landmark("gluteal_fold",
                                                                           side)}
    covered = atlas.landmarks_covered(muscle, side)
    assert covered["essential"] == ["gluteal_fold"]
    assert "lateral_thigh" not in covered["spillover"]
    assert "lateral_knee" not in covered["spillover"]


def test_obturator_internus_note_says_where_it_is_reached() -> None:
    note = catalogue.NOTES["obturator_internus"]
    assert "per vaginam" in note.text and "ch. 6" in note.source


def test_pelvic_floor_is_left_out_with_its_reason() -> None:
    (entry,) = [o for o in catalogue.OMITTED if "Levator ani" in o.name]
    assert "coccygeus" in entry.name
    assert "per rectum" in entry.why and "ch. 6" in entry.source


def test_pelvic_floor_has_no_region(atlas: Atlas) -> None:
    assert not {"levator_ani", "coccygeus"} & set(atlas.muscles)
