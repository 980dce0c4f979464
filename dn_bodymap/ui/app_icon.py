"""The program's icon (a body with a needled trigger point): the window's, the menu entry's,
the bundle's. The SVG is the source; the PNG sizes are made from it by tools/make_icons.py."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtGui import QIcon

ICON_DIR: Final = Path(__file__).resolve().parent / "icons"
ICON_NAME: Final = "dn-bodymap"
PNG_SIZES: Final = (16, 24, 32, 48, 64, 128, 256)


def svg_path() -> Path:
    return ICON_DIR / f"{ICON_NAME}.svg"


def png_path(size: int) -> Path:
    return ICON_DIR / f"{ICON_NAME}-{size}.png"


def app_icon() -> QIcon:
    """Every size there is, so the window manager picks a crisp one at any scale."""
    icon = QIcon()
    for size in PNG_SIZES:
        if png_path(size).is_file():
            icon.addFile(str(png_path(size)))
    if svg_path().is_file():
        icon.addFile(str(svg_path()))
    return icon
