"""Render the icon's PNG sizes from its SVG with Qt: ``python tools/make_icons.py``.

Run after editing dn_bodymap/ui/icons/dn-bodymap.svg; the PNGs are committed (the menu entry,
the bundle and the window use them without rendering SVG).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from dn_bodymap.ui.app_icon import PNG_SIZES, png_path, svg_path


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(svg_path()))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg_path()} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in PNG_SIZES:
        if not render(size).save(str(png_path(size))):
            print(f"make_icons: could not write {png_path(size)}", file=sys.stderr)
            return 1
        print(png_path(size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
