"""The pain drawing on the printed treatment map: in the document model (no Qt), on the page
(hatched where it was drawn, on the patient's correct side, dark enough for grey print), its
key, and the patient's sentence."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import shapely
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.demo import make_session
from dn_bodymap.drawing.pain import LEGEND_BOX, LEGEND_VIEW, paint_pain
from dn_bodymap.records import Store
from dn_bodymap.report import drawing_words
from dn_bodymap.report.document import treatment_map
from dn_bodymap.report.output import write_pdf
from dn_bodymap.report.pages import HEADER_H, MARGIN, layout_of
from tests.drawing_helpers import at, keep, low_back_drawing, outlines
from tests.test_report_patient import _jargon_in

DPI = 100


def _doc(atlas: Atlas, store: Store, drawing: pd.PainDrawing | None, variant: str = "clinical",
         n: int = 6):
    sid = make_session(store, atlas, n)
    if drawing is not None:
        keep(store, sid, drawing)
    s = store.session(sid)
    return treatment_map(atlas, s, store.patient(s.patient_id), variant=variant)


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_the_document_carries_the_drawing_and_its_area(atlas: Atlas, store: Store) -> None:
    drawing = low_back_drawing(atlas)
    doc = _doc(atlas, store, drawing)
    stored = pd.from_json(pd.to_json(drawing))
    assert [a.tags for a in doc.drawing.areas] == [a.tags for a in stored.areas]
    area = dict(doc.drawing_area)
    assert area == pd.area_percent(stored, outlines(atlas)) and area["total"] > 0
    entry = dict(doc.summary)["Pain drawing"]
    assert entry.startswith(f"{area['total']:.1f}% of the body (front {area['front']:.1f}%, "
                            f"back {area['back']:.1f}%)")
    assert "aching, burning" in entry and "intensity 6-8/10" in entry
    bare = _doc(atlas, store, None)
    assert bare.drawing.is_empty and bare.drawing_area == ()
    assert "Pain drawing" not in dict(bare.summary)


def test_a_bad_stored_drawing_prints_as_none_rather_than_failing(atlas: Atlas,
                                                                 store: Store) -> None:
    sid = make_session(store, atlas, 2)
    s = replace(store.session(sid), pain_drawing={"format": 99, "areas": []})
    doc = treatment_map(atlas, s, store.patient(s.patient_id))
    assert doc.drawing.is_empty and "Pain drawing" not in dict(doc.summary)


def _page_point(doc, view: str, x: float, y: float) -> QPointF:
    """Where view coordinates land on page 1, in points (report.map_views' layout)."""
    layout = layout_of(doc, "a4")
    scale = layout.map_h / 1000
    left = MARGIN + VIEWS.index(view) * (500 * scale + 6)
    return QPointF(left + x * scale, MARGIN + HEADER_H + 4 + y * scale)


def _grey_page(doc, atlas: Atlas, path: Path) -> QImage:
    """Page 1 of the PDF as printed in grey (pdftoppm -gray), as an image."""
    write_pdf(doc, atlas, path)
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", str(DPI), "-f", "1", "-l", "1",
                    str(path), str(path.with_suffix(""))], check=True)
    image = QImage(str(path.with_suffix("")) + "-1.png")
    assert not image.isNull()
    return image


def _changed(a: QImage, b: QImage, box: QRectF) -> tuple[int, int]:
    """Pixels in ``box`` (points) that differ between the pages, and how many of them are
    dark (grey below 110: a hatch line that prints)."""
    k = DPI / 72
    changed = dark = 0
    for y in range(int(box.top() * k), int(box.bottom() * k)):
        for x in range(int(box.left() * k), int(box.right() * k)):
            pa, pb = QColor(a.pixel(x, y)).value(), QColor(b.pixel(x, y)).value()
            if abs(pa - pb) > 30:
                changed += 1
                dark += pa < 110
    return changed, dark


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_pdf_shows_the_drawing_hatched_on_the_patients_right(
        atlas: Atlas, store: Store, tmp_path: Path, qapp) -> None:
    doc = _doc(atlas, store, low_back_drawing(atlas), n=0)  # no points: nothing over it
    assert f"{dict(doc.drawing_area)['total']:.1f}% of the body" in _text(
        _pdf(doc, atlas, tmp_path / "text.pdf"))
    drawn = _grey_page(doc, atlas, tmp_path / "drawn.pdf")
    bare = _grey_page(replace(doc, drawing=pd.EMPTY), atlas, tmp_path / "bare.pdf")
    half = 30.0  # points around each place
    for view, landmark in (("back", "low_back"), ("back", "buttock"),
                           ("front", "anterior_thigh")):
        right = _page_point(doc, view, *at(atlas, landmark, "right", view))
        left = _page_point(doc, view, *at(atlas, landmark, "left", view))
        # The back view puts the patient's right on the viewer's right; the front, left.
        assert (right.x() > left.x()) == (view == "back")
        changed, dark = _changed(drawn, bare, QRectF(right.x() - half / 3, right.y() - half / 3,
                                                     2 * half / 3, 2 * half / 3))
        assert changed > 40 and dark > 15, (view, landmark, changed, dark)
    # Nothing on the patient's left half of either view (short of the midline's width).
    for view, x0, x1 in (("back", 0, atlas.midline_x - 2), ("front", atlas.midline_x + 2, 500)):
        top, bottom = _page_point(doc, view, x0, 0), _page_point(doc, view, x1, 1000)
        assert _changed(drawn, bare, QRectF(top, bottom))[0] == 0, view
    # The key, in the front view's empty corner, names both qualities.
    key = _page_point(doc, LEGEND_VIEW, LEGEND_BOX.left(), LEGEND_BOX.top())
    assert _changed(drawn, bare, QRectF(key.x(), key.y(), 40, 40))[1] > 20
    text = _text(tmp_path / "drawn.pdf")
    assert "Pain drawing" in text and "aching" in text and "burning" in text


def _pdf(doc, atlas: Atlas, path: Path) -> Path:
    write_pdf(doc, atlas, path)
    return path


def test_the_key_sits_where_the_figure_leaves_the_view_empty(atlas: Atlas) -> None:
    box = shapely.box(LEGEND_BOX.left(), LEGEND_BOX.top(), LEGEND_BOX.right(),
                      LEGEND_BOX.bottom())
    assert not atlas.views[LEGEND_VIEW].outline.intersects(box)
    _, _, w, h = atlas.views[LEGEND_VIEW].viewbox
    assert shapely.box(0, 0, w, h).contains(box)


def test_no_key_without_qualities(atlas: Atlas, qapp) -> None:
    """An untagged drawing needs no key; one with qualities gets it."""
    def inked(drawing: pd.PainDrawing) -> int:
        image = QImage(500, 1000, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_pain(painter, drawing, LEGEND_VIEW, legend=True)
        painter.end()
        return sum(image.pixel(x, y) != QColor("white").rgba()
                   for y in range(int(LEGEND_BOX.top()), int(LEGEND_BOX.bottom()), 2)
                   for x in range(int(LEGEND_BOX.left()), int(LEGEND_BOX.right()), 2))

    assert inked(low_back_drawing(atlas, None, also=False)) == 0
    assert inked(low_back_drawing(atlas, "aching", also=False)) > 100


def test_the_patient_sentence_says_where_how_much_and_what_it_feels_like(
        atlas: Atlas, store: Store, tmp_path: Path, qapp) -> None:
    doc = _doc(atlas, store, low_back_drawing(atlas), variant="patient")
    total = round(dict(doc.drawing_area)["total"])
    sentence = dict(doc.summary)["Where you marked pain"]
    assert sentence.startswith("You marked pain on your right lower back, ")
    assert "right buttock" in sentence and "the front of your right thigh" in sentence
    assert "left" not in sentence
    assert f", about {total}% of your body (striped on the map)" in sentence
    assert sentence.endswith("; you described it as aching and burning.")
    text = _text(_pdf(doc, atlas, tmp_path / "patient.pdf"))
    assert f"about {total}% of your body" in text and _jargon_in(text, atlas) == []


def test_the_clinical_entry_names_the_regions(atlas: Atlas, store: Store) -> None:
    doc = _doc(atlas, store, low_back_drawing(atlas, also=False))
    entry = dict(doc.summary)["Pain drawing"]
    assert "; right low back, " in entry and "right buttock" in entry
    assert "left" not in entry and "thigh" not in entry.split(";")[1]


def test_places_in_the_patients_words() -> None:
    assert drawing_words.plain_place("posterior_thigh", "right") == "the back of your right thigh"
    assert drawing_words.plain_place("buttock", "left") == "your left buttock"
    assert drawing_words.plain_place("sternum", None) == "the breastbone"
    assert drawing_words.plain_place("interscapular", "right") == (
        "between the shoulder blades (right side)")
    assert drawing_words.plain_where(["your right lower back", "your right buttock",
                                      "the back of your right thigh", "your right calf"]) == (
        "your right lower back, right buttock, the back of your right thigh and your right calf")
    assert drawing_words.plain_amount(0.4) == "less than 1% of your body"
    drawing = pd.PainDrawing((pd.PainArea("back", shapely.box(0, 0, 10, 10)),))
    assert drawing_words.patient_text({"total": 3.6}, drawing) == (
        "You marked pain over about 4% of your body (striped on the map).")
