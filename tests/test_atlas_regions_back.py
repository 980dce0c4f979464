"""Back-view regions placed where a clinician palpates them (issue 15, regions to correct).

Every point is taken from a named landmark (vertebral levels on the midline, scapular and
axillary landmarks), offset a few units beside the spinous processes or along the scapula.
Each check runs on both sides: the left is the mirror of the right.
"""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas

SIDES = ["right", "left"]
MIDLINE = {"c2", "c5", "c7", "t3", "t4", "t6", "t7", "t12", "l2", "sacrum"}


def at(atlas: Atlas, side: str, level: str, dx: float, dy: float = 0.0,
       layer: str | None = None) -> list[str]:
    """Muscles of ``side`` (optionally one layer) at ``dx`` units lateral to a landmark."""
    m = atlas.landmark(level, None if level in MIDLINE else side, "back")
    sign = 1 if side == "right" else -1  # back view: the patient's right is at x > 250
    regions = atlas.muscles_at("back", m.x + sign * dx, m.y + dy)
    assert all(r.side == side for r in regions), f"{level}: a region of the other side"
    return [r.muscle for r in regions if layer is None or r.layer == layer]


@pytest.mark.parametrize("side", SIDES)
def test_lower_trapezius_ends_at_t12(atlas: Atlas, side: str) -> None:
    # Lowest fibres from the T12 spinous process; nothing of it over the lumbar spine.
    assert "lower_trapezius" in at(atlas, side, "t12", 5, -2, "superficial")
    assert "lower_trapezius" in at(atlas, side, "t7", 12, layer="superficial")
    assert "lower_trapezius" not in at(atlas, side, "l2", 5)
    assert "lower_trapezius" not in at(atlas, side, "t12", 5, 18)  # L1


@pytest.mark.parametrize("side", SIDES)
def test_middle_trapezius_is_c7_to_t3(atlas: Atlas, side: str) -> None:
    # Middle (transverse) fibres from C7-T3; below the scapular spine's root the lower
    # trapezius (T4-T12) and the infraspinatus have their own ground.
    assert at(atlas, side, "t3", 20, -18)[0] == "middle_trapezius"  # T1-T2
    assert at(atlas, side, "t3", 20)[0] == "middle_trapezius"
    between_spine_and_scapula = at(atlas, side, "t6", 20, 6)  # T6/T7
    assert between_spine_and_scapula[0] == "lower_trapezius"
    assert "middle_trapezius" not in at(atlas, side, "t4", 6)
    upper_fossa = at(atlas, side, "medial_border_scapula", 15, -6)
    assert upper_fossa[0] == "infraspinatus"


@pytest.mark.parametrize("side", SIDES)
def test_splenius_cervicis_reaches_its_t3_t6_origin(atlas: Atlas, side: str) -> None:
    for level, dy in (("t4", 0), ("t4", 8), ("t6", 0)):  # T4, T4-T5, T6
        assert "splenius_cervicis" in at(atlas, side, level, 14, dy, "deep"), (level, dy)
    assert "splenius_cervicis" in at(atlas, side, "c5", 24, -20, "deep")  # up at C2-C3
    assert "splenius_cervicis" not in at(atlas, side, "l2", 14)


@pytest.mark.parametrize("side", SIDES)
def test_levator_scapulae_reaches_the_upper_cervical_transverse_processes(
        atlas: Atlas, side: str) -> None:
    # Side of the neck at C2-C3, lateral to splenius capitis, and up to just below the mastoid.
    c2_c3 = at(atlas, side, "c2", 25.5, 9, "intermediate")
    assert c2_c3 == ["levator_scapulae"]
    assert "splenius_capitis" not in c2_c3
    below_mastoid = at(atlas, side, "mastoid", -2, 6, "intermediate")
    assert "levator_scapulae" in below_mastoid
    assert "levator_scapulae" in at(atlas, side, "angle_of_neck", 2, -4, "intermediate")


@pytest.mark.parametrize("side", SIDES)
def test_multifidus_runs_the_whole_spine(atlas: Atlas, side: str) -> None:
    for level in ("c2", "c5", "c7", "t3", "t4", "t7", "t12", "l2", "sacrum"):
        dy = 4 if level == "c2" else 0
        assert "multifidus" in at(atlas, side, level, 6.5, dy, "deep"), level
    # It took the groove beside the spinous processes from serratus posterior superior.
    assert at(atlas, side, "c7", 6.5, 18, "deep") == ["multifidus"]
    # Beside the groove at T4 is splenius cervicis, not multifidus.
    assert "multifidus" not in at(atlas, side, "t4", 14, 0, "deep")


@pytest.mark.parametrize("side", SIDES)
def test_latissimus_dorsi_reaches_the_axilla(atlas: Atlas, side: str) -> None:
    angle = at(atlas, side, "inferior_angle_scapula", 0)
    assert angle[0] == "latissimus_dorsi"
    assert "teres_major" not in angle  # lat passes over the angle, covering teres major's origin
    assert at(atlas, side, "posterior_axillary_fold", 0)[0] == "latissimus_dorsi"
    # Teres major keeps its belly above lat's border, where its trigger point is charted.
    assert at(atlas, side, "inferior_angle_scapula", 15, -4)[0] == "teres_major"
