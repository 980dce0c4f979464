"""The Pain drawing tool in the window: a drag paints the patient's pain where it was dragged
(the patient's right stays right), stored at once as one undo step; the eraser and a right
drag erase; quality and intensity are stored; a signed session shows its drawing but is not
painted; clicks chart no points while the tool is on; the tab lists the differential."""

from __future__ import annotations

import itertools

import pytest
import shapely
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.records.store import Store
from dn_bodymap.ui import pain_panel
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import CLINICIAN, at, click, settle


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    return charting_window


def stroke(window: MainWindow, points: list[QPoint],
           button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """Press at the first point, move through the rest (ten steps each), release."""
    viewport = window.canvas.viewport()

    def send(kind: QEvent.Type, pos: QPoint, pressed: Qt.MouseButton,
             buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), pressed,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, points[0], button, button)
    for a, b in itertools.pairwise(points):
        for i in range(1, 11):
            send(QEvent.Type.MouseMove, a + (b - a) * (i / 10), Qt.MouseButton.NoButton, button)
    send(QEvent.Type.MouseButtonRelease, points[-1], button, Qt.MouseButton.NoButton)
    settle()


def stored(store: Store, window: MainWindow) -> pd.PainDrawing:
    return pd.from_json(store.session(window.editor.session.id).pain_drawing)


def covers(drawing: pd.PainDrawing, atlas: Atlas, landmark: str, side: str, view: str) -> bool:
    m = atlas.landmark(landmark, side, view)
    return drawing.on(view).covers(shapely.Point(m.x, m.y))


def paint_low_back(window: MainWindow, atlas: Atlas) -> None:
    """A short stroke down the patient's right low back into the buttock."""
    stroke(window, [at(window, atlas, "low_back", "right", "back"),
                    at(window, atlas, "buttock", "right", "back")])


@pytest.fixture
def tool(window: MainWindow):
    window.pain_tool.action.setChecked(True)
    return window.pain_tool


def test_a_drag_paints_the_patients_right_where_it_was_dragged(
        window: MainWindow, tool, atlas: Atlas, store: Store) -> None:
    paint_low_back(window, atlas)
    drawing = stored(store, window)
    assert covers(drawing, atlas, "low_back", "right", "back")
    assert covers(drawing, atlas, "buttock", "right", "back")
    assert not covers(drawing, atlas, "low_back", "left", "back")
    assert drawing.on("front").is_empty
    # The back view puts the patient's right on the viewer's right.
    assert drawing.on("back").centroid.x > atlas.midline_x
    assert tool.layers["back"].area_count == 1 and tool.layers["front"].area_count == 0
    # Front view: the patient's right thigh, on the viewer's left.
    stroke(window, [at(window, atlas, "anterior_thigh", "right", "front")])
    drawing = stored(store, window)
    assert covers(drawing, atlas, "anterior_thigh", "right", "front")
    assert not covers(drawing, atlas, "anterior_thigh", "left", "front")
    assert drawing.on("front").centroid.x < atlas.midline_x
    assert window.editor.session.points == ()


def test_the_eraser_and_a_right_drag_erase(window: MainWindow, tool, atlas: Atlas,
                                           store: Store) -> None:
    paint_low_back(window, atlas)
    stroke(window, [at(window, atlas, "buttock", "right", "back")],
           Qt.MouseButton.RightButton)
    drawing = stored(store, window)
    assert covers(drawing, atlas, "low_back", "right", "back")
    assert not covers(drawing, atlas, "buttock", "right", "back")
    tool.eraser.setChecked(True)
    tool.brush.setCurrentIndex(len(pd.BRUSH_SIZES) - 1)
    paint_low_back(window, atlas)
    assert store.session(window.editor.session.id).pain_drawing is None
    assert tool.layers["back"].area_count == 0


def test_quality_and_intensity_are_stored(window: MainWindow, tool, atlas: Atlas,
                                          store: Store) -> None:
    tool.quality.setCurrentIndex(tool.quality.findData("burning"))
    tool.intensity.setCurrentIndex(tool.intensity.findData(7))
    paint_low_back(window, atlas)
    (area,) = stored(store, window).areas
    assert area.tags == ("burning", 7)
    tool.intensity.setCurrentIndex(0)  # none
    tool.quality.setCurrentIndex(tool.quality.findData("numbness"))
    stroke(window, [at(window, atlas, "posterior_thigh", "right", "back")])
    tags = {a.tags for a in stored(store, window).areas}
    assert tags == {("burning", 7), ("numbness", None)}
    assert tool.panel.legend.count() == 2


def test_each_stroke_is_one_undo_step_stored(window: MainWindow, tool, atlas: Atlas,
                                             store: Store) -> None:
    paint_low_back(window, atlas)
    first = store.session(window.editor.session.id).pain_drawing
    stroke(window, [at(window, atlas, "posterior_thigh", "right", "back")])
    second = store.session(window.editor.session.id).pain_drawing
    assert second != first
    stack = window.editor.undo_stack
    assert stack.count() == 2 and stack.undoText() == "Paint pain"
    stack.undo()
    settle()
    assert store.session(window.editor.session.id).pain_drawing == first
    assert not covers(tool.drawing, atlas, "posterior_thigh", "right", "back")
    stack.undo()
    settle()
    assert store.session(window.editor.session.id).pain_drawing is None
    assert tool.layers["back"].area_count == 0
    stack.redo()
    stack.redo()
    settle()
    assert store.session(window.editor.session.id).pain_drawing == second
    assert covers(tool.drawing, atlas, "posterior_thigh", "right", "back")


def test_clicks_chart_no_points_while_the_tool_is_on(window: MainWindow, tool, atlas: Atlas,
                                                     store: Store) -> None:
    click(window, at(window, atlas, "buttock", "right", "back"))
    window.editor.close_chooser()
    assert store.session(window.editor.session.id).points == ()
    assert covers(stored(store, window), atlas, "buttock", "right", "back")  # a dab
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not tool.on
    click(window, at(window, atlas, "buttock", "right", "back"))
    window.editor.close_chooser()
    assert len(store.session(window.editor.session.id).points) == 1


def test_the_pain_finder_and_the_pain_tool_take_turns(window: MainWindow, tool) -> None:
    window.pain_action.setChecked(True)
    assert not tool.on
    tool.action.setChecked(True)
    assert not window.pain_action.isChecked()


def test_brush_keys_change_the_size(window: MainWindow, tool) -> None:
    window.activateWindow()
    start = tool.radius
    QTest.keyClick(window, Qt.Key.Key_BracketRight)
    assert tool.radius > start
    QTest.keyClick(window, Qt.Key.Key_BracketLeft)
    QTest.keyClick(window, Qt.Key.Key_BracketLeft)
    assert tool.radius < start


def test_a_signed_session_shows_its_drawing_and_is_not_painted(
        window: MainWindow, tool, atlas: Atlas, store: Store) -> None:
    paint_low_back(window, atlas)
    session_id = window.editor.session.id
    before = store.session(session_id).pain_drawing
    store.sign_session(session_id, CLINICIAN)
    window.editor.open(session_id)
    settle()
    assert not tool.action.isEnabled() and not tool.on
    assert tool.layers["back"].area_count == 1  # still shown
    tool.action.setChecked(True)  # even if forced on, nothing is painted
    stroke(window, [at(window, atlas, "posterior_thigh", "right", "back")])
    assert store.session(session_id).pain_drawing == before
    assert store.session(session_id).points == ()


def test_the_tab_lists_the_differential_for_a_drawing(window: MainWindow, tool, atlas: Atlas,
                                                      store: Store) -> None:
    pytest.importorskip("dn_bodymap.charting.differential")
    panel = tool.panel
    assert panel.list.count() == 0
    paint_low_back(window, atlas)
    assert panel.list.count() > 0
    assert "explains" in panel.list.item(0).text() and "%" in panel.list.item(0).text()
    assert "right" in panel.region_label.text()
    assert "% of the body" in panel.area.text()
    panel.list.setCurrentRow(0)
    first = panel.candidates[0]
    shown = tool.candidate_zones["back"].pattern_ids + tool.candidate_zones["front"].pattern_ids
    assert shown and all(p.startswith(first.muscle) for p in shown)
    assert window.editor.zones["back"].sites or window.editor.zones["front"].sites


def test_the_tab_shows_what_the_differential_returns(window: MainWindow, tool, atlas: Atlas,
                                                     monkeypatch) -> None:
    # The differential's own ranking is tested with it; here, what the tab makes of it.
    import types
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Candidate:
        muscle: str
        side: str
        site: str | None
        score: float
        explained: float

    seen = []
    differential = types.ModuleType("dn_bodymap.charting.differential")
    differential.rank = lambda a, d, limit=None: (
        seen.append(d) or [Candidate("quadratus_lumborum", "right", None, 0.61, 0.7),
                           Candidate("gluteus_medius", "right", None, 0.4, 0.35)])
    regions = types.ModuleType("dn_bodymap.charting.pain_regions")
    regions.regions = lambda a, d: ["right low back", "right buttock"]
    monkeypatch.setattr(pain_panel, "_differential", lambda: (differential, regions))
    paint_low_back(window, atlas)
    panel = tool.panel
    assert seen and covers(seen[-1], atlas, "low_back", "right", "back")
    assert panel.list.item(0).text() == ("Quadratus lumborum (right)\n    explains 70% of the "
                                         "drawn pain · score 0.61")
    assert panel.region_label.text() == "Regions: right low back, right buttock"
    panel.list.setCurrentRow(0)
    shown = tool.candidate_zones["back"].pattern_ids + tool.candidate_zones["front"].pattern_ids
    assert shown and all(p.startswith("quadratus_lumborum") for p in shown)
    qls = [s for p in atlas.referrals.patterns_of("quadratus_lumborum", "right") for s in p.sites]
    assert set(window.editor.zones["back"].sites + window.editor.zones["front"].sites) == set(qls)
    panel.start.click()
    settle()
    window.editor.close_chooser()
    (point,) = window.editor.session.points
    assert (point.muscle, point.side) == ("quadratus_lumborum", "right") and not tool.on
