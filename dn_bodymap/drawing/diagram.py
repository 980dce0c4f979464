"""Draw an atlas view: the SVG diagram from assets/, then optional highlighted regions.

The window's canvas, the `atlas render` command and (later) the printouts all call
``paint_view``, so what a clinician sees on screen, on paper and in a test is one drawing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from dn_bodymap.atlas import Atlas, AtlasError, Region
from dn_bodymap.atlas.referral import Pattern
from dn_bodymap.drawing.cautions import paint_cautions
from dn_bodymap.drawing.qt_geometry import painter_path
from dn_bodymap.drawing.referral import paint_pattern
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels

HIGHLIGHT = QColor(214, 92, 52)

_svg_cache: dict[tuple[Path, tuple[tuple[str, str], ...]], QSvgRenderer] = {}
# The diagrams' own labels (assets/diagrams/*.svg), in the language of the moment: in
# Spanish the side letters are D (derecha) and I (izquierda).
CAPTIONS = Labels("drawing.diagram", {
    "R": QT_TRANSLATE_NOOP("drawing.diagram", "R"),
    "L": QT_TRANSLATE_NOOP("drawing.diagram", "L"),
    "Patient's right": QT_TRANSLATE_NOOP("drawing.diagram", "Patient's right"),
    "Patient's left": QT_TRANSLATE_NOOP("drawing.diagram", "Patient's left"),
    "FRONT (anterior view)": QT_TRANSLATE_NOOP("drawing.diagram", "FRONT (anterior view)"),
    "BACK (posterior view)": QT_TRANSLATE_NOOP("drawing.diagram", "BACK (posterior view)"),
    "R sole": QT_TRANSLATE_NOOP("drawing.diagram", "R sole"),
    "L sole": QT_TRANSLATE_NOOP("drawing.diagram", "L sole")})


def svg_renderer(path: Path, captions: Mapping[str, str] | None = None) -> QSvgRenderer:
    """The view's diagram, parsed once per process (per set of reworded captions)."""
    shown = {old: new for old, new in CAPTIONS.items() if new != old}
    shown.update(captions or {})
    key = (path, tuple(sorted(shown.items())))
    renderer = _svg_cache.get(key)
    if renderer is None:
        text = path.read_text(encoding="utf-8")
        for old, new in key[1]:  # a caption is a whole <text> element's content
            text = text.replace(f">{escape(old)}<", f">{escape(new)}<")
        renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
        if not renderer.isValid():
            raise AtlasError(f"{path}: the diagram is not a valid SVG")
        _svg_cache[key] = renderer
    return renderer


def paint_view(painter: QPainter, atlas: Atlas, view: str,
               highlight: Iterable[Region] = (),
               captions: Mapping[str, str] | None = None) -> None:
    """Paint ``view`` in its own viewBox coordinates onto ``painter``'s current transform;
    ``captions`` rewords the diagram's labels ("Patient's right" -> "Your right")."""
    v = atlas.views[view]
    x, y, w, h = v.viewbox
    svg_renderer(v.diagram, captions).render(painter, QRectF(x, y, w, h))
    for region in highlight:
        fill = QColor(HIGHLIGHT)
        fill.setAlpha(70)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(HIGHLIGHT, 1.2))
        painter.drawPath(painter_path(region.geometry))


def render_view_image(atlas: Atlas, view: str, scale: float = 2.0,
                      highlight: Iterable[Region] = (), patterns: Iterable[Pattern] = (),
                      cautions: bool = False) -> QImage:
    """The view as an image on white, ``scale`` pixels per view unit, with any patterns and,
    with ``cautions``, the caution layer over them."""
    _, _, w, h = atlas.views[view].viewbox
    image = QImage(round(w * scale), round(h * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    paint_view(painter, atlas, view, highlight)
    for pattern in patterns:
        paint_pattern(painter, pattern, view)
    if cautions:
        paint_cautions(painter, atlas, view)
    painter.end()
    return image
