"""The side panels' inputs as a clinician meets them: the wheel scrolls the panel and never
changes an answer it merely passes over; the needle list and the depth field stay honest."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import at, click, settle, stored_points


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    return charting_window


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel notch (down by default) over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    settle()


def inputs(panel: QWidget) -> Iterator[QComboBox | QAbstractSpinBox]:
    yield from panel.findChildren(QComboBox)
    yield from panel.findChildren(QAbstractSpinBox)


def shown(widget: QComboBox | QAbstractSpinBox) -> str:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def stored(window: MainWindow, store: Store) -> tuple:
    return store.session(window.editor.session.id), stored_points(store, window)


def chart_a_point(window: MainWindow, atlas: Atlas) -> None:
    click(window, at(window, atlas, "buttock", "right", "back"))
    window.editor.close_chooser()
    window.editor.announce_now()


def test_the_wheel_over_an_unfocused_input_changes_nothing(window: MainWindow,
                                                          atlas: Atlas, store: Store) -> None:
    chart_a_point(window, atlas)
    window.canvas.setFocus()
    checked = 0
    for tab, panel in ((0, window.inspector), (1, window.session_panel)):
        window.tabs.setCurrentIndex(tab)
        settle()
        for widget in inputs(panel):
            if not widget.isVisible() or not widget.isEnabled():
                continue
            before, record = shown(widget), stored(window, store)
            for notches in (-1, 1, 1):  # down, then up (from the first entry or the last)
                wheel(widget, notches)
                assert shown(widget) == before, f"{_name(widget)} changed: {shown(widget)}"
                assert stored(window, store) == record, f"{_name(widget)} stored a change"
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
            checked += 1
    # Every answer of the screen, the point's type, needle, technique, tolerance, depth...
    assert checked >= 10 + 8


def test_the_wheel_scrolls_the_panel_instead(window: MainWindow, atlas: Atlas,
                                            store: Store) -> None:
    window.resize(1400, 600)
    window.tabs.setCurrentIndex(1)
    settle()
    combo, _note = window.session_panel.screening["anticoagulants"]
    area = next(w for w in _ancestors(combo) if isinstance(w, QAbstractScrollArea))
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the session panel should need scrolling at this height"
    start = bar.value()
    wheel(combo)
    assert bar.value() > start
    assert combo.currentData() == "not_asked"
    assert store.session(window.editor.session.id).screening["anticoagulants"].answer \
        == "not_asked"


def test_an_input_clicked_into_still_follows_the_wheel(window: MainWindow, atlas: Atlas,
                                                     store: Store, qtbot) -> None:
    chart_a_point(window, atlas)
    window.tabs.setCurrentIndex(1)
    combo, _note = window.session_panel.screening["anticoagulants"]
    window.activateWindow()
    combo.setFocus(Qt.FocusReason.MouseFocusReason)  # as a click into it gives
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, 1)  # up from "Not asked", the last answer
    assert combo.currentData() == "no"
    answer = store.session(window.editor.session.id).screening["anticoagulants"].answer
    assert answer == combo.currentData()

    window.tabs.setCurrentIndex(0)
    twitches = window.inspector.fields["ltr_count"].widget
    twitches.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(twitches.hasFocus)
    wheel(twitches, 1)
    assert stored_points(store, window)[0]["ltr_count"] == 0


def test_an_input_tabbed_into_does_not_follow_the_wheel(window: MainWindow, atlas: Atlas,
                                                       store: Store, qtbot) -> None:
    """Tab past the technique, then scroll the panel: the technique stays (in a charted visit
    it became "With electrical stimulation")."""
    chart_a_point(window, atlas)
    technique = window.inspector.fields["technique"].widget
    before = technique.currentIndex()
    window.activateWindow()
    technique.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(technique.hasFocus)
    wheel(technique, -3)
    assert technique.currentIndex() == before
    assert stored_points(store, window)[0]["technique"] is None


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    """The label beside an input, for a readable failure."""
    labels = [w for w in widget.parentWidget().findChildren(QLabel) if w.buddy() is widget]
    return labels[0].text() if labels else type(widget).__name__


def needle_texts(window: MainWindow) -> list[str]:
    combo = window.inspector.needle_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_needle_list_gains_no_entries_as_points_are_shown(window: MainWindow, atlas: Atlas,
                                                             store: Store) -> None:
    sid = window.editor.session.id
    listed = needle_texts(window)
    thigh = atlas.landmark("anterior_thigh", "right", "front")
    calf = atlas.landmark("calf", "left", "back")
    # As stored: floats (30.0), and one size the list does not offer.
    store.add_point(sid, "front", thigh.x, thigh.y, needle_gauge_mm=0.25, needle_length_mm=30.0)
    store.add_point(sid, "back", calf.x, calf.y, needle_gauge_mm=0.22, needle_length_mm=45.0)
    for _ in range(2):  # the session opened twice, each point shown several times
        window.editor.open(sid)
        for number in (1, 2, 1, 2, 1):
            window.editor.select(window.editor.point_by_number(number).id)
            window.editor.announce_now()
            texts = needle_texts(window)
            assert len(texts) == len(set(texts)), texts
            expected = "0.25 × 30 mm" if number == 1 else "0.22 × 45 mm (as recorded)"
            assert window.inspector.needle_combo.currentText() == expected
    assert needle_texts(window)[:len(listed)] == listed
    assert len(needle_texts(window)) == len(listed)  # point 1 is shown: no extra entry


def test_a_refused_depth_is_explained_beside_the_field_and_the_point_stays_selected(
        window: MainWindow, atlas: Atlas, store: Store, qtbot) -> None:
    click(window, at(window, atlas, "anterior_thigh", "right", "front"))
    window.editor.close_chooser()
    window.editor.announce_now()
    window.tabs.setCurrentIndex(0)
    inspector = window.inspector
    inspector.needle_combo.setCurrentIndex(inspector.needle_combo.findText("0.25 × 25 mm"))
    depth = inspector.fields["depth_mm"].widget
    depth.setFocus()
    qtbot.waitUntil(depth.hasFocus)
    depth.selectAll()
    qtbot.keyClicks(depth, "40")
    qtbot.keyClick(depth, Qt.Key.Key_Return)
    settle()
    window.editor.announce_now()
    (point,) = store.session(window.editor.session.id).points
    assert point.depth_mm is None and point.needle_length_mm == 25
    assert window.editor.selected == 1 and inspector.point is not None
    assert inspector.body.isVisible()
    problem = inspector.problem_label("depth_mm")
    assert problem.isVisible()
    assert "40 mm is deeper than the needle is long (25 mm)" in problem.text()
    assert depth.text() == "—"  # the field shows what is stored
    # The next edit of the same point still works, and a valid depth clears the note.
    depth.setFocus()
    depth.selectAll()
    qtbot.keyClicks(depth, "20")
    qtbot.keyClick(depth, Qt.Key.Key_Return)
    settle()
    window.editor.announce_now()
    assert store.session(window.editor.session.id).points[0].depth_mm == 20
    assert not problem.isVisible()


def test_the_session_panel_fits_its_dock_at_the_default_size(window: MainWindow) -> None:
    """At the window's default size every input of the visit is wholly in view across (the
    chief complaint and the pain-after box were cut off at the right edge)."""
    window.tabs.setCurrentWidget(window.tabs.widget(1))
    settle()
    area = window.session_panel.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    viewport = area.viewport().rect()
    for field in ("chief_complaint", "pain_before", "pain_after"):
        widget = window.session_panel.fields[field].widget
        box = widget.rect().translated(widget.mapTo(area.viewport(), QPoint(0, 0)))
        assert viewport.left() <= box.left() and box.right() <= viewport.right(), field
    assert not area.horizontalScrollBar().isVisible()
