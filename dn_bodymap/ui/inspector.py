"""The inspector: every field of the selected trigger point, quick to fill from the keyboard.

It shows a TriggerPoint and reports edits as ``edited(point_id, {field: value})``; the window
turns each into an undoable, stored change. It never writes to the store itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import SIDES
from dn_bodymap.charting.needling import COMMON_NEEDLES, Preset, presets_for
from dn_bodymap.i18n import terms, translate
from dn_bodymap.records import vocab
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.ui import theme
from dn_bodymap.ui.form_fields import (
    CheckField,
    ChoiceField,
    ChoicesField,
    Field,
    NeedleField,
    NumberField,
    TextField,
    W,
    guard_wheel,
)
from dn_bodymap.ui.session_editor import Refusal
from dn_bodymap.ui.site_field import SiteField

NEEDLE = ("needle_gauge_mm", "needle_length_mm")  # the needle field's two record fields


class Inspector(QWidget):
    edited = Signal(int, dict)  # point id, {field: new value}
    muscle_chosen = Signal(int, int)  # point id, index into the regions under the point
    preset_chosen = Signal(int)  # index into the presets offered for the point's muscle
    same_as_last_requested = Signal()
    save_preset_requested = Signal(int)  # point id

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.point: TriggerPoint | None = None
        self.fields: dict[str, Field] = {}
        self._problems: dict[str, QLabel] = {}
        self.presets: list[Preset] = []
        self._regions: list = []
        self._loading = False  # set while a point is shown, so showing it is not an edit
        layout = QVBoxLayout(self)
        self.title = QLabel(translate("ui.inspector", "No trigger point selected"))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        layout.addWidget(self.title)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)
        self._problems[""] = self._problem_label()  # a refusal of fields without a row
        layout.addWidget(self._problems[""])
        self.muscle_note = QLabel()  # what the atlas says of this muscle (a variant, access)
        self.muscle_note.setWordWrap(True)
        self.muscle_note.setAccessibleName(translate("ui.inspector", "About this muscle"))
        self.muscle_note.hide()
        layout.addWidget(self.muscle_note)
        self.side_note = QLabel()  # a question, not an error: no dialog
        self.side_note.setWordWrap(True)
        theme.style(self.side_note, "note")
        self.side_note.hide()
        layout.addWidget(self.side_note)
        self.caution_note = QLabel()  # caution zones and precautions at this point
        self.caution_note.setWordWrap(True)
        theme.style(self.caution_note, "caution")
        self.caution_note.setAccessibleName(translate("ui.inspector", "Safety at this point"))
        self.caution_note.hide()
        layout.addWidget(self.caution_note)

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        self.muscle_combo = QComboBox()
        self.muscle_combo.setToolTip(translate("ui.inspector",
                "The muscles under the point, superficial first"))
        self.muscle_combo.activated.connect(self._muscle_activated)
        form.addRow(translate("ui.inspector", "&Muscle"), self.muscle_combo)
        side = self._add(ChoiceField("side", SIDES, self._report, optional=False,
                                     labels={"right": translate("ui.inspector", "Right"),
                                             "left": translate("ui.inspector", "Left")}))
        side.setToolTip(translate("ui.inspector",
                "The patient's side; another side moves the point to the same muscle on that "
                "side (mirrored, same view)"))
        self._row(form, translate("ui.inspector", "Side"), side, "side")
        self.site = SiteField(atlas, self._report)
        form.addRow(self.site)
        self.confirm = self._add(CheckField(
            "confirmed", translate("ui.inspector",
                    "Re-chec&ked today (carried from the last visit)"), self._report))
        form.addRow(self.confirm)
        self._row(form, translate("ui.inspector",
                "&Type"), self._add(ChoiceField("kind", vocab.KINDS, self._report)),
                  "kind")

        findings = QGroupBox(translate("ui.inspector", "Findings"))
        grid = QGridLayout(findings)
        for i, name in enumerate(vocab.FINDINGS):
            grid.addWidget(self._add(CheckField(name, vocab.LABELS[name], self._report)), i, 0)
        form.addRow(findings)

        form.addRow(self._add(CheckField("needled", translate("ui.inspector",
                "&Needled"), self._report)))
        # A menu, not a drop-down: a preset is applied once, it is not a value of the point
        # (and a menu cannot be changed by the wheel).
        self.preset_menu = QMenu(self)
        self.preset_button = QToolButton()
        self.preset_button.setText(translate("ui.inspector", "Apply a pre&set"))
        self.preset_button.setToolTip(translate("ui.inspector",
                "Fills in needled, the needle, the technique and (when the preset has one) the "
                "depth, as one change"))
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.preset_button.setMenu(self.preset_menu)
        self.preset_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        form.addRow(translate("ui.inspector", "Preset"), self.preset_button)
        self.same_button = QPushButton(translate("ui.inspector", "Same as &last point"))
        self.same_button.setToolTip(translate("ui.inspector",
                "Copy the needling of the point charted before this one (needle, depth, "
                "technique, time in tissue) (Ctrl+D)"))
        self.same_button.clicked.connect(self.same_as_last_requested)
        self.save_preset_button = QPushButton(translate("ui.inspector",
                "Save as this muscle's preset"))
        self.save_preset_button.setToolTip(translate("ui.inspector",
                "Offer this point's needle, technique and depth first for every point in this "
                "muscle"))
        self.save_preset_button.clicked.connect(self._save_preset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.save_preset_button)
        form.addRow(buttons)
        needle = NeedleField("needle", COMMON_NEEDLES, self._report)
        self.needle_combo = self._add(needle)
        self._row(form, translate("ui.inspector", "Needle si&ze"), needle.widget, *NEEDLE)
        self._row(form, translate("ui.inspector", "&Depth"), self._add(NumberField(
            "depth_mm", self._report, low=0.5, high=vocab.MAX_NEEDLE_LENGTH_MM, step=0.5,
            decimals=1, suffix=" mm")), "depth_mm")
        self._row(form, translate("ui.inspector",
                "Techni&que"), self._add(ChoiceField("technique", vocab.TECHNIQUES,
                                                             self._report)), "technique")
        self._row(form, translate("ui.inspector", "Twitch &responses"), self._add(NumberField(
            "ltr_count", self._report, low=0, high=vocab.MAX_LTR_COUNT)), "ltr_count")
        self._row(form, translate("ui.inspector", "Time in tiss&ue"), self._add(NumberField(
            "time_in_tissue_s", self._report, low=0, high=vocab.MAX_TIME_IN_TISSUE_S,
            step=5, suffix=" s")), "time_in_tissue_s")
        self._row(form, translate("ui.inspector",
                "Toleran&ce"), self._add(ChoiceField("tolerance", vocab.TOLERANCES,
                                                            self._report)), "tolerance")
        events = self._add(ChoicesField("adverse_events", vocab.ADVERSE_EVENTS, self._report))
        events.setToolTip(translate("ui.inspector",
                "Adverse events at this point (bruising at point 3); those of the whole visit "
                "are in Session"))
        self._row(form, translate("ui.inspector", "Adverse events"), events, "adverse_events")
        self._row(form, translate("ui.inspector",
                "N&otes"), self._add(TextField("notes", self._report, multiline=True)),
                  "notes")
        layout.addWidget(self.body)
        layout.addStretch(1)
        guard_wheel(self)
        self.show_point(None)

    def _add(self, field: Field[W]) -> W:
        self.fields[field.name] = field
        return field.widget

    def _problem_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        theme.style(label, "problem")
        label.hide()
        return label

    def _row(self, form: QFormLayout, label: str, widget: QWidget, *names: str) -> None:
        """A form row whose input has a red note beneath it when the store refuses a value."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problem = self._problem_label()
        column.addWidget(problem)
        for name in names:
            self._problems[name] = problem
        form.addRow(label, box)
        buddy = form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)

    def problem_label(self, field: str) -> QLabel:
        """The note shown beside ``field`` when a value for it was refused."""
        return self._problems.get(field, self._problems[""])

    def _report(self, name: str, value: Any) -> None:
        if self.point is None:
            return
        changes = dict(zip(NEEDLE, value, strict=True)) if name == "needle" else {name: value}
        self.edited.emit(self.point.id, changes)

    def set_presets(self, presets: list[Preset]) -> None:
        self.presets = list(presets)
        self._show_presets(self.point)

    def _show_presets(self, point: TriggerPoint | None) -> None:
        self.preset_menu.clear()
        offered = presets_for(point.muscle, self.presets) if point else []
        for n, preset in enumerate(offered, 1):
            whose = f"{self.atlas.muscle_name(preset.muscle)}: " if preset.muscle else ""
            action = self.preset_menu.addAction(f"&{n}  {whose}{preset.text()}")
            if n <= 9:
                action.setShortcut(f"Ctrl+{n}")  # shown only: the window's action applies it
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, i=n - 1: self.preset_chosen.emit(i))
        if not offered:
            self.preset_menu.addAction(translate("ui.inspector",
                    "No presets: Edit → Needling presets…")).setEnabled(False)

    def _save_preset(self) -> None:
        if self.point is not None:
            self.save_preset_requested.emit(self.point.id)

    def _muscle_activated(self, index: int) -> None:
        if self.point is not None and index < len(self._regions):
            region = self._regions[index]
            if (region.muscle, region.side) != (self.point.muscle, self.point.side):
                self.muscle_chosen.emit(self.point.id, index)

    def show_point(self, point: TriggerPoint | None, *, read_only_reason: str = "",
                   problem: Refusal | None = None, side_note: str = "",
                   caution_note: str = "") -> None:
        """Show ``point`` (None: nothing selected); read-only with the reason when given; a
        refused edit of it beside its field; a note on its side; what lies beneath it."""
        self.point = point
        self._show_problem(problem)
        self.side_note.setText(side_note)
        self.side_note.setVisible(bool(side_note) and point is not None)
        self.caution_note.setText(caution_note)
        self.caution_note.setVisible(bool(caution_note) and point is not None)
        self.body.setVisible(point is not None)
        self.read_only_note.setVisible(bool(read_only_reason) and point is not None)
        self.read_only_note.setText(read_only_reason)
        muscle = self.atlas.muscles.get(point.muscle) if point is not None else None
        self.muscle_note.setText(f"{muscle.note} ({muscle.note_source})" if muscle else "")
        self.muscle_note.setVisible(bool(muscle and muscle.note))
        if point is None:
            self.title.setText(translate("ui.inspector",
                    "No trigger point selected: click on a muscle to chart one"))
            return
        name = self.atlas.muscle_name(point.muscle)
        self.title.setText(translate("ui.inspector",
                "Point {number}: {name} ({side}, {layer})").format(
                number=point.number,
                name=name,
                side=terms.side(point.side),
                layer=terms.layer(point.layer)))
        self._loading = True
        try:
            for field in self.fields.values():
                field.set_value(tuple(getattr(point, n) for n in NEEDLE)
                                if field.name == "needle" else getattr(point, field.name))
            self._show_muscles(point)
            self._show_presets(point)
            self.site.show_point(point)
            # Only a carried point is confirmed, once: an ordinary point is today's finding.
            self.confirm.setVisible(point.carried_from is not None)
            self.confirm.setEnabled(not point.confirmed)
        finally:
            self._loading = False
        self.body.setEnabled(not read_only_reason)

    def _show_problem(self, problem: Refusal | None) -> None:
        for label in self._problems.values():
            label.hide()
        if problem is not None:
            label = self.problem_label(problem.field)
            label.setText(problem.text)
            label.show()

    def _show_muscles(self, point: TriggerPoint) -> None:
        self._regions = self.atlas.muscles_at(point.view, point.x, point.y)
        self.muscle_combo.clear()
        current = -1
        for i, r in enumerate(self._regions):
            self.muscle_combo.addItem(
                f"{self.atlas.muscle_name(r.muscle)} ({terms.layer(r.layer)})")
            if (r.muscle, r.side) == (point.muscle, point.side):
                current = i
        if current < 0:  # recorded with an older atlas: keep and show what was recorded
            self.muscle_combo.addItem(translate("ui.inspector",
                    "{muscle} (as recorded)").format(muscle=point.muscle))
            current = self.muscle_combo.count() - 1
        self.muscle_combo.setCurrentIndex(current)
