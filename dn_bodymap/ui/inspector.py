"""The inspector: every field of the selected trigger point, quick to fill from the keyboard.

It shows a TriggerPoint and reports edits as ``edited(point_id, {field: value})``; the window
turns each into an undoable, stored change. It never writes to the store itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import vocab
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.ui.form_fields import (
    CheckField,
    ChoiceField,
    Field,
    NumberField,
    TextField,
)
from dn_bodymap.ui.site_field import SiteField

# Needle sizes clinicians reach for, diameter x length (mm); "other" keeps what is stored.
COMMON_NEEDLES: tuple[tuple[float, float], ...] = (
    (0.16, 15), (0.16, 25), (0.18, 30), (0.20, 30), (0.25, 25), (0.25, 30), (0.25, 40),
    (0.30, 40), (0.30, 50), (0.30, 60), (0.30, 75), (0.30, 100), (0.35, 125),
)


class Inspector(QWidget):
    edited = Signal(int, dict)  # point id, {field: new value}
    muscle_chosen = Signal(int, int)  # point id, index into the regions under the point

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.point: TriggerPoint | None = None
        self.fields: dict[str, Field] = {}
        self._regions: list = []
        self._loading = False  # set while a point is shown, so showing it is not an edit
        layout = QVBoxLayout(self)
        self.title = QLabel("No trigger point selected")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        layout.addWidget(self.title)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        self.muscle_combo = QComboBox()
        self.muscle_combo.setToolTip("The muscles under the point, superficial first")
        self.muscle_combo.activated.connect(self._muscle_activated)
        form.addRow("&Muscle", self.muscle_combo)
        self.site = SiteField(atlas, self._report)
        form.addRow(self.site)
        self.confirm = self._add(CheckField(
            "confirmed", "Re-checked today (carried from the last visit)", self._report))
        form.addRow(self.confirm)
        form.addRow("&Type", self._add(ChoiceField("kind", vocab.KINDS, self._report)))

        findings = QGroupBox("Findings")
        grid = QGridLayout(findings)
        for i, name in enumerate(vocab.FINDINGS):
            grid.addWidget(self._add(CheckField(name, vocab.LABELS[name], self._report)), i, 0)
        form.addRow(findings)

        form.addRow(self._add(CheckField("needled", "&Needled", self._report)))
        self.needle_combo = QComboBox()
        self.needle_combo.addItem("—", None)
        for gauge, length in COMMON_NEEDLES:
            self.needle_combo.addItem(f"{gauge:.2f} × {length:g} mm", (gauge, length))
        self.needle_combo.currentIndexChanged.connect(self._needle_changed)
        form.addRow("Needle si&ze", self.needle_combo)
        form.addRow("&Depth", self._add(NumberField("depth_mm", self._report, low=0.5,
                                                     high=vocab.MAX_NEEDLE_LENGTH_MM, step=0.5,
                                                     decimals=1, suffix=" mm")))
        form.addRow("Techni&que", self._add(ChoiceField("technique", vocab.TECHNIQUES,
                                                         self._report)))
        form.addRow("Twitch &responses", self._add(NumberField(
            "ltr_count", self._report, low=0, high=vocab.MAX_LTR_COUNT)))
        form.addRow("Time in tissue", self._add(NumberField(
            "time_in_tissue_s", self._report, low=0, high=vocab.MAX_TIME_IN_TISSUE_S,
            step=5, suffix=" s")))
        form.addRow("Tolerance", self._add(ChoiceField("tolerance", vocab.TOLERANCES,
                                                        self._report)))
        form.addRow("Notes", self._add(TextField("notes", self._report, multiline=True)))
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.show_point(None)

    def _add(self, field: Field) -> QWidget:
        self.fields[field.name] = field
        return field.widget

    def _report(self, name: str, value: Any) -> None:
        if self.point is not None:
            self.edited.emit(self.point.id, {name: value})

    def _needle_changed(self, index: int) -> None:
        size = self.needle_combo.itemData(index)
        if self.point is None or self._loading or size is None:
            return
        gauge, length = size
        self.edited.emit(self.point.id, {"needle_gauge_mm": gauge, "needle_length_mm": length})

    def _muscle_activated(self, index: int) -> None:
        if self.point is not None and index < len(self._regions):
            region = self._regions[index]
            if (region.muscle, region.side) != (self.point.muscle, self.point.side):
                self.muscle_chosen.emit(self.point.id, index)

    def show_point(self, point: TriggerPoint | None, *, read_only_reason: str = "") -> None:
        """Show ``point`` (None: nothing selected); read-only with the reason when given."""
        self.point = point
        self.body.setVisible(point is not None)
        self.read_only_note.setVisible(bool(read_only_reason) and point is not None)
        self.read_only_note.setText(read_only_reason)
        if point is None:
            self.title.setText("No trigger point selected: click on a muscle to chart one")
            return
        name = self.atlas.muscles[point.muscle].name if point.muscle in self.atlas.muscles \
            else point.muscle
        self.title.setText(f"Point {point.number}: {name} ({point.side}, {point.layer})")
        self._loading = True
        try:
            for field in self.fields.values():
                field.set_value(getattr(point, field.name))
            self._show_needle(point)
            self._show_muscles(point)
            self.site.show_point(point)
            # Only a carried point is confirmed, once: an ordinary point is today's finding.
            self.confirm.setVisible(point.carried_from is not None)
            self.confirm.setEnabled(not point.confirmed)
        finally:
            self._loading = False
        self.body.setEnabled(not read_only_reason)

    def _show_needle(self, point: TriggerPoint) -> None:
        size = (point.needle_gauge_mm, point.needle_length_mm)
        index = self.needle_combo.findData(size) if None not in size else 0
        if index < 0:  # a size not in the list: show it as it was recorded
            self.needle_combo.addItem(f"{size[0]:.2f} × {size[1]:g} mm", size)
            index = self.needle_combo.count() - 1
        self.needle_combo.setCurrentIndex(index)

    def _show_muscles(self, point: TriggerPoint) -> None:
        self._regions = self.atlas.muscles_at(point.view, point.x, point.y)
        self.muscle_combo.clear()
        current = -1
        for i, r in enumerate(self._regions):
            self.muscle_combo.addItem(f"{self.atlas.muscle(r.muscle).name} ({r.layer})")
            if (r.muscle, r.side) == (point.muscle, point.side):
                current = i
        if current < 0:  # recorded with an older atlas: keep and show what was recorded
            self.muscle_combo.addItem(f"{point.muscle} (as recorded)")
            current = self.muscle_combo.count() - 1
        self.muscle_combo.setCurrentIndex(current)
