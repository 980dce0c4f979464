"""The bundled atlas: its checks pass, its coverage is clinical, its sides are anatomical."""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import MIDLINE_LANDMARKS, REQUIRED_LANDMARKS
from dn_bodymap.atlas.validate import run_checks

COMMONLY_NEEDLED = """upper_trapezius middle_trapezius lower_trapezius levator_scapulae
sternocleidomastoid anterior_scalene middle_scalene posterior_scalene splenius_capitis
semispinalis_capitis suboccipitals
temporalis masseter lateral_pterygoid medial_pterygoid digastric supraspinatus
infraspinatus teres_minor teres_major subscapularis rhomboid_major
rhomboid_minor deltoid pectoralis_major pectoralis_minor serratus_anterior
latissimus_dorsi biceps_brachii brachialis triceps_brachii brachioradialis
extensor_carpi_radialis_longus extensor_digitorum extensor_carpi_ulnaris
supinator flexor_carpi_radialis flexor_digitorum_superficialis pronator_teres
abductor_pollicis_brevis opponens_pollicis adductor_pollicis
first_dorsal_interosseous iliocostalis longissimus multifidus quadratus_lumborum
rectus_abdominis external_oblique iliopsoas gluteus_maximus gluteus_medius
gluteus_minimus piriformis tensor_fasciae_latae rectus_femoris vastus_lateralis
vastus_medialis vastus_intermedius adductor_longus adductor_magnus gracilis
biceps_femoris semitendinosus semimembranosus gastrocnemius soleus popliteus
tibialis_posterior tibialis_anterior extensor_digitorum_longus peroneus_longus
peroneus_brevis abductor_hallucis quadratus_plantae flexor_digitorum_brevis
extensor_digitorum_brevis""".split()


def test_every_named_check_passes(atlas: Atlas) -> None:
    failures = {r.name: r.problems for r in run_checks(atlas) if not r.ok}
    assert failures == {}


def test_at_least_70_muscles_over_two_views(atlas: Atlas) -> None:
    assert len(atlas.muscles) >= 70


@pytest.mark.parametrize("muscle", COMMONLY_NEEDLED)
def test_commonly_needled_muscle_has_both_sides(atlas: Atlas, muscle: str) -> None:
    sides = {r.side for r in atlas.regions_of(muscle)}
    assert sides == {"right", "left"}, f"{muscle} is missing a side"


def test_deeper_layers_exist_under_the_superficial(atlas: Atlas) -> None:
    """Each lies under another muscle on at least one view (soleus may be superficial where
    its medial edge shows on the front view, but it is intermediate under the gastrocnemius)."""
    layers: dict[str, set[str]] = {}
    for r in atlas.regions:
        layers.setdefault(r.muscle, set()).add(r.layer)
    for deep in ("supraspinatus", "rhomboid_major", "piriformis", "gluteus_minimus", "soleus",
                 "vastus_intermedius", "pectoralis_minor", "quadratus_lumborum", "multifidus",
                 "tibialis_posterior", "popliteus"):
        assert layers[deep] - {"superficial"}, deep


def test_required_landmarks_have_sides_or_sit_on_the_midline(atlas: Atlas) -> None:
    for lid in REQUIRED_LANDMARKS:
        marks = [m for m in atlas.landmarks if m.id == lid]
        assert marks, lid
        if lid in MIDLINE_LANDMARKS:
            assert all(m.side is None and m.x == atlas.midline_x for m in marks), lid
        else:
            assert {m.side for m in marks} == {"right", "left"}, lid


@pytest.mark.parametrize("view, right_is_left_of_midline", [("front", True), ("back", False)])
def test_laterality_follows_anatomical_position(atlas: Atlas, view: str,
                                                right_is_left_of_midline: bool) -> None:
    """Front view: patient's right on the viewer's left. Back view: on the viewer's right."""
    mid = atlas.midline_x
    right_marks = [m for m in atlas.landmarks if m.view == view and m.side == "right"]
    right_regions = [r for r in atlas.regions if r.view == view and r.side == "right"]
    assert right_marks and right_regions
    for m in right_marks:
        assert (m.x < mid) == right_is_left_of_midline, f"{m.id} on the {view} view"
    for r in right_regions:
        bounds = r.geometry.bounds  # (minx, miny, maxx, maxy)
        if right_is_left_of_midline:
            assert bounds[2] <= mid + 1e-9, f"{r.muscle} crosses the midline on the {view} view"
        else:
            assert bounds[0] >= mid - 1e-9, f"{r.muscle} crosses the midline on the {view} view"


def test_left_regions_mirror_the_right_exactly(atlas: Atlas) -> None:
    import shapely

    mid = atlas.midline_x
    for r in atlas.regions:
        if r.side != "right":
            continue
        left = atlas.region(r.view, r.muscle, "left", r.layer)
        mirrored = shapely.transform(r.geometry, lambda c: c * [-1, 1] + [2 * mid, 0])
        assert shapely.equals_exact(shapely.normalize(mirrored), shapely.normalize(left.geometry),
                                    tolerance=0.011), r.muscle
