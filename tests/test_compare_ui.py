"""The compare dialog's labels: what they say and where they sit."""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import CLINICIAN
from dn_bodymap.records import Store
from dn_bodymap.ui.compare import CompareDialog


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
