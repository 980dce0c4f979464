"""Named checks over the caution zones (run with the atlas checks)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import shapely

from dn_bodymap.atlas.check_geometry import is_mirror_image, mirrored, shape_problem
from dn_bodymap.atlas.conventions import DEPTH_KINDS, HAIRLINE_AREA, PLAUSIBLE_DEPTH_MM
from dn_bodymap.atlas.loader import is_snake_id
from dn_bodymap.atlas.model import CautionZone

if TYPE_CHECKING:  # the Atlas calls these checks as it loads: no import cycle at run time
    from dn_bodymap.atlas.atlas import Atlas


def _where(z: CautionZone) -> str:
    return f"caution {z.view}/{z.side}/{z.id}"


def caution_ids_and_texts(atlas: Atlas) -> list[str]:
    problems = [f"caution {'/'.join(k)} appears {n} times"
                for k, n in Counter((z.view, z.side, z.id) for z in atlas.cautions).items()
                if n > 1]
    for z in atlas.cautions:
        if not is_snake_id(z.id):
            problems.append(f"{_where(z)}: id {z.id!r} is not snake_case")
        for what in ("name", "description", "source"):
            if not getattr(z, what).strip():
                problems.append(f"{_where(z)} has no {what}")
    return problems


def caution_zones_valid_and_inside(atlas: Atlas) -> list[str]:
    for view in atlas.views.values():
        shapely.prepare(view.outline)
    return [f"{_where(z)} {problem}" for z in atlas.cautions
            if (problem := shape_problem(atlas, z.view, z.geometry))]


def caution_sides_and_mirrors(atlas: Atlas) -> list[str]:
    """Right zones on the patient's right half, left ones their exact mirror images, midline
    zones symmetric about the midline."""
    problems = []
    by_key = {(z.view, z.side, z.id): z for z in atlas.cautions}
    for (view, side, zid), z in by_key.items():
        if side == "midline":
            if shapely.symmetric_difference(mirrored(atlas, z.geometry),
                                            z.geometry).area > HAIRLINE_AREA:
                problems.append(f"{_where(z)} is not symmetric about the midline")
            continue
        x = z.geometry.centroid.x
        if atlas.views[view].is_patient_right(x, atlas.midline_x) != (side == "right"):
            problems.append(f"{_where(z)} lies on the wrong half of the {view} view")
        other = by_key.get((view, "left" if side == "right" else "right", zid))
        if other is None:
            problems.append(f"{_where(z)} has no {'left' if side == 'right' else 'right'} "
                            "counterpart")
        elif side == "right" and (
                (z.name, z.max_depth_mm, z.depth_kind, z.source)
                != (other.name, other.max_depth_mm, other.depth_kind, other.source)
                or not is_mirror_image(atlas, z.geometry, other.geometry)):
            problems.append(f"caution {view}/left/{zid} is not the mirror image of the right")
    return problems


def caution_depths_sourced_and_plausible(atlas: Atlas) -> list[str]:
    """A depth only with its kind and a source; a kind only with a depth; 0 < depth < 150 mm."""
    problems = []
    for z in atlas.cautions:
        if z.max_depth_mm is None:
            if z.depth_kind is not None:
                problems.append(f"{_where(z)}: depth_kind {z.depth_kind!r} without a depth")
            continue
        if z.depth_kind not in DEPTH_KINDS:
            problems.append(f"{_where(z)}: a depth of {z.max_depth_mm:g} mm needs a depth_kind "
                            f"({' or '.join(DEPTH_KINDS)})")
        if not z.source.strip():
            problems.append(f"{_where(z)}: a depth of {z.max_depth_mm:g} mm without a source")
        if not 0 < z.max_depth_mm < PLAUSIBLE_DEPTH_MM:
            problems.append(f"{_where(z)}: a depth of {z.max_depth_mm:g} mm is implausible "
                            f"(expected more than 0 and less than {PLAUSIBLE_DEPTH_MM:g})")
    return problems


CAUTION_CHECKS = (caution_ids_and_texts, caution_zones_valid_and_inside,
                  caution_sides_and_mirrors, caution_depths_sourced_and_plausible)
