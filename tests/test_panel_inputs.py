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


def test_a_focused_input_still_follows_the_wheel(window: MainWindow, atlas: Atlas,
                                                 store: Store, qtbot) -> None:
    chart_a_point(window, atlas)
    window.tabs.setCurrentIndex(1)
    combo, _note = window.session_panel.screening["anticoagulants"]
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, 1)  # up from "Not asked", the last answer
    assert combo.currentData() == "no"
    answer = store.session(window.editor.session.id).screening["anticoagulants"].answer
    assert answer == combo.currentData()

    window.tabs.setCurrentIndex(0)
    twitches = window.inspector.fields["ltr_count"].widget
    twitches.setFocus()
    qtbot.waitUntil(twitches.hasFocus)
    wheel(twitches, 1)
    assert stored_points(store, window)[0]["ltr_count"] == 0


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    """The label beside an input, for a readable failure."""
    labels = [w for w in widget.parentWidget().findChildren(QLabel) if w.buddy() is widget]
    return labels[0].text() if labels else type(widget).__name__
