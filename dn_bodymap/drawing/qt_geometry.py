"""Convert shapely geometry into Qt painter paths."""

from __future__ import annotations

from PySide6.QtGui import QPainterPath
from shapely.geometry.base import BaseGeometry


def painter_path(geom: BaseGeometry) -> QPainterPath:
    """A QPainterPath of a (Multi)Polygon, holes included (odd-even fill)."""
    path = QPainterPath()
    for poly in getattr(geom, "geoms", [geom]):
        if poly.is_empty:
            continue
        for ring in (poly.exterior, *poly.interiors):
            coords = ring.coords
            x0, y0 = coords[0]
            path.moveTo(x0, y0)
            for x, y in coords[1:]:
                path.lineTo(x, y)
            path.closeSubpath()
    return path
