"""Trunk and shoulder (issue 15): the muscles added, the regions corrected and the patterns
completed, checked at named landmarks on both sides (the left is the mirror of the right).

Offsets are in view units and always lateral for the side (front view: the patient's right is
at x < 250; back view: at x > 250).
"""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas_build.catalogue import NOTES, OMITTED

SIDES = ["right", "left"]
MIDLINE = {"c7", "t3", "t4", "t6", "t7", "t12", "l2", "sacrum", "sternum", "umbilicus",
           "pubic_symphysis"}


def at(atlas: Atlas, side: str, view: str, landmark: str, dx: float = 0.0, dy: float = 0.0,
       layer: str | None = None) -> list[str]:
    """Muscles of ``side`` at ``dx`` units lateral (and ``dy`` down) from a landmark."""
    m = atlas.landmark(landmark, None if landmark in MIDLINE else side, view)
    lateral = -1 if view == "front" else 1
    sign = lateral if side == "right" else -lateral
    regions = atlas.muscles_at(view, m.x + sign * dx, m.y + dy)
    assert all(r.side == side for r in regions), f"{landmark}: a region of the other side"
    return [r.muscle for r in regions if layer is None or r.layer == layer]


def site_of(atlas: Atlas, pattern_id: str, side: str) -> tuple[str, float, float]:
    pattern = next(p for p in atlas.referrals.patterns if p.id == pattern_id and p.side == side)
    s = pattern.sites[0]
    return (s.view, s.x, s.y)


def covered(atlas: Atlas, pattern_id: str, muscle: str, side: str) -> dict[str, list[str]]:
    return atlas.landmarks_covered(muscle, side, at=site_of(atlas, pattern_id, side))


def referring(atlas: Atlas, landmark: str, side: str | None) -> list[str]:
    return [h.muscle for h in atlas.muscles_referring_to_landmark(landmark, side)]


# --- missing muscles -----------------------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_intercostals_lie_deep_in_the_lateral_and_anterior_chest(atlas: Atlas, side: str) -> None:
    lateral = at(atlas, side, "front", "lateral_chest")
    assert "intercostals" in lateral
    assert lateral[0] != "intercostals"  # serratus anterior lies over them
    assert "intercostals" in at(atlas, side, "front", "anterior_chest", layer="deep")
    assert "intercostals" not in at(atlas, side, "front", "upper_abdomen")
    assert "intercostals" not in at(atlas, side, "front", "lower_abdomen")
    # on the back, below the scapula and lateral to the rib angles, under latissimus
    below_angle = at(atlas, side, "back", "inferior_angle_scapula", 15, 20)
    assert below_angle[0] == "latissimus_dorsi" and "intercostals" in below_angle
    assert "intercostals" not in at(atlas, side, "back", "medial_border_scapula", 15)
    assert "intercostals" not in at(atlas, side, "back", "low_back", 20)


@pytest.mark.parametrize("side", SIDES)
def test_intercostal_pain_stays_local_and_runs_forward(atlas: Atlas, side: str) -> None:
    zones = covered(atlas, "intercostals", "intercostals", side)
    assert "lateral_chest" in zones["essential"]
    hits = set(zones["essential"]) | set(zones["spillover"])
    assert not hits & {"mid_back", "interscapular", "medial_border_scapula", "axilla"}
    assert "intercostals" in referring(atlas, "lateral_chest", side)


@pytest.mark.parametrize("side", SIDES)
def test_upper_iliocostalis_runs_along_the_rib_angles(atlas: Atlas, side: str) -> None:
    # beside the spine at T4-T7 and at the root of the neck, lateral to the multifidus
    for level, dx in (("t6", 33), ("t7", 36), ("c7", 27)):
        assert "iliocostalis_cervicis" in at(atlas, side, "back", level, dx, layer="deep"), level
    # under the rhomboids: they answer first
    assert at(atlas, side, "back", "t6", 33)[0] != "iliocostalis_cervicis"
    assert "iliocostalis_cervicis" not in at(atlas, side, "back", "t6", 8)  # multifidus' groove
    assert "iliocostalis_cervicis" not in at(atlas, side, "back", "l2", 36)
    assert "iliocostalis_cervicis" in NOTES  # no cervicis pattern is published: said so


@pytest.mark.parametrize("side", SIDES)
def test_mid_thoracic_iliocostalis_refers_up_to_the_shoulder_and_to_the_chest_wall(
        atlas: Atlas, side: str) -> None:
    zones = covered(atlas, "iliocostalis_cervicis", "iliocostalis_cervicis", side)
    assert "medial_border_scapula" in zones["essential"]
    assert "lateral_chest" in zones["spillover"]
    assert not {"low_back", "buttock", "sacroiliac_joint"} & set(
        zones["essential"] + zones["spillover"])


@pytest.mark.parametrize("side", SIDES)
def test_thoracic_multifidus_site_refers_beside_the_mid_back_spine(
        atlas: Atlas, side: str) -> None:
    view, x, y = site_of(atlas, "multifidus_thoracic", side)
    t4, t7 = atlas.landmark("t4", None, "back"), atlas.landmark("t7", None, "back")
    assert t4.y < y < t7.y  # a site above T7
    assert "multifidus" in [r.muscle for r in atlas.muscles_at(view, x, y)]
    zones = covered(atlas, "multifidus_thoracic", "multifidus", side)
    assert "t6" in zones["essential"]
    assert not {"low_back", "sacrum", "coccyx", "l2"} & set(
        zones["essential"] + zones["spillover"])
    assert "multifidus" in referring(atlas, "t6", None)


@pytest.mark.parametrize("side", SIDES)
def test_pyramidalis_lies_over_the_lower_rectus_beside_the_midline(
        atlas: Atlas, side: str) -> None:
    just_above_pubis = at(atlas, side, "front", "pubic_symphysis", 5, -10)
    assert just_above_pubis[0] == "pyramidalis"  # over the rectus' lower end
    assert at(atlas, side, "front", "pubic_symphysis", 5, -45)[0] == "rectus_abdominis"
    assert "pyramidalis" not in at(atlas, side, "front", "lower_abdomen")
    assert "pyramidalis" not in at(atlas, side, "front", "umbilicus", 5, 10)
    zones = covered(atlas, "pyramidalis", "pyramidalis", side)
    assert "pubic_symphysis" in zones["essential"]
    assert not {"groin", "lower_abdomen", "iliac_crest"} & set(
        zones["essential"] + zones["spillover"])
    assert "pyramidalis" in referring(atlas, "pubic_symphysis", None)


def test_diaphragm_is_left_out_with_its_reason() -> None:
    entry = next(o for o in OMITTED if o.name == "Diaphragm")
    assert "lung" in entry.why and "ch. 45" in entry.source


# --- corrections ---------------------------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_deep_abdominal_wall_stops_at_the_inguinal_line(atlas: Atlas, side: str) -> None:
    for landmark, dx, dy in (("greater_trochanter", 0, 0), ("groin", 0, 0),
                             ("iliac_crest", -6, 26),  # below the ASIS, over TFL/sartorius
                             ("iliac_crest", -12, 40)):
        muscles = at(atlas, side, "front", landmark, dx, dy)
        assert "internal_oblique" not in muscles, (landmark, dx, dy)
        assert "transversus_abdominis" not in muscles, (landmark, dx, dy)
    below_asis = at(atlas, side, "front", "iliac_crest", -6, 26)
    assert below_asis[0] in {"tensor_fasciae_latae", "sartorius"}
    # still the lower lateral abdominal wall above it
    for muscle in ("internal_oblique", "transversus_abdominis"):
        assert muscle in at(atlas, side, "front", "iliac_crest", -20, -20)


@pytest.mark.parametrize("side", SIDES)
def test_sternalis_is_a_slim_strip_over_the_side_of_the_sternum(atlas: Atlas, side: str) -> None:
    (region,) = atlas.regions_of("sternalis", side, "front")
    minx, _, maxx, _ = region.geometry.bounds
    assert maxx - minx <= 6  # slim: a few units, not a prominent band
    assert "sternalis" in at(atlas, side, "front", "sternum", 6)
    assert "sternalis" not in at(atlas, side, "front", "sternum", 12)  # pectoralis major
    assert "5%" in NOTES["sternalis"].text and "ch. 44" in NOTES["sternalis"].source


@pytest.mark.parametrize("side", SIDES)
def test_subscapularis_is_reached_from_the_axilla_not_the_back(atlas: Atlas, side: str) -> None:
    assert "subscapularis" in at(atlas, side, "front", "axilla", 0, -8, layer="deep")
    assert not atlas.regions_of("subscapularis", side, "back")
    for dx, dy in ((0, 0), (15, -6), (35, 0)):
        assert "subscapularis" not in at(atlas, side, "back", "medial_border_scapula", dx, dy)
    assert "infraspinatus" in at(atlas, side, "back", "medial_border_scapula", 35)
    assert "axilla" in NOTES["subscapularis"].text and "ch. 26" in NOTES["subscapularis"].source
    assert "subscapularis" in referring(atlas, "posterior_shoulder", side)


@pytest.mark.parametrize("side", SIDES)
def test_teres_major_is_a_recognisable_belly_to_the_axillary_fold(
        atlas: Atlas, side: str) -> None:
    # from just above the inferior angle up and out toward the fold, several units deep
    for dx, dy in ((15, -4), (15, -12), (30, -14), (30, -20)):
        assert at(atlas, side, "back", "inferior_angle_scapula", dx, dy)[0] == "teres_major", (
            dx, dy)
    assert at(atlas, side, "back", "posterior_axillary_fold", 0, -6)[0] == "teres_major"
    # latissimus keeps the angle and the fold's lower edge; teres minor stays above
    assert at(atlas, side, "back", "inferior_angle_scapula")[0] == "latissimus_dorsi"
    assert at(atlas, side, "back", "posterior_axillary_fold")[0] == "latissimus_dorsi"
    teres_minor_site = site_of(atlas, "teres_minor", side)
    assert atlas.muscles_at(*teres_minor_site)[0].muscle == "teres_minor"


# --- patterns completed --------------------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_triceps_medial_head_refers_to_the_medial_epicondyle_and_ulnar_fingers(
        atlas: Atlas, side: str) -> None:
    zones = covered(atlas, "triceps_brachii_medial", "triceps_brachii", side)
    assert "medial_epicondyle" in zones["essential"]
    assert {"ring_finger", "little_finger"} <= set(zones["spillover"])
    assert not {"lateral_epicondyle", "thumb_base", "index_finger"} & set(
        zones["essential"] + zones["spillover"])
    assert "triceps_brachii" in referring(atlas, "medial_epicondyle", side)


@pytest.mark.parametrize("side", SIDES)
def test_triceps_olecranon_site_refers_to_the_olecranon(atlas: Atlas, side: str) -> None:
    zones = covered(atlas, "triceps_brachii_olecranon", "triceps_brachii", side)
    assert zones["essential"] == ["olecranon"]
    assert "triceps_brachii" in referring(atlas, "olecranon", side)


@pytest.mark.parametrize("side", SIDES)
def test_latissimus_lower_site_refers_to_the_front_of_the_shoulder_and_flank(
        atlas: Atlas, side: str) -> None:
    view, x, y = site_of(atlas, "latissimus_dorsi_lower", side)
    assert atlas.muscles_at(view, x, y)[0].muscle == "latissimus_dorsi"
    zones = covered(atlas, "latissimus_dorsi_lower", "latissimus_dorsi", side)
    assert "anterior_shoulder" in zones["essential"]
    assert "flank" in zones["spillover"]
    assert "inferior_angle_scapula" not in zones["essential"] + zones["spillover"]
    assert "latissimus_dorsi" in referring(atlas, "anterior_shoulder", side)
    assert "latissimus_dorsi" in referring(atlas, "flank", side)


@pytest.mark.parametrize("side", SIDES)
def test_teres_minor_answers_the_posterior_shoulder(atlas: Atlas, side: str) -> None:
    assert "teres_minor" in referring(atlas, "posterior_shoulder", side)
    zones = atlas.landmarks_covered("teres_minor", side)
    assert not {"anterior_shoulder", "lateral_epicondyle"} & set(
        zones["essential"] + zones["spillover"])
