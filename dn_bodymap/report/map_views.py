"""The map on a printed treatment map: both views with the patient's pain drawing, the
referral zones and the numbered markers, drawn by the same code as the window (paint_view,
paint_pain, paint_pattern, paint_marker), so paper can never disagree with the screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.charting.palette import point_colour
from dn_bodymap.charting.referral_sites import pattern_of
from dn_bodymap.drawing.diagram import paint_view
from dn_bodymap.drawing.markers import paint_marker
from dn_bodymap.drawing.pain import paint_pain
from dn_bodymap.drawing.referral import paint_pattern
from dn_bodymap.report import plain_words
from dn_bodymap.report.document import TreatmentMap

MARKER_PT = 5.5  # marker radius on paper


def paint_map(painter: QPainter, doc: TreatmentMap, atlas: Atlas, rect: QRectF) -> None:
    """Both views with zones and numbered markers."""
    _, _, vw, vh = atlas.views["front"].viewbox
    scale = rect.height() / vh
    x = rect.left()
    for view in VIEWS:
        painter.save()
        painter.translate(x, rect.top())
        painter.scale(scale, scale)
        paint_view(painter, atlas, view,
                   captions=plain_words.CAPTIONS if doc.variant == "patient" else None)
        paint_pain(painter, doc.drawing, view, legend=True)  # under the zones and markers
        for p in doc.points:
            pattern = pattern_of(atlas, p)  # the chosen site's, else the nearest site's
            if pattern is None:  # a muscle without a pattern (or unknown to this atlas)
                continue
            painter.setOpacity(0.6)
            paint_pattern(painter, pattern, view, QColor(point_colour(p.number)), sites=False)
            painter.setOpacity(1.0)
        for p in doc.points:
            if p.view == view:
                paint_marker(painter, QPointF(p.x, p.y), MARKER_PT / scale, p.number,
                             point_colour(p.number), latent=p.kind == "latent",
                             unconfirmed=not getattr(p, "confirmed", True))
        painter.restore()
        x += vw * scale + 6
