"""The forearm and hand (issue 15): fingers that read as fingers, the muscles added to the
forearm and hand, and the referral zones that use the hand.

Every point comes from a named landmark with a small offset in view units; each check runs on
both sides (the left is the mirror: front view x > 250, back view x < 250).
"""

from __future__ import annotations

import itertools

import pytest
import shapely

from dn_bodymap.atlas import Atlas

SIDES = ["right", "left"]
FINGERS = ["index_finger", "middle_finger", "ring_finger", "little_finger"]


def at(atlas: Atlas, view: str, side: str, landmark: str, dx: float = 0.0, dy: float = 0.0,
       layer: str | None = None) -> list[str]:
    """Muscles of ``side`` at a landmark offset by dx (toward the patient's LEFT on the front
    view's right side, i.e. +x for the right side; mirrored for the left) and dy."""
    m = atlas.landmark(landmark, side, view)
    sign = 1 if side == "right" else -1
    regions = atlas.muscles_at(view, m.x + sign * dx, m.y + dy)
    assert all(r.side == side for r in regions), f"{landmark}: a region of the other side"
    return [r.muscle for r in regions if layer is None or r.layer == layer]


# (muscle, view, landmark, dx, dy, layer): dx in x for the right side (mirrored for the left)
NEW_MUSCLES = [
    ("pronator_quadratus", "front", "volar_wrist", 0, -12, "deep"),
    ("flexor_pollicis_brevis", "front", "thumb_base", 5, 8, "superficial"),
    ("flexor_digiti_minimi_hand", "front", "palm", 7, -3, "superficial"),
    ("opponens_digiti_minimi", "front", "palm", 15, -3, "intermediate"),
    ("lumbricals", "front", "palm", -6, 9, "intermediate"),
    ("palmar_interossei", "front", "palm", 8.5, 5, "deep"),
    ("extensor_indicis", "back", "dorsal_wrist", -11, -18, "deep"),
    ("extensor_pollicis_longus", "back", "dorsal_wrist", -4, -32, "deep"),
    ("abductor_pollicis_longus", "back", "dorsal_wrist", 2, -32, "superficial"),
    ("extensor_pollicis_brevis", "back", "dorsal_wrist", 1, -20, "superficial"),
    ("dorsal_interossei", "back", "dorsal_hand", 0, 4, "superficial"),
]


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("muscle, view, landmark, dx, dy, layer", NEW_MUSCLES,
                         ids=[m[0] for m in NEW_MUSCLES])
def test_new_muscle_answers_at_its_site(atlas: Atlas, muscle: str, view: str, landmark: str,
                                        dx: float, dy: float, layer: str, side: str) -> None:
    hits = at(atlas, view, side, landmark, dx, dy)
    assert muscle in hits, f"{muscle} ({side}) not at {landmark}{dx:+}{dy:+}: {hits}"
    assert atlas.muscle(muscle).id == muscle
    assert {r.layer for r in atlas.regions_of(muscle, side, view)} == {layer}


@pytest.mark.parametrize("side", SIDES)
def test_the_first_dorsal_interosseous_stays_its_own_muscle(atlas: Atlas, side: str) -> None:
    # in the thumb web on the back view: the first, not the 2nd-4th
    hits = at(atlas, "back", side, "thumb_base", 4, 20)
    assert "first_dorsal_interosseous" in hits and "dorsal_interossei" not in hits
    assert "dorsal_interossei" not in at(atlas, "back", side, "thumb_base")


@pytest.mark.parametrize("side", SIDES)
def test_thenar_and_hypothenar_muscles_sit_side_by_side(atlas: Atlas, side: str) -> None:
    # abductor pollicis brevis keeps the thumb side of the thenar eminence, flexor pollicis
    # brevis its ulnar side; abductor digiti minimi the ulnar edge, flexor digiti minimi inside
    assert "abductor_pollicis_brevis" in at(atlas, "front", side, "thumb_base")
    assert "flexor_pollicis_brevis" not in at(atlas, "front", side, "thumb_base")
    assert "abductor_digiti_minimi_hand" in at(atlas, "front", side, "palm", 15, 0)
    assert "flexor_digiti_minimi_hand" not in at(atlas, "front", side, "palm", 15, 0)
    # the deep flexors end above pronator quadratus, which ends at the wrist
    assert "flexor_digitorum_profundus" not in at(atlas, "front", side, "volar_wrist", 0, -12)
    assert "pronator_quadratus" not in at(atlas, "front", side, "palm")


@pytest.mark.parametrize("view", ["front", "back"])
@pytest.mark.parametrize("side", SIDES)
def test_finger_landmarks_lie_on_the_fingers_and_gaps_are_outside(atlas: Atlas, view: str,
                                                                  side: str) -> None:
    outline = atlas.views[view].outline
    marks = [atlas.landmark(f, side, view) for f in FINGERS]
    for m in marks:
        # well inside a finger: at least 2 units from its edge
        assert outline.buffer(-2.0).contains(shapely.Point(m.x, m.y)), m.id
    for a, b in itertools.pairwise(marks):
        gap = shapely.Point((a.x + b.x) / 2, (a.y + b.y) / 2)
        assert not outline.contains(gap), f"no gap between {a.id} and {b.id} ({side}, {view})"
        # the fingers are distinct: about a finger's width apart
        assert 7.5 < ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 < 14


@pytest.mark.parametrize("view", ["front", "back"])
@pytest.mark.parametrize("side", SIDES)
def test_the_thumb_stands_apart(atlas: Atlas, view: str, side: str) -> None:
    # between the thumb and the index finger the web opens: outside the body
    outline = atlas.views[view].outline
    thumb = atlas.landmark("thumb_base", side, view)
    palm = atlas.landmark("palm" if view == "front" else "dorsal_hand", side, view)
    toward = 1 if thumb.x > palm.x else -1  # x direction from the palm toward the thumb
    # the web between thumb and index finger, beyond the palm's edge: open, outside the body
    assert not outline.contains(shapely.Point(palm.x + toward * 23, palm.y + 9.5)), \
        f"thumb web closed ({side}, {view})"
    # the thumb itself, out there beside the web, is body
    assert outline.contains(shapely.Point(palm.x + toward * 32, palm.y + 2))


@pytest.mark.parametrize("side", SIDES)
def test_extensor_indicis_refers_to_the_radial_dorsal_wrist_and_hand(atlas: Atlas,
                                                                     side: str) -> None:
    covered = atlas.landmarks_covered("extensor_indicis", side)
    assert "dorsal_wrist" in covered["essential"]
    allz = covered["essential"] + covered["spillover"]
    for far in ("little_finger", "ring_finger", "lateral_epicondyle", "palm"):
        assert far not in allz
    assert "extensor_indicis" in {h.muscle for h in
                                  atlas.muscles_referring_to_landmark("dorsal_wrist", side)}


@pytest.mark.parametrize("side", SIDES)
def test_dorsal_interossei_refer_along_the_middle_finger(atlas: Atlas, side: str) -> None:
    covered = atlas.landmarks_covered("dorsal_interossei", side)
    assert "middle_finger" in covered["essential"]
    allz = covered["essential"] + covered["spillover"]
    for other in ("index_finger", "little_finger", "dorsal_wrist", "thumb_base"):
        assert other not in allz
    hits = atlas.muscles_referring_to_landmark("middle_finger", side)
    assert "dorsal_interossei" in {h.muscle for h in hits}


@pytest.mark.parametrize("side", SIDES)
def test_finger_zones_cover_their_own_finger_only(atlas: Atlas, side: str) -> None:
    # single-finger zones read off the new hand: each covers its finger, not the neighbours
    fds = atlas.landmarks_covered("flexor_digitorum_superficialis", side)["essential"]
    assert {"middle_finger", "ring_finger"} <= set(fds)
    assert "index_finger" not in fds and "little_finger" not in fds
    fdp = atlas.landmarks_covered("flexor_digitorum_profundus", side)["essential"]
    assert {"ring_finger", "little_finger"} <= set(fdp) and "middle_finger" not in fdp
    fdi = atlas.landmarks_covered("first_dorsal_interosseous", side)["essential"]
    assert "index_finger" in fdi and "middle_finger" not in fdi
    adm = atlas.landmarks_covered("abductor_digiti_minimi_hand", side)["essential"]
    assert "little_finger" in adm and "ring_finger" not in adm
