"""Referred-pain patterns: where a trigger point in a muscle sends pain, and the reverse.

No Qt. Patterns come from assets/referral/patterns.json (built from
dn_bodymap/atlas_build/referral_*.py), one record per muscle or per trigger-point site where a
muscle's sites refer differently; each side has its own sites and zones (the left mirrors the
right).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from shapely import STRtree
from shapely.geometry.base import BaseGeometry

ZONE_KINDS = ("essential", "spillover")
# A landmark counts as inside a zone when it lies within this many view units (~2 mm each)
# of it: landmarks are points, zones are drawn by hand, and a landmark on a zone's edge is in.
LANDMARK_TOLERANCE = 4.0


@dataclass(frozen=True)
class Site:
    view: str
    x: float
    y: float


@dataclass(frozen=True, eq=False)
class Zone:
    kind: str  # essential or spillover
    view: str
    geometry: BaseGeometry


@dataclass(frozen=True, eq=False)
class Pattern:
    """One side's referral pattern for a muscle (or for one of its trigger-point sites)."""

    id: str
    muscle: str
    side: str
    sites: tuple[Site, ...]
    zones: tuple[Zone, ...]
    description: str
    source: str
    frequency: int
    crosses_midline: bool

    def zones_on(self, view: str, kind: str | None = None) -> list[Zone]:
        return [z for z in self.zones if z.view == view and (kind is None or z.kind == kind)]

    def distance_to(self, view: str, x: float, y: float) -> float:
        """Distance from a point to this pattern's nearest site on that view (inf if none)."""
        return min((math.hypot(s.x - x, s.y - y) for s in self.sites if s.view == view),
                   default=math.inf)


@dataclass(frozen=True)
class ReferralHit:
    muscle: str
    side: str
    zone: str  # essential or spillover
    pattern: Pattern


def rank(hits: Iterable[ReferralHit]) -> list[ReferralHit]:
    """One hit per muscle and side (essential wins), essential first, then commoner sources."""
    best: dict[tuple[str, str], ReferralHit] = {}
    for hit in hits:
        key = (hit.muscle, hit.side)
        old = best.get(key)
        if old is None or (ZONE_KINDS.index(hit.zone), -hit.pattern.frequency) < (
                ZONE_KINDS.index(old.zone), -old.pattern.frequency):
            best[key] = hit
    return sorted(best.values(), key=lambda h: (ZONE_KINDS.index(h.zone), -h.pattern.frequency,
                                                h.muscle, h.side))


class ReferralTable:
    """All patterns, indexed by muscle and side, and by zone geometry per view."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns: tuple[Pattern, ...] = tuple(patterns)
        self._by_muscle: dict[tuple[str, str], list[Pattern]] = {}
        for p in self.patterns:
            self._by_muscle.setdefault((p.muscle, p.side), []).append(p)
        self._zones: dict[str, list[tuple[Zone, Pattern]]] = {}
        for p in self.patterns:
            for z in p.zones:
                self._zones.setdefault(z.view, []).append((z, p))
        self._trees: dict[str, STRtree] = {}
        for view, items in self._zones.items():
            geoms = [z.geometry for z, _ in items]
            shapely.prepare(geoms)
            self._trees[view] = STRtree(geoms)

    @property
    def muscles(self) -> set[str]:
        return {p.muscle for p in self.patterns}

    def patterns_of(self, muscle: str, side: str) -> list[Pattern]:
        return list(self._by_muscle.get((muscle, side), ()))

    def nearest(self, muscle: str, side: str, view: str | None = None, x: float = 0.0,
                y: float = 0.0) -> Pattern:
        """The pattern of the muscle's site nearest (x, y) on ``view``; the first if no view."""
        patterns = self.patterns_of(muscle, side)
        if not patterns:
            raise KeyError(f"no referral pattern for {muscle!r} ({side})")
        if view is None:
            return patterns[0]
        return min(patterns, key=lambda p: p.distance_to(view, x, y))

    def at_point(self, view: str, x: float, y: float, tolerance: float = 0.0) -> list[ReferralHit]:
        tree = self._trees.get(view)
        if tree is None:
            return []
        point = shapely.Point(x, y)
        if tolerance > 0:
            idx = tree.query(point, predicate="dwithin", distance=tolerance)
        else:
            idx = tree.query(point, predicate="covered_by")
        items = self._zones[view]
        return rank(ReferralHit(items[i][1].muscle, items[i][1].side, items[i][0].kind,
                                items[i][1]) for i in idx)
