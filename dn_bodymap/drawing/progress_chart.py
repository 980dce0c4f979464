"""Progress charts, painted with QPainter (QtCharts is not in PySide6-Essentials): pain before
and after each session over time, and active trigger points per muscle over the sessions.
The same routines paint the window's chart and the printed progress summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from dn_bodymap.charting.palette import POINT_COLOURS
from dn_bodymap.drawing.fonts import sized_font

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
    plot = _frame(painter, rect, "Pain before and after each session", 10, "NPRS 0-10", dates)
    xs = _x_positions(len(series), plot.left(), plot.width())

    def at(value: int | None, x: float) -> QPointF | None:
        return None if value is None else QPointF(x, plot.bottom() - plot.height() * value / 10)

    _line(painter, [at(b, x) for (_, b, _), x in zip(series, xs, strict=True)], BEFORE,
          Qt.PenStyle.SolidLine)
    _line(painter, [at(a, x) for (_, _, a), x in zip(series, xs, strict=True)], AFTER,
          Qt.PenStyle.DashLine)
    _legend(painter, plot.right() - 90, plot.top() + 2,
            [("before treatment", BEFORE, Qt.PenStyle.SolidLine),
             ("after treatment", AFTER, Qt.PenStyle.DashLine)])
    painter.restore()


def paint_counts_chart(painter: QPainter, rect: QRectF,
                       counts: Mapping[str, Sequence[tuple[datetime, int]]],
                       most: int = 6) -> None:
    """Active trigger points per muscle over the sessions: the ``most`` muscles with the most
    active points overall, one line each."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ranked = sorted(counts.items(), key=lambda kv: (-sum(c for _, c in kv[1]), kv[0]))[:most]
    dates = [d for d, _ in ranked[0][1]] if ranked else []
    y_max = max([c for _, series in ranked for _, c in series] + [1])
    plot = _frame(painter, rect, "Active trigger points per muscle", y_max, "active points",
                  dates)
    xs = _x_positions(len(dates), plot.left(), plot.width())
    styles = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine)
    legend = []
    for i, (label, series) in enumerate(ranked):
        colour, style = QColor(POINT_COLOURS[i % len(POINT_COLOURS)]), styles[i % len(styles)]
        _line(painter, [QPointF(x, plot.bottom() - plot.height() * c / y_max)
                        for (_, c), x in zip(series, xs, strict=True)], colour, style)
        legend.append((label, colour, style))
    _legend(painter, plot.right() - 150, plot.top() + 2, legend)
    painter.restore()
