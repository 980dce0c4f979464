"""Charting without a mouse: the placement cursor, Enter, the depth chooser, Ctrl+arrows, and
the inspector's mnemonics, driven by key events only (QTest), then the stored point checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.store import Store
from dn_bodymap.ui.keyboard_charting import BIG_STEP, STEP, KeyboardCharting
from dn_bodymap.ui.main_window import MainWindow
from tests.test_charting_speed import ALT, CTRL, only_point
from tests.test_charting_speed import Clinician as Counted

SHIFT = Qt.KeyboardModifier.ShiftModifier
K = Qt.Key


class Clinician(Counted):
    def _keyboard(self) -> QWidget:
        # As QApplication delivers keys: to an open popup's focus widget (the depth
        # chooser's list), else to the focus widget.
        popup = QApplication.activePopupWidget()
        widget = (popup.focusWidget() or popup) if popup else QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard"
        return widget


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    charting_window.activateWindow()
    charting_window.canvas.setFocus()  # where Tab brings the keyboard after the sessions
    return charting_window


def cursor(window: MainWindow) -> KeyboardCharting:
    found = window.canvas.findChild(KeyboardCharting)
    assert found is not None
    return found


def walk_to(you: Clinician, kc: KeyboardCharting, view: str, x: float, y: float) -> None:
    """Arrow keys (Shift for the long way) until the cursor is within a step of (x, y)."""
    while kc.view != view:
        you.key(K.Key_Right, SHIFT)
    for axis, less, more in ((0, K.Key_Left, K.Key_Right), (1, K.Key_Up, K.Key_Down)):
        def gap() -> float:
            return (x - kc.x) if axis == 0 else (y - kc.y)  # noqa: B023
        while abs(gap()) >= BIG_STEP:
            you.key(more if gap() > 0 else less, SHIFT)
        while abs(gap()) > STEP / 2:
            you.key(more if gap() > 0 else less)


def test_arrows_move_a_visible_cursor_and_the_status_bar_names_the_muscle(
        window: MainWindow, atlas: Atlas, qtbot) -> None:
    kc = cursor(window)
    you = Clinician(qtbot)
    x, y = kc.x, kc.y
    you.key(K.Key_Right)
    assert kc.cross.isVisible()  # shown while the canvas has the keyboard
    you.key(K.Key_Down, SHIFT)
    assert (kc.x, kc.y) == (x + STEP, y + BIG_STEP)
    m = atlas.landmark("buttock", "right", "back")
    walk_to(you, kc, "back", m.x, m.y)
    said = window.hover_label.text()
    assert said.startswith("Gluteus maximus (right") and "beneath: Piriformis" in said
    assert said in window.canvas.accessibleDescription()
    assert window.editor.session.points == ()  # moving the cursor charts nothing
    window.points.setFocus()
    assert not kc.cross.isVisible()


def test_a_whole_point_from_the_keyboard(window: MainWindow, atlas: Atlas, store: Store,
                                         qtbot) -> None:
    kc = cursor(window)
    you = Clinician(qtbot)
    m = atlas.landmark("buttock", "right", "back")
    walk_to(you, kc, "back", m.x, m.y)
    you.key(K.Key_Return)  # chart: the superficial muscle, and the depth chooser opens
    chooser = window.editor.chooser
    assert chooser is not None and chooser.isVisible()
    you.key(K.Key_Down)  # the chooser takes the arrows...
    you.key(K.Key_Return)  # ... and Enter: the piriformis beneath
    p = only_point(window, store)
    assert (p.muscle, p.side, p.view) == ("piriformis", "right", "back")
    placed = (p.x, p.y)
    assert abs(p.x - m.x) <= STEP and abs(p.y - m.y) <= STEP
    assert QApplication.focusWidget() is window.canvas  # back where the keys were

    you.key(K.Key_Right, CTRL)  # move the selected point (the piriformis is thin: sideways)
    you.key(K.Key_Right, CTRL)
    p = only_point(window, store)
    assert (p.x, p.y) == (placed[0] + 2 * STEP, placed[1])
    assert p.muscle == "piriformis"  # still under it: the muscle is kept, as after a drag

    you.key(K.Key_P, ALT)  # the Point tab
    assert window.tabs.currentIndex() == 0
    you.key(K.Key_M, ALT)  # Muscle
    assert QApplication.focusWidget() is window.inspector.muscle_combo
    you.key(K.Key_Up)  # the one above the piriformis: the gluteus maximus
    p = only_point(window, store)
    assert p.muscle == "gluteus_maximus"

    you.key(K.Key_N, ALT)  # Needled: a check box's mnemonic ticks it (an animated click)
    qtbot.waitUntil(lambda: only_point(window, store).needled, timeout=2000)
    you.key(K.Key_Z, ALT)  # Needle size
    you.key(K.Key_End)  # the longest: 0.35 x 125 mm
    you.key(K.Key_D, ALT)  # Depth
    you.number("25")
    you.key(K.Key_Q, ALT)  # Technique
    you.key(K.Key_Down)
    you.key(K.Key_R, ALT)  # Twitch responses
    you.number("3")
    you.key(K.Key_U, ALT)  # Time in tissue
    you.number("30")
    you.key(K.Key_C, ALT)  # Tolerance
    you.key(K.Key_Down)
    you.key(K.Key_T, ALT)  # Type
    you.key("a")  # Active
    p = only_point(window, store)
    assert p.needled and (p.needle_gauge_mm, p.needle_length_mm) == (0.35, 125)
    assert p.depth_mm == 25 and p.ltr_count == 3 and p.time_in_tissue_s == 30
    assert p.technique is not None and p.tolerance is not None and p.kind == "active"
    assert (p.muscle, p.x, p.y) == ("gluteus_maximus", placed[0] + 2 * STEP, placed[1])


def test_ctrl_arrows_without_a_selected_point_do_nothing(window: MainWindow, qtbot) -> None:
    kc = cursor(window)
    before = (kc.view, kc.x, kc.y)
    Clinician(qtbot).key(K.Key_Left, CTRL)
    assert (kc.view, kc.x, kc.y) == before and window.editor.session.points == ()


def test_enter_charts_nothing_while_the_pain_drawing_tool_is_on(window: MainWindow,
                                                                qtbot) -> None:
    window.pain_tool.action.setChecked(True)
    window.canvas.setFocus()
    Clinician(qtbot).key(K.Key_Return)
    assert window.editor.session.points == ()
    assert window.statusBar().currentMessage().startswith("Pain drawing is on")


def test_a_click_on_the_body_shows_no_cross_hair(window: MainWindow) -> None:
    window.points.setFocus()
    # What a click gives the canvas (offscreen, QTest's click on the viewport moves no focus)
    window.canvas.setFocus(Qt.FocusReason.MouseFocusReason)
    assert QApplication.focusWidget() is window.canvas
    assert not cursor(window).cross.isVisible()
    QTest.keyClick(window.canvas, Qt.Key.Key_Tab)  # Tab on, then Shift+Tab back: shown
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.canvas and cursor(window).cross.isVisible()
