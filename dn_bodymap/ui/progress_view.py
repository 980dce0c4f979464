"""The patient's progress: pain before and after each session, and active trigger points per
muscle, as charts; printable as a one-page summary through the same path as the map."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.drawing.progress_chart import (
    paint_area_chart,
    paint_counts_grid,
    paint_pain_chart,
)
from dn_bodymap.i18n import translate
from dn_bodymap.report import output
from dn_bodymap.report.progress_document import ProgressSummary
from dn_bodymap.report.progress_pages import AREA_SHARE, paint_progress
from dn_bodymap.review.progress import CountGrid
from dn_bodymap.ui.file_dialogs import ask_pdf_path, write_file


class ChartsWidget(QWidget):
    def __init__(self, summary: ProgressSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.grid: CountGrid | None = None  # as last painted
        self.setMinimumSize(640, 520)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        half = self.height() / 2
        split = (self.width() - 20) * (1 - AREA_SHARE)  # pain area beside NPRS, as printed
        paint_pain_chart(painter, QRectF(10, 6, split - 6, half - 12), self.summary.pain)
        paint_area_chart(painter, QRectF(16 + split, 6, self.width() - 26 - split, half - 12),
                         self.summary.area)
        self.grid = paint_counts_grid(
            painter, QRectF(10, half + 6, self.width() - 20, half - 12), self.summary.counts)
        painter.end()


class ProgressDialog(QDialog):
    def __init__(self, summary: ProgressSummary, paper: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary, self.paper = summary, paper
        self.setWindowTitle(translate("ui.progress_view",
                "Progress — {patient} ({span})").format(
                patient=summary.patient_lines[0],
                span=summary.span))
        self.charts = ChartsWidget(summary)
        print_button = QPushButton(translate("ui.progress_view", "&Print…"))
        print_button.clicked.connect(self.print_)
        pdf_button = QPushButton(translate("ui.progress_view", "Export &PDF…"))
        pdf_button.clicked.connect(lambda: self.export_pdf())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(print_button)
        buttons.addWidget(pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.charts, 1)
        layout.addLayout(buttons)
        self.resize(900, 720)

    def _paint(self, painter: QPainter, paper: str, new_page: Callable[[], object]) -> int:
        return paint_progress(painter, self.summary, paper, new_page)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            output.to_printer(printer, self._paint)

    def export_pdf(self, path: str | None = None) -> Path | None:
        target = Path(path) if path else ask_pdf_path(self, translate("ui.progress_view",
                "Export progress PDF"),
                                                      "progress.pdf")
        if target is None or not write_file(self, target, lambda tmp: output.pdf(
                tmp, self.paper, translate("ui.progress_view",
                        "Progress - {patient}").format(
                        patient=self.summary.patient_lines[0]), self._paint)):
            return None
        return target
