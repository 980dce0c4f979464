"""Draw referral patterns as clinicians know them from the charts: the essential zone solid,
the spillover zone stippled, each trigger-point site an X."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from dn_bodymap.atlas.referral import Pattern, Site
from dn_bodymap.drawing.qt_geometry import painter_path

REFERRAL_RED = QColor(200, 30, 40)
SITE_SIZE = 5.0  # half the X's width, in view units
SITE_INK = QColor(20, 20, 20)


@lru_cache(maxsize=4096)
def _zone_path(pattern: Pattern, view: str, kind: str) -> QPainterPath:
    # Patterns are immutable and live as long as their atlas, so a path is built once.
    path = QPainterPath()
    for zone in pattern.zones_on(view, kind):
        path.addPath(painter_path(zone.geometry))
    return path


def zone_paths(pattern: Pattern, view: str) -> tuple[QPainterPath, QPainterPath]:
    """(essential, spillover) painter paths of one pattern on one view."""
    return _zone_path(pattern, view, "essential"), _zone_path(pattern, view, "spillover")


def paint_pattern(painter: QPainter, pattern: Pattern, view: str,
                  colour: QColor = REFERRAL_RED, sites: bool = True) -> None:
    essential, spillover = zone_paths(pattern, view)
    painter.save()
    if not spillover.isEmpty():
        painter.setPen(QPen(colour, 0.6, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(colour, Qt.BrushStyle.Dense6Pattern))
        painter.drawPath(spillover)
    if not essential.isEmpty():
        fill = QColor(colour)
        fill.setAlpha(200)
        painter.setPen(QPen(colour.darker(130), 0.8))
        painter.setBrush(fill)
        painter.drawPath(essential)
    if sites:
        paint_sites(painter, (s for s in pattern.sites if s.view == view))
    painter.restore()


def paint_sites(painter: QPainter, sites: Iterable[Site], colour: QColor = SITE_INK) -> None:
    """Mark trigger-point sites with an X, on a white halo so it reads over any fill."""
    sites = list(sites)
    for width, pen_colour in ((3.6, QColor("white")), (1.6, colour)):
        pen = QPen(pen_colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for s in sites:
            c = QPointF(s.x, s.y)
            d = SITE_SIZE
            painter.drawLine(c + QPointF(-d, -d), c + QPointF(d, d))
            painter.drawLine(c + QPointF(-d, d), c + QPointF(d, -d))
