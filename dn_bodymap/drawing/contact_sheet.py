"""A contact sheet of referral patterns: each pattern on the views where it falls, labelled.

The quickest way to see a wrong zone is to look at all of them at once (docs/patterns-*.png).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.referral import Pattern
from dn_bodymap.drawing.diagram import paint_view
from dn_bodymap.drawing.referral import paint_pattern
from dn_bodymap.i18n import terms

CELL_SCALE = 0.34  # pixels per view unit in a cell
COLUMNS = 5
TITLE_HEIGHT = 34


MIN_SPAN = 220.0  # a zoomed panel shows at least this many view units across


def _frame(atlas: Atlas, pattern: Pattern, view: str) -> QRectF:
    """The part of a view to show: the pattern's zones and sites with room around them, at
    the panel's 1:2 aspect; the whole view where the pattern has nothing."""
    import shapely

    parts = [z.geometry for z in pattern.zones_on(view)]
    parts += [shapely.Point(s.x, s.y).buffer(8) for s in pattern.sites if s.view == view]
    x0, y0, w, h = atlas.views[view].viewbox
    if not parts:
        return QRectF(x0, y0, w, h)
    minx, miny, maxx, maxy = shapely.union_all(parts).bounds
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w = max(MIN_SPAN, maxx - minx + 60, (maxy - miny + 60) / 2) / 2
    half_w = min(half_w, w / 2)
    half_h = min(2 * half_w, h / 2)
    cx = min(max(cx, x0 + half_w), x0 + w - half_w)
    cy = min(max(cy, y0 + half_h), y0 + h - half_h)
    return QRectF(cx - half_w, cy - half_h, 2 * half_w, 2 * half_h)


def _label_panel(painter: QPainter, panel: QRectF, view: str) -> None:
    """R and L in the panel's top corners (anatomical position) and the view's name."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(60, 45, 35))
    r, l_ = terms.side_letter("right"), terms.side_letter("left")
    left, right = (r, l_) if view == "front" else (l_, r)
    inner = panel.adjusted(4, 2, -4, -2)
    painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
    painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, right)
    font.setBold(False)
    font.setPixelSize(10)
    painter.setFont(font)
    painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                     "front" if view == "front" else "back")


def render_sheet(atlas: Atlas, patterns: Sequence[Pattern]) -> QImage:
    """One image with a cell per pattern: both views side by side, the pattern drawn on them."""
    view_w, view_h = 500 * CELL_SCALE, 1000 * CELL_SCALE
    cell_w, cell_h = 2 * view_w + 10, view_h + TITLE_HEIGHT + 8
    rows = max(1, -(-len(patterns) // COLUMNS))
    image = QImage(round(COLUMNS * cell_w), round(rows * cell_h), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont("DejaVu Sans")
    title_font.setPixelSize(12)
    for i, pattern in enumerate(patterns):
        x0, y0 = (i % COLUMNS) * cell_w, (i // COLUMNS) * cell_h
        painter.setFont(title_font)
        painter.setPen(QColor(30, 30, 30))
        name = atlas.muscle(pattern.muscle).name
        suffix = "" if pattern.id == pattern.muscle else f"  [{pattern.id}]"
        painter.drawText(QRectF(x0 + 4, y0 + 2, cell_w - 8, TITLE_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         f"{name}{suffix}")
        for j, view in enumerate(("front", "back")):
            frame = _frame(atlas, pattern, view)
            zoom = min(view_w / frame.width(), view_h / frame.height())
            painter.save()
            painter.translate(x0 + j * (view_w + 10), y0 + TITLE_HEIGHT)
            painter.setClipRect(QRectF(0, 0, view_w, view_h))
            painter.scale(zoom, zoom)
            painter.translate(-frame.x(), -frame.y())
            paint_view(painter, atlas, view)
            paint_pattern(painter, pattern, view)
            painter.restore()
            panel = QRectF(x0 + j * (view_w + 10), y0 + TITLE_HEIGHT, view_w, view_h)
            painter.setPen(QColor(190, 190, 190))
            painter.drawRect(panel)
            if frame != QRectF(*atlas.views[view].viewbox):  # a whole view has its own labels
                _label_panel(painter, panel, view)
    painter.end()
    return image


def sheet_pages(atlas: Atlas, side: str = "right", per_page: int = 20) -> list[QImage]:
    patterns = sorted((p for p in atlas.referrals.patterns if p.side == side),
                      key=lambda p: (atlas.muscle(p.muscle).name, p.id))
    return [render_sheet(atlas, patterns[i:i + per_page])
            for i in range(0, len(patterns), per_page)]
