"""The toolbar's muscle search: a line edit whose drop-down lists what the core's
MuscleSearch finds for the typed words and abbreviations."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QStringListModel, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolTip, QWidget

from dn_bodymap.charting.muscle_search import MuscleChoice, MuscleSearch
from dn_bodymap.i18n import translate
from dn_bodymap.ui.qt_present import present

SHOWN = 30  # choices listed at most; the first ones are what was meant


class MuscleSearchBox(QLineEdit):
    chosen = Signal(str, str)  # muscle id, side
    missed = Signal(str)  # the text that found nothing

    def __init__(self, search: MuscleSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.setPlaceholderText(translate("ui.muscle_search_box",
                "Find muscle (Ctrl+F): 'pirif', 'glute min', 'QL'"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        # The list is filled from the core's ranking, not filtered by Qt. The completer is
        # given the widget but not set on it (QLineEdit.setCompleter copies the highlighted
        # row into the text, which Return then charted a second time).
        self.finder = QCompleter(self._model, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setWidget(self)
        # The text overload, chosen by subscript as PySide6 does it; its stubs cannot say so.
        self.finder.activated[str].connect(self.choose)  # type: ignore[index]
        self.textEdited.connect(self._list)
        self.returnPressed.connect(self._return_pressed)

    def event(self, event: QEvent) -> bool:
        # Undo and redo belong to the chart, not to the few letters typed here: let the
        # window's shortcuts have them (a line edit otherwise takes Ctrl+Z for itself).
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return False
        return super().event(event)

    def choice_for(self, text: str) -> MuscleChoice | None:
        """The listed choice with this label, or else the first one the text finds."""
        choices = self.search.choices(text)
        return next((c for c in choices if c.label == text.strip()),
                    choices[0] if choices else None)

    def _return_pressed(self) -> None:
        # The box sees Return before the list does: with a row highlighted, the list's
        # ``activated`` follows and charts that row; charting here too made two points.
        popup = present(self.finder.popup())
        if popup.isVisible() and popup.currentIndex().isValid():
            return
        self.choose(self.text())

    def choose(self, text: str) -> None:
        """Chart the choice ``text`` means (a label of the list, or typed words)."""
        if not text.strip():
            return
        choice = self.choice_for(text)
        if choice is None:
            self.missed.emit(text)
            self._explain(text)
            return
        present(self.finder.popup()).hide()
        self.clear()
        self.chosen.emit(choice.muscle, choice.side)

    def _explain(self, text: str) -> None:
        """Why a muscle the atlas leaves out on purpose is not found, under the box: the
        reason is longer than the status bar shows."""
        why = self.search.why_absent(text)
        if why:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())),
                              f"<p>{html.escape(why)}</p>", self)

    def _list(self, text: str) -> None:
        labels = [c.label for c in self.search.choices(text)[:SHOWN]] if text.strip() else []
        self._model.setStringList(labels)
        if labels:
            self.finder.complete()
        else:
            present(self.finder.popup()).hide()
