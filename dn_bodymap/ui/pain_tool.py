"""The Pain tool: while it is on, a left drag on either view paints the patient's pain with a
round brush, a right drag (or the Eraser) erases; each stroke is stored at once as one undo
step that sets the session's ``pain_drawing``. Clicks chart no points while it is on.

The window builds it with one line; it adds its actions (menu View, the shortcuts dialog), a
toolbar (brush size, eraser, quality, intensity), the canvas layers and the Drawing
tab, and follows the open session through the editor's ``changed`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar

from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, translate, translate_data
from dn_bodymap.records.model import Session
from dn_bodymap.ui.pain_layer import PainLayerItem, StrokeItem, label, swatch
from dn_bodymap.ui.pain_panel import PainPanel
from dn_bodymap.ui.undo import EditSession
from dn_bodymap.ui.zones_item import ZonesItem

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

STEP = 1.0  # view units the cursor must move before the stroke takes another point: finer
# than the stored geometry's simplification (0.25 after buffering) would not show
BRUSH_NAMES = (QT_TRANSLATE_NOOP("ui.pain_tool", "Fingertip"),
               QT_TRANSLATE_NOOP("ui.pain_tool", "Small"),
               QT_TRANSLATE_NOOP("ui.pain_tool", "Medium"),
               QT_TRANSLATE_NOOP("ui.pain_tool", "Palm"))  # for pd.BRUSH_SIZES, smallest first
_UNSHOWN: Any = object()  # the stored form last shown, before any is
CANDIDATE_COLOUR = "#1b5e20"  # a shown candidate's zones: dark green, apart from the pain inks


class PaintStroke(EditSession):
    """One stroke: the session's pain drawing before and after it; undo stores the before."""

    def __init__(self, window: MainWindow, after: pd.PainDrawing, text: str) -> None:
        e = window.editor
        assert e.session is not None
        # The old value is the session's as stored (EditSession reads it), not re-encoded:
        # undo puts back exactly what was there.
        super().__init__(e.store, e.session.id, {"pain_drawing": _stored(after)}, e,
                         e.selected)
        self.setText(text)

    def _attempted(self) -> dict[str, Any]:
        return {translate("ui.pain_tool", "pain drawing"): self.text().lower()}


def _stored(drawing: pd.PainDrawing) -> dict[str, Any] | None:
    return None if drawing.is_empty else pd.to_json(drawing)


class PainTool(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.canvas = window.canvas
        self.drawing = pd.EMPTY
        self._shown_json: Any = _UNSHOWN
        self.radius = pd.DEFAULT_BRUSH
        self._view: str | None = None  # the view a stroke in progress is on
        self._erasing = False
        self.layers: dict[str, PainLayerItem] = {}
        self.strokes: dict[str, StrokeItem] = {}
        self.candidate_zones: dict[str, ZonesItem] = {}
        for view, item in self.canvas.items_by_view.items():
            self.layers[view] = PainLayerItem(view, item)
            self.strokes[view] = StrokeItem(item)
            zones = ZonesItem(view, item.boundingRect())
            zones.setParentItem(item)
            self.candidate_zones[view] = zones
        self._make_actions()
        self._make_toolbar()
        self.panel = PainPanel(window.atlas)
        # "Drawing", not "Pain drawing": five tabs must fit the panel's narrowest width, or
        # the tab bar scrolls and hides the Point tab (seen under Xvfb at 1400 pixels).
        tab = window.tabs.addTab(self.panel, translate("ui.pain_tool", "Drawin&g"))
        window.tabs.setTabToolTip(tab, translate('ui.pain_tool',
                "The patient's pain drawing: area, regions and the muscles that explain it"))
        self.panel.candidate_shown.connect(self._show_candidate)
        self.panel.candidate_chosen.connect(self._chart_candidate)
        self.canvas.viewport().installEventFilter(self)
        window.editor.changed.connect(self._on_changed)
        # One tool at a time: the pain finder's clicks would be painted over.
        window.pain_action.toggled.connect(lambda on: self.action.setChecked(False) if on else None)

    # -- construction -------------------------------------------------------------------------

    def _action(self, name: str, text: str, keys: str, slot: Any,
                checkable: bool = False) -> QAction:
        action = QAction(text, self.w)
        action.setShortcut(QKeySequence(keys))
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.w.addAction(action)
        self.w.act[name] = action  # listed in the shortcuts dialog
        return action

    def _make_actions(self) -> None:
        self.action = self._action("pain_drawing", translate("ui.pain_tool",
                "Pain &drawing (paint where it hurts)"), "P",
                                   self.set_on, True)
        self.action.setToolTip(translate("ui.pain_tool",
                "Pain drawing (P): drag to paint the patient's pain, right-drag to erase; [ and "
                "] change the brush; Esc leaves"))
        self.eraser = self._action("pain_eraser", translate("ui.pain_tool",
                "Pain drawing: &eraser"), "E",
                                   lambda _on: None, True)
        self.action.setIconText(translate("ui.pain_tool",
                "Pain drawing"))  # the toolbar's word; the menu says more
        self.eraser.setIconText(translate("ui.pain_tool", "Eraser"))
        self.eraser.setToolTip(translate("ui.pain_tool",
                "Eraser (E): a drag erases the pain drawing (or right-drag)"))
        self.smaller = self._action("brush_smaller", translate("ui.pain_tool",
                "Pain drawing: smaller brush"), "[",
                                    lambda: self.step_brush(-1))
        self.larger = self._action("brush_larger", translate("ui.pain_tool",
                "Pain drawing: larger brush"), "]",
                                   lambda: self.step_brush(1))
        self.leave = self._action("pain_leave", translate("ui.pain_tool",
                "Leave the pain drawing tool"), "Esc",
                                  lambda: self.action.setChecked(False))
        for a in (self.eraser, self.smaller, self.larger, self.leave):
            a.setEnabled(False)  # only while the tool is on
        # The menu holding Pain finder mode (found by its action, not by a title that is
        # translated).
        finder = self.w.act["pain_finder"]
        menus = [m for a in self.w.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        view_menu = next((m for m in menus if finder in m.actions()), None)
        if isinstance(view_menu, QMenu):
            view_menu.insertAction(view_menu.actions()[1], self.action)

    def _make_toolbar(self) -> None:
        bar = QToolBar(translate("ui.pain_tool", "Pain drawing"))
        bar.setObjectName("pain_toolbar")
        self.w.addToolBar(bar)
        bar.addAction(self.action)
        bar.addAction(self.eraser)
        bar.addWidget(QLabel(translate("ui.pain_tool", " Brush ")))
        self.brush = QComboBox()
        for name, size in zip(BRUSH_NAMES, pd.BRUSH_SIZES, strict=True):
            self.brush.addItem(translate_data("ui.pain_tool", name), size)
        self.brush.setCurrentIndex(pd.BRUSH_SIZES.index(pd.DEFAULT_BRUSH))
        self.brush.setToolTip(translate("ui.pain_tool", "Brush size ([ smaller, ] larger)"))
        self.brush.currentIndexChanged.connect(
            lambda i: setattr(self, "radius", pd.BRUSH_SIZES[i]))
        bar.addWidget(self.brush)
        bar.addWidget(QLabel(translate("ui.pain_tool", " Quality ")))
        self.quality = QComboBox()  # its swatches are the layer's legend
        for q in (None, *pd.QUALITIES):
            self.quality.addItem(swatch(q), label(q), q)
        self.quality.setToolTip(translate("ui.pain_tool",
                "The quality of what is painted next (hatched as shown)"))
        bar.addWidget(self.quality)
        bar.addWidget(QLabel(translate("ui.pain_tool", " Intensity ")))
        self.intensity = QComboBox()
        self.intensity.addItem("–", None)
        for n in range(11):
            self.intensity.addItem(f"{n}/10", n)
        self.intensity.setToolTip(translate("ui.pain_tool",
                "The intensity (0-10) of what is painted next: a denser wash for more"))
        bar.addWidget(self.intensity)
        self.toolbar = bar

    # -- state --------------------------------------------------------------------------------

    @property
    def on(self) -> bool:
        return self.action.isChecked()

    def set_on(self, on: bool) -> None:
        for a in (self.eraser, self.smaller, self.larger, self.leave):
            a.setEnabled(on)
        if on:
            self.w.pain_action.setChecked(False)  # the pain finder's clicks would be eaten
            self.w.tabs.setCurrentWidget(self.panel)
            self.w.statusBar().showMessage(translate("ui.pain_tool",
                    "Pain drawing: drag to paint where the patient hurts; right-drag erases; Esc "
                    "leaves."))
            self.canvas.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self._cancel_stroke()
            for stroke in self.strokes.values():
                stroke.move_ring(None, self.radius)
            self.canvas.viewport().unsetCursor()
            self.w.statusBar().clearMessage()

    def step_brush(self, step: int) -> None:
        i = max(0, min(self.brush.currentIndex() + step, self.brush.count() - 1))
        self.brush.setCurrentIndex(i)

    def _on_changed(self, session: Session | None, _point: object) -> None:
        editable = session is not None and not session.signed
        self.action.setEnabled(editable)
        if not editable and self.on:
            self.action.setChecked(False)
        stored = session.pain_drawing if session is not None else None
        if stored != self._shown_json:
            self._show(pd.from_json(stored) if stored else pd.EMPTY, stored)

    def _show(self, drawing: pd.PainDrawing, stored: Any) -> None:
        self.drawing, self._shown_json = drawing, stored
        for layer in self.layers.values():
            layer.show_drawing(drawing)
        self.panel.show_drawing(drawing)

    def _show_candidate(self, candidate: Any) -> None:
        patterns = []
        if candidate is not None:
            patterns = self.w.atlas.referrals.patterns_of(candidate.muscle, candidate.side)
            chosen = [p for p in patterns if p.id == candidate.site]
            patterns = chosen or patterns
        for zones in self.candidate_zones.values():
            zones.set_patterns([(p, CANDIDATE_COLOUR) for p in patterns])
        self.w.editor.show_sites([s for p in patterns for s in p.sites])

    def _chart_candidate(self, candidate: Any) -> None:
        self.action.setChecked(False)
        self.w.chart_at_site(candidate.muscle, candidate.side)

    # -- painting -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Leave:  # the brush ring goes with the cursor
            for stroke in self.strokes.values():
                stroke.move_ring(None, self.radius)
        if not self.on or kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                                       QEvent.Type.MouseButtonRelease,
                                       QEvent.Type.MouseButtonDblClick):
            return False
        assert isinstance(event, QMouseEvent)
        if self.canvas._space_down or event.button() == Qt.MouseButton.MiddleButton:
            return False  # panning
        if self.canvas._pan_from is not None:
            return False
        at = self.canvas.mapToScene(event.position().toPoint())
        if kind == QEvent.Type.MouseButtonPress:
            self._begin(at, event.button() == Qt.MouseButton.RightButton)
        elif kind == QEvent.Type.MouseMove:
            self._move(at)
        elif kind == QEvent.Type.MouseButtonRelease:
            self.finish()
        return True  # no clicks, no marker drags, no point charted while painting

    def _view_at(self, scene: QPointF) -> str | None:
        for view, item in self.canvas.items_by_view.items():
            if item.sceneBoundingRect().contains(scene):
                return view
        return None

    def _begin(self, scene: QPointF, right: bool) -> None:
        self._cancel_stroke()
        view = self._view_at(scene)
        if view is None:
            return
        self._view = view
        self._erasing = right or self.eraser.isChecked()
        at = self.canvas.items_by_view[view].mapFromScene(scene)
        self.strokes[view].begin(at, self.radius, self._erasing, self.quality.currentData())

    def _move(self, scene: QPointF) -> None:
        if self._view is None:  # hovering: the ring shows the brush
            view = self._view_at(scene)
            for v, stroke in self.strokes.items():
                ring = self.canvas.items_by_view[v].mapFromScene(scene) if v == view else None
                stroke.move_ring(ring, self.radius)
            return
        stroke = self.strokes[self._view]
        at = self.canvas.items_by_view[self._view].mapFromScene(scene)
        last = stroke.points[-1]
        if abs(at.x() - last.x()) + abs(at.y() - last.y()) >= STEP:
            stroke.extend(at)
        stroke.move_ring(at, self.radius)

    def _cancel_stroke(self) -> None:
        if self._view is not None:
            self.strokes[self._view].clear()
        self._view = None

    def finish(self) -> None:
        """The stroke in progress, painted (or erased) and stored as one undo step."""
        view, self._view = self._view, None
        if view is None:
            return
        stroke = self.strokes[view]
        points = [(p.x(), p.y()) for p in stroke.points]
        erasing = self._erasing
        if not self.w.editor._editable():
            stroke.clear()
            return
        ground = pd.stroke(points, self.radius)
        before = self.drawing
        if erasing:
            after = pd.erase(before, view, ground)
        else:
            after = pd.paint(before, self.w.atlas.views[view].outline, view, ground,
                             self.quality.currentData(), self.intensity.currentData())
        if _stored(after) == _stored(before):
            stroke.clear()
            self.w.statusBar().showMessage(
                translate("ui.pain_tool", "Nothing to erase there.") if erasing else
                translate("ui.pain_tool",
                        "Nothing painted: paint on the body, not beside it."), 5000)
            return
        self._show(after, _UNSHOWN)  # at once; what is stored (or refused) follows
        stroke.clear()
        self.w.editor._push(PaintStroke(self.w, after,
                                        translate("ui.pain_tool", "Erase pain") if erasing
                                        else translate("ui.pain_tool", "Paint pain")))
        self.w.editor.announce_now()
