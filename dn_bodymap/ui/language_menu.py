"""View → Language: follow the system, or one of the languages shipped; remembered, used from
the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from dn_bodymap import i18n
from dn_bodymap.i18n import translate
from dn_bodymap.ui import language


def add_language_menu(menu: QMenu, settings: QSettings, parent: QWidget) -> dict[str, QAction]:
    sub = menu.addMenu(translate("ui.language_menu", "&Language"))
    group = QActionGroup(sub)
    current = language.choice(settings)
    actions: dict[str, QAction] = {}
    for key in language.CHOICES:
        # Each language is named in itself, so a clinician finds their own in any language.
        label = (translate("ui.language_menu", "Follow the &system") if key == language.SYSTEM
                 else i18n.LANGUAGES[key])
        action = sub.addAction(label)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.triggered.connect(lambda _=False, k=key: choose(settings, k, parent))
        group.addAction(action)
        actions[key] = action
    return actions


def choose(settings: QSettings, chosen: str, parent: QWidget | None) -> None:
    before = language.choice(settings)
    language.save_choice(settings, chosen)
    if chosen != before and language.resolve(chosen) != i18n.language() and parent is not None:
        QMessageBox.information(
            parent, translate("ui.language_menu", "Language"),
            translate("ui.language_menu", "dn-bodymap will use {language} the next time it "
                      "starts.").format(language=i18n.LANGUAGES[language.resolve(chosen)]))
