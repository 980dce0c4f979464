"""Numbered trigger-point markers: drawn at a fixed screen size, draggable, selectable."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

RADIUS = 10.0  # screen pixels: legible at every zoom


class MarkerItem(QGraphicsObject):
    """A trigger point on one view. Its position is in the view's diagram coordinates."""

    moved = Signal(int, float, float)  # point id, new x, y (after a drag)
    picked = Signal(int)  # point id

    def __init__(self, point_id: int, number: int, colour: str, *,
                 latent: bool = False, unconfirmed: bool = False, movable: bool = True) -> None:
        super().__init__()
        self.point_id = point_id
        self.number = number
        self.colour = QColor(colour)
        self.latent = latent
        self.unconfirmed = unconfirmed
        self._drag_from: QPointF | None = None
        self.shows: object = None  # what the marker was drawn from (to tell if it is stale)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # text is slow to paint

    def boundingRect(self) -> QRectF:
        r = RADIUS + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(QColor("#111111"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS + 2.5, RADIUS + 2.5)
        # Active points are filled; latent ones are a ring, as on paper charts.
        pen = QPen(QColor("white") if not self.latent else self.colour, 1.5 if not self.latent
                   else 3.0)
        if self.unconfirmed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(self.colour if not self.latent else QColor("white")))
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        font = QFont()
        font.setPixelSize(12)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white") if not self.latent else self.colour)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(self.number))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._drag_from = self.pos()
        self.picked.emit(self.point_id)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._drag_from = self._drag_from, None
        if start is not None and (self.pos() - start).manhattanLength() > 0.5:
            self.moved.emit(self.point_id, self.pos().x(), self.pos().y())
