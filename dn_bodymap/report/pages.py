"""Lay out a treatment map on pages: one painter routine for the printer, the PDF and the
preview images, with the views drawn by the same code as the window (report.map_views:
paint_view, paint_pain, paint_pattern, paint_marker), so paper never disagrees with the screen.

Everything is laid out in points (1/72 inch) from the paper's top-left corner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageSize, QPainter, QPen

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.charting.palette import point_colour
from dn_bodymap.drawing.fonts import sized_font
from dn_bodymap.drawing.markers import paint_marker
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, translate, translate_data
from dn_bodymap.report import document
from dn_bodymap.report.document import Row, TreatmentMap, paginate, precautions_heading
from dn_bodymap.report.map_views import paint_map

MARGIN = 36.0
ROW_H = 10.8
MIN_MAP_H = 260.0  # the views shrink to this (about 9 cm tall) to keep up to 30 rows on page 1
HEADER_H = 62.0
FOOTER_H = 22.0
TABLE_HEAD_H = 16.0
KEY_H = 20.0
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Column widths as shares of the table width, per variant.
# Clinical: each title and the longest usual value fit on A4 (the longest muscle name too).
WIDTHS = {"clinical": (0.035, 0.203, 0.048, 0.036, 0.13, 0.08, 0.06, 0.076, 0.048, 0.05,
                       0.056, 0.178),
          "patient": (0.05, 0.22, 0.33, 0.26, 0.14)}
INK = QColor("#1a1a1a")
GREY = QColor("#666666")


def paper_size(paper: str) -> QSizeF:
    """The paper's size in points."""
    return QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)


@dataclass(frozen=True)
class Layout:
    page: QSizeF
    map_h: float  # the views' height on page 1
    first_rows: int
    rest_rows: int

    @classmethod
    def for_paper(cls, paper: str, intro: bool = False, rows: int = 0) -> Layout:
        """The views as large as the page allows, shrinking (down to MIN_MAP_H) so that more
        rows of the table stay on page 1 with the map."""
        page = paper_size(paper)
        intro_h = 28.0 if intro else 0.0
        largest = (380.0 if page.height() > 820 else 340.0) - intro_h
        below = (page.height() - 2 * MARGIN - HEADER_H - intro_h - 12 - TABLE_HEAD_H - KEY_H
                 - FOOTER_H)
        map_h = max(MIN_MAP_H - intro_h, min(largest, below - rows * ROW_H))
        free = page.height() - 2 * MARGIN - 30 - TABLE_HEAD_H - KEY_H - FOOTER_H
        fits = int((below - map_h) / ROW_H + 1e-6)  # 30 rows of 10.8 pt are 324 pt, not 323.99
        return cls(page, map_h, fits, int(free // ROW_H))


def layout_of(doc: TreatmentMap, paper: str) -> Layout:
    return Layout.for_paper(paper, bool(doc.intro), len(doc.rows))


def draw_text(painter: QPainter, rect: QRectF, text: str, size: float, *, bold: bool = False,
              colour: QColor = INK, flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
          wrap: bool = False) -> None:
    painter.setFont(sized_font(painter, size, bold))
    painter.setPen(colour)
    if not wrap:
        text = QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight,
                                                         rect.width())
    painter.drawText(rect, int(flags | Qt.AlignmentFlag.AlignVCenter
                               | (Qt.TextFlag.TextWordWrap if wrap else 0)), text)


def paint_document(painter: QPainter, doc: TreatmentMap, atlas: Atlas, paper: str,
                   new_page: Callable[[], object]) -> int:
    """Paint every page (calling ``new_page`` between them); returns the number of pages.
    The painter must map points to the device (see ``report.output``)."""
    layout = layout_of(doc, paper)
    pages = paginate(doc.rows, layout.first_rows, layout.rest_rows)
    tail = _tail(painter, doc, atlas, layout)
    # The summary that did not fit beside the map, the notes in full and the addenda go under
    # the table on its last page, or on pages of their own when they do not fit there: a
    # printout never cuts a clinical record short.
    room = _room_below_table(layout, len(pages) - 1, len(pages[-1]), bool(doc.intro))
    fits, rest = _split(painter, tail, layout.page.width() - 2 * MARGIN, room)
    if fits and fits[-1] in _headings() and rest:  # a heading stays with its first paragraph
        fits, rest = fits[:-1], [fits[-1], *rest]
    extra: list[list[str]] = []
    full = layout.page.height() - 2 * MARGIN - 30 - FOOTER_H
    while rest:
        chunk, rest = _split(painter, rest, layout.page.width() - 2 * MARGIN, full)
        if not chunk:  # one paragraph taller than a page: print it cut rather than loop
            chunk, rest = rest[:1], rest[1:]
        extra.append(chunk)
    count = len(pages) + len(extra)
    for i, rows in enumerate(pages):
        if i:
            new_page()
        _paint_page(painter, doc, atlas, layout, i, count, rows,
                    fits if i == len(pages) - 1 else [])
    for j, chunk in enumerate(extra, start=len(pages)):
        new_page()
        _continued(painter, doc, layout.page.width() - 2 * MARGIN)
        _paragraphs(painter, chunk, MARGIN + 30, layout.page.width() - 2 * MARGIN)
        _paint_footer(painter, doc, layout, j, count)
    return count


TAIL_PT = 7.0
# The tail's headings, printed bold; marked here and translated when printed.
NOTES_HEADING = QT_TRANSLATE_NOOP("report.pages", "Notes in full")
SIGNED_OVER_HEADING = QT_TRANSLATE_NOOP(
    "report.pages", "Signed without these checklist items, for the reasons given")
SUMMARY_HEADING = QT_TRANSLATE_NOOP("report.pages", "Visit summary, continued")


def _headings() -> frozenset[str]:
    return frozenset({*(translate_data("report.pages", h) for h in
                        (NOTES_HEADING, SIGNED_OVER_HEADING, SUMMARY_HEADING)),
                      document.integrity_heading()})
SUMMARY_PT = 7.5
SIGNED_OVER_PT = 6.5


def _signed_over_text(doc: TreatmentMap) -> str:
    return translate("report.pages", "Signed without {items}").format(
        items="; ".join(doc.signed_over))


def _signed_over_box(w: float) -> QRectF:
    """Under the signature box in the header."""
    return QRectF(MARGIN + w * 0.62, MARGIN + 35, w * 0.38, HEADER_H - 37)


def _signed_over_fits_header(painter: QPainter, doc: TreatmentMap, w: float) -> bool:
    box = _signed_over_box(w)
    painter.setFont(sized_font(painter, SIGNED_OVER_PT))
    needed = painter.boundingRect(QRectF(0, 0, box.width(), 10_000),
                                  int(Qt.TextFlag.TextWordWrap), _signed_over_text(doc))
    return needed.height() <= box.height()


def _summary_rect(atlas: Atlas, layout: Layout, intro: bool) -> QRectF:
    """The column beside the two views, where the visit summary goes."""
    _, _, vw, vh = atlas.views["front"].viewbox
    left = MARGIN + len(VIEWS) * (vw * layout.map_h / vh + 6) + 6
    return QRectF(left, MARGIN + HEADER_H + 4 + (28 if intro else 0),
                  layout.page.width() - MARGIN - left, layout.map_h)


def _inline(painter: QPainter, heading: str, text: str, width: float) -> bool:
    """A short entry ("Consent: obtained") takes one line, its heading in front; a long or
    boxed one has its heading above it. (A 30-point map leaves the column little room.)"""
    if heading == precautions_heading() or "\n" in text:
        return False
    painter.setFont(sized_font(painter, SUMMARY_PT, True))
    head = QFontMetricsF(painter.font()).horizontalAdvance(f"{heading}: ")
    painter.setFont(sized_font(painter, SUMMARY_PT))
    return head + QFontMetricsF(painter.font()).horizontalAdvance(text) <= width - 2


def _summary_heights(painter: QPainter, doc: TreatmentMap, rect: QRectF) -> list[float]:
    """The heights of the summary's entries that fit whole beside the map, in order; 0 for
    an entry on one line with its heading."""
    out: list[float] = []
    y = rect.top()
    for heading, text in doc.summary:
        if _inline(painter, heading, text, rect.width()):
            h, block = 0.0, 11.0
        else:
            painter.setFont(sized_font(painter, SUMMARY_PT))
            h = painter.boundingRect(QRectF(0, 0, rect.width(), 10_000),
                                     int(Qt.TextFlag.TextWordWrap), text).height()
            block = 11 + h
        if y + block > rect.bottom():
            break
        out.append(h)
        y += block + 5
    return out


def _tail(painter: QPainter, doc: TreatmentMap, atlas: Atlas, layout: Layout) -> list[str]:
    """Paragraphs after the table: what the session was signed without (when the header has
    no room for it), the summary that did not fit beside the map, each note the table had
    to shorten, in full, the referral sites chosen, then the addenda."""
    notes = translate("report.document", "Notes")
    notes_col = doc.columns.index(notes) if notes in doc.columns else None
    out = []
    w = layout.page.width() - 2 * MARGIN
    if doc.signed_over and not _signed_over_fits_header(painter, doc, w):
        out += [translate_data("report.pages", SIGNED_OVER_HEADING), *doc.signed_over]
    shown = len(_summary_heights(painter, doc, _summary_rect(atlas, layout, bool(doc.intro))))
    if shown < len(doc.summary):
        out += [translate_data("report.pages", SUMMARY_HEADING),
                *(f"{h}: {t}" for h, t in doc.summary[shown:])]
    if notes_col is not None:
        width = WIDTHS[doc.variant][notes_col] * w - 4
        painter.setFont(sized_font(painter, 7))
        metrics = QFontMetricsF(painter.font())
        long = [(p.number, p.notes) for p in doc.points
                if p.notes and metrics.horizontalAdvance(p.notes.replace("\n", " ")) > width]
        if long:
            out.append(translate_data("report.pages", NOTES_HEADING))
            out += [f"{n}. {text}" for n, text in long]
    return out + list(doc.sites) + list(doc.addenda) + list(doc.integrity_lines)


def _height(painter: QPainter, text: str, width: float) -> float:
    painter.setFont(sized_font(painter, TAIL_PT, bold=text in _headings()))
    return painter.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap),
                                text).height() + 3


def _split(painter: QPainter, paragraphs: list[str], width: float,
           room: float) -> tuple[list[str], list[str]]:
    used = 0.0
    for i, text in enumerate(paragraphs):
        used += _height(painter, text, width)
        if used > room:
            return paragraphs[:i], paragraphs[i:]
    return paragraphs, []


def _paragraphs(painter: QPainter, paragraphs: list[str], top: float, width: float) -> None:
    for text in paragraphs:
        h = _height(painter, text, width)
        draw_text(painter, QRectF(MARGIN, top, width, h), text, TAIL_PT,
                  bold=text in _headings(), wrap=True)
        top += h


def _table_top(layout: Layout, index: int, intro: bool) -> float:
    if index:
        return MARGIN + 30
    return MARGIN + HEADER_H + 4 + (28 if intro else 0) + layout.map_h + 12


def _room_below_table(layout: Layout, index: int, rows: int, intro: bool) -> float:
    top = _table_top(layout, index, intro) + TABLE_HEAD_H + max(rows, 1) * ROW_H + KEY_H + 4
    return layout.page.height() - MARGIN - FOOTER_H - top


def _continued(painter: QPainter, doc: TreatmentMap, w: float) -> None:
    draw_text(painter, QRectF(MARGIN, MARGIN, w, 20),
              f"{doc.title} — {doc.patient_lines[0]} — {doc.session_lines[0]} "
              + translate("report.pages", "(continued)"),
              10, bold=True)


def _paint_page(painter: QPainter, doc: TreatmentMap, atlas: Atlas, layout: Layout,
                index: int, count: int, rows: tuple[Row, ...], tail: list[str]) -> None:
    w = layout.page.width() - 2 * MARGIN
    top = MARGIN
    if index == 0:
        top = _paint_header(painter, doc, w)
        if doc.intro:
            draw_text(painter, QRectF(MARGIN, top, w, 26), doc.intro, 8, wrap=True)
            top += 28
        paint_map(painter, doc, atlas, QRectF(MARGIN, top, w, layout.map_h))
        _paint_summary(painter, doc, _summary_rect(atlas, layout, bool(doc.intro)))
        top += layout.map_h + 12
    else:
        _continued(painter, doc, w)
        top += 30
    top = _paint_table(painter, doc, QRectF(MARGIN, top, w, 0), rows)
    if doc.key:
        draw_text(painter, QRectF(MARGIN, top + 2, w, KEY_H), doc.key, 6.2, colour=GREY, wrap=True)
    _paragraphs(painter, tail, top + KEY_H + 4, w)
    _paint_footer(painter, doc, layout, index, count)


def _paint_header(painter: QPainter, doc: TreatmentMap, w: float) -> float:
    x, y = MARGIN, MARGIN
    if doc.clinic:
        draw_text(painter, QRectF(x, y, w * 0.6, 14), doc.clinic, 9, bold=True, colour=GREY)
    draw_text(painter, QRectF(x, y + 14, w * 0.6, 20), doc.title, 15, bold=True)
    draw_text(painter, QRectF(x, y + 36, w * 0.6, 13), "  ·  ".join(doc.patient_lines), 9.5,
              bold=True)
    draw_text(painter, QRectF(x, y + 49, w * 0.6, 12), "  ·  ".join(doc.session_lines), 8.5)
    box = QRectF(x + w * 0.62, y + 4, w * 0.38, 30)
    signed = doc.signed
    painter.setPen(QPen(INK, 1.2 if signed else 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    draw_text(painter, box.adjusted(6, 0, -6, -8 if doc.integrity else 0), doc.signature,
              8.5 if signed else 11, bold=True, flags=Qt.AlignmentFlag.AlignHCenter, wrap=signed)
    draw_text(painter, QRectF(box.left() + 6, box.bottom() - 9, box.width() - 12, 8),  # intact?
              doc.integrity, 6.5, bold=doc.integrity_failed, flags=Qt.AlignmentFlag.AlignHCenter,
              colour=QColor("#c00000") if doc.integrity_failed else GREY)
    if doc.signed_over:
        fits = _signed_over_fits_header(painter, doc, w)
        n = len(doc.signed_over)
        draw_text(painter, _signed_over_box(w), _signed_over_text(doc) if fits else
                  (translate("report.pages", "Signed without 1 checklist item: see the reason "
                             "below the table") if n == 1 else
                   translate("report.pages", "Signed without {n} checklist items: see the "
                             "reasons below the table").format(n=n)), SIGNED_OVER_PT, wrap=True)
    painter.setPen(QPen(GREY, 0.6))
    painter.drawLine(QPointF(x, y + HEADER_H - 1), QPointF(x + w, y + HEADER_H - 1))
    return y + HEADER_H + 4


def _paint_summary(painter: QPainter, doc: TreatmentMap, side: QRectF) -> None:
    """The visit summary beside the views: the entries that fit whole (the rest continue
    under the table)."""
    y = side.top()
    for (heading, text), h in zip(doc.summary, _summary_heights(painter, doc, side),
                                  strict=False):
        if heading == precautions_heading():  # a heavy frame: seen at a glance, also in grey
            painter.save()
            painter.setPen(QPen(QColor("#b00020"), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(side.left() - 3, y - 2, side.width() + 6, 11 + h + 4))
            painter.restore()
        if h == 0:  # on one line: "Consent: obtained"
            draw_text(painter, QRectF(side.left(), y, side.width(), 11), f"{heading}:",
                      SUMMARY_PT, bold=True)
            head = QFontMetricsF(painter.font()).horizontalAdvance(f"{heading}: ")
            draw_text(painter, QRectF(side.left() + head, y, side.width() - head, 11), text,
                      SUMMARY_PT)
            y += 11 + 5
            continue
        draw_text(painter, QRectF(side.left(), y, side.width(), 11), heading, SUMMARY_PT,
                  bold=True)
        draw_text(painter, QRectF(side.left(), y + 11, side.width(), h), text, SUMMARY_PT,
                  wrap=True)
        y += 11 + h + 5


def _paint_table(painter: QPainter, doc: TreatmentMap, rect: QRectF,
                 rows: tuple[Row, ...]) -> float:
    widths = [f * rect.width() for f in WIDTHS[doc.variant]]
    y = rect.top()
    painter.fillRect(QRectF(rect.left(), y, rect.width(), TABLE_HEAD_H), QColor("#e6e6e6"))
    x = rect.left()
    for title, cw in zip(doc.columns, widths, strict=True):
        draw_text(painter, QRectF(x + 2, y, cw - 4, TABLE_HEAD_H), title, 7.5, bold=True)
        x += cw
    y += TABLE_HEAD_H
    if not rows:  # the message takes a row's place
        draw_text(painter, QRectF(rect.left() + 2, y, rect.width(), ROW_H),
                  translate("report.pages", "No trigger points charted."), 8, colour=GREY)
        y += ROW_H
    for row in rows:
        x = rect.left()
        for i, (cell, cw) in enumerate(zip(row.cells, widths, strict=True)):
            if i == 0:  # the number in the point's colour, as on the map
                paint_marker(painter, QPointF(x + 8, y + ROW_H / 2), 4.6, row.number,
                             point_colour(row.number))
            else:
                draw_text(painter, QRectF(x + 2, y, cw - 4, ROW_H), cell, 7)
            x += cw
        painter.setPen(QPen(QColor("#cccccc"), 0.4))
        painter.drawLine(QPointF(rect.left(), y + ROW_H), QPointF(rect.right(), y + ROW_H))
        y += ROW_H
    return y


def _paint_footer(painter: QPainter, doc: TreatmentMap, layout: Layout, index: int,
                  count: int) -> None:
    w = layout.page.width() - 2 * MARGIN
    y = layout.page.height() - MARGIN - FOOTER_H + 6
    painter.setPen(QPen(GREY, 0.6))
    painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + w, y))
    box = QRectF(MARGIN, y + 2, w, FOOTER_H - 8)
    # Right to left, so the signature (the longest) gets what is left and never overlaps.
    right = translate("report.pages", "Page {page} of {pages}").format(
        page=index + 1, pages=count) + f"  ·  {doc.versions}"
    painter.setFont(sized_font(painter, 7.5))
    used = QFontMetricsF(painter.font()).horizontalAdvance(right) + 12
    draw_text(painter, box, right, 7.5, colour=GREY, flags=Qt.AlignmentFlag.AlignRight)
    draw_text(painter, box.adjusted(0, 0, -used, 0), doc.signature, 7.5, bold=True)
