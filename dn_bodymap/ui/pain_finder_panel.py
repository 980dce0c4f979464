"""The pain finder panel: where does the patient hurt? Lists the muscles that refer there
(essential first) and shows a candidate's classic trigger-point sites; choosing one starts a
trigger point in that muscle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.pain_finder import (
    Candidate,
    sources_at,
    sources_of_landmark,
)
from dn_bodymap.i18n import terms, translate
from dn_bodymap.ui.candidate_list import CandidateList
from dn_bodymap.ui.qt_present import present


def _landmark_label(atlas: Atlas, landmark_id: str, side: str | None) -> str:
    return terms.landmark(atlas.landmark(landmark_id, side).name, side)


class PainFinderPanel(CandidateList, QWidget):
    candidate_shown = Signal(object)  # Candidate or None: show its sites on the canvas
    candidate_chosen = Signal(object)  # Candidate: start a trigger point in it

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.candidates: list[Candidate] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ui.pain_finder_panel",
                "Click where the patient feels pain, or pick a place:")))
        self.landmarks = QComboBox()
        self.landmarks.setEditable(True)
        self.landmarks.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        present(self.landmarks.lineEdit()).setPlaceholderText(translate("ui.pain_finder_panel",
                "search a place, e.g. heel"))
        seen: set[tuple[str, str | None]] = set()
        for m in sorted(atlas.landmarks, key=lambda m: (m.id, m.side or "")):
            if (m.id, m.side) not in seen:
                seen.add((m.id, m.side))
                self.landmarks.addItem(_landmark_label(atlas, m.id, m.side), (m.id, m.side))
        completer = present(self.landmarks.completer())  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.landmarks.setCurrentIndex(-1)
        self.landmarks.activated.connect(self._landmark_picked)
        layout.addWidget(self.landmarks)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self._add_candidate_list(layout)

    def find_at(self, view: str, x: float, y: float) -> None:
        self._show(translate("ui.pain_finder_panel",
                "Pain at the clicked place ({view} view):").format(
                view=terms.view(view)), sources_at(self.atlas, view, x, y))

    def find_landmark(self, landmark_id: str, side: str | None) -> None:
        self._show(translate("ui.pain_finder_panel", "Pain at: {place}").format(
                       place=_landmark_label(self.atlas, landmark_id, side)),
                   sources_of_landmark(self.atlas, landmark_id, side))

    def _landmark_picked(self, index: int) -> None:
        data = self.landmarks.itemData(index)
        if data:
            self.find_landmark(*data)

    def _show(self, heading: str, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        self.list.clear()
        if not candidates:
            self.heading.setText(heading + translate("ui.pain_finder_panel",
                    "no muscle in the table refers pain here."))
        else:
            self.heading.setText(heading + translate("ui.pain_finder_panel",
                    "palpate these, most likely first."))
        for c in candidates:
            item = QListWidgetItem(f"{c.name} ({terms.side(c.side)}) — {terms.zone(c.zone)}")
            if c.zone == "essential":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.start.setEnabled(bool(candidates))
        if candidates:
            self.list.setCurrentRow(0)
        else:
            self.candidate_shown.emit(None)
