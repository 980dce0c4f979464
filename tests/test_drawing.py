"""The views as the program draws them: skin inside the outline, white outside, labels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from dn_bodymap.atlas import Atlas
from dn_bodymap.drawing.diagram import render_view_image

SCALE = 2.0


@pytest.fixture(scope="module")
def images(qapp, atlas: Atlas):
    return {v: render_view_image(atlas, v, SCALE) for v in ("front", "back")}


def pixel(image, x: float, y: float) -> QColor:
    return image.pixelColor(round(x * SCALE), round(y * SCALE))


def is_skin(c: QColor) -> bool:
    return c.red() > 220 and 200 < c.green() < 240 and 190 < c.blue() < 230 and c.red() > c.blue()


@pytest.mark.parametrize("view", ["front", "back"])
def test_inside_is_skin_outside_is_white(images, atlas: Atlas, view: str) -> None:
    import shapely

    image = images[view]
    outline = atlas.views[view].outline
    inner, outer = outline.buffer(-3), outline.buffer(3)
    inside = outside = skin = white = 0
    for y in range(100, 960, 9):  # between the R/L labels and the title
        for x in range(0, 500, 9):
            point = shapely.Point(x, y)
            if inner.contains(point):
                inside += 1
                skin += is_skin(pixel(image, x, y))
            elif not outer.contains(point) and not 772 <= y <= 792:  # the sole captions
                outside += 1
                white += pixel(image, x, y) == QColor("white")
    assert inside > 500 and outside > 500
    assert skin / inside > 0.75  # the rest: muscle outlines and details drawn over the skin
    assert white == outside


@pytest.mark.parametrize("view", ["front", "back"])
def test_left_and_right_halves_are_mirror_images(images, view: str) -> None:
    """The drawing is symmetric apart from the R/L labels: compare the body's rows."""
    image = images[view]
    width = image.width()
    mismatches = 0
    total = 0
    for y in range(200, 1800, 40):  # skip the label band at the top
        for x in range(0, width // 2, 7):
            a, b = image.pixelColor(x, y), image.pixelColor(width - 1 - x, y)
            total += 1
            mismatches += abs(a.lightness() - b.lightness()) > 60
    assert mismatches / total < 0.02
