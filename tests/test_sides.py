"""Which muscle and which side: digits in the depth chooser, the point's Side in the inspector,
and a soft note when a point lands on the other side from all the others."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Clinician
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import at, click, settle


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    return charting_window


def chart(window: MainWindow, atlas: Atlas, landmark: str, side: str, view: str) -> None:
    click(window, at(window, atlas, landmark, side, view))
    window.editor.close_chooser()
    window.editor.announce_now()


def points(window: MainWindow, store: Store):
    return store.session(window.editor.session.id).points


def test_a_digit_typed_in_the_chooser_picks_that_muscle(window: MainWindow, atlas: Atlas,
                                                        store: Store, qtbot) -> None:
    click(window, at(window, atlas, "buttock", "right", "back"))
    chooser = window.editor.chooser
    assert chooser is not None and chooser.isVisible()
    names = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    digit = next(i for i, n in enumerate(names, start=1) if "Piriformis" in n)
    assert digit > 1
    typed_into = QApplication.focusWidget() or chooser.list
    assert typed_into is chooser.list  # where the keyboard is while the chooser is open
    qtbot.keyClick(typed_into, str(digit))
    settle()
    (point,) = points(window, store)
    assert (point.muscle, point.side, point.layer) == ("piriformis", "right", "deep")
    assert not chooser.isVisible()


def test_side_in_the_inspector_moves_the_point_to_the_same_muscle_opposite(
        window: MainWindow, atlas: Atlas, store: Store) -> None:
    chart(window, atlas, "buttock", "right", "back")
    (before,) = points(window, store)
    window.tabs.setCurrentIndex(0)
    side = window.inspector.fields["side"].widget
    assert side.currentText() == "Right"
    side.setCurrentIndex(side.findText("Left"))  # as the user picks it
    settle()
    window.editor.announce_now()
    (after,) = points(window, store)
    assert (after.muscle, after.side, after.layer, after.view) == \
        ("gluteus_maximus", "left", before.layer, "back")
    assert after.x == pytest.approx(2 * atlas.midline_x - before.x)
    assert after.y == before.y and after.number == before.number
    assert window.inspector.title.text() == "Point 1: Gluteus maximus (left, superficial)"
    # Back view: the patient's left is on the viewer's left.
    marker = window.canvas.screen_point("back", after.x, after.y)
    assert marker.x() < window.canvas.screen_point("back", atlas.midline_x, after.y).x()
    window.editor.undo_stack.undo()  # one step back to the right
    (undone,) = points(window, store)
    assert (undone.side, undone.x) == ("right", before.x)


def test_the_store_refuses_a_side_the_point_is_not_on(store: Store, atlas: Atlas) -> None:
    patient = store.add_patient("Sam Roe")
    session = store.new_session(patient.id, Clinician("Alex Morgan", "PT"))
    mark = atlas.landmark("buttock", "right", "back")
    p = store.add_point(session.id, "back", mark.x, mark.y)
    with pytest.raises(RecordsError, match=r"side: gluteus_maximus \(left\) is not under"):
        store.update_point(p.id, side="left")
    moved = store.update_point(p.id, side="left", x=2 * atlas.midline_x - mark.x)
    assert (moved.muscle, moved.side) == ("gluteus_maximus", "left")
    assert store.point(p.id).side == "left"


def test_a_point_on_the_other_side_from_all_the_others_is_noted_softly(
        window: MainWindow, atlas: Atlas, store: Store) -> None:
    for landmark in ("top_of_shoulder", "buttock", "calf", "posterior_thigh"):
        chart(window, atlas, landmark, "right", "back")
        assert not window.inspector.side_note.isVisibleTo(window.inspector)
    chart(window, atlas, "calf", "left", "back")
    assert [p.side for p in points(window, store)] == ["right"] * 4 + ["left"]
    note = window.inspector.side_note
    assert note.isVisibleTo(window.inspector)
    assert "left" in note.text() and "other 4 points are all on the right" in note.text()
    assert "other 4 points are all on the right" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None  # a note, not a dialog
    chart(window, atlas, "buttock", "left", "back")  # a second left point: bilateral work
    assert not window.inspector.side_note.isVisibleTo(window.inspector)
