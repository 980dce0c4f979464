"""Head, jaw and neck (issue 15): the added muscles, the scalenes split in three and found at
their classic site, and the completed patterns.

Every point is taken from a named landmark and offset a few view units. Front view: the
patient's right lies at x < 250, so "toward the midline" is +x on the right and -x on the
left; back view the other way round. Each check runs on both sides.
"""

from __future__ import annotations

import pytest
import shapely

from dn_bodymap.atlas import Atlas

SIDES = ["right", "left"]
MIDLINE = {"throat", "hyoid", "chin", "c2", "c5", "c7", "t6"}
SCALENES = ["anterior_scalene", "middle_scalene", "posterior_scalene"]
# Each scalene's site in the posterior triangle, ~2-3 cm above the clavicle behind the SCM's
# clavicular head: offsets (toward the midline, down) from the posterior_triangle landmark.
SCALENE_SITES = {"anterior_scalene": (6, 0), "middle_scalene": (0, 0),
                 "posterior_scalene": (-7, 3)}


def point(atlas: Atlas, view: str, landmark: str, side: str, medial: float = 0.0,
          down: float = 0.0) -> tuple[float, float]:
    """A landmark of ``side`` moved ``medial`` units toward the midline and ``down``."""
    m = atlas.landmark(landmark, None if landmark in MIDLINE else side, view)
    toward_midline = 1 if (view == "front") == (side == "right") else -1
    return m.x + toward_midline * medial, m.y + down


def at(atlas: Atlas, view: str, landmark: str, side: str, medial: float = 0.0,
       down: float = 0.0) -> list[tuple[str, str]]:
    """(muscle, layer) of ``side`` under the point, superficial first."""
    x, y = point(atlas, view, landmark, side, medial, down)
    regions = atlas.muscles_at(view, x, y)
    assert all(r.side == side for r in regions), f"{landmark}: a region of the other side"
    return [(r.muscle, r.layer) for r in regions]


def covered(atlas: Atlas, muscle: str, side: str = "right",
            at_site: tuple[str, float, float] | None = None) -> tuple[list[str], list[str]]:
    c = atlas.landmarks_covered(muscle, side, at_site)
    return c["essential"], c["essential"] + c["spillover"]


# --- scalenes: three muscles, each first at its classic site -------------------------------

@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("muscle", SCALENES)
def test_each_scalene_answers_first_at_its_site(atlas: Atlas, muscle: str, side: str) -> None:
    medial, down = SCALENE_SITES[muscle]
    hits = at(atlas, "front", "posterior_triangle", side, medial, down)
    # nothing superficial over the posterior triangle: no trapezius, SCM or platysma band
    assert hits and hits[0] == (muscle, "intermediate"), hits
    assert not {m for m, _ in hits} & {"upper_trapezius", "sternocleidomastoid", "platysma"}


@pytest.mark.parametrize("side", SIDES)
def test_scalenes_run_front_to_back_behind_the_scm(atlas: Atlas, side: str) -> None:
    mid = atlas.midline_x
    centre = {m: shapely.union_all([r.geometry for r in atlas.regions_of(m) if r.side == side
                                    and r.view == "front"]).centroid for m in SCALENES}
    dist = [abs(centre[m].x - mid) for m in SCALENES]
    assert dist[0] < dist[1] < dist[2], dist  # anterior nearest the midline
    clavicle = atlas.landmark("clavicle", side, "front")
    assert all(c.y < clavicle.y for c in centre.values())  # above the clavicle


def test_the_scalenes_id_is_retired_from_regions_and_patterns(atlas: Atlas) -> None:
    assert "scalenes" not in atlas.muscles
    assert not atlas.regions_of("scalenes")
    assert all(p.muscle != "scalenes" for p in atlas.referrals.patterns)
    for m in SCALENES:
        assert atlas.muscles[m].name == m.split("_")[0].capitalize() + " scalene"


@pytest.mark.parametrize("side", SIDES)
def test_top_of_the_shoulder_stays_upper_trapezius(atlas: Atlas, side: str) -> None:
    assert at(atlas, "front", "top_of_shoulder", side)[0][0] == "upper_trapezius"
    # and the front-view trapezius is only the edge of the neck: not 6 units in from it
    assert "upper_trapezius" not in dict(at(atlas, "front", "posterior_triangle", side, -4))


@pytest.mark.parametrize("muscle", SCALENES)
def test_each_scalene_refers_to_chest_arm_hand_and_scapula(atlas: Atlas, muscle: str) -> None:
    essential, anywhere = covered(atlas, muscle)
    assert {"anterior_chest", "anterior_arm", "medial_border_scapula", "thumb_base"} <= set(
        essential)
    assert "index_finger" in anywhere
    assert not {"temple", "occiput", "low_back"} & set(anywhere)
    (p,) = atlas.referrals.patterns_of(muscle, "right")
    assert "ch. 20" in p.source


# --- platysma, orbicularis oculi, buccinator, longus colli ----------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_platysma_on_the_front_of_the_neck_and_over_the_clavicle(atlas: Atlas,
                                                                 side: str) -> None:
    assert at(atlas, "front", "throat", side, -8)[0] == ("platysma", "superficial")
    assert at(atlas, "front", "clavicle", side, 14)[0] == ("platysma", "superficial")
    # the throat itself and the SCM's ground stay theirs
    assert "platysma" not in dict(at(atlas, "front", "throat", side))
    essential, anywhere = covered(atlas, "platysma", side)
    assert "lower_jaw" in essential
    assert not {"anterior_chest", "posterior_neck", "temple"} & set(anywhere)


@pytest.mark.parametrize("side", SIDES)
def test_orbicularis_oculi_rings_the_eye(atlas: Atlas, side: str) -> None:
    assert at(atlas, "front", "eyebrow", side, 0, 1)[0] == ("orbicularis_oculi", "superficial")
    assert at(atlas, "front", "eye", side, 0, 7)[0] == ("orbicularis_oculi", "superficial")
    assert at(atlas, "front", "eye", side) == []  # the eye itself is not a needling region
    assert at(atlas, "front", "temple", side)[0][0] == "temporalis"
    essential, anywhere = covered(atlas, "orbicularis_oculi", side)
    assert "eye" in essential
    assert not {"upper_teeth", "temple", "forehead"} & set(anywhere)


@pytest.mark.parametrize("side", SIDES)
def test_buccinator_lies_deep_in_the_cheek(atlas: Atlas, side: str) -> None:
    hits = at(atlas, "front", "upper_teeth", side, -6)
    assert hits[0] == ("zygomaticus_major", "superficial")
    assert ("buccinator", "deep") in hits
    assert "buccinator" not in dict(at(atlas, "front", "tmj", side))


@pytest.mark.parametrize("side", SIDES)
def test_longus_colli_deep_beside_the_trachea(atlas: Atlas, side: str) -> None:
    hits = at(atlas, "front", "throat", side, -7)
    assert ("longus_colli", "deep") in hits and hits[0][1] == "superficial"
    assert "longus_colli" not in dict(at(atlas, "front", "posterior_triangle", side))


def test_muscles_without_a_verified_pattern_say_so(atlas: Atlas) -> None:
    for muscle in ("buccinator", "longus_colli"):
        assert not atlas.referrals.patterns_of(muscle, "right"), muscle


# --- digastric: the old id keeps working, each belly has its own pattern ---------------------

@pytest.mark.parametrize("side", SIDES)
def test_digastric_posterior_belly_below_the_jaw_angle(atlas: Atlas, side: str) -> None:
    x, y = point(atlas, "front", "jaw_angle", side, 9, 20)
    assert atlas.muscles_at("front", x, y)[0].muscle == "digastric"
    posterior = atlas.referral("digastric", side, at=("front", x, y))
    assert posterior.id == "digastric_posterior"
    essential, anywhere = covered(atlas, "digastric", side, ("front", x, y))
    assert "mastoid" in essential and "occiput" in anywhere
    assert "lower_teeth" not in anywhere
    cx, cy = point(atlas, "front", "chin", side, -8)
    assert atlas.referral("digastric", side, at=("front", cx, cy)).id == "digastric"
    assert "lower_teeth" in covered(atlas, "digastric", side, ("front", cx, cy))[0]


# --- back of the neck: semispinalis cervicis, multifidus and rotatores -----------------------

@pytest.mark.parametrize("side", SIDES)
def test_semispinalis_cervicis_beside_the_cervical_spine(atlas: Atlas, side: str) -> None:
    hits = at(atlas, "back", "c5", side, -13, -7)  # C4-C5, lateral to the multifidus
    assert ("semispinalis_cervicis", "deep") in hits
    assert ("semispinalis_capitis", "intermediate") in hits
    assert "semispinalis_cervicis" not in dict(at(atlas, "back", "t6", side, -13))
    essential, anywhere = covered(atlas, "semispinalis_cervicis", side)
    assert {"occiput", "posterior_neck"} <= set(essential)
    assert "medial_border_scapula" in anywhere and "temple" not in anywhere


@pytest.mark.parametrize("side", SIDES)
def test_multifidus_and_rotatores_has_a_cervical_site(atlas: Atlas, side: str) -> None:
    assert atlas.muscles["multifidus"].name == "Multifidus and rotatores"
    x, y = point(atlas, "back", "c5", side, -6.5, -7)
    assert ("multifidus", "deep") in [(r.muscle, r.layer) for r in atlas.muscles_at("back", x, y)]
    cervical = atlas.referral("multifidus", side, at=("back", x, y))
    assert cervical.id == "multifidus_cervical"
    essential, anywhere = covered(atlas, "multifidus", side, ("back", x, y))
    assert {"occiput", "posterior_neck"} <= set(essential)
    assert not {"sacrum", "coccyx", "low_back"} & set(anywhere)


# --- completed patterns ------------------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_medial_pterygoid_spares_the_teeth(atlas: Atlas, side: str) -> None:
    essential, anywhere = covered(atlas, "medial_pterygoid", side)
    assert "ear" in essential
    assert not {"lower_teeth", "upper_teeth"} & set(anywhere)


@pytest.mark.parametrize("side", SIDES)
def test_pain_finder_at_the_temple_lists_the_sternocleidomastoid(atlas: Atlas,
                                                                 side: str) -> None:
    hits = atlas.muscles_referring_to_landmark("temple", side)
    assert "sternocleidomastoid" in {h.muscle for h in hits}
    assert all(h.side == side for h in hits)


@pytest.mark.parametrize("side", SIDES)
def test_posterior_scalene_shows_at_the_lateral_neck_from_behind(atlas: Atlas,
                                                                 side: str) -> None:
    hits = at(atlas, "back", "angle_of_neck", side, 0, -12)
    assert hits[0][1] != "deep"  # under the levator scapulae / trapezius edge
    assert ("posterior_scalene", "deep") in hits
    assert "posterior_scalene" not in dict(at(atlas, "back", "posterior_neck", side))
