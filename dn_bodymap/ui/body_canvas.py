"""The body canvas: front and back views side by side, fitted to the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.ui.body_item import BodyViewItem

GAP = 40.0  # scene units between the front and the back view


class BodyCanvas(QGraphicsView):
    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setMouseTracking(True)
        self.items_by_view: dict[str, BodyViewItem] = {}
        x = 0.0
        for view in VIEWS:
            item = BodyViewItem(atlas, view)
            item.setPos(x, 0)
            self.scene().addItem(item)
            self.items_by_view[view] = item
            x += item.boundingRect().width() + GAP
        self.setSceneRect(self.scene().itemsBoundingRect())

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
