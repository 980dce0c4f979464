"""Where to put a short label beside a marker so that it covers no marker and no other
label (no Qt: screen rectangles as plain numbers).

Markers are drawn at a fixed screen size, so whether two of them crowd each other depends on
the zoom: the caller passes screen positions and places the labels again when the zoom
changes. Each label tries places around its marker, nearest first (right, left, above,
below, the diagonals, then the same further out) and takes the first that overlaps nothing;
where every place overlaps something, the one that overlaps least.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class Box(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    def overlap(self, other: Box) -> float:
        dx = min(self.x + self.w, other.x + other.w) - max(self.x, other.x)
        dy = min(self.y + self.h, other.y + other.h) - max(self.y, other.y)
        return dx * dy if dx > 0 and dy > 0 else 0.0


GAP = 2.0


def _candidates(radius: float, w: float, h: float) -> list[tuple[float, float]]:
    """Top-left corners relative to the marker's centre, nearest first."""
    out = []
    for ring in (1.0, 2.2, 3.4):
        r = radius * ring + GAP
        d = r * 0.75
        out += [(r, -h / 2), (-r - w, -h / 2), (-w / 2, -r - h), (-w / 2, r),
                (d, -d - h), (d, d), (-d - w, -d - h), (-d - w, d)]
    return out


def place_labels(anchors: Sequence[tuple[float, float]], sizes: Sequence[tuple[float, float]],
                 markers: Sequence[tuple[float, float]], radius: float) -> list[Box]:
    """A box for each label (``sizes[i]`` beside ``anchors[i]``), in the same screen
    coordinates, clear of every marker in ``markers`` (discs of ``radius``, taken as their
    squares) and of the labels placed before it."""
    blocked = [Box(x - radius, y - radius, 2 * radius, 2 * radius) for x, y in markers]
    placed: list[Box] = []
    for (ax, ay), (w, h) in zip(anchors, sizes, strict=True):
        best: Box | None = None
        best_cost = float("inf")
        for dx, dy in _candidates(radius, w, h):
            box = Box(ax + dx, ay + dy, w, h)
            cost = sum(box.overlap(b) for b in blocked) + sum(box.overlap(b) for b in placed)
            if cost < best_cost:
                best, best_cost = box, cost
                if cost == 0:
                    break
        assert best is not None
        placed.append(best)
    return placed
