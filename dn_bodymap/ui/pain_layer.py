"""The pain drawing on the canvas: each view's painted areas, translucent and hatched (a hatch
per quality, so the tags read in greyscale too), above the body and below the caution zones,
referral zones and markers; and the stroke in progress, drawn live as a thick round-capped
line (the brush's path, not the buffered geometry), with a ring showing the brush's size.

The hatch per quality is the printed map's (drawing/pain.py), in a colour per quality on
screen; drawn as lines in view units, so it scales with the view and does not shimmer; the
layer is cached and repainted only when the drawing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem
from shapely.geometry.base import BaseGeometry

from dn_bodymap.charting.pain_drawing import QUALITY_WORDS, PainArea, PainDrawing
from dn_bodymap.drawing import pain
from dn_bodymap.i18n import translate
from dn_bodymap.ui.crisp_icons import painted_icon

# Quality -> ink on screen. The hatch for each quality is the printed map's
# (drawing/pain.py), so the window and the paper tell the qualities apart the same way.
COLOURS: Final[dict[str | None, QColor]] = {
    None: QColor(176, 18, 40),  # crimson
    "aching": QColor(196, 70, 0),  # burnt orange
    "burning": QColor(200, 0, 90),  # magenta
    "numbness": QColor(20, 90, 170),  # blue
    "pins_and_needles": QColor(100, 40, 150),  # purple
}
LAYER_Z: Final = 0.3  # above the body (0), below cautions (0.5), zones (5), markers (10)


def fill_alpha(intensity: int | None) -> int:
    """The wash's opacity: stronger with the intensity (0-10); untagged, in the middle. A
    design choice for legibility, not a clinical scale."""
    return 60 if intensity is None else 25 + 9 * intensity


def label(quality: str | None) -> str:
    return (translate("ui.pain_layer", "pain (no quality)") if quality is None
            else QUALITY_WORDS[quality])


def paint_area(painter: QPainter, geometry: BaseGeometry, quality: str | None,
               intensity: int | None) -> None:
    """One area as the canvas shows it: the printed map's hatch in the quality's colour."""
    pain.paint_area(painter, geometry, quality, COLOURS[quality], fill_alpha(intensity))


def swatch(quality: str | None, intensity: int | None = None, size: int = 16) -> QIcon:
    """A legend swatch, drawn as the canvas draws the area."""
    def paint(painter: QPainter) -> None:
        painter.scale(size / 16, size / 16)
        paint_area(painter, shapely.box(1, 1, 15, 15), quality, intensity)

    return painted_icon(size, paint, Qt.GlobalColor.white)


class PainLayerItem(QGraphicsItem):
    """One view's painted areas: a child of the view's item, in its diagram coordinates."""

    def __init__(self, view: str, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.view = view
        self._rect = parent.boundingRect()
        self._areas: list[PainArea] = []
        self.setZValue(LAYER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect

    def show_drawing(self, drawing: PainDrawing) -> None:
        self._areas = [a for a in drawing.areas if a.view == self.view]
        self.update()

    @property
    def area_count(self) -> int:
        return len(self._areas)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        for area in self._areas:
            paint_area(painter, area.geometry, area.quality, area.intensity)


class StrokeItem(QGraphicsItem):
    """The stroke being painted (or erased), and the brush ring under the cursor."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._rect = parent.boundingRect()
        self.points: list[QPointF] = []
        self.radius = 12.0
        self.erasing = False
        self.ink = COLOURS[None]
        self.ring: QPointF | None = None
        self.setZValue(LAYER_Z + 0.01)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def _around(self, points: Sequence[QPointF]) -> QRectF:
        r = self.radius + 2
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        return QRectF(min(xs) - r, min(ys) - r, max(xs) - min(xs) + 2 * r,
                      max(ys) - min(ys) + 2 * r)

    def begin(self, at: QPointF, radius: float, erasing: bool,
              quality: str | None = None) -> None:
        self.points, self.radius, self.erasing = [at], radius, erasing
        self.ink = QColor(90, 90, 90, 110) if erasing else QColor(COLOURS[quality])
        if not erasing:
            self.ink.setAlpha(90)
        self.update(self._around(self.points))

    def extend(self, to: QPointF) -> None:
        """One more point: only the new segment's neighbourhood is repainted."""
        last = self.points[-1]
        self.points.append(to)
        self.update(self._around([last, to]))

    def clear(self) -> None:
        if self.points:
            self.update(self._around(self.points))
        self.points = []

    def move_ring(self, at: QPointF | None, radius: float) -> None:
        old = self.ring
        self.ring, self.radius = at, radius
        for p in (old, at):
            if p is not None:
                self.update(self._around([p]))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.points:
            pen = QPen(self.ink, 2 * self.radius, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            if len(self.points) == 1:
                painter.drawPoint(self.points[0])
            else:
                painter.drawPolyline(self.points)
        if self.ring is not None:
            painter.setPen(QPen(QColor(40, 40, 40), 0.8, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.ring, self.radius, self.radius)
