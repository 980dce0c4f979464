"""The printed treatment map: its text, its pages, its drawing, and `dn-bodymap print`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.demo import CLINICIAN, make_session
from dn_bodymap.drawing.fonts import sized_font
from dn_bodymap.records import Store
from dn_bodymap.records.model import ScreeningAnswer
from dn_bodymap.records.vocab import SCREENING_ITEMS
from dn_bodymap.report.document import screening_text, treatment_map
from dn_bodymap.report.output import page_images, print_document, write_pdf
from dn_bodymap.report.pages import HEADER_H, MARGIN, layout_of


def _doc(atlas: Atlas, store: Store, n: int | None = None, variant: str = "clinical",
         sign: bool = False):
    sid = make_session(store, atlas, n)
    if sign:
        store.sign_session(sid, CLINICIAN)
    session = store.session(sid)
    return treatment_map(atlas, session, store.patient(session.patient_id),
                         clinic="Riverside Physiotherapy", variant=variant), sid


def _pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    # Words come out separated by tabs or newlines; one space between words is what a reader
    # searching the PDF types.
    return len(reader.pages), " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_pdf_text_holds_patient_muscles_and_signature(atlas: Atlas, store: Store,
                                                      tmp_path: Path, qapp) -> None:
    doc, sid = _doc(atlas, store, sign=True)
    assert write_pdf(doc, atlas, tmp_path / "map.pdf") == 1
    pages, text = _pdf_text(tmp_path / "map.pdf")
    assert pages == 1
    assert "Jane Doe" in text and "Riverside Physiotherapy" in text
    names = {atlas.muscle(p.muscle).name for p in store.session(sid).points}
    assert len(names) == 10
    for name in names:
        assert name in text, name
    assert "Signed by Alex Morgan, PT, DPT, Cert. DN on" in text and "DRAFT" not in text
    assert "Page 1 of 1" in text and atlas.data_version in text


def test_a_draft_says_so_on_every_page(atlas: Atlas, store: Store, tmp_path: Path,
                                       qapp) -> None:
    doc, _ = _doc(atlas, store, n=60)
    assert write_pdf(doc, atlas, tmp_path / "draft.pdf") == 2
    reader = PdfReader(str(tmp_path / "draft.pdf"))
    for page in reader.pages:
        assert "DRAFT - not signed" in " ".join(page.extract_text().split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_12_points_fit_on_one_page_and_60_take_two(atlas: Atlas, store: Store, paper: str,
                                                   tmp_path: Path, qapp) -> None:
    twelve, _ = _doc(atlas, store, n=12)
    thirty, _ = _doc(atlas, store, n=30)
    sixty, _ = _doc(atlas, store, n=60)
    assert write_pdf(twelve, atlas, tmp_path / "12.pdf", paper) == 1
    assert write_pdf(thirty, atlas, tmp_path / "30.pdf", paper) == 1
    assert layout_of(twelve, paper).map_h > layout_of(thirty, paper).map_h  # shrinks to fit
    assert write_pdf(sixty, atlas, tmp_path / "60.pdf", paper) == 2
    pages, text = _pdf_text(tmp_path / "60.pdf")
    assert pages == 2 and "Page 2 of 2" in text and "(continued)" in text
    assert text.count("Gluteus medius") == 6  # 60 rows cycle the ten muscles: none lost


def _map_pixels(doc, atlas: Atlas) -> tuple[int, int, float]:
    """(inked, coloured, samples) over the front view's area of page 1, at 60 dpi."""
    (image,) = page_images(doc, atlas, "a4", dpi=60)
    scale = 60 / 72
    area = QRectF(MARGIN * scale, (MARGIN + HEADER_H) * scale, 200 * scale,
                  layout_of(doc, "a4").map_h * scale)
    inked = coloured = 0
    for y in range(int(area.top()), int(area.bottom()), 2):
        for x in range(int(area.left()), int(area.right()), 2):
            c = QColor(image.pixel(x, y))
            inked += c != QColor("white")
            coloured += c.saturation() > 60 and c.value() < 235
    return inked, coloured, area.width() * area.height() / 4


def test_the_map_is_drawn_not_blank(atlas: Atlas, store: Store, qapp) -> None:
    doc, _ = _doc(atlas, store)
    inked, coloured, samples = _map_pixels(doc, atlas)
    _, bare_coloured, _ = _map_pixels(replace(doc, points=()), atlas)
    assert inked > 0.2 * samples  # the body is drawn
    assert coloured > bare_coloured + 40  # and the points and their zones on it


def test_patient_friendly_variant_uses_plain_words(atlas: Atlas, store: Store,
                                                   tmp_path: Path, qapp) -> None:
    doc, _ = _doc(atlas, store, variant="patient")
    write_pdf(doc, atlas, tmp_path / "patient.pdf")
    _, text = _pdf_text(tmp_path / "patient.pdf")
    assert "trigger points" in text and "Your treatment map" in text
    for jargon in ("LTR", "NPRS", " TB ", "A/L", "pist."):
        assert jargon not in text
    assert "near the" in text  # where the point is, in words


def test_printer_path_paints_the_same_pages(atlas: Atlas, store: Store, tmp_path: Path,
                                            qapp) -> None:
    doc, _ = _doc(atlas, store, n=60)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(doc, atlas, printer) == 2
    pages, text = _pdf_text(tmp_path / "printed.pdf")
    assert pages == 2 and "Jane Doe" in text


def test_print_command_writes_the_pdf(atlas: Atlas, db: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db, atlas=atlas) as store:
        sid = make_session(store, atlas)
    out = tmp_path / "map.pdf"
    assert main(["--db", str(db), "print", str(sid), "--pdf", str(out), "--json"]) == 0
    assert '"pages": 1' in capsys.readouterr().out
    assert _pdf_text(out)[0] == 1


def test_print_command_refuses_an_unknown_session(atlas: Atlas, db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db, atlas=atlas) as store:
        make_session(store, atlas)
    code = main(["--db", str(db), "print", "99", "--pdf", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "99" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


LONG_NOTE = ("Referral reproduced the patient's temporal headache; twitch on the second pass; "
             "patient felt light-headed after needling, settled within two minutes lying down.")


def test_long_notes_and_addenda_are_printed_in_full(atlas: Atlas, store: Store,
                                                    tmp_path: Path, qapp) -> None:
    sid = make_session(store, atlas)
    point = store.session(sid).points[0]
    store.update_point(point.id, notes=LONG_NOTE)
    store.sign_session(sid, CLINICIAN)
    store.add_addendum(sid, "Phoned next day: headache gone, no further dizziness.", CLINICIAN)
    session = store.session(sid)
    doc = treatment_map(atlas, session, store.patient(session.patient_id))
    assert write_pdf(doc, atlas, tmp_path / "notes.pdf") == 1
    _, text = _pdf_text(tmp_path / "notes.pdf")
    assert "Notes in full" in text
    assert " ".join(LONG_NOTE.split()) in text  # every word, not an elided cell
    assert "Phoned next day: headache gone, no further dizziness." in text


def test_notes_that_do_not_fit_continue_on_a_page_of_their_own(atlas: Atlas, store: Store,
                                                                tmp_path: Path, qapp) -> None:
    sid = make_session(store, atlas, 30)
    for p in store.session(sid).points:
        store.update_point(p.id, notes=f"Point {p.number}: " + LONG_NOTE * 3)
    session = store.session(sid)
    doc = treatment_map(atlas, session, store.patient(session.patient_id))
    pages = write_pdf(doc, atlas, tmp_path / "many.pdf")
    count, text = _pdf_text(tmp_path / "many.pdf")
    assert pages == count >= 2
    assert f"Page {count} of {count}" in text
    assert "Point 30: Referral reproduced" in text  # the last note, in full


def _pdf_of(atlas: Atlas, store: Store, sid: int, path: Path) -> str:
    session = store.session(sid)
    write_pdf(treatment_map(atlas, session, store.patient(session.patient_id)), atlas, path)
    return unicodedata.normalize("NFKC", _pdf_text(path)[1])  # "ﬁ" searched as "fi"


def test_session_notes_time_in_tissue_and_tolerance_are_printed(atlas: Atlas, store: Store,
                                                                 tmp_path: Path, qapp) -> None:
    sid = make_session(store, atlas)
    store.update_session(sid, notes="Anxious about needling; procedure talked through first.")
    points = store.session(sid).points
    store.update_point(points[0].id, time_in_tissue_s=20, tolerance="good")
    store.update_point(points[4].id, time_in_tissue_s=45.5, tolerance="poor")
    text = _pdf_of(atlas, store, sid, tmp_path / "map.pdf")
    assert "Anxious about needling; procedure talked through first." in text
    assert "Time" in text and "Tol." in text and "time in tissue" in text
    assert "20 s Good" in text and "45.5 s Poor" in text


def test_a_screened_and_an_unscreened_visit_print_differently(atlas: Atlas, store: Store,
                                                               tmp_path: Path, qapp) -> None:
    texts = {}
    for name, answer in (("screened", "no"), ("unscreened", "not_asked")):
        sid = make_session(store, atlas)
        store.update_session(sid, screening={i: ScreeningAnswer(answer) for i in SCREENING_ITEMS})
        texts[name] = _pdf_of(atlas, store, sid, tmp_path / f"{name}.pdf")
    # "Heading: text" on one line where it fits, else the heading above it
    assert re.search(r"Screening:? No to all 10 items", texts["screened"])
    assert re.search(r"Screening:? Not asked: all 10 items", texts["unscreened"])
    assert "Not asked" not in texts["screened"] and "No to all" not in texts["unscreened"]


def test_each_screening_answer_is_printed_not_asked_as_such(atlas: Atlas, store: Store) -> None:
    sid = make_session(store, atlas)  # four no, diabetes yes with a note, five not asked
    session = store.session(sid)
    lines = screening_text(session).split("\n")
    assert lines == [
        "Yes: Diabetes (type 2, well controlled)",
        "No: Pregnancy, Needle phobia, Anticoagulants, Bleeding disorder",
        "Not asked: Infection at site, Immunocompromised, Epilepsy, Vascular disease, "
        "Metal allergy"]
    noted = {i: ScreeningAnswer("no") for i in SCREENING_ITEMS} | {
        "anticoagulants": ScreeningAnswer("no", "aspirin stopped in 2023")}
    assert screening_text(replace(session, screening=noted)) == \
        "No to all 10 items; Anticoagulants (aspirin stopped in 2023)"


def test_a_summary_too_long_for_its_column_continues_under_the_table(
        atlas: Atlas, store: Store, tmp_path: Path, qapp) -> None:
    sid = make_session(store, atlas, 30)
    notes = " ".join(f"Sentence {i} of the session notes, all of which must be printed."
                     for i in range(12))
    store.update_session(sid, chief_complaint=LONG_NOTE * 2, notes=notes)
    text = _pdf_of(atlas, store, sid, tmp_path / "long.pdf")
    assert "Visit summary, continued" in text
    assert notes in text and "Follow-up: 1 week" in text


def test_the_footer_signature_never_runs_into_the_page_number(atlas: Atlas, store: Store,
                                                              tmp_path: Path, qapp) -> None:
    doc, _ = _doc(atlas, store, sign=True)
    write_pdf(doc, atlas, tmp_path / "map.pdf")
    starts: dict[str, float] = {}

    def visit(text: str, cm, tm, font, size) -> None:
        if tm[5] > 780:  # the footer line, in the page's top-down points
            starts[text.split()[0] if text.split() else ""] = tm[4]

    PdfReader(str(tmp_path / "map.pdf")).pages[0].extract_text(visitor_text=visit)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    painter = QPainter(image)
    painter.setFont(sized_font(painter, 7.5, bold=True))  # the painter's font knows the device
    width = QFontMetricsF(painter.font()).horizontalAdvance(doc.signature)
    painter.end()
    assert starts["Signed"] + width < starts["Page"]
