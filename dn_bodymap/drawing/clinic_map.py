"""Paint the clinic's map of pain (exchange/clinic_map.py) on the front and back views, as a
PNG: each place (or muscle) coloured from pale yellow to dark red by the share of patients,
with a key, the title, and the diagrams' own side labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

from dn_bodymap.atlas import Atlas
from dn_bodymap.drawing.diagram import paint_view
from dn_bodymap.drawing.qt_geometry import painter_path
from dn_bodymap.exchange import clinic_map
from dn_bodymap.i18n import translate

LOW, HIGH = QColor(255, 237, 160), QColor(189, 0, 38)  # the ColorBrewer YlOrRd ends
SCALE = 1.6  # pixels per view unit
TOP, KEY = 70, 80  # pixels: the title above the views, the key below


def shade(share: float) -> QColor:
    """The colour of a share of patients (0 to 1) between LOW and HIGH."""
    t = max(0.0, min(1.0, share))
    return QColor(round(LOW.red() + t * (HIGH.red() - LOW.red())),
                  round(LOW.green() + t * (HIGH.green() - LOW.green())),
                  round(LOW.blue() + t * (HIGH.blue() - LOW.blue())), 200)


def _font(pixels: int, bold: bool = False) -> QFont:
    """A font in pixels: the image has no paper size for points to mean anything."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def render(atlas: Atlas, found: clinic_map.PaintedMap | clinic_map.ChartedMap,
           title: str) -> QImage:
    views = list(atlas.views)
    widths = [atlas.views[v].viewbox[2] * SCALE for v in views]
    height = max(atlas.views[v].viewbox[3] for v in views) * SCALE
    image = QImage(round(sum(widths)), round(height + TOP + KEY), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(30, 30, 30))
    painter.setFont(_font(24, bold=True))
    painter.drawText(QRectF(16, 8, image.width() - 32, 30), title)
    painter.setFont(_font(17))
    most = found.most
    painter.drawText(QRectF(16, 38, image.width() - 32, 24), translate(
        "drawing.clinic_map", "{patients} patients; darkest: {share}% of them").format(
        patients=found.patients, share=clinic_map.percent(most, found.patients)))
    left = 0.0
    for view, width in zip(views, widths, strict=True):
        x0, y0, _, _ = atlas.views[view].viewbox
        painter.save()
        painter.translate(left, TOP)
        painter.scale(SCALE, SCALE)
        painter.translate(-x0, -y0)
        paint_view(painter, atlas, view)
        painter.setPen(Qt.PenStyle.NoPen)
        if isinstance(found, clinic_map.PaintedMap):
            grid = found.grids[view]
            for x, y, n in grid.cells():
                painter.setBrush(shade(n / most if most else 0))
                half = clinic_map.CELL / 2
                painter.drawRect(QRectF(x - half, y - half, clinic_map.CELL, clinic_map.CELL))
        else:
            for (muscle, side), (n, _) in found.counts.items():
                painter.setBrush(shade(n / most if most else 0))
                for region in atlas.regions_of(muscle, side, view):
                    painter.drawPath(painter_path(region.geometry))
        painter.restore()
        left += width
    _key(painter, QRectF(16, TOP + height + 14, 360, 20), most, found.patients)
    painter.end()
    return image


def _key(painter: QPainter, rect: QRectF, most: int, patients: int) -> None:
    gradient = QLinearGradient(rect.topLeft(), rect.topRight())
    gradient.setColorAt(0, shade(0))
    gradient.setColorAt(1, shade(1))
    painter.fillRect(rect, gradient)
    painter.setPen(QColor(30, 30, 30))
    painter.setFont(_font(15))
    below = QRectF(rect.left(), rect.bottom() + 4, rect.width(), 24)
    painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), "0")
    painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), translate(
        "drawing.clinic_map", "{n} patients ({share}%)").format(
        n=most, share=clinic_map.percent(most, patients)))


def write_png(path: Path, image: QImage) -> None:
    # The format is named: the temporary file's name (".tmp") does not say PNG. PySide6 takes
    # a str there, though its stubs ask for bytes.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"{path}: the image could not be written")
