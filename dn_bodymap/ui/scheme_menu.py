"""View → Colour scheme: follow the system, or always light, or always dark; remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels, translate
from dn_bodymap.ui import theme

LABELS = Labels("ui.scheme_menu", {
    "system": QT_TRANSLATE_NOOP("ui.scheme_menu", "Follow the &system"),
    "light": QT_TRANSLATE_NOOP("ui.scheme_menu", "&Light"),
    "dark": QT_TRANSLATE_NOOP("ui.scheme_menu", "&Dark")})


def choose(settings: QSettings, chosen: str) -> bool:
    settings.setValue(theme.SCHEME_KEY, chosen)
    settings.sync()
    return theme.apply(chosen)


def add_scheme_menu(menu: QMenu, settings: QSettings) -> dict[str, QAction]:
    sub = menu.addMenu(translate("ui.scheme_menu", "Colour sc&heme"))
    group = QActionGroup(sub)
    current = theme.choice(settings)
    actions: dict[str, QAction] = {}
    for key in theme.CHOICES:
        action = sub.addAction(LABELS[key])
        action.setCheckable(True)
        action.setChecked(key == current)
        action.triggered.connect(lambda _=False, k=key: choose(settings, k))
        group.addAction(action)
        actions[key] = action
    return actions
