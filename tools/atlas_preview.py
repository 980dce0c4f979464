"""Developer preview: render the built diagrams with region ids and landmarks to PNG.

    python tools/atlas_preview.py OUT_DIR [--layer superficial|intermediate|deep] [--assets DIR]

Writes OUT_DIR/front.png and OUT_DIR/back.png at 2x, each region of the chosen layer tinted
and labelled with its id, landmarks as blue dots. Reads the assets built by
``python -m dn_bodymap.atlas_build``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shapely
from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

ASSETS = Path(__file__).resolve().parents[1] / "assets"  # --assets overrides
SCALE = 2


def _path(geom) -> QPainterPath:
    p = QPainterPath()
    for poly in getattr(geom, "geoms", [geom]):
        for ring in (poly.exterior, *poly.interiors):
            c = list(ring.coords)
            p.moveTo(*c[0])
            for x, y in c[1:]:
                p.lineTo(x, y)
            p.closeSubpath()
    return p


def render(view: str, layer: str, out: Path) -> None:
    svg = QSvgRenderer(QByteArray((ASSETS / "diagrams" / f"{view}.svg").read_bytes()))
    img = QImage(500 * SCALE, 1000 * SCALE, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(p, QRectF(0, 0, 500 * SCALE, 1000 * SCALE))
    p.scale(SCALE, SCALE)
    gj = json.loads((ASSETS / "atlas" / f"{view}.geojson").read_text())
    font = QFont("DejaVu Sans")
    font.setPixelSize(4)
    p.setFont(font)
    hue = 0
    for f in gj["features"]:
        pr = f["properties"]
        if pr.get("kind") != "muscle" or pr["layer"] != layer:
            continue
        geom = shapely.from_geojson(json.dumps(f["geometry"]))
        hue = (hue + 47) % 360
        p.setPen(QPen(QColor.fromHsv(hue, 200, 150), 0.6))
        p.setBrush(QColor.fromHsv(hue, 160, 230, 110))
        p.drawPath(_path(geom))
        if pr["side"] == "right":
            pt = geom.point_on_surface()
            p.setPen(QColor("black"))
            p.drawText(QPointF(pt.x - 10, pt.y + 1.5), pr["muscle"])
    lms = json.loads((ASSETS / "atlas" / "landmarks.json").read_text())["landmarks"]
    p.setPen(Qt.PenStyle.NoPen)
    for m in lms:
        if m["view"] == view:
            p.setBrush(QColor(30, 60, 220))
            p.drawEllipse(QPointF(m["x"], m["y"]), 1.2, 1.2)
            if m["side"] != "left":
                p.setPen(QColor(30, 60, 220))
                p.drawText(QPointF(m["x"] + 1.5, m["y"] - 1), m["id"])
                p.setPen(Qt.PenStyle.NoPen)
    p.end()
    img.save(str(out))


def main() -> int:
    global ASSETS
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--layer", default="superficial")
    ap.add_argument("--assets", default=str(ASSETS))
    a = ap.parse_args()
    ASSETS = Path(a.assets)
    QGuiApplication(sys.argv[:1])
    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for view in ("front", "back"):
        render(view, a.layer, out / f"{view}-{a.layer}.png")
        print(out / f"{view}-{a.layer}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

