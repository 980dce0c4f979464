"""Leg and foot regions and patterns placed where a clinician palpates them (issue 15).

Points come from named landmarks, offset a few units; "lateral" and "medial" are turned into
x offsets per view and side (front view: the patient's right at x < 250, so lateral is -x on
the right; back view and sole inset: the right at x > 250, so lateral is +x on the right).
Each check runs on both sides: the left is the mirror of the right.
"""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas

SIDES = ["right", "left"]


def at(atlas: Atlas, view: str, side: str, landmark: str, lateral: float = 0.0,
       dy: float = 0.0, layer: str | None = None) -> list[str]:
    """Muscles of ``side`` (optionally one layer), superficial first, ``lateral`` units
    lateral (negative: medial) of a landmark and ``dy`` units below it."""
    m = atlas.landmark(landmark, side, view)
    outward = -1 if view == "front" else 1  # the right side's lateral direction
    sign = outward if side == "right" else -outward
    regions = atlas.muscles_at(view, m.x + sign * lateral, m.y + dy)
    assert all(r.side == side for r in regions), f"{landmark}: a region of the other side"
    return [r.muscle for r in regions if layer is None or r.layer == layer]


# --- shin and tibialis anterior ---------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_tibialis_anterior_lies_lateral_to_the_bare_tibia(atlas: Atlas, side: str) -> None:
    assert at(atlas, "front", side, "shin") == []  # the subcutaneous face of the tibia
    assert at(atlas, "front", side, "shin", lateral=11)[0] == "tibialis_anterior"
    assert at(atlas, "front", side, "shin", lateral=11, dy=-25)[0] == "tibialis_anterior"
    # the medial face stays bare up to the gastrocnemius and soleus edge behind the tibia
    assert at(atlas, "front", side, "shin", lateral=-6) == []
    assert "tibialis_anterior" not in at(atlas, "front", side, "shin", lateral=-6)
    assert at(atlas, "front", side, "shin", lateral=-13)[0] in {"gastrocnemius", "soleus"}


# --- peroneus tertius --------------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_peroneus_tertius_in_the_lower_lateral_leg(atlas: Atlas, side: str) -> None:
    # lower third, lateral to the EDL and in front of peroneus brevis; not higher up
    hit = at(atlas, "front", side, "anterolateral_ankle", lateral=6, dy=-34)
    assert hit[0] == "peroneus_tertius", hit
    assert "peroneus_tertius" in at(atlas, "front", side, "anterolateral_ankle", lateral=4,
                                    dy=-15)
    assert "extensor_digitorum_longus" in at(atlas, "front", side, "anterolateral_ankle",
                                             lateral=3, dy=-38)
    assert "peroneus_brevis" in at(atlas, "front", side, "anterolateral_ankle", lateral=9,
                                   dy=-39)
    assert "peroneus_tertius" not in at(atlas, "front", side, "lateral_leg")
    assert "peroneus_tertius" not in at(atlas, "front", side, "lateral_leg", dy=-20)


def check_pattern(atlas: Atlas, muscle: str, side: str, essential: set[str],
                  spillover: set[str], never: set[str], finder: str) -> None:
    """The pattern covers these landmarks, reaches none of ``never``, and the pain finder
    answers the muscle at ``finder``."""
    covered = atlas.landmarks_covered(muscle, side)
    assert essential <= set(covered["essential"]), covered
    assert spillover <= set(covered["spillover"]), covered
    assert not never & (set(covered["essential"]) | set(covered["spillover"])), covered
    hits = atlas.muscles_referring_to_landmark(finder, side)
    assert muscle in {h.muscle for h in hits}


@pytest.mark.parametrize("side", SIDES)
def test_peroneus_tertius_pattern(atlas: Atlas, side: str) -> None:
    # anterolateral ankle, spilling to the outer heel
    check_pattern(atlas, "peroneus_tertius", side, {"anterolateral_ankle", "lateral_ankle"},
                  {"lateral_heel"},
                  {"big_toe", "medial_ankle", "calf", "plantar_heel", "dorsal_foot"},
                  "anterolateral_ankle")


# --- extensor hallucis brevis --------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_extensor_hallucis_brevis_is_the_medial_short_extensor(atlas: Atlas,
                                                               side: str) -> None:
    # medial part of the dorsum, toward the big toe; the dorsal_foot landmark stays EDB
    assert at(atlas, "front", side, "dorsal_foot")[0] == "extensor_digitorum_brevis"
    assert at(atlas, "front", side, "dorsal_foot", lateral=-6, dy=-2)[0] == \
        "extensor_hallucis_brevis"
    assert at(atlas, "front", side, "big_toe", lateral=5, dy=-9)[0] == \
        "extensor_hallucis_brevis"
    assert "extensor_hallucis_brevis" not in at(atlas, "front", side, "lateral_foot")
    assert "extensor_hallucis_brevis" not in at(atlas, "front", side, "dorsal_foot",
                                                lateral=10, dy=5)


@pytest.mark.parametrize("side", SIDES)
def test_short_extensors_share_the_dorsum_pattern(atlas: Atlas, side: str) -> None:
    ehb = atlas.landmarks_covered("extensor_hallucis_brevis", side)
    edb = atlas.landmarks_covered("extensor_digitorum_brevis", side)
    assert "dorsal_foot" in ehb["essential"] and "dorsal_foot" in edb["essential"]
    assert not {"big_toe", "second_toe", "plantar_forefoot"} & set(ehb["essential"])
    hits = {h.muscle for h in atlas.muscles_referring_to_landmark("dorsal_foot", side)}
    assert {"extensor_hallucis_brevis", "extensor_digitorum_brevis"} <= hits


# --- interossei ----------------------------------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_dorsal_interossei_under_the_forefoot_dorsum(atlas: Atlas, side: str) -> None:
    # deep, between the metatarsals: under the EDB and EHB, and alone nearer the toes
    assert "dorsal_interossei_foot" in at(atlas, "front", side, "dorsal_foot", layer="deep")
    between_1_2 = at(atlas, "front", side, "second_toe", lateral=-5, dy=-14, layer="deep")
    assert between_1_2 == ["dorsal_interossei_foot"], between_1_2
    assert "dorsal_interossei_foot" not in at(atlas, "front", side, "anterior_ankle")


@pytest.mark.parametrize("side", SIDES)
def test_first_dorsal_interosseous_pattern(atlas: Atlas, side: str) -> None:
    # the second toe (top and underside), spilling over the neighbouring forefoot
    check_pattern(atlas, "dorsal_interossei_foot", side, {"second_toe"}, {"plantar_forefoot"},
                  {"lateral_foot", "heel", "plantar_heel", "anterior_ankle", "instep"},
                  "second_toe")


@pytest.mark.parametrize("side", SIDES)
def test_sole_deep_layers(atlas: Atlas, side: str) -> None:
    # sole inset: toes up; "lateral" is toward the fifth metatarsal
    ball = at(atlas, "back", side, "plantar_forefoot")
    assert ball[0] == "flexor_digitorum_brevis" and "lumbricals_foot" in ball, ball
    assert "lumbricals_foot" in at(atlas, "back", side, "plantar_forefoot", dy=25,
                                   layer="intermediate")
    assert "flexor_digiti_minimi_brevis_foot" in at(atlas, "back", side,
                                                    "fifth_metatarsal_head", lateral=-3,
                                                    dy=15)
    assert "flexor_digiti_minimi_brevis_foot" not in at(atlas, "back", side, "instep")
    mid = at(atlas, "back", side, "fifth_metatarsal_head", lateral=-10, dy=25, layer="deep")
    assert mid == ["plantar_interossei_foot"], mid
    assert "plantar_interossei_foot" not in at(atlas, "back", side, "instep")
    assert at(atlas, "back", side, "first_metatarsal_head", layer="deep") == \
        ["adductor_hallucis"]


def test_unpatterned_foot_muscles_say_why(atlas: Atlas) -> None:
    for muscle in ("lumbricals_foot", "flexor_digiti_minimi_brevis_foot",
                   "plantar_interossei_foot"):
        assert muscle in atlas.muscles
        assert atlas.regions_of(muscle, "right")
        assert not atlas.referrals.patterns_of(muscle, "right"), muscle


# --- soleus beside the Achilles tendon ----------------------------------------------------

@pytest.mark.parametrize("side", SIDES)
def test_soleus_answers_first_beside_the_achilles(atlas: Atlas, side: str) -> None:
    # below the gastrocnemius bellies the soleus is what lies beside the tendon
    for lateral in (-7, -4, 4):
        hit = at(atlas, "back", side, "achilles", lateral=lateral)
        assert hit and hit[0] == "soleus", (lateral, hit)
        assert "gastrocnemius" not in hit
    # and under the bellies it still lies beneath the gastrocnemius
    calf = at(atlas, "back", side, "calf")
    assert calf[0] == "gastrocnemius" and "soleus" in calf[1:]


@pytest.mark.parametrize("side", SIDES)
def test_soleus_is_under_the_skin_beside_the_tendon(atlas: Atlas, side: str) -> None:
    # Either side of the Achilles tendon, below the gastrocnemius bellies, the soleus is the
    # superficial muscle (its own region on that layer); the tendon itself is left bare.
    for lateral, dy in ((-7, 0), (4, 0), (-6, -40), (-6, -60)):
        m = atlas.landmark("achilles", side, "back")
        sign = (1 if side == "right" else -1) * (1 if lateral > 0 else -1)
        hits = atlas.muscles_at("back", m.x + sign * abs(lateral), m.y + dy)
        assert (hits[0].muscle, hits[0].layer) == ("soleus", "superficial"), (lateral, dy, hits)
        # the same muscle is not offered twice at one place
        assert [r.muscle for r in hits].count("soleus") == 1
    tendon = at(atlas, "back", side, "achilles", layer="superficial")
    assert tendon == []
    # the deeper soleus stays under the gastrocnemius at the calf
    assert ("soleus", "intermediate") in [(r.muscle, r.layer) for r in atlas.muscles_at(
        "back", *_xy(atlas, side, "calf"))]


def _xy(atlas: Atlas, side: str, landmark: str) -> tuple[float, float]:
    m = atlas.landmark(landmark, side, "back")
    return m.x, m.y
