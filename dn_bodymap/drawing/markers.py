"""A numbered trigger-point marker, drawn the same on screen, on paper and in PDFs: filled for
an active point, a ring for a latent one, dashed while a carried-forward point is unconfirmed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen


def paint_marker(painter: QPainter, centre: QPointF, radius: float, number: int, colour: str,
                 *, latent: bool = False, unconfirmed: bool = False,
                 selected: bool = False) -> None:
    ink = QColor(colour)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if selected:
        painter.setPen(QPen(QColor("#111111"), radius * 0.25))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius * 1.25, radius * 1.25)
    pen = QPen(ink if latent else QColor("white"), radius * (0.3 if latent else 0.15))
    if unconfirmed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor("white") if latent else ink))
    painter.drawEllipse(centre, radius, radius)
    font = QFont()
    font.setPixelSize(max(1, round(radius * 1.2)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ink if latent else QColor("white"))
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()
