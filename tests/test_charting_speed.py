"""Charting speed: a typical needled point (on the body, needled, needle, depth, technique,
twitch responses, active) in at most 8 interactions from the click on the body, driven through
real widgets and counted. Needling presets and "same as the last point"."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import needling
from dn_bodymap.charting.needling import Preset
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.presets import PresetsDialog
from tests.test_annotator import at, settle

BUDGET = 8  # interactions for one needled point, from the click on the body
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    charting_window.tabs.setCurrentIndex(0)  # the Point tab, where charting happens
    return charting_window


class Clinician:
    """Sends what a clinician sends, where the keyboard and pointer really are, and counts it:
    a click, a key (with its modifiers), or a number typed into one field, is one."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self._done()

    def key(self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
            ) -> None:
        self.qtbot.keyClick(self._keyboard(), key, modifier)
        self._done()

    def number(self, text: str) -> None:
        float(text)  # one field's number, typed
        self.qtbot.keyClicks(self._keyboard(), text)
        self._done()

    def _keyboard(self) -> QWidget:
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard"
        return widget

    def _done(self) -> None:
        self.count += 1
        settle()
        settle()  # the panels follow the canvas one event-loop turn later


def only_point(window: MainWindow, store: Store, number: int = 1):
    return next(p for p in store.session(window.editor.session.id).points if p.number == number)


def needling_of(p) -> tuple:
    return (p.needled, p.needle_gauge_mm, p.needle_length_mm, p.depth_mm, p.technique,
            p.ltr_count, p.kind)


def test_the_first_needled_point_of_a_session_takes_at_most_8_interactions(
        window: MainWindow, atlas: Atlas, store: Store, qtbot) -> None:
    you = Clinician(qtbot)
    window.activateWindow()
    # The right upper trapezius: the depth chooser opens (supraspinatus lies beneath).
    you.click(window.canvas.viewport(), at(window, atlas, "top_of_shoulder", "right", "back"))
    assert window.editor.chooser is not None and window.editor.chooser.isVisible()
    you.key("1", CTRL)  # preset 1: needled, 0.25 x 30 mm, pistoning (the chooser keeps it)
    you.key("d", ALT)  # Depth
    you.number("12")
    you.key("r", ALT)  # Twitch responses (the depth is stored as the field is left)
    you.number("2")
    you.key("t", ALT)  # Type
    you.key("a")  # Active
    assert you.count <= BUDGET
    p = only_point(window, store)
    assert (p.muscle, p.side) == ("upper_trapezius", "right")
    assert needling_of(p) == (True, 0.25, 30, 12, "pistoning", 2, "active")


def test_same_as_the_last_point_then_a_muscle_preset_with_its_depth(
        window: MainWindow, atlas: Atlas, store: Store, qtbot) -> None:
    test_the_first_needled_point_of_a_session_takes_at_most_8_interactions(
        window, atlas, store, qtbot)
    # Between two points more time passes than a drop-down's type-ahead lasts ("a" then "a"
    # would look for "aa").
    QTest.qWait(QApplication.keyboardInputInterval() + 50)
    you = Clinician(qtbot)
    you.click(window.canvas.viewport(), at(window, atlas, "top_of_shoulder", "left", "back"))
    you.key("d", CTRL)  # same needling as point 1
    you.key("r", ALT)
    you.number("1")
    you.key("t", ALT)
    you.key("a")
    assert you.count <= BUDGET
    p2 = only_point(window, store, 2)
    assert (p2.muscle, p2.side) == ("upper_trapezius", "left")
    assert needling_of(p2) == (True, 0.25, 30, 12, "pistoning", 1, "active")

    # "Save as this muscle's preset" keeps the clinician's own depth for the muscle...
    qtbot.mouseClick(window.inspector.save_preset_button, Qt.MouseButton.LeftButton)
    window.editor.close_chooser()
    first = window.inspector.preset_menu.actions()[0]
    assert first.text() == "&1  Upper trapezius: 0.25 × 30 mm, pistoning, depth 12 mm"
    assert first.shortcut().toString() == "Ctrl+1"
    # ... which Ctrl+1 then fills in, depth included, for the next point in that muscle.
    you = Clinician(qtbot)
    you.click(window.canvas.viewport(), at(window, atlas, "angle_of_neck", "right", "back"))
    you.key("1", CTRL)
    p3 = only_point(window, store, 3)
    assert (p3.muscle, p3.side) == ("upper_trapezius", "right")
    assert needling_of(p3)[:5] == (True, 0.25, 30, 12, "pistoning")


def test_same_as_last_point_is_one_undo_step(window: MainWindow, atlas: Atlas,
                                             store: Store) -> None:
    e = window.editor
    for side in ("right", "left"):
        m = atlas.landmark("calf", side, "back")
        e.click("back", m.x, m.y)
        e.close_chooser()
    first, second = store.session(e.session.id).points
    store.update_point(first.id, needled=True, needle_gauge_mm=0.3, needle_length_mm=50,
                       depth_mm=30, technique="static", time_in_tissue_s=60, ltr_count=3,
                       tolerance="good")
    e.open(e.session.id)
    e.select(second.id)
    window.act["same_as_last"].trigger()
    copied = only_point(window, store, 2)
    assert (copied.needled, copied.needle_gauge_mm, copied.needle_length_mm, copied.depth_mm,
            copied.technique, copied.time_in_tissue_s) == (True, 0.3, 50, 30, "static", 60)
    assert (copied.ltr_count, copied.tolerance) == (None, None)  # each point's own response
    assert e.undo_stack.undoText() == "Point 2: needling as point 1"
    e.undo_stack.undo()
    assert needling_of(only_point(window, store, 2)) == (False, None, None, None, None, None,
                                                         None)


def test_a_preset_from_the_inspector_menu_is_one_change_and_a_refusal_shows_by_its_field(
        window: MainWindow, atlas: Atlas, store: Store) -> None:
    e = window.editor
    m = atlas.landmark("calf", "right", "back")
    e.click("back", m.x, m.y)
    e.close_chooser()
    e.announce_now()
    menu = window.inspector.preset_menu
    assert [a.text() for a in menu.actions()] == [
        "&1  0.25 × 30 mm, pistoning", "&2  0.30 × 50 mm, pistoning",
        "&3  0.30 × 75 mm, pistoning", "&4  0.25 × 30 mm, static"]
    menu.actions()[2].trigger()
    e.announce_now()
    p = only_point(window, store)
    assert needling_of(p) == (True, 0.30, 75, None, "pistoning", None, None)
    window.inspector.fields["depth_mm"].widget.setValue(60)
    e.announce_now()
    menu.actions()[0].trigger()  # a 30 mm needle for a point 60 mm deep: refused
    e.announce_now()
    assert needling_of(only_point(window, store))[:4] == (True, 0.30, 75, 60)
    problem = window.inspector.problem_label("depth_mm")
    assert problem.isVisibleTo(window.inspector)
    assert problem.text() == "Not saved: 60 mm is deeper than the needle is long (30 mm)"
    e.undo_stack.undo()  # the depth, then the preset: one step each
    e.undo_stack.undo()
    assert needling_of(only_point(window, store)) == (False, None, None, None, None, None,
                                                      None)


def test_shipped_presets_invent_no_depth_and_presets_live_in_the_settings_file(
        window: MainWindow, atlas: Atlas, store: Store) -> None:
    assert needling.DEFAULT_PRESETS and all(p.depth_mm is None and p.muscle is None
                                            for p in needling.DEFAULT_PRESETS)
    before = len(store.audit_trail())
    mine = Preset(0.30, 60, "pistoning", 35, "gluteus_maximus")
    window.presets.save([mine, *needling.DEFAULT_PRESETS])
    assert len(store.audit_trail()) == before  # nothing of it in the records
    saved = json.loads(str(app_settings.open_settings().value("needling/presets")))
    assert saved[0] == {"gauge_mm": 0.3, "length_mm": 60, "technique": "pistoning",
                        "depth_mm": 35, "muscle": "gluteus_maximus"}
    presets, problem = app_settings.needling_presets(app_settings.open_settings(), atlas.muscles)
    assert problem == "" and presets[0] == mine
    assert needling.presets_for("gluteus_maximus", presets)[0] == mine
    assert mine not in needling.presets_for("piriformis", presets)


def test_a_damaged_preset_list_is_named_and_the_shipped_one_used(atlas: Atlas) -> None:
    settings = app_settings.open_settings()
    settings.setValue("needling/presets", json.dumps([{"gauge_mm": 0.25, "length_mm": 30,
                                                       "technique": "pistoning",
                                                       "depth_mm": 45}]))
    presets, problem = app_settings.needling_presets(settings, atlas.muscles)
    assert presets == list(needling.DEFAULT_PRESETS)
    assert "needling preset 1.depth_mm: 45 mm is deeper than the needle is long" in problem


def test_the_presets_dialog_edits_and_checks_the_list(window: MainWindow, atlas: Atlas,
                                                      qtbot) -> None:
    dialog = PresetsDialog(atlas, list(needling.DEFAULT_PRESETS), window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(needling.DEFAULT_PRESETS)
    dialog.add_row(Preset(0.30, 50, "pistoning"))
    muscle, _needle, _technique, depth = dialog.rows[-1]
    muscle.widget.setCurrentIndex(muscle.widget.findText("Piriformis"))
    depth.widget.setValue(60)  # deeper than the 50 mm needle
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and "deeper than the needle is long" in dialog.problem.text()
    with pytest.raises(RecordsError):
        dialog.presets()
    depth.widget.setValue(45)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert dialog.presets()[-1] == Preset(0.30, 50, "pistoning", 45, "piriformis")
    remove_first = dialog.table.cellWidget(0, len(dialog.rows[0]))
    qtbot.mouseClick(remove_first, Qt.MouseButton.LeftButton)
    assert dialog.presets() == [*needling.DEFAULT_PRESETS[1:],
                                Preset(0.30, 50, "pistoning", 45, "piriformis")]
