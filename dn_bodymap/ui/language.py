"""The language of the window and of what it prints: the system's, or the one chosen under
View → Language (remembered; it takes effect when the program next starts, as a window
half in one language and half in another would confuse).

Loads two Qt catalogues: ours (``dn_bodymap/i18n/dn_bodymap_<lang>.qm``) and Qt's own for its
standard buttons and file dialogs (``qtbase_<lang>.qm``, shipped with PySide6), then routes the
core's ``i18n.translate`` to ``QCoreApplication.translate``.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dn_bodymap import i18n

SETTING: Final = "ui/language"
SYSTEM: Final = "system"
CHOICES: Final = (SYSTEM, *i18n.LANGUAGES)

_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)


def choice(settings: QSettings) -> str:
    chosen = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return chosen if chosen in CHOICES else SYSTEM


def save_choice(settings: QSettings, chosen: str) -> None:
    settings.setValue(SETTING, chosen)
    settings.sync()


def system_language() -> str:
    """The first of the system's preferred languages that we ship, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return i18n.SOURCE_LANGUAGE


def resolve(chosen: str) -> str:
    return system_language() if chosen == SYSTEM else chosen


def start(settings: QSettings) -> str:
    """Translate into the chosen language from now on; returns the language used."""
    return use(resolve(choice(settings)))


def use(language: str) -> str:
    """Install the catalogues of ``language`` (English: none); returns the language used,
    English when a catalogue cannot be read (a damaged installation shows English rather
    than nothing)."""
    stop()
    if language == i18n.SOURCE_LANGUAGE or language not in i18n.LANGUAGES:
        return i18n.SOURCE_LANGUAGE
    ours = QTranslator()
    if not ours.load(f"{i18n.CATALOGUE_NAME}_{language}", str(i18n.FOLDER)):
        return i18n.SOURCE_LANGUAGE
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = [ours]
    if qt_own.load(f"qtbase_{language}", folder):
        translators.append(qt_own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    i18n.install(_qt_translate, language)
    return language


def stop() -> None:
    """Back to English: remove our translators (tests; a language changed in one process)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    i18n.reset()


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
