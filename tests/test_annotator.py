"""The annotator window, driven as a clinician would: clicks at the screen positions of atlas
landmarks (through the view's transform), keys, the chooser, undo and redo, the pain finder."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.model import Clinician
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow

CLINICIAN = Clinician("Alex Morgan", "PT, DPT")


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    return charting_window


def at(window: MainWindow, atlas: Atlas, landmark: str, side: str | None, view: str) -> QPoint:
    m = atlas.landmark(landmark, side, view)
    return window.canvas.screen_point(view, m.x, m.y)


def click(window: MainWindow, pos: QPoint) -> None:
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    settle()


def settle() -> None:
    """Let the window catch up: the panels follow the canvas one event-loop turn later."""
    QApplication.processEvents()


def stored_points(store: Store, window: MainWindow) -> list[dict]:
    return [asdict(p) for p in store.session(window.editor.session.id).points]


def test_click_on_the_buttock_charts_gluteus_maximus_and_the_chooser_picks_piriformis(
        window: MainWindow, atlas: Atlas, store: Store, qtbot) -> None:
    click(window, at(window, atlas, "buttock", "right", "back"))
    (point,) = store.session(window.editor.session.id).points
    assert (point.muscle, point.side, point.layer) == ("gluteus_maximus", "right", "superficial")
    chooser = window.editor.chooser
    assert chooser is not None and chooser.isVisible()
    names = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert "Gluteus maximus" in names[0] and any("Piriformis" in n for n in names[1:])
    digit = next(i for i, n in enumerate(names, start=1) if "Piriformis" in n)
    QTest.keyClick(chooser, str(digit))
    settle()
    (point,) = store.session(window.editor.session.id).points
    assert (point.muscle, point.side, point.layer) == ("piriformis", "right", "deep")
    assert window.inspector.title.text().startswith("Point 1: Piriformis")


def test_escape_keeps_the_superficial_muscle(window: MainWindow, atlas: Atlas,
                                             store: Store) -> None:
    click(window, at(window, atlas, "buttock", "left", "back"))
    QTest.keyClick(window.editor.chooser, Qt.Key.Key_Escape)
    (point,) = store.session(window.editor.session.id).points
    assert (point.muscle, point.side) == ("gluteus_maximus", "left")


def test_front_right_thigh_is_on_the_viewer_left_and_maps_to_the_right(
        window: MainWindow, atlas: Atlas, store: Store) -> None:
    pos = at(window, atlas, "anterior_thigh", "right", "front")
    front = window.canvas.items_by_view["front"]
    midline = window.canvas.mapFromScene(front.mapToScene(atlas.midline_x, 500))
    assert pos.x() < midline.x()
    click(window, pos)
    (point,) = store.session(window.editor.session.id).points
    assert point.side == "right" and point.view == "front"
    assert point.muscle == "rectus_femoris"


def test_a_click_outside_the_body_places_nothing_and_says_why(window: MainWindow,
                                                             store: Store) -> None:
    click(window, window.canvas.screen_point("front", 20, 900))
    assert store.session(window.editor.session.id).points == ()
    assert "outside the body" in window.statusBar().currentMessage()


def test_undo_and_redo_restore_the_store(window: MainWindow, atlas: Atlas,
                                         store: Store) -> None:
    click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
    window.editor.close_chooser()
    one = stored_points(store, window)
    click(window, at(window, atlas, "anterior_thigh", "left", "front"))
    window.editor.close_chooser()
    point = window.editor.selected_point()
    assert window.inspector.point.number == 2
    window.inspector.fields["depth_mm"].widget.setValue(18.5)
    two = stored_points(store, window)
    assert two[1]["depth_mm"] == 18.5
    stack = window.editor.undo_stack
    stack.undo()  # the depth
    stack.undo()  # the second point
    assert stored_points(store, window) == one
    stack.redo()
    stack.redo()
    again = stored_points(store, window)
    assert [{k: v for k, v in p.items() if k != "id"} for p in again] == \
        [{k: v for k, v in p.items() if k != "id"} for p in two]
    assert again[1]["number"] == point.number == 2


def drag(widget, start: QPoint, end: QPoint) -> None:
    """A real press-move-release with the left button held (QTest.mouseMove carries none)."""
    def send(kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
        global_pos = widget.mapToGlobal(pos)
        event = QMouseEvent(kind, QPointF(pos), QPointF(global_pos), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, 11):
        send(QEvent.Type.MouseMove, start + (end - start) * (i / 10), Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_moving_a_point_remaps_it(window: MainWindow, atlas: Atlas, store: Store) -> None:
    click(window, at(window, atlas, "anterior_thigh", "right", "front"))
    window.editor.close_chooser()
    start = at(window, atlas, "anterior_thigh", "right", "front")
    # (the shin landmark is the bare face of the tibia, issue 15: drag to the outer leg)
    end = at(window, atlas, "lateral_leg", "right", "front")
    drag(window.canvas.viewport(), start, end)
    window.editor.close_chooser()
    (point,) = store.session(window.editor.session.id).points
    leg = atlas.landmark("lateral_leg", "right", "front")
    assert point.muscle == "peroneus_longus"
    assert abs(point.x - leg.x) < 3 and abs(point.y - leg.y) < 3


def test_a_signed_session_refuses_edits(window: MainWindow, atlas: Atlas, store: Store) -> None:
    click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
    window.editor.close_chooser()
    session_id = window.editor.session.id
    store.sign_session(session_id, CLINICIAN)
    window.editor.open(session_id)
    before = stored_points(store, window)
    click(window, at(window, atlas, "buttock", "right", "back"))
    window.editor.delete_selected()
    assert stored_points(store, window) == before
    assert "signed" in window.statusBar().currentMessage()
    assert not window.session_panel.body.isEnabled()
    window.editor.select(before[0]["id"])
    settle()
    assert not window.inspector.body.isEnabled()
    assert "read-only" in window.inspector.read_only_note.text()


def test_pain_finder_at_the_heel_lists_soleus_as_essential(window: MainWindow, atlas: Atlas,
                                                          store: Store) -> None:
    window.pain_action.setChecked(True)
    click(window, at(window, atlas, "heel", "right", "back"))
    rows = {(c.muscle, c.side): c.zone for c in window.pain_finder.candidates}
    assert rows[("soleus", "right")] == "essential"
    assert store.session(window.editor.session.id).points == ()  # finding is not charting
    shown = window.editor.zones["back"].sites
    assert shown, "the first candidate's classic sites are marked on the canvas"
    row = next(i for i, c in enumerate(window.pain_finder.candidates) if c.muscle == "soleus")
    window.pain_finder.list.setCurrentRow(row)
    window.pain_finder.start.click()
    (point,) = store.session(window.editor.session.id).points
    assert (point.muscle, point.side) == ("soleus", "right")


def test_muscle_search_places_a_point_at_the_classic_site(window: MainWindow,
                                                         store: Store) -> None:
    window.place_at_classic_site("Piriformis (left)")
    (point,) = store.session(window.editor.session.id).points
    assert (point.muscle, point.side) == ("piriformis", "left")


def test_zoom_and_reset(window: MainWindow) -> None:
    canvas = window.canvas
    assert canvas.zoom_factor() == pytest.approx(1.0, rel=0.02)
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom_factor() == pytest.approx(1.25 ** 2, rel=0.02)
    QTest.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.zoom_factor() == pytest.approx(1.0, rel=0.02)
    QTest.keyClick(canvas, Qt.Key.Key_Minus)  # never smaller than the fitted view
    assert canvas.zoom_factor() == pytest.approx(1.0, rel=0.02)


def test_the_points_list_follows_the_session(window: MainWindow, atlas: Atlas,
                                             store: Store) -> None:
    for landmark, side, view in (("top_of_shoulder", "right", "back"),
                                 ("anterior_thigh", "left", "front"),
                                 ("calf", "right", "back")):
        click(window, at(window, atlas, landmark, side, view))
        window.editor.close_chooser()
    window.editor.undo_stack.undo()
    settle()
    labels = [window.points.item(i).text() for i in range(window.points.count())]
    assert labels == ["1. Upper trapezius (R)", "2. Rectus femoris (L)"]
    window.editor.undo_stack.redo()
    settle()
    assert window.points.count() == 3
    assert window.points.item(2).text().startswith("3. Gastrocnemius (R")


def test_export_pdf_from_the_window(window: MainWindow, atlas: Atlas, store: Store,
                                    tmp_path) -> None:
    from pypdf import PdfReader

    click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
    window.editor.close_chooser()
    path = window.printing.export_pdf("clinical", str(tmp_path / "map.pdf"))
    text = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
    assert "Jane Doe" in text and "Upper trapezius" in text and "DRAFT - not signed" in text
    assert window.act["print"].shortcut().toString() == "Ctrl+P"
