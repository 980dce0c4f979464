"""The body canvas: front and back views side by side; fit, zoom, pan, and clicks mapped back
to diagram coordinates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.ui import theme
from dn_bodymap.ui.body_item import BodyViewItem

GAP = 40.0  # scene units between the front and the back view
ZOOM_STEP = 1.25
MAX_ZOOM = 12.0  # relative to the fitted view: a hand fills the screen, no further
CARD_MARGIN = 16.0  # scene units of paper around the views in dark mode (and its corners)
PAPER = QColor("#fbf8f1")  # the card's paper: the figure's light colours stay as printed


class BodyCanvas(QGraphicsView):
    """Vector drawing (QGraphicsView over the atlas's paths), so it is crisp at any zoom.

    Fits both views to the window until the user zooms; `reset_view` fits again. Pan with the
    middle button, or the left button while Space is held.
    """

    clicked = Signal(str, float, float)  # view, x, y in that view's diagram coordinates
    view_changed = Signal()  # zoomed or fitted (a linked canvas follows; scrolling has its own)
    painted = Signal()  # after each repaint (the click-to-paint benchmark stops its clock here)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items_by_view: dict[str, BodyViewItem] = {}
        x = 0.0
        for view in VIEWS:
            item = BodyViewItem(atlas, view)
            item.setPos(x, 0)
            item.clicked.connect(self.clicked)
            self.scene().addItem(item)
            self.items_by_view[view] = item
            x += item.boundingRect().width() + GAP
        self.setSceneRect(self.scene().itemsBoundingRect())
        self._fitted = True  # follow the window size until the user zooms
        self._pan_from: QPoint | None = None
        self._space_down = False

    # -- geometry ---------------------------------------------------------------------------

    def screen_point(self, view: str, x: float, y: float) -> QPoint:
        """Where a diagram point is on the viewport (tests click here)."""
        return self.mapFromScene(self.items_by_view[view].mapToScene(x, y))

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def reset_view(self) -> None:
        self._fitted = True
        self.fit()
        self.view_changed.emit()

    def follow(self, other: BodyCanvas) -> None:
        """Take ``other``'s zoom and scroll position (linked comparison views)."""
        self.setTransform(other.transform())
        self._fitted = other._fitted
        self.horizontalScrollBar().setValue(other.horizontalScrollBar().value())
        self.verticalScrollBar().setValue(other.verticalScrollBar().value())

    def zoom_factor(self) -> float:
        """The current scale relative to the fitted view."""
        fitted = min(self.viewport().width() / self.sceneRect().width(),
                     self.viewport().height() / self.sceneRect().height())
        return self.transform().m11() / fitted if fitted > 0 else 1.0

    def zoom(self, factor: float) -> None:
        current = self.zoom_factor()
        factor = max(1.0 / current, min(factor, MAX_ZOOM / current))  # never smaller than fit
        if abs(factor - 1.0) < 1e-6:
            return
        self.scale(factor, factor)
        self._fitted = self.zoom_factor() <= 1.0001
        self.view_changed.emit()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """White, as always; in dark mode the window's dark grey with the views on a light
        rounded card, so the skin tones, markers and hatching keep their contrast."""
        if not theme.is_dark():
            painter.fillRect(rect, Qt.GlobalColor.white)
            return
        painter.fillRect(rect, self.palette().color(self.backgroundRole()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER)
        # beyond the scene rect, so zoom and scrolling are as in light mode; where the views
        # fill the window the paper reaches its edge
        card = self.sceneRect().adjusted(-CARD_MARGIN, -CARD_MARGIN, CARD_MARGIN, CARD_MARGIN)
        painter.drawRoundedRect(card, CARD_MARGIN, CARD_MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    # -- input ------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(ZOOM_STEP ** steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        # A trackpad pinch arrives as a native zoom gesture on macOS and some Linux drivers.
        if (isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.zoom(1.0 + event.value())
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
        else:
            super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pan = (event.button() == Qt.MouseButton.MiddleButton
               or (event.button() == Qt.MouseButton.LeftButton and self._space_down))
        if pan:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
