"""Needling presets and "same as the last point" in the window: applying them to the selected
point (one undoable change each), saving a point's needling as its muscle's preset, and the
dialog that edits the list. The presets are kept in the settings file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import needling
from dn_bodymap.charting.needling import Preset
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, translate, translate_data
from dn_bodymap.records import vocab
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.ui import theme
from dn_bodymap.ui.form_fields import ChoiceField, Field, NeedleField, NumberField, guard_wheel

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow


class NeedlingPresets:
    """The window's presets: loaded from the settings, shown in the inspector, applied."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.presets, problem = app_settings.needling_presets(window.settings,
                                                              window.atlas.muscles)
        if problem:
            window.statusBar().showMessage(problem, 15000)
        window.inspector.set_presets(self.presets)
        window.inspector.preset_chosen.connect(self.apply)
        window.inspector.same_as_last_requested.connect(self.same_as_last)
        window.inspector.save_preset_requested.connect(lambda _id: self.save_for_muscle())

    def _say(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 8000)

    def apply(self, index: int) -> None:
        """Apply the ``index``-th preset offered for the selected point (its muscle's first)."""
        p = self.w.editor.selected_point()
        if p is None:
            self._say(translate("ui.presets", "Select a trigger point first, then apply a preset."))
            return
        offered = needling.presets_for(p.muscle, self.presets)
        if not 0 <= index < len(offered):
            self._say(translate("ui.presets",
                    "There is no preset {number} (Edit → Needling presets…).").format(
                    number=index + 1))
            return
        self.w.editor.edit_point(p.id, offered[index].changes(),
                                 f"Point {p.number}: preset {offered[index].text()}")

    def same_as_last(self) -> None:
        """Copy the needling of the point charted before the selected one."""
        e = self.w.editor
        p = e.selected_point()
        if p is None or e.session is None:
            self._say(translate("ui.presets", "Select a trigger point first."))
            return
        source = needling.previous_point(e.session.points, p.number)
        changes = needling.copied_needling(source) if source is not None else {}
        if source is None:
            self._say(translate("ui.presets",
                    "Point {number} is the first of this session: nothing to copy.").format(
                    number=p.number))
        elif not changes:
            self._say(translate("ui.presets",
                    "Point {number} was not needled: nothing to copy.").format(
                    number=source.number))
        else:
            e.edit_point(p.id, changes, translate(
                "ui.presets", "Point {number}: needling as point {source}").format(
                number=p.number, source=source.number))

    def save_for_muscle(self) -> None:
        """The selected point's needle, technique and depth become its muscle's preset."""
        p = self.w.editor.selected_point()
        if p is None:
            return
        if p.needle_gauge_mm is None or p.needle_length_mm is None:
            self._say(translate("ui.presets", "Choose the needle first: a preset needs one."))
            return
        preset = Preset(p.needle_gauge_mm, p.needle_length_mm, p.technique, p.depth_mm,
                        p.muscle)
        self.save(needling.with_muscle_preset(self.presets, preset))
        self._say(translate("ui.presets",
                "Preset for {muscle_name}: {text} (offered first as Ctrl+1).").format(
                muscle_name=self.w.atlas.muscle_name(p.muscle),
                text=preset.text()))

    def save(self, presets: list[Preset]) -> None:
        self.presets = list(presets)
        app_settings.save_needling_presets(self.w.settings, self.presets)
        self.w.inspector.set_presets(self.presets)

    def edit(self) -> None:
        dialog = PresetsDialog(self.w.atlas, self.presets, self.w)
        if dialog.exec():
            self.save(dialog.presets())


COLUMNS = (QT_TRANSLATE_NOOP("ui.presets", "Muscle"), QT_TRANSLATE_NOOP("ui.presets", "Needle"),
           QT_TRANSLATE_NOOP("ui.presets", "Technique"),
           QT_TRANSLATE_NOOP("ui.presets", "Typical depth"), "")


class PresetsDialog(QDialog):
    """The presets as a table: any muscle or one muscle, needle, technique, typical depth
    (empty unless the clinician sets it)."""

    def __init__(self, atlas: Atlas, presets: list[Preset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.presets", "Needling presets"))
        self.atlas = atlas
        self._muscles = sorted(atlas.muscles.values(), key=lambda m: atlas.muscle_name(m.id))
        self.rows: list[tuple[ChoiceField, NeedleField, ChoiceField, NumberField]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ui.presets",
                "Offered in the Point tab and as Ctrl+1 … Ctrl+9: a muscle's own presets first, "
                "then those for any muscle. A typical depth is filled in only when you set one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate_data("ui.presets", c) for c in COLUMNS])
        self.table.setAccessibleName(translate("ui.presets", "Needling presets"))
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, slot in ((translate("ui.presets", "&Add"),
                            lambda: self.add_row(needling.DEFAULT_PRESETS[0])),
                           (translate("ui.presets", "Restore the &shipped presets"),
                            self._restore)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problem = QLabel()
        theme.style(self.problem, "problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for p in presets:
            self.add_row(p)
        self.resize(720, 380)

    def add_row(self, preset: Preset) -> None:
        def ignore(_name: str, _value: object) -> None:  # read on OK, not reported per edit
            pass

        names = {m.id: self.atlas.muscle_name(m.id) for m in self._muscles}
        muscle = ChoiceField("muscle", list(names), ignore, labels=names)
        muscle.widget.setItemText(0, translate("ui.presets", "Any muscle"))
        needle = NeedleField("needle", needling.COMMON_NEEDLES, ignore)
        technique = ChoiceField("technique", vocab.TECHNIQUES, ignore)
        depth = NumberField("depth", ignore, low=0.5, high=vocab.MAX_NEEDLE_LENGTH_MM,
                            step=0.5, decimals=1, suffix=" mm")
        row = (muscle, needle, technique, depth)
        fields: tuple[Field[Any], ...] = row
        for field, value in zip(fields, (preset.muscle, (preset.gauge_mm, preset.length_mm),
                                      preset.technique, preset.depth_mm), strict=True):
            field.set_value(value)
        n = self.table.rowCount()
        self.table.insertRow(n)
        for column, field in enumerate(fields):
            self.table.setCellWidget(n, column, field.widget)
        remove = QPushButton(translate("ui.presets", "Remove"))
        remove.clicked.connect(lambda: self._remove_row(row))
        self.table.setCellWidget(n, len(row), remove)
        guard_wheel(self.table)
        self.rows.append(row)
        self.table.resizeColumnsToContents()

    def _remove_row(self, row: tuple) -> None:
        n = self.rows.index(row)
        self.table.removeRow(n)
        del self.rows[n]

    def _restore(self) -> None:
        self.table.setRowCount(0)
        self.rows.clear()
        for p in needling.DEFAULT_PRESETS:
            self.add_row(p)

    def presets(self) -> list[Preset]:
        """The table's presets, checked as a point's needling is (RecordsError naming the
        row and the fault)."""
        doc = []
        for muscle, needle, technique, depth in self.rows:
            gauge, length = needle.value()
            doc.append({"gauge_mm": gauge, "length_mm": length, "technique": technique.value(),
                        "depth_mm": depth.value(), "muscle": muscle.value()})
        return needling.from_json(doc, self.atlas.muscles)

    def _accept(self) -> None:
        try:
            self.presets()
        except RecordsError as exc:
            self.problem.setText(translate("ui.presets", "Not saved: {exc}").format(exc=exc))
            return
        self.accept()
