"""The depth chooser: which muscle under the click did the clinician mean? Superficial first.

A small frameless popup with a list: arrows and Enter, a digit key (1 = superficial), or a
click choose; Escape or a click elsewhere keeps the superficial muscle. A window shortcut
typed while it is open (Ctrl+D, Ctrl+1, Ctrl+Z...) keeps the superficial muscle too, and does
what it does: the popup has the keyboard, but must not swallow the next step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dn_bodymap.atlas import Atlas, Region
from dn_bodymap.i18n import terms, translate


class DepthChooser(QFrame):
    chosen = Signal(int)  # index into the regions offered
    dismissed = Signal()

    def __init__(self, atlas: Atlas, regions: Sequence[Region],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.regions = list(regions)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("depthChooser")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel(translate("ui.chooser", "Which muscle? (superficial first)")))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ui.chooser", "Which muscle? (superficial first)"))
        for i, r in enumerate(self.regions, start=1):
            item = QListWidgetItem(f"{i}  {atlas.muscle_name(r.muscle)}  ({terms.layer(r.layer)})")
            item.setToolTip(translate("ui.chooser", "{side} side, {layer} layer").format(
                side=terms.side(r.side), layer=terms.layer(r.layer)))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = max(1, len(self.regions))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 8)
        self.list.itemActivated.connect(lambda _item: self._choose(self.list.currentRow()))
        self.list.itemClicked.connect(lambda _item: self._choose(self.list.currentRow()))
        self.list.installEventFilter(self)  # the list has the keyboard; it would eat digits
        layout.addWidget(self.list)
        self._done = False

    def open_at(self, global_pos: QPoint) -> None:
        self.adjustSize()
        self.move(global_pos + QPoint(12, 12))
        self.show()
        self.list.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._digit(event) and not self._shortcut(event):
            if event.key() == Qt.Key.Key_Escape:
                self.close()
            else:
                super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.KeyPress and (
            self._digit(event) or self._shortcut(event))  # type: ignore[arg-type]

    def _digit(self, event: QKeyEvent) -> bool:
        """A digit 1..n chooses that muscle (1 = superficial); True when it did."""
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and text.isdigit() and 1 <= int(text) <= len(self.regions):
            self._choose(int(text) - 1)
            return True
        return False

    def _shortcut(self, event: QKeyEvent) -> bool:
        """A shortcut of the window below: close (keeping the superficial muscle) and run it."""
        owner = self.parentWidget()
        if owner is None or event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return False
        keys = QKeySequence(event.keyCombination())
        action = next((a for a in owner.window().actions() if a.isEnabled() and any(
            s.matches(keys) == QKeySequence.SequenceMatch.ExactMatch for s in a.shortcuts())),
            None)
        if action is None:
            return False
        self.close()
        action.trigger()
        return True

    def _choose(self, index: int) -> None:
        if self._done or index < 0:
            return
        self._done = True
        self.chosen.emit(index)
        self.close()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self._done:
            self._done = True
            self.dismissed.emit()
