"""Progress charts, painted with QPainter (QtCharts is not in PySide6-Essentials): pain before
and after each session over time, the pain drawing's area beside it, and a grid of active
trigger points per muscle and session.
The same routines paint the window's chart and the printed progress summary."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from dn_bodymap.drawing.fonts import sized_font
from dn_bodymap.i18n import translate
from dn_bodymap.review.progress import CountGrid, count_grid

BEFORE = QColor("#B2182B")  # pain before treatment: red, solid
AFTER = QColor("#2166AC")  # after: blue, dashed, so the two differ in greyscale too
AXIS = QColor("#444444")
GRID = QColor("#dddddd")


def _x_positions(n: int, left: float, width: float) -> list[float]:
    # Sessions evenly spaced (visits, not calendar time): a gap of months reads as one step,
    # and the dates under the axis say how long it was.
    if n == 1:
        return [left + width / 2]
    return [left + width * i / (n - 1) for i in range(n)]


def _frame(painter: QPainter, rect: QRectF, title: str, y_max: int, y_label: str,
           dates: Sequence[datetime]) -> QRectF:
    """Axes, grid and labels; returns the plotting area."""
    painter.setFont(sized_font(painter, 9, bold=True))
    painter.setPen(AXIS)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 14),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    plot = QRectF(rect.left() + 30, rect.top() + 20, rect.width() - 40, rect.height() - 44)
    painter.setFont(sized_font(painter, 7))
    step = 1 if y_max <= 10 else max(1, y_max // 5)
    for v in range(0, y_max + 1, step):
        y = plot.bottom() - plot.height() * v / max(y_max, 1)
        painter.setPen(QPen(GRID, 0.5))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS)
        painter.drawText(QRectF(rect.left(), y - 6, 26, 12),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(v))
    painter.setPen(QPen(AXIS, 0.8))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    xs = _x_positions(len(dates), plot.left(), plot.width())
    every = max(1, len(dates) // 8)  # at most ~8 date labels
    for i, (x, d) in enumerate(zip(xs, dates, strict=True)):
        if i % every == 0 or i == len(dates) - 1:
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, 12),
                             int(Qt.AlignmentFlag.AlignHCenter), d.strftime("%Y-%m-%d"))
    painter.save()
    painter.translate(rect.left() + 4, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-60, -8, 120, 12), int(Qt.AlignmentFlag.AlignHCenter), y_label)
    painter.restore()
    return plot


def _line(painter: QPainter, points: Sequence[QPointF | None], colour: QColor,
          style: Qt.PenStyle) -> None:
    """A line through the points, broken where a value is missing; a dot on each value."""
    path = QPainterPath()
    pen_down = False
    for p in points:
        if p is None:
            pen_down = False
            continue
        if pen_down:
            path.lineTo(p)
        else:
            path.moveTo(p)
            pen_down = True
    painter.setPen(QPen(colour, 1.6, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    for p in points:
        if p is not None:
            painter.drawEllipse(p, 2.6, 2.6)


def _legend(painter: QPainter, x: float, y: float, entries: Sequence[tuple[str, QColor,
                                                                          Qt.PenStyle]]) -> None:
    painter.setFont(sized_font(painter, 7))
    for label, colour, style in entries:
        painter.setPen(QPen(colour, 1.6, style))
        painter.drawLine(QPointF(x, y + 6), QPointF(x + 16, y + 6))
        painter.setPen(AXIS)
        painter.drawText(QRectF(x + 20, y, 200, 12), int(Qt.AlignmentFlag.AlignVCenter), label)
        y += 12


def paint_pain_chart(painter: QPainter, rect: QRectF,
                     series: Sequence[tuple[datetime, int | None, int | None]]) -> None:
    """Pain (NPRS 0-10) before and after each session."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dates = [d for d, _, _ in series]
    plot = _frame(painter, rect,
                  translate("drawing.progress_chart", "Pain before and after each session"), 10,
                  translate("drawing.progress_chart", "NPRS 0-10"), dates)
    xs = _x_positions(len(series), plot.left(), plot.width())

    def at(value: int | None, x: float) -> QPointF | None:
        return None if value is None else QPointF(x, plot.bottom() - plot.height() * value / 10)

    _line(painter, [at(b, x) for (_, b, _), x in zip(series, xs, strict=True)], BEFORE,
          Qt.PenStyle.SolidLine)
    _line(painter, [at(a, x) for (_, _, a), x in zip(series, xs, strict=True)], AFTER,
          Qt.PenStyle.DashLine)
    _legend(painter, plot.right() - 90, plot.top() + 2,
            [(translate("drawing.progress_chart", "before treatment"), BEFORE,
              Qt.PenStyle.SolidLine),
             (translate("drawing.progress_chart", "after treatment"), AFTER,
              Qt.PenStyle.DashLine)])
    painter.restore()


AREA = QColor("#333333")  # the pain drawing's area: near black, dotted


def area_axis_max(values: Sequence[float | None]) -> int:
    """The area chart's top: 10% or the next 10 above the largest area, so that a small
    drawing is not stretched to look like a large one."""
    top = max((v for v in values if v is not None), default=0.0)
    return max(10, math.ceil(top / 10.0) * 10)


def paint_area_chart(painter: QPainter, rect: QRectF,
                     series: Sequence[tuple[datetime, float | None]]) -> None:
    """The pain drawing's area (% of the body) per session, on the same sessions as the
    pain chart; a gap where nothing was drawn."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dates = [d for d, _ in series]
    top = area_axis_max([v for _, v in series])
    plot = _frame(painter, rect, translate("drawing.progress_chart", "Pain area drawn"), top,
                   translate("drawing.progress_chart", "% of the body"), dates)
    xs = _x_positions(len(series), plot.left(), plot.width())
    _line(painter, [None if v is None else QPointF(x, plot.bottom() - plot.height() * v / top)
                    for (_, v), x in zip(series, xs, strict=True)], AREA, Qt.PenStyle.DotLine)
    if all(v is None for _, v in series):
        painter.setFont(sized_font(painter, 7))
        painter.setPen(AXIS)
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter),
                         translate("drawing.progress_chart", "No pain drawings"))
    painter.restore()


GRID_ROW = 12.0
GRID_MIN_COL = 30.0
CELL = QColor("#B2182B")  # shaded by count; the number is printed too, for greyscale


def paint_counts_grid(painter: QPainter, rect: QRectF,
                      counts: Mapping[str, Sequence[tuple[datetime, int]]]) -> CountGrid:
    """Active trigger points per muscle and session, as a grid with the count in each cell
    (lines of muscles with the same counts lay on top of each other). As many rows and the
    latest sessions as fit; returns the grid drawn."""
    painter.save()
    painter.setFont(sized_font(painter, 9, bold=True))
    painter.setPen(AXIS)
    left, top = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 14), int(left | top),
                     translate("drawing.progress_chart",
                               "Active trigger points per muscle, each session"))
    label_w = min(170.0, rect.width() * 0.35)
    head_y = rect.top() + 18
    body_y = head_y + 2 * GRID_ROW + 2
    rows = int((rect.bottom() - body_y - GRID_ROW) // GRID_ROW)
    grid = count_grid(counts, rows, int((rect.width() - label_w) // GRID_MIN_COL))
    col_w = (rect.width() - label_w) / max(len(grid.dates), 1)
    x0 = rect.left() + label_w
    centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    painter.setFont(sized_font(painter, 7))
    for j, d in enumerate(grid.dates):  # the year over the first column and where it changes
        cell = QRectF(x0 + j * col_w, head_y, col_w, GRID_ROW)
        if j == 0 or d.year != grid.dates[j - 1].year:
            painter.drawText(cell, int(centre), str(d.year))
        painter.drawText(cell.translated(0, GRID_ROW), int(centre), _day_month(d))
    most = max((c for row in grid.cells for c in row), default=0) or 1
    for i, (label, row) in enumerate(zip(grid.muscles, grid.cells, strict=True)):
        y = body_y + i * GRID_ROW
        painter.setFont(sized_font(painter, 7))
        painter.setPen(AXIS)
        name = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                int(label_w - 6))
        painter.drawText(QRectF(rect.left(), y, label_w - 4, GRID_ROW), int(left | top), name)
        for j, count in enumerate(row):
            cell = QRectF(x0 + j * col_w, y, col_w, GRID_ROW)
            if count:
                shade = QColor(CELL)
                shade.setAlpha(35 + round(100 * count / most))
                painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), shade)
            painter.setFont(sized_font(painter, 7, bold=count > 0))
            painter.setPen(AXIS if count else GRID.darker(150))
            painter.drawText(cell, int(centre), str(count))
        painter.setPen(QPen(GRID, 0.5))
        painter.drawLine(QPointF(rect.left(), y + GRID_ROW), QPointF(rect.right(), y + GRID_ROW))
    left_out = [(translate("drawing.progress_chart", "1 more muscle not shown")
                 if grid.more_muscles == 1 else
                 translate("drawing.progress_chart", "{n} more muscles not shown").format(
                     n=grid.more_muscles))] if grid.more_muscles else []
    if grid.earlier_sessions:
        left_out.append(translate("drawing.progress_chart",
                                  "the {shown} latest sessions of {total}").format(
            shown=len(grid.dates), total=len(grid.dates) + grid.earlier_sessions))
    if not grid.muscles:
        left_out = [translate("drawing.progress_chart", "No active trigger points recorded.")]
    if left_out:
        painter.setFont(sized_font(painter, 7))
        painter.setPen(AXIS)
        painter.drawText(QRectF(rect.left(), body_y + len(grid.muscles) * GRID_ROW + 2,
                                rect.width(), GRID_ROW), int(left | top), "; ".join(left_out))
    painter.restore()
    return grid


def _day_month(d: object) -> str:
    """"14 Mar" in the language of the moment (strftime's %b is the C locale's English)."""
    months = (translate("drawing.progress_chart", "Jan"), translate("drawing.progress_chart",
              "Feb"), translate("drawing.progress_chart", "Mar"),
              translate("drawing.progress_chart", "Apr"), translate("drawing.progress_chart",
              "May"), translate("drawing.progress_chart", "Jun"),
              translate("drawing.progress_chart", "Jul"), translate("drawing.progress_chart",
              "Aug"), translate("drawing.progress_chart", "Sep"),
              translate("drawing.progress_chart", "Oct"), translate("drawing.progress_chart",
              "Nov"), translate("drawing.progress_chart", "Dec"))
    return f"{d.day} {months[d.month - 1]}"  # type: ignore[attr-defined]
