"""Draw the caution layer: each zone hatched with diagonal lines and outlined.

Hatching (not a fill colour alone) keeps the zones legible in greyscale print and tells them
apart from the referral zones, which are solid (essential) or stippled (spillover). The lines
are drawn in view units, so they scale with the view on screen and stay vector in a PDF.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from dn_bodymap.atlas import Atlas, CautionZone
from dn_bodymap.drawing.qt_geometry import painter_path

CAUTION_INK = QColor(72, 40, 150)  # indigo: apart from the skin tones and the referral red
HATCH_SPACING = 4.0  # view units between hatch lines (~8 mm on the body)


@lru_cache(maxsize=256)
def _paths(zone: CautionZone) -> tuple[QPainterPath, QPainterPath]:
    # Zones are immutable and live as long as their atlas: outline and hatching built once.
    outline = painter_path(zone.geometry)
    minx, miny, maxx, maxy = zone.geometry.bounds
    lines = QPainterPath()
    # Lines of slope -1 on screen ("/"): x + y = c, stepped over the zone's bounds.
    c = minx + miny - (minx + miny) % HATCH_SPACING
    while c <= maxx + maxy:
        lines.moveTo(QPointF(c - maxy, maxy))
        lines.lineTo(QPointF(c - miny, miny))
        c += HATCH_SPACING
    return outline, lines


def paint_cautions(painter: QPainter, atlas: Atlas, view: str,
                   colour: QColor = CAUTION_INK) -> None:
    """Paint every caution zone of ``view`` in the view's own coordinates."""
    painter.save()
    wash = QColor(colour)
    wash.setAlpha(28)
    hatch = QPen(colour, 0.55)
    hatch.setCapStyle(Qt.PenCapStyle.FlatCap)
    edge = QPen(colour, 0.9, Qt.PenStyle.DashLine)
    for zone in atlas.cautions:
        if zone.view != view:
            continue
        outline, lines = _paths(zone)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(wash)
        painter.drawPath(outline)
        painter.save()
        painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
        painter.setPen(hatch)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(lines)
        painter.restore()
        painter.setPen(edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
    painter.restore()
