"""Where printed pages go: a PDF file, a printer, or page images (preview, tests, docs).

Every printout is a ``paint(painter, paper, new_page) -> pages`` routine working in points;
these functions give it the device. The treatment map and the progress summary both come
through here, so screen previews, paper and PDF never differ.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from dn_bodymap.atlas import Atlas
from dn_bodymap.report.document import TreatmentMap
from dn_bodymap.report.pages import PAPERS, paint_document, paper_size

PDF_DPI = 1200  # the PDF's coordinate grid; the drawing itself is vector
Paint = Callable[[QPainter, str, Callable[[], object]], int]  # new_page: QPrinter's returns bool


def _to_points(painter: QPainter, device_dpi: float) -> None:
    painter.scale(device_dpi / 72.0, device_dpi / 72.0)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)


def _setup(device: QPagedPaintDevice, paper: str) -> None:
    device.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))


def pdf(path: Path, paper: str, title: str, paint: Paint) -> int:
    """Write the pages to ``path`` (its folder must exist); returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("dn-bodymap")
    _setup(writer, paper)
    painter = QPainter(writer)
    try:
        _to_points(painter, PDF_DPI)
        return paint(painter, paper, writer.newPage)
    finally:
        painter.end()


def to_printer(printer: QPrinter, paint: Paint) -> int:
    """Paint on a configured printer (from QPrintDialog or a preview)."""
    paper = next((name for name, size in PAPERS.items()
                  if printer.pageLayout().pageSize().id() == size), "a4")
    printer.setFullPage(True)
    painter = QPainter(printer)
    try:
        _to_points(painter, printer.resolution())
        return paint(painter, paper, printer.newPage)
    finally:
        painter.end()


def images(paper: str, paint: Paint, dpi: float = 100.0) -> list[QImage]:
    """Every page as an image on white, painted by the same routine as the PDF."""
    size = paper_size(paper)
    pages: list[QImage] = []
    painter = QPainter()

    def start() -> None:
        if painter.isActive():
            painter.end()
        image = QImage(round(size.width() * dpi / 72), round(size.height() * dpi / 72),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        dots_per_metre = round(dpi / 0.0254)  # so fonts in points come out the right size
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        pages.append(image)
        painter.begin(image)
        _to_points(painter, dpi)

    start()
    try:
        paint(painter, paper, start)
    finally:
        painter.end()
    return pages


def _map(doc: TreatmentMap, atlas: Atlas) -> Paint:
    return lambda painter, paper, new_page: paint_document(painter, doc, atlas, paper, new_page)


def write_pdf(doc: TreatmentMap, atlas: Atlas, path: Path, paper: str = "a4") -> int:
    return pdf(path, paper, f"{doc.title} - {doc.patient_lines[0]}", _map(doc, atlas))


def print_document(doc: TreatmentMap, atlas: Atlas, printer: QPrinter) -> int:
    return to_printer(printer, _map(doc, atlas))


def page_images(doc: TreatmentMap, atlas: Atlas, paper: str = "a4",
                dpi: float = 100.0) -> list[QImage]:
    return images(paper, _map(doc, atlas), dpi)
