"""The printed treatment map: its text, its pages, its drawing, and `dn-bodymap print`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.demo import CLINICIAN, make_session
from dn_bodymap.records import Store
from dn_bodymap.report.document import treatment_map
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
