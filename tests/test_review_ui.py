"""Reviewing previous sessions in the window: history, compare (both modes), carry-forward and
confirming, progress charts and their printout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import CLINICIAN, make_history
from dn_bodymap.records import Store
from dn_bodymap.review.matching import match_points
from dn_bodymap.ui.main_window import MainWindow
from tests.conftest import open_window
from tests.test_annotator import drag, settle


@pytest.fixture
def history_ids(store: Store, atlas: Atlas) -> list[int]:
    return make_history(store, atlas, visits=4)


@pytest.fixture
def window(qtbot, atlas: Atlas, store: Store, history_ids: list[int]) -> MainWindow:
    w = open_window(qtbot, atlas, store, CLINICIAN)
    pid = store.session(history_ids[0]).patient_id
    w.patients.reload(pid)
    w.patients.select_patient(pid)
    yield w
    if w.review.dialog is not None:
        w.review.dialog.close()


def test_history_lists_every_session_newest_first(window: MainWindow, store: Store,
                                                  history_ids: list[int]) -> None:
    table = window.patients.history  # the history view's model: the lines as shown

    def cell(i: int, j: int) -> str:
        return table.index(i, j).data()

    assert table.rowCount() == 4
    newest = store.session(history_ids[-1])
    assert cell(0, 0) == newest.started_at[:16].replace("T", " ")
    active = sum(p.kind == "active" for p in newest.points)
    latent = sum(p.kind == "latent" for p in newest.points)
    assert cell(0, 2) == f"{active} / {latent}"
    assert cell(0, 3) == f"{newest.pain_before} → {newest.pain_after}"
    assert [cell(i, 4) for i in range(4)] == ["draft", "signed", "signed", "signed"]
    # the oldest, signed: opens read-only, exactly as charted
    window.patients.sessions.setCurrentIndex(table.index(3, 0))
    assert window.editor.session.id == history_ids[0]
    assert window.editor.session.points == store.session(history_ids[0]).points
    assert "read-only" in window.editor.read_only_reason


def test_compare_labels_and_links_the_views(window: MainWindow, store: Store,
                                            history_ids: list[int]) -> None:
    window.editor.open(history_ids[-1])
    dialog = window.review.compare()
    earlier, later = store.session(history_ids[-2]), store.session(history_ids[-1])
    expected = match_points(earlier.points, later.points)
    assert [m.status for m in dialog.matches] == [m.status for m in expected]
    assert dialog.list.count() == len(expected)
    assert any("resolved" in dialog.list.item(i).text() for i in range(dialog.list.count()))
    assert len(dialog.markers["left"]) == len(earlier.points)
    assert len(dialog.markers["right"]) == len(later.points)
    dialog.left.setFocus()
    QTest.keyClick(dialog.left, Qt.Key.Key_Plus)
    assert dialog.right.transform() == dialog.left.transform()
    assert dialog.right.zoom_factor() == pytest.approx(1.25, rel=0.02)
    dialog.left.horizontalScrollBar().setValue(dialog.left.horizontalScrollBar().maximum())
    assert dialog.right.horizontalScrollBar().value() == \
        dialog.left.horizontalScrollBar().value()


def test_overlay_draws_the_earlier_points_as_ghosts(window: MainWindow, store: Store,
                                                   history_ids: list[int], qtbot) -> None:
    window.editor.open(history_ids[-1])
    dialog = window.review.compare()
    QTest.keyClick(dialog.right, Qt.Key.Key_Plus)
    dialog.overlay.setChecked(True)
    assert not dialog.left.isVisible()
    qtbot.waitUntil(lambda: dialog.right.zoom_factor() == pytest.approx(1.0, rel=0.02))
    earlier, later = store.session(history_ids[-2]), store.session(history_ids[-1])
    right = dialog.markers["right"]
    assert len(right) == len(earlier.points) + len(later.points)
    ghosts = [m for m in right if m.opacity() < 1]
    assert len(ghosts) == len(earlier.points)
    tags = sorted(c.text() for m in right for c in m.childItems())
    assert "resolved" in tags and "persists" in tags


def test_a_signed_session_cannot_be_edited_from_compare(window: MainWindow, store: Store,
                                                       history_ids: list[int]) -> None:
    window.editor.open(history_ids[-1])
    dialog = window.review.compare()
    before = store.session(history_ids[-2])
    marker = dialog.markers["left"][0]
    start = dialog.left.mapFromScene(marker.scenePos())
    drag(dialog.left.viewport(), start, start + QPoint(60, 40))
    QTest.mouseClick(dialog.left.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert store.session(history_ids[-2]) == before
    assert all(not m.flags() & m.GraphicsItemFlag.ItemIsMovable for m in dialog.markers["left"])


def test_new_session_from_last_visit_carries_points_to_recheck(window: MainWindow,
                                                               store: Store,
                                                               history_ids: list[int]) -> None:
    store.sign_session(history_ids[-1], CLINICIAN)
    last = store.session(history_ids[-1])
    sid = window.review.new_session_from_last()
    session = store.session(sid)
    assert len(session.points) == len(last.points)
    assert all(not p.confirmed and p.carried_from is not None for p in session.points)
    assert all(m.unconfirmed for m in window.editor._markers)
    settle()
    assert window.points.item(0).text().endswith("to re-check")
    first = session.points[0]
    window.editor.select(first.id)
    window.act["confirm"].trigger()
    settle()
    assert store.session(sid).point(first.number).confirmed
    assert not window.points.item(0).text().endswith("to re-check")
    assert window.inspector.confirm.isChecked() and not window.inspector.confirm.isEnabled()


def test_progress_chart_series_equal_the_stored_sessions(window: MainWindow, store: Store,
                                                         history_ids: list[int],
                                                         tmp_path: Path) -> None:
    dialog = window.review.progress()
    stored = [store.session(i) for i in history_ids]
    assert [(b, a) for _, b, a in dialog.summary.pain] == \
        [(s.pain_before, s.pain_after) for s in stored]
    trapezius = dialog.summary.counts["Upper trapezius (R)"]
    assert [c for _, c in trapezius] == [
        sum(p.muscle == "upper_trapezius" and p.kind == "active" for p in s.points)
        for s in stored]
    pdf = dialog.export_pdf(str(tmp_path / "progress.pdf"))
    reader = PdfReader(str(pdf))
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert "Progress summary" in text and "Jane Doe" in text and "4 sessions" in text


def test_confirming_can_be_undone(window: MainWindow, store: Store,
                                  history_ids: list[int]) -> None:
    store.sign_session(history_ids[-1], CLINICIAN)
    sid = window.review.new_session_from_last()
    first = store.session(sid).points[0]
    window.editor.select(first.id)
    window.act["confirm"].trigger()
    assert store.session(sid).point(first.number).confirmed
    window.editor.undo_stack.undo()
    assert not store.session(sid).point(first.number).confirmed
