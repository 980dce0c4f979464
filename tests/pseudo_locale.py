"""Pseudo-translation: every string that goes through ``i18n.translate`` comes back wrapped in
⟦ ⟧, so a text on screen or paper without the brackets never went through translation (a
string the Spanish catalogue could not reach). Qt's own standard texts (OK, Cancel, a file
dialog) are translated by Qt's catalogue, not ours, and are allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from dn_bodymap import i18n

OPEN, CLOSE = "⟦", "⟧"
QT_OWN = {"OK", "&OK", "Cancel", "&Cancel", "Yes", "&Yes", "No", "&No", "Close", "&Close",
          "Save", "&Save", "Discard", "Apply", "&Apply", "Help", "&Help", "Reset", "Open",
          "&Open", "Abort", "Retry", "Ignore", "Yes to &All", "N&o to All", "Restore Defaults",
          # a dock's title-bar buttons and a tab bar's scroll buttons (accessible names)
          "Closes the dock widget", "Undocks and re-attaches the dock widget", "Float",
          "Scroll Left", "Scroll Right"}
# Text with no words to translate: numbers, dates, times, units alone, punctuation.
_NO_WORDS = re.compile(r"^[\d\s.,:;/%+\-–—()×x·°#?!*<>=\[\]|…'\"]*(mm|cm|kg|s|ms)?[\s.]*$")


def pseudo(context: str, text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


@contextmanager
def pseudo_translation() -> Iterator[None]:
    i18n.install(pseudo, "pseudo")
    try:
        yield
    finally:
        i18n.reset()


def untranslated(texts: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
    """The texts that hold words none of which went through translation: not wrapped, not
    Qt's own, not in ``allowed`` (data such as a patient's name), not just numbers."""
    allow = set(allowed) | QT_OWN
    found = []
    for text in texts:
        bare = text.strip()
        if not bare or OPEN in bare or bare in allow or _NO_WORDS.match(bare):
            continue
        rest = bare
        for word in sorted(allow, key=len, reverse=True):
            rest = rest.replace(word, "")
        if re.search(r"[A-Za-z]{2,}", rest):
            found.append(bare)
    return found


def widget_texts(root) -> list[str]:
    """Every text a clinician can read or hear in ``root`` and its children: labels, buttons,
    menus and their actions, titles, tooltips, placeholders, list, table and combo items,
    tab names, group titles, accessible names and descriptions."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QTableWidget,
        QTabWidget,
        QTextEdit,
        QTreeWidget,
        QWidget,
    )

    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        texts += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription(),
                  w.statusTip(), w.whatsThis()]
        for action in w.actions():
            texts += [action.text(), action.toolTip(), action.statusTip()]
            if action.menu() is not None:
                texts.append(action.menu().title())
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QMenu):
            texts.append(w.title())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, (QTableWidget, QTreeWidget)):
            header = w.headerItem() if isinstance(w, QTreeWidget) else None
            if header is not None:
                texts += [header.text(i) for i in range(header.columnCount())]
            if isinstance(w, QTableWidget):
                for c in range(w.columnCount()):
                    item = w.horizontalHeaderItem(c)
                    if item is not None:
                        texts.append(item.text())
    return [t for t in texts if t]
