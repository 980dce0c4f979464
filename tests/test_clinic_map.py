"""The clinic's map of pain: each patient counts once per place or muscle; the CSV tables
read back with the csv module; the PNG is coloured where pain was painted and only there."""

from __future__ import annotations

import csv

from PySide6.QtGui import QImage

from dn_bodymap import cli
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.drawing import clinic_map as painting
from dn_bodymap.exchange import clinic_map
from dn_bodymap.records.model import Clinician
from tests.records_helpers import spot

WHO = Clinician("Alex Rivera", "PT")


def paint_at(atlas, landmark: str, side: str, view: str = "back") -> str:
    m = atlas.landmark(landmark, side, view=view)
    return pd.to_json(pd.paint(pd.EMPTY, atlas.views[view].outline, view,
                               pd.stroke([(m.x, m.y)], 12), "aching", 5))


def seed(store, atlas) -> None:
    """Three patients paint the right low back (one of them at two visits); one also the
    left buttock. Two chart the right upper trapezius, one of them twice."""
    for i, extra in enumerate((None, "buttock", None)):
        p = store.add_patient(f"P {i}")
        visits = 2 if i == 0 else 1
        for v in range(visits):
            s = store.new_session(p.id, WHO, started_at=f"2026-0{v + 1}-0{i + 1}T09:00:00Z")
            drawing = pd.from_json(paint_at(atlas, "low_back", "right"))
            if extra:
                drawing = pd.paint(drawing, atlas.views["back"].outline, "back", pd.stroke(
                    [(atlas.landmark(extra, "left", view="back").x,
                      atlas.landmark(extra, "left", view="back").y)], 12), "burning", 7)
            store.update_session(s.id, pain_drawing=pd.to_json(drawing))
            if i < 2:
                x, y = spot(atlas, "back", "upper_trapezius", "right")
                store.add_point(s.id, "back", x, y, muscle="upper_trapezius", side="right",
                                layer="superficial", kind="active")


def sessions(store):
    return [store.session(s.id) for s in store.sessions()]


def test_each_patient_counts_once(store, atlas):
    seed(store, atlas)
    found = clinic_map.painted(atlas, sessions(store))
    assert found.patients == 3 and found.most == 3
    back = found.grids["back"]
    m = atlas.landmark("low_back", "right", view="back")
    col = int((m.x - back.x0) // clinic_map.CELL)
    row = int((m.y - back.y0) // clinic_map.CELL)
    assert back.counts[row, col] == 3  # three patients, though one painted it twice
    b = atlas.landmark("buttock", "left", view="back")
    assert back.counts[int((b.y - back.y0) // clinic_map.CELL),
                       int((b.x - back.x0) // clinic_map.CELL)] == 1
    assert found.grids["front"].counts.sum() == 0
    charted = clinic_map.charted(sessions(store))
    assert charted.patients == 2
    assert charted.counts == {("upper_trapezius", "right"): (2, 3)}


def test_tables_and_picture(qapp, store, atlas, tmp_path):
    seed(store, atlas)
    png, table = tmp_path / "map.png", tmp_path / "map.csv"
    assert cli.main(["--db", str(store.path), "clinic-map", "painted", "--png", str(png),
                     "--csv", str(table)]) == 0
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == clinic_map.PAINTED_COLUMNS
    assert max(int(r["patients"]) for r in rows) == 3
    assert {r["view"] for r in rows} == {"back"}
    assert max(float(r["percent"]) for r in rows) == 100.0
    image = QImage(str(png))
    assert not image.isNull()
    # Where three of three patients painted: the darkest red; on the unpainted chest: skin.
    front_width = atlas.views["front"].viewbox[2] * painting.SCALE
    m = atlas.landmark("low_back", "right", view="back")
    x0, y0 = atlas.views["back"].viewbox[:2]
    hot = image.pixelColor(round(front_width + (m.x - x0) * painting.SCALE),
                           round(painting.TOP + (m.y - y0) * painting.SCALE))
    assert hot.red() > 150 and hot.green() < 90, hot.name()
    chest = atlas.landmark("anterior_chest", "right", view="front")
    fx, fy = atlas.views["front"].viewbox[:2]
    cold = image.pixelColor(round((chest.x - fx) * painting.SCALE),
                            round(painting.TOP + (chest.y - fy) * painting.SCALE))
    assert cold.green() > 180, cold.name()
    charted = tmp_path / "charted.csv"
    assert cli.main(["--db", str(store.path), "clinic-map", "charted", "--csv",
                     str(charted)]) == 0
    with charted.open(encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == [{"muscle": "upper_trapezius",
                                            "muscle_name": "Upper trapezius", "side": "right",
                                            "patients": "2", "points": "3",
                                            "percent": "100.0"}]
