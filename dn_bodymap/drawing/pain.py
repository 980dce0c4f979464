"""Paint the patient's pain drawing (charting/pain_drawing.py) with a QPainter: each area
hatched, with a faint wash and a firm edge, in the view's own coordinates. The printed map,
the compare dialog and the charting window share this, so the drawing reads the same on
screen and on paper.

Hatching, not colour, tells the qualities apart, so a drawing stays legible printed in grey;
its lines run differently from the caution zones' "/" hatching and it has no solid fill, so
the referral zones (solid, stippled) and the numbered markers painted over it stay readable.
Lines are drawn in view units: they scale with the figure and stay vector in a PDF.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform
from shapely.geometry import box as shapely_box
from shapely.geometry.base import BaseGeometry

from dn_bodymap.charting.pain_drawing import QUALITIES, QUALITY_WORDS, PainDrawing
from dn_bodymap.drawing.fonts import sized_font
from dn_bodymap.drawing.qt_geometry import painter_path
from dn_bodymap.i18n import translate

PAIN_INK = QColor(35, 35, 35)  # near black: the darkest thing in grey print after the text
HATCH_SPACING = 6.0  # view units between hatch lines: about 2 mm on the printed A4 figure,
# dense enough that a fingertip dab (radius 6) shows two lines, open enough to see through
HATCH_WIDTH = 0.7  # view units (about 0.25 pt on paper, 1 px on screen at fit)
EDGE_WIDTH = 1.2
WASH_ALPHA = 30  # a faint grey so a small area shows even where its lines fall sparse
# The hatching per quality (None: untagged): "\" diagonals, level lines, crossed
# diagonals, upright lines, dots. Each reads apart from the others in greyscale.
HATCH: dict[str | None, str] = {None: "back", "aching": "level", "burning": "cross",
                                "numbness": "upright", "pins_and_needles": "dots"}


def _hatch(kind: str, bounds: tuple[float, float, float, float]) -> QPainterPath:
    """Hatch lines (or dots) covering ``bounds``, on a grid fixed to the view so that
    neighbouring areas' lines line up."""
    minx, miny, maxx, maxy = bounds
    s = HATCH_SPACING
    path = QPainterPath()

    def grid(lo: float, hi: float) -> Iterable[float]:
        v = lo - lo % s
        while v <= hi + s:
            yield v
            v += s

    if kind in ("level", "dots"):
        for y in grid(miny, maxy):
            if kind == "level":
                path.moveTo(minx, y)
                path.lineTo(maxx, y)
                continue
            for x in grid(minx, maxx):  # staggered rows: dots, not a second line pattern
                path.addEllipse(QPointF(x + (s / 2 if round(y / s) % 2 else 0), y), 0.9, 0.9)
    if kind == "upright":
        for x in grid(minx, maxx):
            path.moveTo(x, miny)
            path.lineTo(x, maxy)
    if kind in ("back", "cross"):  # "\": x - y = c
        for c in grid(minx - maxy, maxx - miny):
            path.moveTo(c + miny, miny)
            path.lineTo(c + maxy, maxy)
    if kind == "cross":  # and "/": x + y = c
        for c in grid(minx + miny, maxx + maxy):
            path.moveTo(c - miny, miny)
            path.lineTo(c - maxy, maxy)
    return path


def paint_area(painter: QPainter, geometry: BaseGeometry, quality: str | None = None,
               colour: QColor = PAIN_INK, wash_alpha: int = WASH_ALPHA) -> None:
    """One area, hatched for its quality, in the painter's current (view) coordinates. The
    window passes a colour per quality and a wash by intensity; paper keeps the defaults."""
    if geometry.is_empty:
        return
    kind = HATCH.get(quality, HATCH[None])
    outline = painter_path(geometry)
    # Lines at least a device pixel wide, so a zoomed-out window still shows them (paper, at
    # its resolution, keeps the widths above).
    pixel = 1.0 / max(abs(painter.deviceTransform().m11()), 1e-6)
    painter.save()
    wash = QColor(colour)
    wash.setAlpha(wash_alpha)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(wash)
    painter.drawPath(outline)
    painter.save()
    painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    if kind == "dots":
        painter.setBrush(colour)
    else:
        pen = QPen(colour, max(HATCH_WIDTH, pixel))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(_hatch(kind, geometry.bounds))
    painter.restore()
    painter.setPen(QPen(colour, max(EDGE_WIDTH, 1.5 * pixel)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    painter.restore()


def paint_pain(painter: QPainter, drawing: PainDrawing, view: str,
               transform: QTransform | None = None, colour: QColor = PAIN_INK,
               legend: bool = False) -> None:
    """Every area of ``drawing`` on ``view``. The painter maps view coordinates already, or
    ``transform`` (view coordinates to the painter's) is applied on top. ``legend``: key the
    qualities in LEGEND_BOX (on LEGEND_VIEW) when the drawing tags any."""
    painter.save()
    if transform is not None:
        painter.setTransform(transform, True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for area in drawing.areas:
        if area.view == view:
            paint_area(painter, area.geometry, area.quality, colour)
    keyed = qualities_of(drawing)
    if legend and view == LEGEND_VIEW and keyed != [None] and keyed:  # tags to key
        paint_legend(painter, LEGEND_BOX, keyed)
    painter.restore()


def paint_pain_outline(painter: QPainter, drawing: PainDrawing, view: str,
                       colour: QColor = PAIN_INK, width: float = 1.6) -> None:
    """Only the edge of everything drawn on ``view``, dashed: an earlier drawing over a later
    one (compare)."""
    ground = drawing.on(view)
    if ground.is_empty:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pixel = 1.0 / max(abs(painter.deviceTransform().m11()), 1e-6)
    pen = QPen(colour, max(width, 2 * pixel), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(painter_path(ground))
    painter.restore()


def qualities_of(drawing: PainDrawing) -> list[str | None]:
    """The drawing's qualities in QUALITIES order, None last when some area is untagged."""
    tagged = {a.quality for a in drawing.areas}
    return [q for q in QUALITIES if q in tagged] + ([None] if None in tagged else [])


# Where the printed map keys the hatching: the front view's lower left corner, beside the
# legs, where the figure leaves the view box empty (a test checks it misses the body).
LEGEND_VIEW = "front"
LEGEND_BOX = QRectF(4, 700, 168, 270)  # view units
LEGEND_MAX_PT = 18.0  # view units: the key's words at most ~7 pt on the A4 map


def paint_legend(painter: QPainter, rect: QRectF, qualities: list[str | None],
                 max_size: float = LEGEND_MAX_PT, hatch_scale: float = 1.0,
                 untagged: str = "", title: str = "") -> float:
    """A hatched swatch and a word per quality, one under another, from the top of ``rect``
    (in the painter's units), the words as large as fit (up to ``max_size``). The swatches
    are hatched at ``hatch_scale`` times the view's scale, so in view units (1.0) they look
    exactly like the areas. Returns the font size used (0 with nothing to key)."""
    if not qualities:
        return 0.0
    untagged = untagged or translate("drawing.pain", "not described")
    title = title or translate("drawing.pain", "Pain drawing")
    words = [QUALITY_WORDS[q] if q else untagged for q in qualities]
    size = min(max_size, rect.height() / (1.5 * (len(words) + 1)))
    painter.setFont(sized_font(painter, size))
    widest = max(QFontMetricsF(painter.font()).horizontalAdvance(w) for w in words)
    swatch = 2.2 * size
    size *= min(1.0, (rect.width() - swatch - 0.4 * size) / max(widest, 1e-6))
    row, swatch = 1.5 * size, 2.2 * size
    painter.save()
    painter.setFont(sized_font(painter, size, bold=True))
    painter.setPen(PAIN_INK)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), row),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(sized_font(painter, size))
    y = rect.top() + row
    for q, word in zip(qualities, words, strict=True):
        painter.save()
        painter.translate(rect.left(), y + 0.15 * row)
        painter.scale(hatch_scale, hatch_scale)
        paint_area(painter, shapely_box(0, 0, swatch / hatch_scale, 0.7 * row / hatch_scale),
                   q)
        painter.restore()
        painter.setPen(PAIN_INK)
        painter.drawText(QRectF(rect.left() + swatch + 0.4 * size, y, rect.width(), row),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), word)
        y += row
    painter.restore()
    return size
