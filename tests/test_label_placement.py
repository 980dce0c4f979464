"""Labels beside markers: clear of every marker and of each other (plain screen boxes)."""

from __future__ import annotations

import random

from dn_bodymap.charting.label_placement import Box, place_labels

R = 10.0


def _markers(boxes: list[Box], markers: list[tuple[float, float]]) -> float:
    return sum(b.overlap(Box(x - R, y - R, 2 * R, 2 * R)) for b in boxes for x, y in markers)


def test_a_lone_label_sits_right_of_its_marker() -> None:
    (box,) = place_labels([(100, 100)], [(40, 12)], [(100, 100)], R)
    assert box.x > 100 + R and abs(box.y + box.h / 2 - 100) < 1


def test_a_neighbour_on_the_right_sends_the_label_elsewhere() -> None:
    markers = [(100.0, 100.0), (125.0, 100.0)]  # the second marker where the label would go
    boxes = place_labels([(100, 100)], [(40, 12)], markers, R)
    assert _markers(boxes, markers) == 0


def test_labels_of_a_crowded_cluster_cover_no_marker_and_no_other_label() -> None:
    rng = random.Random(4)
    markers = [(200 + rng.uniform(-40, 40), 200 + rng.uniform(-40, 40)) for _ in range(6)]
    boxes = place_labels(markers, [(46, 12)] * len(markers), markers, R)
    assert _markers(boxes, markers) == 0
    assert all(a.overlap(b) == 0 for i, a in enumerate(boxes) for b in boxes[i + 1:])
