"""One body view (front or back) as a scene item, in its own diagram coordinates."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

from dn_bodymap.atlas import Atlas, Region
from dn_bodymap.drawing.diagram import paint_view

CLICK_SLOP = 4.0  # screen pixels a press may wander and still count as a click


class BodyViewItem(QGraphicsObject):
    """Paints a view from the atlas, reports the muscles under the hovering cursor, and turns
    a left click into diagram coordinates.

    Item coordinates are the view's SVG coordinates, so a point read here goes straight to
    ``Atlas.muscles_at`` and a stored point comes straight back. Zones, site marks and
    trigger-point markers are child items in the same coordinates.
    """

    hovered = Signal(str, float, float, list)  # view, x, y, regions (superficial first)
    clicked = Signal(str, float, float)  # view, x, y

    def __init__(self, atlas: Atlas, view: str) -> None:
        super().__init__()
        self.atlas = atlas
        self.view = view
        self._highlight: list[Region] = []
        self._press: QPointF | None = None
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        # The SVG is slow to paint; a cache at screen resolution (redrawn after a zoom, so
        # still crisp) makes charting a point repaint only what changed.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        x, y, w, h = self.atlas.views[self.view].viewbox
        return QRectF(x, y, w, h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        paint_view(painter, self.atlas, self.view, self._highlight)

    def set_highlight(self, regions: list[Region]) -> None:
        if [id(r) for r in regions] != [id(r) for r in self._highlight]:
            self._highlight = regions
            self.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        p = event.pos()
        regions = self.atlas.muscles_at(self.view, p.x(), p.y())
        self.set_highlight(regions[:1])
        self.hovered.emit(self.view, p.x(), p.y(), regions)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_highlight([])
        self.hovered.emit(self.view, -1.0, -1.0, [])

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = event.screenPos().toPointF()
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None:
            return
        moved = event.screenPos().toPointF() - press
        if abs(moved.x()) + abs(moved.y()) <= CLICK_SLOP:
            p = event.pos()
            self.clicked.emit(self.view, p.x(), p.y())
