"""What a referral-pattern author writes, and the helpers to place zones by landmark.

A pattern is authored for the patient's RIGHT side, in each view's own coordinates (front
view: right at x < 250; back view and sole insets: right at x > 250). The builder clips each
zone to the body outline and (unless the pattern crosses the midline) to the right half, checks
that every trigger-point site lies in its muscle's region, and mirrors it for the left side.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import shapely
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build import landmarks as lm
from dn_bodymap.atlas_build.shapes import Point, band, ellipse, smooth

_MARKS: dict[tuple[str, str], Point] = {(lid, v): (x, y) for lid, v, x, y in lm.RIGHT_SIDE}
_MARKS.update({(lid, v): (x, y) for lid, v, x, y in lm.MIDLINE})


@dataclass(frozen=True)
class Site:
    """A classic trigger-point site of the right-side muscle, on the view where it is palpated."""

    view: str
    x: float
    y: float


@dataclass(frozen=True)
class PatternSpec:
    """One referral pattern: a muscle's (or one of its sites') essential and spillover zones."""

    id: str  # the muscle id, or muscle id + site suffix where sites refer differently
    muscle: str
    sites: Sequence[Site]
    essential: Mapping[str, BaseGeometry]  # view -> zone
    spillover: Mapping[str, BaseGeometry]
    description: str
    source: str
    frequency: int  # how often this muscle is the source of such pain: 1 rare, 2 common, 3 very
    crosses_midline: bool = False
    notes: str = field(default="")


def mark(view: str, landmark_id: str) -> Point:
    """The right-side (or midline) landmark's position on a view."""
    try:
        return _MARKS[(landmark_id, view)]
    except KeyError:
        raise KeyError(f"no landmark {landmark_id!r} on the {view} view") from None


def site(view: str, landmark_id: str | None = None, x: float | None = None,
         y: float | None = None, dx: float = 0.0, dy: float = 0.0) -> Site:
    """A site at a landmark (optionally offset) or at explicit coordinates."""
    if landmark_id is not None:
        x, y = mark(view, landmark_id)
    if x is None or y is None:
        raise ValueError("site: give a landmark or x and y")
    return Site(view, x + dx, y + dy)


def spot(view: str, landmark_id: str, r: float = 10.0, ry: float | None = None,
         dx: float = 0.0, dy: float = 0.0, angle: float = 0.0) -> BaseGeometry:
    """An ellipse centred on a landmark (offset by dx, dy)."""
    x, y = mark(view, landmark_id)
    return ellipse(x + dx, y + dy, r, ry if ry is not None else r, angle)


def blob(view: str, *landmark_ids: str, r: float = 10.0) -> BaseGeometry:
    """A rounded patch spanning several landmarks: the convex hull of a circle round each."""
    circles = [shapely.Point(*mark(view, lid)).buffer(r, quad_segs=12) for lid in landmark_ids]
    return shapely.union_all(circles).convex_hull


def streak(view: str, landmark_ids: Sequence[str], widths: float | Sequence[float]) -> BaseGeometry:
    """A smooth band through landmarks in order (down a limb, say)."""
    return band([mark(view, lid) for lid in landmark_ids], widths)


def area(points: Sequence[Point]) -> BaseGeometry:
    """A smooth patch through explicit control points."""
    return smooth(points)
