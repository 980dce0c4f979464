"""Small painted icons (a point's colour dot, a pain swatch) that stay crisp at 150% and 200%
screen scale: painted at each device pixel ratio, not one 16-pixel image scaled up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)  # the common scale factors; Qt picks the nearest


def painted_icon(size: int, paint: Callable[[QPainter], None],
                 background: QColor | Qt.GlobalColor = Qt.GlobalColor.transparent) -> QIcon:
    """An icon ``size`` logical pixels square; ``paint`` draws in those logical pixels."""
    icon = QIcon()
    for ratio in RATIOS:
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
