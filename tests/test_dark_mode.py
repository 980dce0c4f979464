"""Dark mode and screen scaling: a dark palette when the scheme is dark, every coloured label
legible on it, the body diagram on a light card, and crisp pictures at 2x."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from dn_bodymap import settings as app_settings
from dn_bodymap.ui import theme
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.pain_layer import swatch
from dn_bodymap.ui.points_list import colour_icon


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark() -> Iterator[None]:
    theme.apply("dark")
    yield
    theme.apply("system")  # offscreen has no scheme: light, as the other tests expect


@pytest.fixture
def window(dark: None, charting_window: MainWindow) -> MainWindow:
    return charting_window


def test_the_choice_and_the_system_decide() -> None:
    assert theme.wants_dark("dark", Qt.ColorScheme.Light)
    assert not theme.wants_dark("light", Qt.ColorScheme.Dark)
    assert theme.wants_dark("system", Qt.ColorScheme.Dark)
    assert not theme.wants_dark("system", Qt.ColorScheme.Unknown)


def test_dark_scheme_gives_a_dark_window(window: MainWindow) -> None:
    palette = window.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    assert palette.color(QPalette.ColorRole.Base).lightness() < 80
    assert contrast(palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.Window)) >= 7


@pytest.mark.parametrize("dark_", [False, True])
@pytest.mark.parametrize("role", sorted(theme.STYLES))
def test_every_coloured_role_is_legible(role: str, dark_: bool) -> None:
    fg, bg = theme.colours(role, dark_)
    window = (theme.dark_palette() if dark_ else theme.light_palette()).color(
        QPalette.ColorRole.Window)
    assert contrast(fg, bg or window) >= 4.5, (role, fg.name(), (bg or window).name())


def _declared(widget: QWidget, label: QLabel, prop: str) -> QColor | None:
    """``prop`` (color or background) as ``widget``'s stylesheet gives it to ``label``."""
    sheet = widget.styleSheet()
    blocks = re.findall(r"([\w:]+)\s*\{([^}]*)\}", sheet) if "{" in sheet else [("", sheet)]
    for selector, body in blocks:
        if selector and not label.inherits(selector.split(":")[0]):
            continue
        found = re.search(rf"(?<![-\w]){prop}:\s*(#[0-9a-fA-F]{{3,6}})", body)
        if found:
            return QColor(found.group(1))
    return None


def _label_colours(label: QLabel) -> tuple[QColor, QColor]:
    fg: QColor | None = None
    bg: QColor | None = None
    widget: QWidget | None = label
    while widget is not None and (fg is None or bg is None):
        fg = fg or _declared(widget, label, "color")
        bg = bg or _declared(widget, label, "background")
        widget = widget.parentWidget()
    palette = label.palette()
    return (fg or palette.color(QPalette.ColorRole.WindowText),
            bg or palette.color(QPalette.ColorRole.Window))


def test_every_label_of_the_window_is_legible_on_dark(window: MainWindow) -> None:
    window.privacy_note.label.setText("The disk is not encrypted.")
    window.privacy_note.show()
    window.session_panel.show_integrity(["altered"])  # red on dark
    labels = window.findChildren(QLabel)
    styled = [label for label in labels if any(
        w.styleSheet() for w in (label, label.parentWidget()) if w is not None)]
    assert len(styled) >= 8  # the notes, the banners, the problems under the fields
    for label in labels:
        fg, bg = _label_colours(label)
        assert contrast(fg, bg) >= 4.5, (label.objectName() or label.accessibleName()
                                         or label.text()[:40], fg.name(), bg.name())


def test_a_scheme_change_restyles_what_is_shown(dark: None, charting_window: MainWindow
                                                ) -> None:
    note = charting_window.inspector.side_note
    assert "#4a3b10" in note.styleSheet()
    theme.apply("light")
    QApplication.processEvents()  # the palette reaches the widgets
    assert "#fff4d6" in note.styleSheet()
    assert charting_window.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_the_diagram_sits_on_a_light_card(window: MainWindow) -> None:
    canvas = window.canvas
    canvas.resize(900, 400)  # wider than the views: dark beside the card
    canvas.reset_view()
    QApplication.processEvents()
    image = canvas.viewport().grab().toImage()
    scene = canvas.sceneRect()
    inside = canvas.mapFromScene(QPointF(scene.center().x(), scene.top() + 4))
    assert image.pixelColor(inside).lightness() > 230
    assert image.pixelColor(3, image.height() // 2).lightness() < 80


def test_light_keeps_the_white_diagram(charting_window: MainWindow) -> None:
    image = charting_window.canvas.viewport().grab().toImage()
    assert image.pixelColor(3, 3) == QColor("white")


def test_the_view_menu_chooses_and_remembers(charting_window: MainWindow) -> None:
    view = next(a.menu() for a in charting_window.menuBar().actions() if a.text() == "&View")
    schemes = next(a.menu() for a in view.actions() if isinstance(a.menu(), QMenu)
                   and "heme" in a.text())
    by_text = {a.text(): a for a in schemes.actions()}
    try:
        by_text["&Dark"].trigger()
        assert theme.is_dark()
        assert theme.choice(app_settings.open_settings()) == "dark"
        assert theme.start(app_settings.open_settings())  # the next start is dark too
    finally:
        by_text["Follow the &system"].trigger()
    assert not theme.is_dark()
    assert theme.choice(app_settings.open_settings()) == "system"


def test_icons_are_painted_for_2x_screens(qapp) -> None:
    for icon in (colour_icon("#1f77b4"), colour_icon("#1f77b4", latent=True), swatch(None)):
        pixmap = icon.pixmap(QSize(16, 16), 2.0)
        assert pixmap.size() == QSize(32, 32) and pixmap.devicePixelRatio() == 2.0


GRAB_AT_2X = """
import json
from PySide6.QtWidgets import QApplication
from dn_bodymap.atlas import Atlas
from dn_bodymap.ui.body_canvas import BodyCanvas
app = QApplication([])
canvas = BodyCanvas(Atlas.load())
canvas.resize(400, 300)
canvas.show()
app.processEvents()
shot = canvas.grab()
print(json.dumps({"w": shot.width(), "h": shot.height(), "ratio": shot.devicePixelRatio(),
                  "logical": [canvas.width(), canvas.height()]}))
"""


def test_canvas_grab_at_2x_has_twice_the_pixels() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    done = subprocess.run([sys.executable, "-c", GRAB_AT_2X], env=env, capture_output=True,
                          text=True, check=True)
    shot = json.loads(done.stdout.strip().splitlines()[-1])
    assert shot["logical"] == [400, 300]
    assert (shot["w"], shot["h"], shot["ratio"]) == (800, 600, 2.0)
