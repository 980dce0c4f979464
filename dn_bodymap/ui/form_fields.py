"""Small editors that report one field's new value, for the inspector and the session panel.

Each editor has ``set_value`` (which never reports back, so loading a record is not an edit)
and a ``changed`` callback ``(field, value)``. Text is reported after a short pause in typing
and when the editor loses focus, so a crash loses at most a second of typing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from dn_bodymap.charting.needling import needle_text, same_size
from dn_bodymap.i18n import translate
from dn_bodymap.records.vocab import LABELS

Report = Callable[[str, Any], None]
TEXT_PAUSE_MS = 800
NONE_LABEL = "—"
W = TypeVar("W", bound=QWidget)


class Field(Generic[W]):
    """Binds one widget (of type W) to one record field."""

    def __init__(self, name: str, widget: W, report: Report) -> None:
        self.name = name
        self.widget = widget
        self._report = report
        self._loading = False

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def emit(self, value: Any) -> None:
        if not self._loading:
            self._report(self.name, value)

    def _show(self, value: Any) -> None:
        raise NotImplementedError


class CheckField(Field[QCheckBox]):
    def __init__(self, name: str, label: str, report: Report) -> None:
        box = QCheckBox(label)
        super().__init__(name, box, report)
        box.toggled.connect(self.emit)

    def _show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class ChoiceField(Field[QComboBox]):
    """A closed vocabulary; ``optional`` adds a first entry meaning 'not recorded'."""

    def __init__(self, name: str, options: Sequence[str], report: Report,
                 optional: bool = True, labels: Mapping[str, str] | None = None) -> None:
        combo = QComboBox()
        super().__init__(name, combo, report)
        self.options: list[str | None] = ([None] if optional else []) + list(options)
        shown = labels or LABELS
        for o in self.options:
            combo.addItem(NONE_LABEL if o is None else shown.get(o, o))
        combo.currentIndexChanged.connect(lambda _i: self.emit(self.value()))

    def value(self) -> str | None:
        return self.options[self.widget.currentIndex()]

    def _show(self, value: Any) -> None:
        self.widget.setCurrentIndex(self.options.index(value) if value in self.options else 0)


class ChoicesField(Field[QToolButton]):
    """Any number of a closed vocabulary, ticked in a drop-down menu; the button lists what
    is ticked ("Bruising, Bleeding") or "none". Reports a list, in vocabulary order."""

    def __init__(self, name: str, options: Sequence[str], report: Report) -> None:
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        super().__init__(name, button, report)
        menu = QMenu(button)
        self.actions = {}
        for o in options:
            action = menu.addAction(LABELS.get(o, o.replace("_", " ").capitalize()))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._changed())
            self.actions[o] = action
        button.setMenu(menu)
        self._label()

    def value(self) -> list[str]:
        return [o for o, a in self.actions.items() if a.isChecked()]

    def _label(self) -> None:
        chosen = [a.text() for a in self.actions.values() if a.isChecked()]
        self.widget.setText(", ".join(chosen) if chosen else translate("ui.form_fields", "none"))

    def _changed(self) -> None:
        self._label()
        self.emit(self.value())

    def _show(self, value: Any) -> None:
        for o, a in self.actions.items():
            a.setChecked(o in (value or ()))
        self._label()


class NeedleField(Field[QComboBox]):
    """A needle size, diameter × length, from a list; a stored size the list lacks is shown
    as recorded, in one extra entry that the next point shown replaces. Reports
    ``(gauge, length)``, or ``(None, None)`` for no needle."""

    def __init__(self, name: str, sizes: Sequence[tuple[float, float]],
                 report: Report) -> None:
        combo = QComboBox()
        super().__init__(name, combo, report)
        self.sizes: list[tuple[float | None, float | None]] = [(None, None), *sizes]
        self._recorded: tuple[float | None, float | None] = (None, None)
        for size in self.sizes:
            combo.addItem(needle_text(*size))
        combo.currentIndexChanged.connect(self._chosen)

    def value(self) -> tuple[float | None, float | None]:
        index = self.widget.currentIndex()
        return self.sizes[index] if index < len(self.sizes) else self._recorded

    def _chosen(self, _index: int) -> None:
        size = self.value()
        if (size[0] is None) == (size[1] is None):  # half a size is not a choice
            self.emit(size)

    def _show(self, value: Any) -> None:
        combo = self.widget
        while combo.count() > len(self.sizes):  # the last point's "as recorded" entry
            combo.removeItem(combo.count() - 1)
        value = tuple(value)
        index = next((i for i, s in enumerate(self.sizes) if same_size(s, value)), -1)
        if index < 0:
            self._recorded = value
            combo.addItem(translate("ui.form_fields",
                    "{needle_text} (as recorded)").format(needle_text=needle_text(*value)))
            index = combo.count() - 1
        combo.setCurrentIndex(index)


class NumberField(Field[QSpinBox | QDoubleSpinBox]):
    """A number with a 'not recorded' value: the spin box's minimum shows as a dash."""

    def __init__(self, name: str, report: Report, *, low: float, high: float,
                 step: float = 1.0, decimals: int = 0, suffix: str = "") -> None:
        spin: QSpinBox | QDoubleSpinBox
        self._unset = low - step
        if decimals:
            spin = QDoubleSpinBox()
            spin.setDecimals(decimals)
            spin.setRange(self._unset, high)
            spin.setSingleStep(step)
        else:  # whole numbers: the bounds and step are too
            spin = QSpinBox()
            spin.setRange(int(self._unset), int(high))
            spin.setSingleStep(int(step))
        spin.setSpecialValueText(NONE_LABEL)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # typing "12" reports 12, not 1 then 12
        super().__init__(name, spin, report)
        self._decimals = decimals
        spin.valueChanged.connect(self._changed)

    def value(self) -> float | int | None:
        v = self.widget.value()
        if v <= self._unset:
            return None
        return round(v, self._decimals) if self._decimals else int(v)

    def _changed(self, _value: float) -> None:
        self.emit(self.value())

    def _show(self, value: Any) -> None:
        target = self._unset if value is None else value
        if isinstance(self.widget, QSpinBox):
            self.widget.setValue(int(target))
        else:
            self.widget.setValue(target)


CLICKED_INTO = "dn_clicked_into"  # an input's property: focused by a click
WHEEL_GUARD = "wheel_guard"


class _WheelScrollsThePanel(QObject):
    """The wheel over an input scrolls the panel around it unless the user clicked into that
    input: passing over a drop-down or a number box must never change (and store) a clinical
    answer. Focus by Tab does not count: a clinician who tabbed past the technique and then
    scrolled the panel changed the technique."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            watched.setProperty(CLICKED_INTO, event.reason() == Qt.FocusReason.MouseFocusReason)
            return False
        if event.type() != QEvent.Type.Wheel or (watched.hasFocus()
                                                 and watched.property(CLICKED_INTO)):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()  # let a real wheel event go on to the parents
        return True


def guard_wheel(panel: QWidget) -> None:
    """Drop-downs and number boxes in ``panel`` take focus by click or Tab (not by the wheel)
    and follow the wheel only once clicked into. Call again after adding inputs."""
    guard = panel.findChild(QObject, WHEEL_GUARD, Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = _WheelScrollsThePanel(panel)
        guard.setObjectName(WHEEL_GUARD)
    for widget in (*panel.findChildren(QComboBox), *panel.findChildren(QAbstractSpinBox)):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)


class _OnFocusOut(QObject):
    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class TextField(Field[QLineEdit | QPlainTextEdit]):
    def __init__(self, name: str, report: Report, multiline: bool = False) -> None:
        edit: QLineEdit | QPlainTextEdit = QPlainTextEdit() if multiline else QLineEdit()
        super().__init__(name, edit, report)
        self._sent = ""
        self._timer = QTimer(edit)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        if isinstance(edit, QPlainTextEdit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
            edit.textChanged.connect(self._typed)
        else:
            edit.textEdited.connect(self._typed)
            edit.editingFinished.connect(self.flush)
        self._focus_filter = _OnFocusOut(edit, self.flush)
        edit.installEventFilter(self._focus_filter)

    def text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def _typed(self, *_: Any) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        value = self.text()
        if value != self._sent:
            self._sent = value
            self.emit(value)

    def _show(self, value: Any) -> None:
        self._timer.stop()
        self._sent = value or ""
        w = self.widget
        if self.text() != self._sent:
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(self._sent)
            else:
                w.setText(self._sent)
