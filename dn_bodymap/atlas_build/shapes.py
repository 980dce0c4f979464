"""Geometry helpers for authoring the atlas: smooth curves, tapered limbs, bands, mirroring.

Everything here works in a view's SVG coordinates (viewBox 0 0 500 1000, y down).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

Point = tuple[float, float]

MIDLINE_X = 250.0
VIEW_WIDTH = 500.0
VIEW_HEIGHT = 1000.0


def catmull_rom(points: Sequence[Point], closed: bool = True, steps: int = 8) -> list[Point]:
    """Sample a Catmull-Rom spline through ``points`` (smooth, passes through every point)."""
    pts = list(points)
    if len(pts) < 3:
        return pts
    ext = [pts[-1], *pts, pts[0], pts[1]] if closed else [pts[0], *pts, pts[-1]]
    out: list[Point] = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            x, y = (0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2
                           + (3 * b - a - 3 * c + d) * t3)
                    for a, b, c, d in zip(p0, p1, p2, p3, strict=True))
            out.append((x, y))
    if not closed:
        out.append(pts[-1])
    return out


def smooth(points: Sequence[Point]) -> Polygon:
    """A closed smooth shape through the given control points (clockwise or not)."""
    poly = Polygon(catmull_rom(points, closed=True))
    return poly if poly.is_valid else shapely.make_valid(poly).buffer(0)


def poly(points: Sequence[Point]) -> Polygon:
    """A straight-edged polygon through the given points."""
    return Polygon(points)


def ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0, n: int = 48) -> Polygon:
    """An ellipse, optionally rotated by ``angle`` degrees (clockwise on screen)."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return Polygon(pts)


def limb(joints: Sequence[tuple[float, float, float]]) -> BaseGeometry:
    """A tapered limb: the union of convex hulls of consecutive circles (x, y, radius)."""
    parts = []
    for (x1, y1, r1), (x2, y2, r2) in itertools.pairwise(joints):
        c1 = shapely.Point(x1, y1).buffer(r1, quad_segs=16)
        c2 = shapely.Point(x2, y2).buffer(r2, quad_segs=16)
        parts.append(shapely.union(c1, c2).convex_hull)
    return shapely.union_all(parts)


def band(spine: Sequence[Point], widths: Sequence[float] | float) -> Polygon:
    """A smooth band along a polyline, ``widths`` full widths at each spine point."""
    if isinstance(widths, (int, float)):
        widths = [float(widths)] * len(spine)
    if len(widths) != len(spine):
        raise ValueError("band: one width per spine point")
    left: list[Point] = []
    right: list[Point] = []
    for i, (x, y) in enumerate(spine):
        xa, ya = spine[max(i - 1, 0)]
        xb, yb = spine[min(i + 1, len(spine) - 1)]
        dx, dy = xb - xa, yb - ya
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / norm, dx / norm
        h = widths[i] / 2
        left.append((x + nx * h, y + ny * h))
        right.append((x - nx * h, y - ny * h))
    return smooth(left + right[::-1])


def mirror(geom: BaseGeometry, midline: float = MIDLINE_X) -> BaseGeometry:
    """Reflect a geometry about the vertical line x = midline."""
    return shapely.transform(geom, lambda c: c * [-1, 1] + [2 * midline, 0])


def mirror_point(p: Point, midline: float = MIDLINE_X) -> Point:
    return (2 * midline - p[0], p[1])
