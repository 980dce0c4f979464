"""Numbered trigger-point markers: drawn at a fixed screen size, draggable, selectable."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

from dn_bodymap.drawing.markers import paint_marker

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
        self.accessible_name = ""  # "Point 3: Piriformis, right, active" (ui/accessibility)
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
        paint_marker(painter, QPointF(0, 0), RADIUS, self.number, self.colour.name(),
                     latent=self.latent, unconfirmed=self.unconfirmed, selected=self.isSelected())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._drag_from = self.pos()
        self.picked.emit(self.point_id)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._drag_from = self._drag_from, None
        if start is not None and (self.pos() - start).manhattanLength() > 0.5:
            self.moved.emit(self.point_id, self.pos().x(), self.pos().y())
