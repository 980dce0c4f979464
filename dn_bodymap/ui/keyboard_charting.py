"""Charting without a mouse: a placement cursor (a cross-hair) that the arrow keys move over
the body, the muscle under it announced as a hover would be, Enter to chart a point there,
and Ctrl+arrows to move the selected point.

It works through the canvas's public signals (a body view's ``hovered``, the canvas's
``clicked``, a marker's ``moved``), so a key does exactly what the mouse does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.charting.placement import describe
from dn_bodymap.i18n import translate
from dn_bodymap.ui.body_canvas import BodyCanvas
from dn_bodymap.ui.markers import MarkerItem

STEP = 5.0  # view units (the figure is 900 tall): about 1 cm
BIG_STEP = 25.0  # with Shift
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
          Qt.Key.Key_Down: (0, 1)}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARM = 14.0  # screen pixels
F = Qt.FocusReason
KEYBOARD = (F.TabFocusReason, F.BacktabFocusReason, F.ShortcutFocusReason, F.OtherFocusReason)


class CrossHair(QGraphicsItem):
    """The placement cursor: a black-and-white cross, legible on skin, muscle and zones."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(20)  # over markers and zones
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return QRectF(-ARM - 2, -ARM - 2, 2 * ARM + 4, 2 * ARM + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        for colour, width in ((Qt.GlobalColor.white, 5.0), (Qt.GlobalColor.black, 2.0)):
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(-ARM, 0), QPointF(-4, 0))
            painter.drawLine(QPointF(4, 0), QPointF(ARM, 0))
            painter.drawLine(QPointF(0, -ARM), QPointF(0, -4))
            painter.drawLine(QPointF(0, 4), QPointF(0, ARM))


class KeyboardCharting(QObject):
    """Installed on a canvas: owns the cursor, filters the arrow and Enter keys."""

    said = Signal(str)  # why Enter charted nothing (for the status bar)

    def __init__(self, canvas: BodyCanvas, selected_id: Callable[[], int | None] = lambda: None,
                 not_now: Callable[[], str] = lambda: "") -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.selected_id = selected_id  # the selected point's id, or None
        self.not_now = not_now  # why Enter must not chart now ("" when it may)
        self.view = VIEWS[0]
        box = canvas.items_by_view[self.view].boundingRect()
        self.x, self.y = box.center().x(), box.top() + box.height() * 0.3  # the chest
        self.cross = CrossHair()
        self.cross.hide()
        self.engaged = False  # the keys have moved the cursor since the last click
        canvas.scene().addItem(self.cross)
        canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            why = event.reason()  # type: ignore[attr-defined]
            # Not for a click: a mouse user has no use for the cross. Back in the window, as
            # it was.
            if why in KEYBOARD or (why == F.ActiveWindowFocusReason and self.engaged):
                self._place()
        elif (kind == QEvent.Type.FocusOut
              and event.reason() != Qt.FocusReason.PopupFocusReason):  # type: ignore[attr-defined]
            self.engaged = self.engaged and event.reason() in (  # type: ignore[attr-defined]
                F.ActiveWindowFocusReason, F.PopupFocusReason)
            self.cross.hide()  # the keyboard went elsewhere (not to the depth chooser)
        elif kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return False

    def _key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        key = Qt.Key(event.key())
        if key in ARROWS and not mods & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.ControlModifier):
            dx, dy = ARROWS[key]
            step = BIG_STEP if shift else STEP
            if ctrl:
                self.move_selected(dx * step, dy * step)
            else:
                self.move_cursor(dx * step, dy * step)
            return True
        if key in ENTER and not mods:
            self.cross.show()
            reason = self.not_now()
            if reason:
                self.said.emit(reason)
            else:
                self.canvas.clicked.emit(self.view, self.x, self.y)
            return True
        return False

    def move_cursor(self, dx: float, dy: float) -> None:
        """Move the cursor; past a view's side edge it goes on to the other view."""
        box = self.canvas.items_by_view[self.view].boundingRect()
        x, y = self.x + dx, min(max(self.y + dy, box.top()), box.bottom())
        i = VIEWS.index(self.view)
        rect = self.canvas.items_by_view  # each view's box, in its own coordinates
        if x > box.right() and i + 1 < len(VIEWS):
            self.view, x = VIEWS[i + 1], rect[VIEWS[i + 1]].boundingRect().left()
        elif x < box.left() and i > 0:
            self.view, x = VIEWS[i - 1], rect[VIEWS[i - 1]].boundingRect().right()
        else:
            x = min(max(x, box.left()), box.right())
        self.x, self.y = x, y
        self._place()

    def _place(self) -> None:
        self.engaged = True
        item = self.canvas.items_by_view[self.view]
        self.cross.setPos(item.mapToScene(self.x, self.y))
        self.cross.show()
        self.canvas.ensureVisible(self.cross, 40, 40)
        regions = self.canvas.atlas.muscles_at(self.view, self.x, self.y)
        item.set_highlight(regions[:1])
        item.hovered.emit(self.view, self.x, self.y, regions)  # the status bar says what
        where = (describe(self.canvas.atlas, regions) if regions
                 else translate("ui.keyboard_charting", "not on a muscle"))
        self.canvas.setAccessibleDescription(translate("ui.keyboard_charting",
                "Cursor ({view}): {where}").format(view=self.view, where=where))

    def move_selected(self, dx: float, dy: float) -> None:
        """Move the selected point as a drag would (re-mapped, one undo step)."""
        point_id = self.selected_id()
        marker = next((m for m in self.canvas.scene().items()
                       if isinstance(m, MarkerItem) and m.point_id == point_id), None)
        if marker is None:
            return
        x, y = marker.pos().x() + dx, marker.pos().y() + dy
        view = next(v for v, item in self.canvas.items_by_view.items()
                    if item is marker.parentItem())
        self.view, self.x, self.y = view, x, y  # the cursor follows the point
        self._place()
        marker.setPos(x, y)
        marker.moved.emit(point_id, x, y)
