"""Accessibility: every focusable control has a name a screen reader reads, markers are named,
Tab goes patients -> session -> canvas -> inspector, and no two mnemonics shown at once share a
letter (Qt then only moves focus between them, and the field is not reached in one press)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.store import Store
from dn_bodymap.ui.accessibility import marker_name, spoken_name, unnamed
from dn_bodymap.ui.dialogs import ClinicianDialog, PatientDialog, PracticeDialog, ShortcutsDialog
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.markers import MarkerItem
from dn_bodymap.ui.presets import PresetsDialog
from tests.test_annotator import settle


@pytest.fixture
def window(charting_window: MainWindow, atlas: Atlas) -> MainWindow:
    """With one point charted (right gluteus maximus) and selected: the inspector shown."""
    m = atlas.landmark("buttock", "right", "back")
    charting_window.editor.click("back", m.x, m.y)
    charting_window.editor.close_chooser()
    charting_window.editor.announce_now()
    return charting_window


def described(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in widgets]


def test_every_focusable_control_of_the_window_has_a_name(window: MainWindow) -> None:
    for i in range(window.tabs.count()):  # every tab, as each is shown
        window.tabs.setCurrentIndex(i)
        settle()
        assert described(unnamed(window)) == [], window.tabs.tabText(i)
    assert spoken_name(window.canvas) == "Body diagram, front and back views"
    assert spoken_name(window.points) == "Trigger points"
    assert spoken_name(window.inspector.fields["depth_mm"].widget) == "Depth"


@pytest.mark.parametrize("make", [
    lambda atlas: ClinicianDialog(None, None, True, offer_password=True),
    lambda atlas: PatientDialog(),
    lambda atlas: PracticeDialog("Clinic", "a4", None, 5),
    lambda atlas: ShortcutsDialog([]),
    lambda atlas: PresetsDialog(atlas, []),
], ids=["clinician", "patient", "practice", "shortcuts", "presets"])
def test_every_focusable_control_of_the_main_dialogs_has_a_name(make, atlas: Atlas,
                                                                qtbot) -> None:
    dialog = make(atlas)
    qtbot.addWidget(dialog)
    assert described(unnamed(dialog)) == []


def test_markers_are_named_by_number_muscle_side_and_type(window: MainWindow, atlas: Atlas,
                                                          store: Store) -> None:
    p = window.editor.selected_point()
    window.editor.edit_point(p.id, {"kind": "active"})
    window.editor.announce_now()
    marker = next(m for m in window.canvas.scene().items() if isinstance(m, MarkerItem))
    assert marker.accessible_name == "Point 1: Gluteus maximus, right, active"
    assert marker.toolTip() == marker.accessible_name
    row = window.points.item(0)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == marker.accessible_name
    assert marker_name(atlas, store.session(window.editor.session.id).points[0]) == \
        marker.accessible_name


def focus_stops(window: MainWindow, start: QWidget, presses: int = 60) -> list[QWidget]:
    """The widgets Tab brings the keyboard to, from ``start``, in order."""
    start.setFocus()
    stops = [start]
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_patients_then_session_then_canvas_then_inspector(window: MainWindow) -> None:
    window.activateWindow()
    window.tabs.setCurrentIndex(0)  # the Point tab: the inspector
    settle()
    stops = focus_stops(window, window.patients.search)
    inspector = window.inspector.muscle_combo
    order = [window.patients.patients, window.patients.sessions, window.canvas, window.points,
             inspector]
    assert all(w in stops for w in order), described([w for w in order if w not in stops])
    firsts = [stops.index(w) for w in order]
    assert firsts == sorted(firsts), described([stops[i] for i in sorted(firsts)])


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(key, what) of every mnemonic the user could press now."""
    found = []

    def add(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.append((key, what))

    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            add(w.text(), w.text())
        elif isinstance(w, QGroupBox):
            add(w.title(), w.title())
    bar = root.tabs.tabBar()
    for i in range(bar.count()):
        add(bar.tabText(i), bar.tabText(i))
    for a in root.menuBar().actions():
        add(a.text(), a.text())
    return found


def test_no_two_mnemonics_shown_at_once_share_a_key(window: MainWindow) -> None:
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        settle()
        shown = mnemonics(window)
        twice = {k for k, n in Counter(k for k, _ in shown).items() if n > 1}
        assert not twice, (window.tabs.tabText(i), sorted(x for x in shown if x[0] in twice))


def test_every_inspector_field_has_a_mnemonic_or_follows_one(window: MainWindow) -> None:
    """Alt+letter reaches each field, or one Tab after the field before it has (no letter
    was left for Side, the findings and the adverse events)."""
    window.tabs.setCurrentIndex(0)
    settle()
    reached = {w.buddy() for w in window.inspector.findChildren(QLabel)
               if w.buddy() is not None and QKeySequence.mnemonic(w.text()).count()}
    for box in window.inspector.findChildren(QAbstractButton):
        if QKeySequence.mnemonic(box.text()).count():
            reached.add(box)
    for group in window.inspector.findChildren(QGroupBox):
        if QKeySequence.mnemonic(group.title()).count():  # the first of its boxes; Tab on
            reached.update(group.findChildren(QAbstractButton))
    missing = [name for name, field in window.inspector.fields.items()
               if field.widget not in reached and not (reached & set(
                   field.widget.findChildren(QWidget)))]
    assert missing == ["side", "taut_band", "spot_tenderness", "familiar_pain", "referred_pain",
                       "local_twitch", "adverse_events"]


@pytest.mark.parametrize(("letter", "field"), [("M", "side"), ("T", "taut_band"),
                                               ("C", "adverse_events")])
def test_fields_without_a_mnemonic_are_one_tab_after_one(window: MainWindow, letter: str,
                                                          field: str) -> None:
    window.activateWindow()
    window.tabs.setCurrentIndex(0)
    settle()
    window.canvas.setFocus()
    QTest.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    target = window.inspector.fields[field].widget
    now = QApplication.focusWidget()
    assert now is target or target.isAncestorOf(now)
