"""Lay out the one-page progress summary: header, the two charts, the sessions table (the
latest that fit), footer. Painted through report.output like the treatment map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from dn_bodymap.drawing.progress_chart import (
    paint_area_chart,
    paint_counts_grid,
    paint_pain_chart,
)
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, translate, translate_data
from dn_bodymap.report.pages import FOOTER_H, GREY, MARGIN, ROW_H, draw_text, paper_size
from dn_bodymap.report.progress_document import ProgressSummary

COLUMNS = ((QT_TRANSLATE_NOOP("report.progress_pages", "Date"), 0.14),
           (QT_TRANSLATE_NOOP("report.progress_pages", "Clinician"), 0.27),
           (QT_TRANSLATE_NOOP("report.progress_pages", "Pain before → after"), 0.17),
           (QT_TRANSLATE_NOOP("report.progress_pages", "Pain area"), 0.1),
           (QT_TRANSLATE_NOOP("report.progress_pages", "Active"), 0.09),
           (QT_TRANSLATE_NOOP("report.progress_pages", "Latent"), 0.09),
           (QT_TRANSLATE_NOOP("report.progress_pages", "Status"), 0.14))
AREA_SHARE = 0.36  # of the width: the pain area chart beside the NPRS chart


def paint_progress(painter: QPainter, summary: ProgressSummary, paper: str,
                   new_page: Callable[[], object]) -> int:
    page = paper_size(paper)
    w = page.width() - 2 * MARGIN
    y = MARGIN
    if summary.clinic:
        draw_text(painter, QRectF(MARGIN, y, w, 14), summary.clinic, 9, bold=True, colour=GREY)
    draw_text(painter, QRectF(MARGIN, y + 14, w, 20),
              translate("report.progress_pages", "Progress summary"), 15, bold=True)
    draw_text(painter, QRectF(MARGIN, y + 36, w, 13), "  ·  ".join(summary.patient_lines), 9.5,
              bold=True)
    draw_text(painter, QRectF(MARGIN, y + 49, w, 12), summary.span, 8.5)
    y += 68
    chart_h = 200.0
    paint_pain_chart(painter, QRectF(MARGIN, y, w * (1 - AREA_SHARE) - 6, chart_h), summary.pain)
    paint_area_chart(painter, QRectF(MARGIN + w * (1 - AREA_SHARE) + 6, y, w * AREA_SHARE - 6,
                                     chart_h), summary.area)
    y += chart_h + 10
    paint_counts_grid(painter, QRectF(MARGIN, y, w, chart_h), summary.counts)
    y += chart_h + 14
    bottom = page.height() - MARGIN - FOOTER_H
    room = int((bottom - y - 16) // ROW_H)
    rows = summary.rows[-room:] if room > 0 else ()  # the latest sessions that fit
    painter.fillRect(QRectF(MARGIN, y, w, 16), QColor("#e6e6e6"))
    x = MARGIN
    for title, share in COLUMNS:
        draw_text(painter, QRectF(x + 2, y, share * w - 4, 16),
                  translate_data("report.progress_pages", title), 7.5, bold=True)
        x += share * w
    y += 16
    for row in rows:
        x = MARGIN
        for cell, (_, share) in zip(row, COLUMNS, strict=True):
            draw_text(painter, QRectF(x + 2, y, share * w - 4, ROW_H), cell, 7)
            x += share * w
        painter.setPen(QPen(QColor("#cccccc"), 0.4))
        painter.drawLine(QPointF(MARGIN, y + ROW_H), QPointF(MARGIN + w, y + ROW_H))
        y += ROW_H
    if len(rows) < len(summary.rows):
        draw_text(painter, QRectF(MARGIN, y + 2, w, 10),
              translate("report.progress_pages", "Latest {shown} of {total} sessions shown."
                        ).format(shown=len(rows), total=len(summary.rows)), 7, colour=GREY)
    foot = QRectF(MARGIN, page.height() - MARGIN - FOOTER_H + 8, w, FOOTER_H - 8)
    painter.setPen(QPen(GREY, 0.6))
    painter.drawLine(QPointF(MARGIN, foot.top() - 2), QPointF(MARGIN + w, foot.top() - 2))
    draw_text(painter, foot, translate("report.pages", "Page {page} of {pages}").format(
        page=1, pages=1), 7.5, flags=Qt.AlignmentFlag.AlignHCenter)
    draw_text(painter, foot, summary.versions, 7.5, colour=GREY, flags=Qt.AlignmentFlag.AlignRight)
    return 1
