"""Fonts for painting in points (printouts) or pixels (screen) alike."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPainter


def sized_font(painter: QPainter, size: float, bold: bool = False) -> QFont:
    """A font ``size`` units tall in the painter's own coordinates. Qt scales a point size by
    the device's resolution, and the painters here already map their units to the device
    (points on paper): undo Qt's scaling so the two do not multiply."""
    font = QFont("Helvetica")
    font.setPointSizeF(size * 72.0 / max(painter.device().logicalDpiY(), 1))
    font.setBold(bold)
    return font
