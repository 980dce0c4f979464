"""The compare dialog's labels: what they say and where they sit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import CLINICIAN
from dn_bodymap.records import Store
from dn_bodymap.ui.compare import CompareDialog
from dn_bodymap.ui.markers import RADIUS


def _visit(store: Store, atlas: Atlas, patient_id: int,
           points: list[tuple[str, str, str, float, float]]) -> int:
    session = store.new_session(patient_id, CLINICIAN)
    for muscle, side, view, x, y in points:
        region = next(r for r in atlas.muscles_at(view, x, y)
                      if (r.muscle, r.side) == (muscle, side))
        store.add_point(session.id, view, x, y, muscle=muscle, side=side, layer=region.layer,
                        kind="active")
    return session.id


def _on_view(atlas: Atlas, muscle: str, side: str, view: str) -> tuple[float, float]:
    region = next(r for r in atlas.regions_of(muscle, side) if r.view == view)
    p = region.geometry.representative_point()
    return p.x, p.y


@pytest.fixture
def dialog(qtbot, atlas: Atlas, store: Store) -> CompareDialog:
    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02")
    back = _on_view(atlas, "gluteus_medius", "right", "back")
    front = _on_view(atlas, "gluteus_medius", "right", "front")
    first = _visit(store, atlas, patient.id, [("gluteus_medius", "right", "back", *back)])
    second = _visit(store, atlas, patient.id, [("gluteus_medius", "right", "front", *front)])
    d = CompareDialog(atlas, store, patient.id, first, second)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_the_same_muscle_on_the_other_view_persists(dialog: CompareDialog) -> None:
    assert [m.status for m in dialog.matches] == ["persisting"]
    assert dialog.summary.text().startswith("0 new · 1 persisting · 0 resolved")
    assert dialog.list.item(0).text() == "1 → 1. Gluteus medius (R) — persisting (other view)"
    [marker] = dialog.markers["right"]
    assert [t.text() for t in marker.childItems()] == ["persists (other view)"]


def _tag_rects(dialog: CompareDialog, key: str) -> tuple[list[QRectF], list[QRectF]]:
    """Each label's and each marker disc's rectangle on the canvas's viewport."""
    canvas = dialog.left if key == "left" else dialog.right
    t = canvas.transform()
    markers, tags = [], []
    for m in dialog.markers[key]:
        centre = t.map(m.scenePos())
        markers.append(QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS, 2 * RADIUS))
        tags += [tag.boundingRect().translated(centre + tag.pos()) for tag in m.childItems()]
    return tags, markers


def test_labels_sit_beside_the_markers_not_on_them(qtbot, atlas: Atlas, store: Store) -> None:
    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02")
    mark = atlas.landmark("low_back", "right", "back")
    first = _visit(store, atlas, patient.id, [])
    second = _visit(store, atlas, patient.id, [])
    d = CompareDialog(atlas, store, patient.id, first, second)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    # Three points in a row, 28 screen pixels apart at this zoom: the markers do not touch,
    # but a label on the right of one would lie on the next.
    step = 28 / d.right.transform().m11()
    for sid in (first, second):
        for i in (-1, 0, 1):  # whatever muscle lies there
            store.add_point(sid, "back", mark.x + i * step, mark.y, kind="active")
    d.refresh()
    QTest.qWait(20)
    for key in ("left", "right"):
        tags, markers = _tag_rects(d, key)
        assert len(markers) == 3 and len(tags) == (3 if key == "right" else 0)
        assert [(t, m) for t in tags for m in markers if t.intersects(m)] == []
        assert all(not a.intersects(b) for i, a in enumerate(tags) for b in tags[i + 1:])
    d.right.setFocus()
    QTest.keyClick(d.right, Qt.Key.Key_Minus)  # zoomed: placed again for the new spacing
    QTest.keyClick(d.right, Qt.Key.Key_Plus)
    QTest.keyClick(d.right, Qt.Key.Key_Plus)
    QTest.qWait(20)
    tags, markers = _tag_rects(d, "right")
    assert [(t, m) for t in tags for m in markers if t.intersects(m)] == []


def test_overlay_shows_the_whole_body(dialog: CompareDialog, qtbot) -> None:
    QTest.qWait(50)  # side by side, painted
    dialog.overlay.setChecked(True)
    QTest.qWait(100)  # the layout settles, then the view fits itself
    dialog.grab()  # rendering lays out the hidden canvas too: it must not lead the visible one
    canvas = dialog.right
    rect = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
    assert canvas.viewport().rect().contains(rect.adjusted(2, 2, -2, -2))
    assert canvas.zoom_factor() == pytest.approx(1.0, rel=0.02)
