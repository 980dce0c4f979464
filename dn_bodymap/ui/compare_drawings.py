"""The patients' pain drawings in the compare dialog: each session's drawing on its own
figure (side by side), or the later one hatched with the earlier one's edge dashed over it
(overlay). Painted by drawing/pain.py, as on the printed map."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.pain_drawing import (
    EMPTY,
    DrawingError,
    PainDrawing,
    area_percent,
    from_json,
)
from dn_bodymap.drawing.pain import paint_pain, paint_pain_outline
from dn_bodymap.i18n import translate
from dn_bodymap.records.model import Session
from dn_bodymap.ui.body_canvas import BodyCanvas

EARLIER_EDGE = QColor("#2166AC")  # the earlier drawing's dashed edge: blue on screen, and
# dashed (not solid like the later drawing's edge) in grey
DRAWING_Z = 0.8  # over the diagram and the caution layer (0.5), under zones and markers


class DrawingItem(QGraphicsItem):
    """One session's drawing on one view, in the view's coordinates; ``outline``: only the
    dashed edge (the earlier drawing in overlay)."""

    def __init__(self, atlas: Atlas, drawing: PainDrawing, view: str,
                 outline: bool = False) -> None:
        super().__init__()
        self.drawing, self.view, self.outline = drawing, view, outline
        x, y, w, h = atlas.views[view].viewbox
        self._rect = QRectF(x, y, w, h)
        self.setZValue(DRAWING_Z)
        self.setAcceptedMouseButtons(self.acceptedMouseButtons().NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.outline:
            paint_pain_outline(painter, self.drawing, self.view, EARLIER_EDGE)
        else:
            paint_pain(painter, self.drawing, self.view)


def drawing_of(session: Session | None) -> PainDrawing:
    """The session's drawing (none for no session, or one that does not read: the store
    checks drawings when it keeps them, so that is a damaged record, not a chart)."""
    if session is None:
        return EMPTY
    try:
        return from_json(session.pain_drawing)
    except DrawingError:
        return EMPTY


def show_drawings(canvas: BodyCanvas, drawing: PainDrawing, earlier: PainDrawing | None = None
                  ) -> list[DrawingItem]:
    """Put ``drawing`` (and ``earlier`` as a dashed edge) on the canvas's views; returns the
    items, for the caller to remove on the next refresh."""
    items = []
    for view, parent in canvas.items_by_view.items():
        layers = [(drawing, False)] + ([(earlier, True)] if earlier is not None else [])
        for d, outline in layers:
            if d.on(view).is_empty:
                continue
            item = DrawingItem(canvas.atlas, d, view, outline)
            item.setParentItem(parent)
            items.append(item)
    return items


def area_text(atlas: Atlas, earlier: PainDrawing, later: PainDrawing) -> str:
    """'Pain drawn: 5.2% → 3.1% of the body' ('–' for a session without a drawing); empty
    when neither has one."""
    if earlier.is_empty and later.is_empty:
        return ""
    outlines = {v: atlas.views[v].outline for v in atlas.views}

    def figure(d: PainDrawing) -> str:
        return "–" if d.is_empty else f"{area_percent(d, outlines)['total']:.1f}%"

    return translate("ui.compare_drawings",
            "Pain drawn: {figure} → {figure2} of the body").format(
            figure=figure(earlier), figure2=figure(later))
