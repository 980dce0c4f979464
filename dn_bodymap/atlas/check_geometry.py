"""Geometry helpers the named checks share (regions, referral zones, caution zones)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely

from dn_bodymap.atlas.conventions import HAIRLINE_AREA, MIRROR_TOLERANCE

if TYPE_CHECKING:  # the Atlas calls the checks as it loads: no import cycle at run time
    from dn_bodymap.atlas.atlas import Atlas


def mirrored(atlas: Atlas, geom: shapely.Geometry) -> shapely.Geometry:
    """``geom`` reflected about the atlas's midline."""
    m = atlas.midline_x
    return shapely.transform(geom, lambda c: c * [-1, 1] + [2 * m, 0])


def is_mirror_image(atlas: Atlas, right: shapely.Geometry, left: shapely.Geometry) -> bool:
    """Whether ``left`` is ``right`` reflected, vertex for vertex (to the stored precision)."""
    return shapely.equals_exact(shapely.normalize(mirrored(atlas, right)),
                                shapely.normalize(left), tolerance=MIRROR_TOLERANCE)


def area_outside(atlas: Atlas, view: str, geom: shapely.Geometry) -> float:
    """How much of ``geom`` lies outside the view's body outline (0 for the common case fast)."""
    outline = atlas.views[view].outline
    if outline.covers(geom):
        return 0.0
    return shapely.difference(geom, outline).area


def shape_problem(atlas: Atlas, view: str, geom: shapely.Geometry) -> str | None:
    """What is wrong with a zone's polygon (invalid, empty, off the body), or None."""
    if geom.is_empty or not geom.is_valid:
        return f"is not a valid polygon ({shapely.is_valid_reason(geom)})"
    outside = area_outside(atlas, view, geom)
    if outside > HAIRLINE_AREA:
        return f"lies {outside:.1f} sq units outside the body"
    return None
