"""The toolbar's muscle search, driven with keys as a clinician would (Ctrl+F, type, Down,
Return): one point per choice, words and abbreviations found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import settle


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    return charting_window


def _search(window: MainWindow, qtbot, text: str) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.muscle_search.hasFocus())
    QTest.keyClicks(window.muscle_search, text)
    settle()


def _key(window: MainWindow, key: Qt.Key) -> None:
    """A key where Qt sends it: to the open drop-down list, else to the search box."""
    QTest.keyClick(QApplication.activePopupWidget() or window.muscle_search, key)


def test_down_and_return_in_the_search_chart_exactly_one_point(window: MainWindow,
                                                               store: Store, qtbot) -> None:
    _search(window, qtbot, "pirif")
    popup = window.muscle_search.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    assert QApplication.activePopupWidget() is popup
    _key(window, Qt.Key.Key_Down)
    _key(window, Qt.Key.Key_Return)
    settle()
    points = store.session(window.editor.session.id).points
    assert [(p.muscle, p.side) for p in points] == [("piriformis", "right")]


def test_return_charts_the_first_match(window: MainWindow, store: Store,
                                           qtbot) -> None:
    _search(window, qtbot, "glute min l")
    _key(window, Qt.Key.Key_Return)
    settle()
    points = store.session(window.editor.session.id).points
    assert [(p.muscle, p.side) for p in points] == [("gluteus_minimus", "left")]
    assert window.muscle_search.text() == ""


def test_the_list_shows_what_an_abbreviation_means(window: MainWindow, qtbot) -> None:
    _search(window, qtbot, "QL")
    model = window.muscle_search.finder.model()
    assert model.index(0, 0).data() == "Quadratus lumborum (right)"
    assert model.index(1, 0).data() == "Quadratus lumborum (left)"


def test_a_search_that_finds_nothing_says_so(window: MainWindow, store: Store, qtbot) -> None:
    _search(window, qtbot, "zzz")
    _key(window, Qt.Key.Key_Return)
    assert "No muscle matches 'zzz'" in window.statusBar().currentMessage()
    assert store.session(window.editor.session.id).points == ()


def test_a_muscle_left_out_says_why_in_full(window: MainWindow, store: Store, qtbot) -> None:
    from PySide6.QtWidgets import QToolTip

    _search(window, qtbot, "diaphragm")
    _key(window, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage().startswith("Diaphragm is not in the atlas: ")
    # the reason is longer than the status bar: the whole of it shows under the box
    qtbot.waitUntil(QToolTip.isVisible)
    assert "risk to the lung" in QToolTip.text()
    assert store.session(window.editor.session.id).points == ()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_ctrl_z_in_the_search_box_undoes_the_last_charted_point(window: MainWindow,
                                                               store: Store, qtbot) -> None:
    _search(window, qtbot, "QL")
    _key(window, Qt.Key.Key_Return)
    settle()
    assert len(store.session(window.editor.session.id).points) == 1
    window.muscle_search.setFocus()
    qtbot.waitUntil(window.muscle_search.hasFocus)
    QTest.keyClick(window.muscle_search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert store.session(window.editor.session.id).points == ()
    QTest.keyClick(window.muscle_search, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert [p.muscle for p in store.session(window.editor.session.id).points] == [
        "quadratus_lumborum"]


def test_the_toolbar_does_not_shift_when_the_undo_text_changes(window: MainWindow,
                                                              store: Store, qtbot) -> None:
    bar = window.findChild(QToolBar, "chart_toolbar")
    before = bar.widgetForAction(window.act["pain_finder"]).geometry()
    _search(window, qtbot, "QL")
    _key(window, Qt.Key.Key_Return)
    settle()
    assert window.act["undo"].text() != "&Undo"  # the menu names what would be undone
    assert bar.widgetForAction(window.act["pain_finder"]).geometry() == before
