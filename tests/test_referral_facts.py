"""Referral patterns against classic facts from Travell & Simons: where each trigger point
sends pain, and where it must not (a zone too large is as wrong as one that is missing)."""

from __future__ import annotations

import pytest
import shapely

from dn_bodymap.atlas import Atlas

# (muscle, landmark it refers to, zone kinds accepted)
REFERS_TO = [
    ("upper_trapezius", "temple", {"essential"}),
    ("upper_trapezius", "mastoid", {"essential"}),
    ("levator_scapulae", "angle_of_neck", {"essential"}),
    ("levator_scapulae", "medial_border_scapula", {"essential", "spillover"}),
    ("sternocleidomastoid", "vertex", {"essential", "spillover"}),
    ("sternocleidomastoid", "eyebrow", {"essential"}),
    ("temporalis", "upper_teeth", {"essential", "spillover"}),
    ("temporalis", "temple", {"essential"}),
    ("masseter", "lower_jaw", {"essential", "spillover"}),
    ("splenius_capitis", "vertex", {"essential"}),
    ("anterior_scalene", "anterior_chest", {"essential", "spillover"}),
    ("middle_scalene", "medial_border_scapula", {"essential", "spillover"}),
    ("posterior_scalene", "thumb_base", {"essential", "spillover"}),
    ("supraspinatus", "lateral_shoulder", {"essential"}),
    ("supraspinatus", "lateral_epicondyle", {"essential", "spillover"}),
    ("infraspinatus", "anterior_shoulder", {"essential"}),
    ("latissimus_dorsi", "inferior_angle_scapula", {"essential"}),
    ("latissimus_dorsi", "little_finger", {"spillover", "essential"}),
    ("pectoralis_major", "anterior_chest", {"essential"}),
    ("biceps_brachii", "anterior_shoulder", {"essential"}),
    ("brachioradialis", "thumb_base", {"essential"}),
    ("brachioradialis", "lateral_epicondyle", {"essential", "spillover"}),
    ("supinator", "lateral_epicondyle", {"essential"}),
    ("extensor_carpi_radialis_brevis", "dorsal_wrist", {"essential"}),
    ("first_dorsal_interosseous", "index_finger", {"essential"}),
    ("palmaris_longus", "palm", {"essential"}),
    ("flexor_digitorum_superficialis", "middle_finger", {"essential"}),
    ("abductor_digiti_minimi_hand", "little_finger", {"essential"}),
    ("extensor_digitorum", "middle_finger", {"essential"}),
    ("transversus_abdominis", "upper_abdomen", {"essential", "spillover"}),
    ("quadratus_lumborum", "iliac_crest", {"essential"}),
    ("quadratus_lumborum", "greater_trochanter", {"essential", "spillover"}),
    ("gluteus_medius", "sacroiliac_joint", {"essential"}),
    ("gluteus_minimus", "lateral_thigh", {"essential", "spillover"}),
    ("piriformis", "posterior_thigh", {"spillover", "essential"}),
    ("iliopsoas", "low_back", {"essential"}),
    ("rectus_femoris", "anterior_knee", {"essential"}),
    ("vastus_medialis", "medial_knee", {"essential"}),
    ("biceps_femoris", "posterior_knee", {"essential"}),
    ("gastrocnemius", "instep", {"essential"}),
    ("soleus", "heel", {"essential"}),
    ("soleus", "plantar_heel", {"essential", "spillover"}),
    ("tibialis_posterior", "achilles", {"essential"}),
    ("tibialis_anterior", "big_toe", {"essential"}),
    ("peroneus_longus", "lateral_ankle", {"essential"}),
    ("abductor_hallucis", "instep", {"essential", "spillover"}),
    ("abductor_digiti_minimi_foot", "fifth_metatarsal_head", {"essential"}),
    ("semitendinosus", "gluteal_fold", {"essential"}),
    ("rhomboid_major", "interscapular", {"essential", "spillover"}),
    ("sternocleidomastoid", "eye", {"essential"}),
    ("digastric", "lower_teeth", {"essential"}),
]

# (muscle, landmark its pattern must NOT reach)
NEVER = [
    ("upper_trapezius", "low_back"), ("upper_trapezius", "palm"),
    ("levator_scapulae", "temple"), ("temporalis", "posterior_neck"),
    ("supraspinatus", "heel"), ("infraspinatus", "low_back"),
    ("brachioradialis", "anterior_chest"), ("gluteus_minimus", "big_toe"),
    ("gluteus_minimus", "plantar_heel"), ("soleus", "anterior_knee"), ("soleus", "shin"),
    ("rectus_femoris", "posterior_knee"), ("biceps_femoris", "anterior_knee"),
    ("tibialis_anterior", "calf"), ("quadratus_lumborum", "temple"),
    ("gastrocnemius", "dorsal_foot"), ("first_dorsal_interosseous", "anterior_shoulder"),
    ("palmaris_longus", "lateral_epicondyle"), ("extensor_carpi_ulnaris", "thumb_base"),
    ("supinator", "little_finger"), ("flexor_carpi_ulnaris", "index_finger"),
]


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("muscle, landmark, kinds", REFERS_TO,
                         ids=[f"{m}->{lm}" for m, lm, _ in REFERS_TO])
def test_classic_referral(atlas: Atlas, muscle: str, landmark: str, kinds: set[str],
                          side: str) -> None:
    covered = atlas.landmarks_covered(muscle, side)
    found = {k for k, ids in covered.items() if landmark in ids}
    assert found & kinds, f"{muscle} ({side}) should refer to {landmark}: {covered}"


@pytest.mark.parametrize("muscle, landmark", NEVER, ids=[f"{m}-/->{lm}" for m, lm in NEVER])
def test_referral_does_not_reach(atlas: Atlas, muscle: str, landmark: str) -> None:
    covered = atlas.landmarks_covered(muscle, "right")
    assert landmark not in covered["essential"] + covered["spillover"]


def test_at_least_60_muscles_have_patterns(atlas: Atlas) -> None:
    assert len(atlas.referrals.muscles) >= 60


# Atlas muscles with no pattern on purpose: Travell & Simons give abductor pollicis brevis no
# pattern of its own (its published pattern is from a 2009 saline study, not the manual).
WITHOUT_PATTERN = {"abductor_pollicis_brevis",
                   # forearm and hand, issue 15: none in Travell & Simons (catalogue NOTES)
                   "flexor_pollicis_brevis", "pronator_quadratus", "abductor_pollicis_longus",
                   "extensor_pollicis_longus", "extensor_pollicis_brevis",
                   "flexor_digiti_minimi_hand", "opponens_digiti_minimi", "lumbricals",
                   "palmar_interossei"}
# Leg and foot (issue 15): no drawn pattern of their own in Travell & Simons ch. 27 (see their
# catalogue notes).
WITHOUT_PATTERN |= {"lumbricals_foot", "flexor_digiti_minimi_brevis_foot",
                    "plantar_interossei_foot"}
# Buccinator and longus colli/capitis: no pattern could be verified (catalogue notes).
WITHOUT_PATTERN |= {"buccinator", "longus_colli"}


def test_every_other_atlas_muscle_has_a_pattern(atlas: Atlas) -> None:
    muscles = {m.id for m in atlas.muscles.values()}
    assert muscles - set(atlas.referrals.muscles) == WITHOUT_PATTERN


def test_no_zone_is_absurdly_large(atlas: Atlas) -> None:
    """No single essential zone covers more than a tenth of a view's body."""
    for p in atlas.referrals.patterns:
        for z in p.zones_on("front", "essential") + p.zones_on("back", "essential"):
            share = z.geometry.area / atlas.views[z.view].outline.area
            assert share < 0.10, f"{p.id}: essential zone is {share:.0%} of the {z.view} body"


def test_patterns_stay_on_their_side_unless_recorded(atlas: Atlas) -> None:
    crossing = {p.id for p in atlas.referrals.patterns if p.crosses_midline}
    assert {"rectus_abdominis", "rectus_abdominis_lower"} <= crossing
    right = atlas.landmarks_covered("upper_trapezius", "right")
    left_only = {m.id for m in atlas.landmarks if m.side == "left"} - {
        m.id for m in atlas.landmarks if m.side == "right"}
    assert not left_only & set(right["essential"] + right["spillover"])


def test_rectus_abdominis_back_band_reaches_both_sides(atlas: Atlas) -> None:
    p = atlas.referral("rectus_abdominis", "right", at=None)
    band = [z for z in p.zones_on("back")]
    assert band, "rectus abdominis refers to the back"
    xmin, _, xmax, _ = shapely.union_all([z.geometry for z in band]).bounds
    assert xmin < atlas.midline_x < xmax


@pytest.mark.parametrize("side", ["right", "left"])
def test_left_pattern_mirrors_right(atlas: Atlas, side: str) -> None:
    other = "left" if side == "right" else "right"
    mid = atlas.midline_x
    for p in (p for p in atlas.referrals.patterns if p.side == side):
        twin = next(q for q in atlas.referrals.patterns_of(p.muscle, other) if q.id == p.id)
        assert [(s.view, round(2 * mid - s.x, 2), s.y) for s in p.sites] == [
            (s.view, round(s.x, 2), s.y) for s in twin.sites]
        for a, b in zip(p.zones, twin.zones, strict=True):
            mirrored = shapely.transform(a.geometry, lambda c: c * [-1, 1] + [2 * mid, 0])
            assert a.kind == b.kind and a.view == b.view
            assert shapely.equals_exact(shapely.normalize(mirrored), shapely.normalize(b.geometry),
                                        tolerance=0.011), p.id


def test_a_point_takes_the_pattern_of_its_nearest_site(atlas: Atlas) -> None:
    for muscle in ("gluteus_medius", "infraspinatus", "soleus", "masseter"):
        patterns = atlas.referrals.patterns_of(muscle, "right")
        assert len(patterns) >= 2, f"{muscle} has sites that refer differently"
        for p in patterns:
            s = p.sites[0]
            assert atlas.referral(muscle, "right", at=(s.view, s.x, s.y)).id == p.id


def test_pain_finder_at_the_heel_lists_soleus_as_essential(atlas: Atlas) -> None:
    hits = atlas.muscles_referring_to_landmark("heel", "right")
    essential = [h.muscle for h in hits if h.zone == "essential"]
    assert "soleus" in essential
    assert all(h.side == "right" for h in hits)
    kinds = [h.zone for h in hits]
    assert kinds == sorted(kinds, key=["essential", "spillover"].index)


def test_pain_finder_at_the_lateral_epicondyle(atlas: Atlas) -> None:
    muscles = {h.muscle for h in atlas.muscles_referring_to_landmark("lateral_epicondyle",
                                                                      "right")}
    assert {"supinator", "brachioradialis", "supraspinatus"} <= muscles


def test_every_pattern_has_words_and_a_source(atlas: Atlas) -> None:
    for p in atlas.referrals.patterns:
        assert len(p.description) > 20, p.id
        assert "Travell" in p.source or "Donnelly" in p.source, p.id
