"""Choosing a point's referral site in the inspector: shown, stored, drawn, undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import at, click, settle


def _drawn(window: MainWindow) -> list[str]:
    return window.editor.zones["back"].pattern_ids


def test_the_inspector_shows_the_matched_site_and_a_choice_changes_the_zones(
        charting_window: MainWindow, atlas: Atlas, store: Store) -> None:
    w = charting_window
    click(w, at(w, atlas, "top_of_shoulder", "right", "back"))
    w.editor.close_chooser()
    w.editor.announce_now()
    (point,) = store.session(w.editor.session.id).points
    assert (point.muscle, point.referral_site) == ("upper_trapezius", None)
    site = w.inspector.site
    assert site.isVisibleTo(w.inspector)
    assert site.combo.count() == 3  # nearest, then the two sites
    nearest = atlas.referral("upper_trapezius", "right", at=(point.view, point.x, point.y))
    assert site.combo.itemText(0) == "Nearest site (lateral horizontal fibres)"
    assert "almost as near" in site.note.text()  # the top of the shoulder is a toss-up
    assert _drawn(w) == [nearest.id]
    other = next(i for i in (1, 2) if site.combo.itemData(i) != nearest.id)
    site.combo.setFocus()
    for _ in range(other):
        QTest.keyClick(site.combo, Qt.Key.Key_Down)
    settle()
    (point,) = store.session(w.editor.session.id).points
    assert point.referral_site == site.combo.itemData(other) != nearest.id
    assert _drawn(w) == [point.referral_site]
    w.editor.announce_now()
    assert "Chosen by you" in w.inspector.site.note.text()
    w.editor.undo_stack.undo()
    settle()
    assert store.session(w.editor.session.id).points[0].referral_site is None
    assert _drawn(w) == [nearest.id]


def test_a_muscle_with_one_site_shows_no_site_choice(charting_window: MainWindow,
                                                     atlas: Atlas) -> None:
    w = charting_window
    click(w, at(w, atlas, "posterior_thigh", "right", "back"))
    w.editor.close_chooser()
    w.editor.announce_now()
    point = w.inspector.point
    assert point is not None
    assert len(atlas.referrals.patterns_of(point.muscle, point.side)) <= 1
    assert not w.inspector.site.isVisibleTo(w.inspector)
