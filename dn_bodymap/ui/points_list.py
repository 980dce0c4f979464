"""The session's trigger points as a list: the legend of the colours on the canvas, and a
keyboard way to select a point."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.palette import point_colour
from dn_bodymap.i18n import terms, translate
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.ui.crisp_icons import painted_icon


@lru_cache(maxsize=64)
def colour_icon(colour: str, latent: bool = False) -> QIcon:
    def paint(painter: QPainter) -> None:
        painter.setPen(QColor(colour))
        painter.setBrush(QColor("white") if latent else QColor(colour))
        painter.drawEllipse(2, 2, 12, 12)

    return painted_icon(16, paint)


def point_label(atlas: Atlas, p: TriggerPoint) -> str:
    name = atlas.muscle_name(p.muscle)
    kind = f", {terms.kind(p.kind)}" if p.kind else ""
    recheck = translate("ui.points_list", " — to re-check") if not p.confirmed else ""
    return f"{p.number}. {name} ({terms.side_letter(p.side)}{kind}){recheck}"


class PointsList(QListWidget):
    point_selected = Signal(int)  # point id

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self._ids: list[int] = []
        self._rows: list[tuple[int, str, bool]] = []
        self.currentRowChanged.connect(self._row_changed)
        self._loading = False

    def show_points(self, points: Sequence[TriggerPoint], selected: int | None) -> None:
        self._loading = True
        try:
            rows = [(p.id, point_label(self.atlas, p), p.kind == "latent") for p in points]
            if rows != self._rows:  # unchanged rows are kept: charting a point adds one
                keep = 0
                while keep < min(len(rows), len(self._rows)) and rows[keep] == self._rows[keep]:
                    keep += 1
                while self.count() > keep:
                    self.takeItem(self.count() - 1)
                for p, (_, label, latent) in zip(points[keep:], rows[keep:], strict=True):
                    self.addItem(QListWidgetItem(colour_icon(point_colour(p.number), latent),
                                                 label))
                self._rows = rows
                self._ids = [p.id for p in points]
            self.setCurrentRow(self._ids.index(selected) if selected in self._ids else -1)
        finally:
            self._loading = False

    def _row_changed(self, row: int) -> None:
        if not self._loading and 0 <= row < len(self._ids):
            self.point_selected.emit(self._ids[row])
