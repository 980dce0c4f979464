"""The window over the atlas: hovering names the muscle under the cursor, superficial first."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.ui.main_window import MainWindow, describe

# ``window``: tests/conftest.py's, shared by the window tests.


def screen_point(window: MainWindow, view: str, x: float, y: float) -> QPoint:
    """Where a diagram point is on the canvas's viewport, through the view's transform."""
    item = window.canvas.items_by_view[view]
    return window.canvas.mapFromScene(item.mapToScene(x, y))


def test_hover_names_the_muscle_and_the_one_beneath(window: MainWindow, atlas: Atlas,
                                                    qtbot) -> None:
    mark = atlas.landmark("top_of_shoulder", "right", "back")
    QTest.mouseMove(window.canvas.viewport(), screen_point(window, "back", mark.x, mark.y))
    qtbot.waitUntil(lambda: "Upper trapezius" in window.hover_label.text())
    text = window.hover_label.text()
    assert text.startswith("Upper trapezius (right, superficial)")
    assert "Supraspinatus" in text


def test_front_view_right_thigh_is_on_the_viewer_left(window: MainWindow, atlas: Atlas,
                                                      qtbot) -> None:
    mark = atlas.landmark("anterior_thigh", "right", "front")
    point = screen_point(window, "front", mark.x, mark.y)
    front_item = window.canvas.items_by_view["front"]
    centre = window.canvas.mapFromScene(front_item.mapToScene(atlas.midline_x, mark.y))
    assert point.x() < centre.x()
    QTest.mouseMove(window.canvas.viewport(), point)
    qtbot.waitUntil(lambda: "Rectus femoris" in window.hover_label.text())
    assert "(right, superficial)" in window.hover_label.text()


def test_describe_lists_deeper_layers(atlas: Atlas) -> None:
    mark = atlas.landmark("buttock", "left", "back")
    text = describe(atlas, atlas.muscles_at("back", mark.x, mark.y))
    assert text.startswith("Gluteus maximus (left, superficial)")
    assert "Piriformis (deep)" in text


def test_canvas_fits_both_views(window: MainWindow) -> None:
    window.resize(800, 600)
    QTest.qWait(20)
    rect = window.canvas.mapFromScene(window.canvas.sceneRect()).boundingRect()
    viewport = window.canvas.viewport().rect()
    assert viewport.contains(rect.adjusted(1, 1, -1, -1))
    assert rect.width() > 0.9 * viewport.width() or rect.height() > 0.9 * viewport.height()
    assert window.canvas.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
