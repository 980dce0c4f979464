"""The compare dialog shows both sessions' pain drawings: each on its own figure side by side,
the earlier one's edge dashed over the later one in overlay, and the areas in the summary."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.demo import CLINICIAN
from dn_bodymap.records import Store
from dn_bodymap.ui.body_canvas import BodyCanvas
from dn_bodymap.ui.compare import CompareDialog
from tests.drawing_helpers import at, keep, outlines


def _session(store: Store, patient_id: int, drawing: pd.PainDrawing) -> int:
    sid = store.new_session(patient_id, CLINICIAN).id
    keep(store, sid, drawing)
    return sid


def _dab(atlas: Atlas, landmark: str, view: str) -> pd.PainDrawing:
    return pd.paint(pd.EMPTY, atlas.views[view].outline, view,
                    pd.stroke([at(atlas, landmark, "right", view)], 20), "aching")


@pytest.fixture
def dialog(qtbot, atlas: Atlas, store: Store) -> CompareDialog:
    """Earlier: the right buttock; later: the right calf (the pain moved down the leg)."""
    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02")
    first = _session(store, patient.id, _dab(atlas, "buttock", "back"))
    second = _session(store, patient.id, _dab(atlas, "calf", "back"))
    d = CompareDialog(atlas, store, patient.id, first, second)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    QTest.qWait(50)
    return d


def _dark_near(canvas: BodyCanvas, image: QImage, atlas: Atlas, landmark: str) -> int:
    """Dark pixels (grey below 150: hatching or an edge, not skin) around the right-side landmark on
    the back view, in the canvas's grab."""
    p = canvas.screen_point("back", *at(atlas, landmark, "right", "back"))
    return sum(QColor(image.pixel(x, y)).value() < 150
               for x in range(p.x() - 8, p.x() + 8) for y in range(p.y() - 8, p.y() + 8))


def test_side_by_side_each_figure_shows_its_sessions_drawing(dialog: CompareDialog,
                                                             atlas: Atlas) -> None:
    left, right = dialog.drawings["left"], dialog.drawings["right"]
    assert [(i.view, i.outline) for i in left] == [("back", False)]
    assert [(i.view, i.outline) for i in right] == [("back", False)]
    assert left[0].drawing.on("back").contains(
        pd.stroke([at(atlas, "buttock", "right", "back")], 1))
    assert right[0].drawing.on("back").contains(
        pd.stroke([at(atlas, "calf", "right", "back")], 1))
    images = {k: c.viewport().grab().toImage() for k, c in
              (("left", dialog.left), ("right", dialog.right))}
    assert _dark_near(dialog.left, images["left"], atlas, "buttock") > 20
    assert _dark_near(dialog.right, images["right"], atlas, "calf") > 20
    # Each drawing only on its own session's figure.
    assert _dark_near(dialog.right, images["right"], atlas, "buttock") < \
        _dark_near(dialog.left, images["left"], atlas, "buttock") / 2
    earlier, later = (pd.area_percent(i[0].drawing, outlines(atlas))["total"]
                      for i in (left, right))
    assert f"Pain drawn: {earlier:.1f}% → {later:.1f}% of the body" in dialog.summary.text()


def test_overlay_dashes_the_earlier_drawing_over_the_later(dialog: CompareDialog,
                                                           atlas: Atlas) -> None:
    dialog.overlay.setChecked(True)
    QTest.qWait(100)
    assert dialog.drawings["left"] == []
    assert sorted((i.view, i.outline) for i in dialog.drawings["right"]) == [
        ("back", False), ("back", True)]
    image = dialog.right.viewport().grab().toImage()
    assert _dark_near(dialog.right, image, atlas, "calf") > 20  # the later one, hatched
    # The earlier one: its edge around the buttock (blue, dashed), its inside left clear.
    centre = dialog.right.screen_point("back", *at(atlas, "buttock", "right", "back"))
    edge = dialog.right.screen_point("back", at(atlas, "buttock", "right", "back")[0] + 20,
                                     at(atlas, "buttock", "right", "back")[1])
    radius = edge.x() - centre.x()
    blue = sum(QColor(image.pixel(centre.x() + dx, centre.y() + dy)).blue() >
               QColor(image.pixel(centre.x() + dx, centre.y() + dy)).red() + 40
               for dx in range(-radius - 2, radius + 3) for dy in range(-radius - 2, radius + 3))
    assert blue > 10
    dialog.side_by_side.setChecked(True)
    QTest.qWait(50)
    assert len(dialog.drawings["left"]) == 1 and len(dialog.drawings["right"]) == 1
