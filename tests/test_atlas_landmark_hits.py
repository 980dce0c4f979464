"""Clicking at a landmark answers the muscles a clinician expects, superficial first."""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas


def hit(atlas: Atlas, landmark: str, view: str, side: str = "right") -> list[str]:
    m = atlas.landmark(landmark, side, view)
    regions = atlas.muscles_at(view, m.x, m.y)
    assert all(r.side == side for r in regions), f"{landmark}: a region of the other side"
    return [r.muscle for r in regions]


# (landmark, view, the first muscle (or one of several), muscles that must lie beneath)
EXPECTED = [
    ("top_of_shoulder", "back", {"upper_trapezius"}, ["supraspinatus"]),
    ("angle_of_neck", "back", {"upper_trapezius"}, ["levator_scapulae"]),
    ("posterior_neck", "back", {"upper_trapezius"}, ["semispinalis_capitis"]),
    # Below the root of the scapular spine (T3): the lower trapezius (T4-T12) covers it.
    ("medial_border_scapula", "back", {"lower_trapezius"}, ["rhomboid_major"]),
    ("mid_back", "back", {"lower_trapezius"}, ["longissimus"]),
    ("low_back", "back", {"longissimus", "iliocostalis"}, ["multifidus"]),
    ("posterior_shoulder", "back", {"deltoid"}, []),
    ("buttock", "back", {"gluteus_maximus"}, ["piriformis"]),
    ("posterior_arm", "back", {"triceps_brachii"}, []),
    ("dorsal_forearm", "back", {"extensor_digitorum"}, []),
    ("posterior_thigh", "back", {"biceps_femoris", "semitendinosus"}, []),
    ("calf", "back", {"gastrocnemius"}, ["soleus"]),
    ("lateral_leg", "back", {"peroneus_longus"}, []),
    ("plantar_heel", "back", {"flexor_digitorum_brevis", "abductor_hallucis"},
     ["quadratus_plantae"]),
    ("instep", "back", {"abductor_hallucis"}, []),
    ("anterior_chest", "front", {"pectoralis_major"}, ["pectoralis_minor"]),
    ("anterior_thigh", "front", {"rectus_femoris"}, ["vastus_intermedius"]),
    ("cheek", "front", {"masseter", "zygomaticus_major"}, []),
    ("temple", "front", {"temporalis"}, []),
    ("anterior_shoulder", "front", {"deltoid"}, []),
    ("lateral_shoulder", "front", {"deltoid"}, []),
    ("top_of_shoulder", "front", {"upper_trapezius"}, []),
    ("lateral_chest", "front", {"serratus_anterior"}, []),
    ("upper_abdomen", "front", {"rectus_abdominis"}, []),
    ("anterior_arm", "front", {"biceps_brachii"}, []),
    ("thumb_base", "front", {"abductor_pollicis_brevis"}, []),
    ("lateral_thigh", "front", {"vastus_lateralis"}, []),
    ("lateral_leg", "front", {"peroneus_longus"}, []),
    ("dorsal_foot", "front", {"extensor_digitorum_brevis"}, []),
]


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("landmark, view, first, beneath", EXPECTED,
                         ids=[f"{e[1]}-{e[0]}" for e in EXPECTED])
def test_landmark_answers_expected_muscles(atlas: Atlas, landmark: str, view: str,
                                           first: set[str], beneath: list[str],
                                           side: str) -> None:
    muscles = hit(atlas, landmark, view, side)
    assert muscles, f"nothing under {landmark}"
    assert muscles[0] in first, f"{landmark}: {muscles}"
    for deeper in beneath:
        assert deeper in muscles[1:], f"{landmark}: {deeper} not beneath in {muscles}"


def test_layers_come_superficial_first(atlas: Atlas) -> None:
    order = {"superficial": 0, "intermediate": 1, "deep": 2}
    for m in atlas.landmarks:
        depths = [order[r.layer] for r in atlas.muscles_at(m.view, m.x, m.y)]
        assert depths == sorted(depths), m.id


@pytest.mark.parametrize("side", ["right", "left"])
def test_shin_is_the_bare_tibia(atlas: Atlas, side: str) -> None:
    # The anteromedial face of the tibia is subcutaneous: no muscle under the shin landmark
    # (issue 15; tibialis anterior lies just lateral to the crest).
    assert hit(atlas, "shin", "front", side) == []


def test_calf_answers_gastrocnemius_then_soleus(atlas: Atlas) -> None:
    muscles = hit(atlas, "calf", "back")
    assert muscles.index("gastrocnemius") < muscles.index("soleus")


@pytest.mark.parametrize("view, x, y", [("front", 10, 10), ("front", 250, 990),
                                        ("back", 480, 500), ("back", 250, 15)])
def test_outside_the_body_answers_nothing(atlas: Atlas, view: str, x: float, y: float) -> None:
    assert not atlas.views[view].outline.contains(__import__("shapely").Point(x, y))
    assert atlas.muscles_at(view, x, y) == []
