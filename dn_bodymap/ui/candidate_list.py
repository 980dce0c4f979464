"""The list of candidate muscles shared by the pain finder and the pain drawing tabs: the
current row's candidate is reported (its sites, or zones, are shown), and activating a row or
the button starts a trigger point in that muscle."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QListWidget, QPushButton

from dn_bodymap.i18n import translate


class CandidateList:
    """Mixed into a QWidget that has ``candidate_shown`` and ``candidate_chosen`` signals."""

    candidates: list[Any]
    candidate_shown: Any
    candidate_chosen: Any

    def _add_candidate_list(self, layout: QBoxLayout) -> None:
        self.candidates = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemActivated.connect(lambda _item: self._choose())
        layout.addWidget(self.list, 1)
        self.start = QPushButton(translate("ui.candidate_list",
                "Chart a trigger point in this muscle"))
        self.start.setEnabled(False)
        self.start.clicked.connect(self._choose)
        layout.addWidget(self.start)

    def _row_changed(self, row: int) -> None:
        self.candidate_shown.emit(self.candidates[row] if 0 <= row < len(self.candidates)
                                  else None)

    def _choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.candidates):
            self.candidate_chosen.emit(self.candidates[row])
