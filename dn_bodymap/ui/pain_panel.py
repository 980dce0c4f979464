"""The Drawing tab (the pain drawing): how much of the body is painted (front, back, total),
the regions in plain words, a legend of the tags drawn, and the differential: the muscles
whose referral zones best explain the drawing, best first. Selecting one shows its zones
over the drawing and its classic sites to palpate; choosing it starts a trigger point in that
muscle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.i18n import terms, translate
from dn_bodymap.ui.candidate_list import CandidateList
from dn_bodymap.ui.pain_layer import label, swatch

LIMIT = 15  # candidates listed: a differential to palpate, not the whole table


def _differential() -> tuple[Any, Any] | None:
    """charting.differential and charting.pain_regions (None in a build without them)."""
    try:
        from dn_bodymap.charting import differential, pain_regions
    except ImportError:
        return None
    return differential, pain_regions


class PainPanel(CandidateList, QWidget):
    candidate_shown = Signal(object)  # a differential.Candidate, or None
    candidate_chosen = Signal(object)  # a differential.Candidate: chart a point in it

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.candidates: list[Any] = []
        self.regions: list[str] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.area = QLabel()
        self.area.setWordWrap(True)
        layout.addWidget(self.area)
        self.region_label = QLabel()
        self.region_label.setWordWrap(True)
        layout.addWidget(self.region_label)
        self.legend = QListWidget()  # the tags drawn, each with its hatch
        self.legend.setMaximumHeight(84)
        self.legend.setAccessibleName(translate("ui.pain_panel", "Legend of the pain drawing"))
        layout.addWidget(self.legend)
        self.list_heading = QLabel()
        self.list_heading.setWordWrap(True)
        layout.addWidget(self.list_heading)
        self._add_candidate_list(layout)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addStretch(0)  # takes the space only while the list is hidden
        self.show_drawing(pd.EMPTY)

    def show_drawing(self, drawing: pd.PainDrawing) -> None:
        self.list.clear()  # before the candidates change: no stale row is reported
        self.legend.clear()
        self.candidates, self.regions = [], []
        if drawing.is_empty:
            self.heading.setText(translate("ui.pain_panel",
                    "No pain drawn. Turn on Pain drawing (P) and drag over where the patient "
                    "hurts; right-drag erases."))
            for w in (self.area, self.region_label, self.list_heading, self.legend, self.list,
                      self.start):
                w.hide()
            self.start.setEnabled(False)
            self.candidate_shown.emit(None)
            return
        for w in (self.area, self.region_label, self.list_heading, self.legend, self.list,
                  self.start):
            w.show()
        self.heading.setText(translate("ui.pain_panel", "<b>The patient's pain drawing</b>"))
        outlines = {v: self.atlas.views[v].outline for v in self.atlas.views}
        share = pd.area_percent(drawing, outlines)
        self.area.setText(translate(
                "ui.pain_panel",
                "Drawn area: {total:.1f}% of the body (front {front:.1f}%, back {back:.1f}%)"
                ).format(total=share["total"], front=share.get("front", 0),
                         back=share.get("back", 0)))
        for tags in sorted({a.tags for a in drawing.areas}, key=str):
            quality, intensity = tags
            text = label(quality) + (f", {intensity}/10" if intensity is not None else "")
            self.legend.addItem(QListWidgetItem(swatch(quality, intensity), text))
        modules = _differential()
        if modules is None:
            self.region_label.setText(translate("ui.pain_panel",
                    "Regions: (this build has no region names)"))
            self.list_heading.setText(translate("ui.pain_panel",
                    "The differential is not available in this build."))
            self.start.setEnabled(False)
            return
        differential, pain_regions = modules
        self.regions = list(pain_regions.regions(self.atlas, drawing))
        self.region_label.setText(translate("ui.pain_panel", "Regions: ") + (
            ", ".join(self.regions) or translate("ui.pain_panel", "none named")))
        self.candidates = list(differential.rank(self.atlas, drawing, limit=LIMIT))
        self.list_heading.setText(
            translate("ui.pain_panel",
                    "Muscles whose referral zones best explain the drawing, most likely first "
                    "(select one to see its zones and the sites to palpate):") if self.candidates
            else translate("ui.pain_panel",
                    "No muscle in the referral table refers pain to the drawn areas."))
        for c in self.candidates:
            name = self.atlas.muscle_name(c.muscle)
            # Two lines: the panel is narrow (seen under Xvfb: one line was cut off).
            self.list.addItem(translate(
                    "ui.pain_panel",
                    "{name} ({side})\n    explains {percent}% of the drawn pain · score "
                    "{score:.2f}").format(name=name, side=terms.side(c.side),
                                          percent=round(100 * c.explained), score=c.score))
        self.start.setEnabled(bool(self.candidates))
        self.candidate_shown.emit(None)
