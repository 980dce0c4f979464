"""The pain drawing on the canvas: each view's painted areas, translucent and hatched (a hatch
per quality, so the tags read in greyscale too), above the body and below the caution zones,
referral zones and markers; and the stroke in progress, drawn live as a thick round-capped
line (the brush's path, not the buffered geometry), with a ring showing the brush's size.

Hatching is drawn as lines in view units (as the caution layer is), so it scales with the
view and does not shimmer; the layer is cached and repainted only when the drawing changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from dn_bodymap.charting.pain_drawing import QUALITY_WORDS, PainArea, PainDrawing
from dn_bodymap.drawing.qt_geometry import painter_path

# Quality -> (ink, hatch angles in degrees). None: pain with no quality tagged.
STYLES: Final[dict[str | None, tuple[QColor, tuple[float, ...]]]] = {
    None: (QColor(176, 18, 40), (45.0,)),  # crimson "/"
    "aching": (QColor(196, 70, 0), (135.0,)),  # burnt orange "\"
    "burning": (QColor(200, 0, 90), (45.0, 135.0)),  # magenta cross-hatch
    "numbness": (QColor(20, 90, 170), (0.0,)),  # blue horizontal lines
    "pins_and_needles": (QColor(100, 40, 150), (90.0,)),  # purple vertical lines
}
HATCH_SPACING: Final = 5.0  # view units between hatch lines (the caution layer uses 4, and
# diagonal, so the two stay apart where they overlap)
LAYER_Z: Final = 0.3  # above the body (0), below cautions (0.5), zones (5), markers (10)


def fill_alpha(intensity: int | None) -> int:
    """The wash's opacity: stronger with the intensity (0-10); untagged, in the middle. A
    design choice for legibility, not a clinical scale."""
    return 60 if intensity is None else 25 + 9 * intensity


def label(quality: str | None) -> str:
    return "pain (no quality)" if quality is None else QUALITY_WORDS[quality]


def _hatch(rect: QRectF, angle: float) -> QPainterPath:
    """Parallel lines at ``angle`` (degrees, screen y down) covering ``rect``."""
    lines = QPainterPath()
    a = math.radians(angle)
    dx, dy = math.cos(a), -math.sin(a)  # along the line
    nx, ny = -dy, dx  # across it
    cx, cy = rect.center().x(), rect.center().y()
    half = math.hypot(rect.width(), rect.height()) / 2 + HATCH_SPACING
    # Lines at multiples of the spacing from the origin, so neighbouring areas' hatches meet.
    base = cx * nx + cy * ny
    k = math.floor((base - half) / HATCH_SPACING)
    while k * HATCH_SPACING <= base + half:
        off = k * HATCH_SPACING - base
        px, py = cx + nx * off, cy + ny * off
        lines.moveTo(QPointF(px - dx * half, py - dy * half))
        lines.lineTo(QPointF(px + dx * half, py + dy * half))
        k += 1
    return lines


def paint_area(painter: QPainter, path: QPainterPath, quality: str | None,
               intensity: int | None, line_width: float = 0.7) -> None:
    """One area: a translucent wash, its quality's hatch and a solid edge."""
    ink, angles = STYLES[quality]
    painter.save()
    wash = QColor(ink)
    wash.setAlpha(fill_alpha(intensity))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(wash)
    painter.drawPath(path)
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    hatch = QPen(ink, line_width)
    hatch.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(hatch)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = path.boundingRect()
    for angle in angles:
        painter.drawPath(_hatch(rect, angle))
    painter.restore()
    painter.save()
    painter.setPen(QPen(ink, line_width * 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def swatch(quality: str | None, intensity: int | None = None, size: int = 16) -> QIcon:
    """A legend swatch, drawn as the canvas draws the area."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 16, size / 16)
    path = QPainterPath()
    path.addRect(QRectF(1, 1, 14, 14))
    paint_area(painter, path, quality, intensity, line_width=1.0)
    painter.end()
    return QIcon(pixmap)


class PainLayerItem(QGraphicsItem):
    """One view's painted areas: a child of the view's item, in its diagram coordinates."""

    def __init__(self, view: str, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.view = view
        self._rect = parent.boundingRect()
        self._paths: list[tuple[QPainterPath, PainArea]] = []
        self.setZValue(LAYER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect

    def show_drawing(self, drawing: PainDrawing) -> None:
        self._paths = [(painter_path(a.geometry), a) for a in drawing.areas
                       if a.view == self.view]
        self.update()

    @property
    def area_count(self) -> int:
        return len(self._paths)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        for path, area in self._paths:
            paint_area(painter, path, area.quality, area.intensity)


class StrokeItem(QGraphicsItem):
    """The stroke being painted (or erased), and the brush ring under the cursor."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._rect = parent.boundingRect()
        self.points: list[QPointF] = []
        self.radius = 12.0
        self.erasing = False
        self.ink = STYLES[None][0]
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
        self.ink = QColor(90, 90, 90, 110) if erasing else QColor(STYLES[quality][0])
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
