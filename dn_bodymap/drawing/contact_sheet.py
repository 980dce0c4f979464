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

CELL_SCALE = 0.34  # pixels per view unit in a cell
COLUMNS = 5
TITLE_HEIGHT = 34


def _views_of(pattern: Pattern) -> list[str]:
    views = [v for v in ("front", "back")
             if pattern.zones_on(v) or any(s.view == v for s in pattern.sites)]
    return views or ["front"]


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
            painter.save()
            painter.translate(x0 + j * (view_w + 10), y0 + TITLE_HEIGHT)
            painter.scale(CELL_SCALE, CELL_SCALE)
            paint_view(painter, atlas, view)
            if view in _views_of(pattern):
                paint_pattern(painter, pattern, view)
            painter.restore()
    painter.end()
    return image


def sheet_pages(atlas: Atlas, side: str = "right", per_page: int = 20) -> list[QImage]:
    patterns = sorted((p for p in atlas.referrals.patterns if p.side == side),
                      key=lambda p: (atlas.muscle(p.muscle).name, p.id))
    return [render_sheet(atlas, patterns[i:i + per_page])
            for i in range(0, len(patterns), per_page)]
