"""Translation for the whole program, the Qt-free core included.

Every string a clinician reads goes through ``translate(context, text)``. The core cannot call
Qt, so it calls this module; the window (and ``print``) install Qt's translator here when they
start (``ui.language``), and without one the English text comes back unchanged (the command
line, the tests of the core).

``pyside6-lupdate`` finds the strings to translate by these calls: the context and the text
must be string literals, written in the call. Contexts name the module that shows the text
(``"ui.session_panel"``); data from the assets (muscle names, landmarks, referral patterns,
cautions) use the ``DATA_CONTEXTS`` and are listed for lupdate in ``data_strings.py``, which
``tools/translations.py`` writes from the assets.

Placeholders are ``{name}`` fields filled by ``str.format`` after translating, so a translation
may move them. Plurals are two literal calls (``one`` / ``other``): Spanish, like English,
has one plural form for counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Final

Translator = Callable[[str, str], str]

# The languages shipped, each named in itself (a menu shows them untranslated).
LANGUAGES: Final = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE: Final = "en"
# dn_bodymap_es.ts (what translators edit) and dn_bodymap_es.qm (what the program loads):
# a folder of data files, which the bundle carries as they are (packaging/dn-bodymap.spec).
FOLDER: Final = Path(__file__).resolve().parent / "catalogues"
CATALOGUE_NAME: Final = "dn_bodymap"

# Contexts of data from the assets, shown by name (translate_data), never by literal.
MUSCLE: Final = "atlas.muscle"
MUSCLE_NOTE: Final = "atlas.muscle_note"
LANDMARK: Final = "atlas.landmark"
PATTERN: Final = "referral.pattern"
CAUTION: Final = "atlas.caution"
DATA_CONTEXTS: Final = (MUSCLE, MUSCLE_NOTE, LANDMARK, PATTERN, CAUTION)


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english
_language: str = SOURCE_LANGUAGE


def install(translator: Translator, language: str) -> None:
    """Send every later ``translate`` to ``translator`` (Qt's, once its catalogue is loaded)."""
    global _translator, _language
    _translator = translator
    _language = language


def reset() -> None:
    """Back to English (tests, and a window closed in a process that goes on)."""
    install(_english, SOURCE_LANGUAGE)


def language() -> str:
    """The language strings are being translated into: ``"en"`` or ``"es"``."""
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language; the English ``text`` where no translation exists."""
    return _translator(context, text)


def translate_data(context: str, text: str) -> str:
    """Like ``translate`` for text read from the assets (not a literal, so lupdate skips the
    call; ``data_strings.py`` lists these texts for it)."""
    return _translator(context, text) if text else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate where it is defined (a table of labels) and translate it
    where it is shown, with ``translate_data(context, text)``."""
    return text


class Labels(Mapping[str, str]):
    """A table of labels by key, translated when read: ``LABELS["active"]`` gives "Active" or
    "Activo" in the language of the moment. The values are marked for lupdate where the table
    is written, each as ``QT_TRANSLATE_NOOP(context, "Label")`` with the table's context."""

    def __init__(self, context: str, labels: Mapping[str, str]) -> None:
        self._context = context
        self._labels = dict(labels)

    def __getitem__(self, key: str) -> str:
        return translate_data(self._context, self._labels[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def english(self, key: str) -> str:
        """The label as written, whatever the language (files, logs)."""
        return self._labels[key]
