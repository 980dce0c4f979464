"""Light or dark: the window follows the system's colour scheme, or the clinician's choice
(View → Colour scheme), with a dark Fusion palette when dark.

The few colours the window sets itself (notes, caution banners, problems under a field) come
in a light and a dark version, chosen by role through ``style``; a widget styled so is
restyled when the scheme changes. The body diagram keeps its light colours on a paper card
(``body_canvas``), as printed.
"""

from __future__ import annotations

import re
import weakref
from typing import Final

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SCHEME_KEY: Final = "view/colour_scheme"
CHOICES: Final = ("system", "light", "dark")

# role -> (light stylesheet, dark stylesheet). Every text colour keeps a contrast ratio of
# at least 4.5 against its background (tests/test_dark_mode.py computes it).
STYLES: Final[dict[str, tuple[str, str]]] = {
    "problem": ("color: #b00020", "color: #ff9e9e"),
    "failed": ("color: #c00000; font-weight: bold", "color: #ff9e9e; font-weight: bold"),
    "ok": ("color: #1b5e20", "color: #9ad79e"),
    "warning": ("color: #8a5a00", "color: #ffd27a"),
    "muted": ("color: #555555", "color: #b8b8b8"),
    "note": ("background: #fff4d6; color: #5c4400; padding: 4px; border-radius: 3px",
             "background: #4a3b10; color: #ffeab0; padding: 4px; border-radius: 3px"),
    "caution": ("background: #fde8ea; color: #7a0014; border-left: 4px solid #b00020; "
                "padding: 4px",
                "background: #4a1219; color: #ffd9de; border-left: 4px solid #ff6b7d; "
                "padding: 4px"),
    "banner": ("background: #fde8ea; color: #7a0014; border: 2px solid #b00020; "
               "padding: 4px 8px; font-weight: bold",
               "background: #4a1219; color: #ffd9de; border: 2px solid #ff6b7d; "
               "padding: 4px 8px; font-weight: bold"),
    # a screening answer carried from an earlier visit
    "carried": ("QComboBox { background: #fff1c7; color: #000000; }",
                "QComboBox { background: #5c4a14; color: #ffffff; }"),
    # the privacy and "changed elsewhere" notes: a frame, its label and its button
    "notice": ("QFrame { background: #fff4d6; border: 1px solid #c9a227; } "
               "QLabel { border: none; color: #3d2e00; }",
               "QFrame { background: #4a3b10; border: 1px solid #c9a227; } "
               "QLabel { border: none; color: #ffeab0; }"),
}

_styled: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()
_choice: str = "system"
_connected = False
_original: tuple[str, QPalette] | None = None  # the platform's style and palette


def dark_palette() -> QPalette:
    """The usual dark Fusion palette: dark grey surfaces, light text, a blue highlight."""
    p = QPalette()
    window, base, text = QColor("#353535"), QColor("#262626"), QColor("#f0f0f0")
    for role, colour in ((QPalette.ColorRole.Window, window),
                         (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.AlternateBase, QColor("#303030")),
                         (QPalette.ColorRole.ToolTipBase, QColor("#202020")),
                         (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")),
                         (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.ButtonText, text),
                         (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
                         (QPalette.ColorRole.Light, QColor("#505050")),
                         (QPalette.ColorRole.Midlight, QColor("#424242")),
                         (QPalette.ColorRole.Mid, QColor("#2c2c2c")),
                         (QPalette.ColorRole.Dark, QColor("#1e1e1e")),
                         (QPalette.ColorRole.Shadow, QColor("#000000")),
                         (QPalette.ColorRole.Link, QColor("#7db8ff")),
                         (QPalette.ColorRole.LinkVisited, QColor("#c49bff")),
                         (QPalette.ColorRole.Highlight, QColor("#2f65ca")),
                         (QPalette.ColorRole.HighlightedText, QColor("#ffffff"))):
        p.setColor(role, colour)
    disabled = QColor("#808080")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    """Fusion's light palette, for Light chosen while the system is dark."""
    return QPalette(QColor("#efefef"), QColor("#efefef"))


def wants_dark(choice: str, system: Qt.ColorScheme) -> bool:
    return choice == "dark" or (choice == "system" and system == Qt.ColorScheme.Dark)


def is_dark() -> bool:
    """Whether the window is dark now (the palette says, whoever chose it)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(role: str, dark: bool | None = None) -> str:
    light_sheet, dark_sheet = STYLES[role]
    return dark_sheet if (is_dark() if dark is None else dark) else light_sheet


def style(widget: QWidget, role: str | None) -> None:
    """Colour ``widget`` by ``role`` (None: no colour of its own), now and at each change."""
    if role is None:
        _styled.pop(widget, None)
        widget.setStyleSheet("")
        return
    _styled[widget] = role
    widget.setStyleSheet(stylesheet(role))


def colours(role: str, dark: bool) -> tuple[QColor, QColor | None]:
    """The text colour of ``role`` and its own background (None: the window's)."""
    sheet = stylesheet(role, dark)
    if role == "notice":  # the label's text on the frame's background
        sheet = sheet.split("QLabel")[1] + sheet.split("QLabel")[0]
    fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", sheet)
    bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", sheet)
    assert fg is not None, role
    return QColor(fg.group(1)), QColor(bg.group(1)) if bg else None


def choice(settings: QSettings) -> str:
    value = str(settings.value(SCHEME_KEY, "system") or "system")
    return value if value in CHOICES else "system"


def apply(chosen: str | None = None) -> bool:
    """Use ``chosen`` (else the last choice): a dark Fusion palette when it, or the system
    it follows, is dark. Restyles every widget styled through ``style``. True when dark."""
    global _choice, _connected, _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    _choice = chosen if chosen in CHOICES else _choice
    hints = app.styleHints()
    if not _connected:  # the system switched between light and dark while we run
        hints.colorSchemeChanged.connect(lambda _scheme: _choice == "system" and apply())
        _connected = True
    if _original is None:
        _original = (app.style().name(), QPalette(app.palette()))
    system = hints.colorScheme()
    dark = wants_dark(_choice, system)
    if dark or system == Qt.ColorScheme.Dark:  # dark, or light against a dark system
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else light_palette())
    else:  # light as always: the platform's own style and palette
        app.setStyle(_original[0])
        app.setPalette(_original[1])
    for widget, role in list(_styled.items()):
        try:
            widget.setStyleSheet(stylesheet(role, dark))
        except RuntimeError:  # its window was closed and deleted
            _styled.pop(widget, None)
    return dark


def start(settings: QSettings) -> bool:
    """At start-up: the stored choice (system unless chosen otherwise)."""
    return apply(choice(settings))
