"""Named checks over a loaded atlas. Every check runs; problems are reported together.

Each check is a small function ``(atlas) -> list[str]`` of problem messages; an empty list
means it passed. ``dn-bodymap atlas validate`` and the test suite run them all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely import STRtree

from dn_bodymap.atlas.check_geometry import area_outside, is_mirror_image
from dn_bodymap.atlas.codes_check import code_problems
from dn_bodymap.atlas.conventions import (
    HAIRLINE_AREA,
    MIDLINE_LANDMARKS,
    MIRROR_TOLERANCE,
    REQUIRED_LANDMARKS,
    VIEWS,
)
from dn_bodymap.atlas.loader import is_snake_id
from dn_bodymap.atlas.validate_cautions import CAUTION_CHECKS
from dn_bodymap.atlas.validate_referral import REFERRAL_CHECKS

if TYPE_CHECKING:  # the Atlas calls these checks as it loads: no import cycle at run time
    from dn_bodymap.atlas.atlas import Atlas

Check = Callable[["Atlas"], list[str]]


def ids_unique_and_snake_case(atlas: Atlas) -> list[str]:
    problems = []
    for key, n in Counter(r.key for r in atlas.regions).items():
        if n > 1:
            problems.append(f"region {'/'.join(key)} appears {n} times")
    for mark, n in Counter((m.id, m.side, m.view) for m in atlas.landmarks).items():
        if n > 1:
            problems.append(f"landmark {mark[0]} ({mark[1]}, {mark[2]}) appears {n} times")
    ids = set(atlas.muscles) | {m.id for m in atlas.landmarks}
    problems += [f"id {i!r} is not snake_case" for i in sorted(ids) if not is_snake_id(i)]
    return problems


def names_present(atlas: Atlas) -> list[str]:
    problems = [f"muscle {m.id!r} has no display name" for m in atlas.muscles.values()
                if not m.name.strip()]
    problems += [f"landmark {m.id!r} has no display name" for m in atlas.landmarks
                 if not m.name.strip()]
    used = {r.muscle for r in atlas.regions}
    problems += [f"muscle {i!r} has no region on any view" for i in atlas.muscles if i not in used]
    return problems


def codes_well_formed_and_unique(atlas: Atlas) -> list[str]:
    return code_problems({m.id: dict(m.codes) for m in atlas.muscles.values() if m.codes})


def polygons_valid(atlas: Atlas) -> list[str]:
    problems = []
    for view in atlas.views.values():
        if not view.outline.is_valid or view.outline.is_empty:
            problems.append(f"{view.name} body outline: {shapely.is_valid_reason(view.outline)}")
    for r in atlas.regions:
        if r.geometry.is_empty:
            problems.append(f"region {'/'.join(r.key)} is empty")
        elif not r.geometry.is_valid:
            problems.append(f"region {'/'.join(r.key)}: {shapely.is_valid_reason(r.geometry)}")
    return problems


def inside_body_outline(atlas: Atlas) -> list[str]:
    problems = []
    for view in atlas.views.values():
        shapely.prepare(view.outline)
    for r in atlas.regions:
        outside = area_outside(atlas, r.view, r.geometry)
        if outside > HAIRLINE_AREA:
            problems.append(f"region {'/'.join(r.key)} lies {outside:.1f} sq units outside "
                            "the body")
    for m in atlas.landmarks:
        if not shapely.Point(m.x, m.y).covered_by(atlas.views[m.view].outline):
            problems.append(f"landmark {m.id} ({m.side}, {m.view}) at ({m.x}, {m.y}) is outside "
                            "the body")
    return problems


def layers_do_not_overlap(atlas: Atlas) -> list[str]:
    problems = []
    for view in VIEWS:
        regions = [r for r in atlas.regions if r.view == view]
        tree = STRtree([r.geometry for r in regions])
        first, second = tree.query([r.geometry for r in regions], predicate="intersects")
        keep = [k for k, (i, j) in enumerate(zip(first, second, strict=True))
                if i < j and regions[i].layer == regions[j].layer]
        geoms = np.array([r.geometry for r in regions], dtype=object)
        areas = shapely.area(shapely.intersection(geoms[first[keep]], geoms[second[keep]]))
        for k, area in zip(keep, areas, strict=True):
            a, b = regions[first[k]], regions[second[k]]
            if area > HAIRLINE_AREA:
                problems.append(f"{view}: {a.layer} regions {a.muscle} ({a.side}) and "
                                f"{b.muscle} ({b.side}) overlap by {area:.1f} sq units")
    return problems


def left_mirrors_right(atlas: Atlas) -> list[str]:
    problems = []
    by_key = {r.key: r for r in atlas.regions}
    for (view, muscle, side, layer), r in by_key.items():
        other = by_key.get((view, muscle, "left" if side == "right" else "right", layer))
        if other is None:
            missing = "right" if side == "left" else "left"
            problems.append(f"region {view}/{side}/{muscle} ({layer}) has no {missing} "
                            "counterpart")
        elif side == "right" and not is_mirror_image(atlas, r.geometry, other.geometry):
            problems.append(f"region {view}/left/{muscle} ({layer}) is not the mirror image of "
                            "the right")
    marks = {(m.id, m.side, m.view): m for m in atlas.landmarks}
    for (lid, mark_side, mark_view), m in marks.items():
        if mark_side is None:
            if abs(m.x - atlas.midline_x) > MIRROR_TOLERANCE:
                problems.append(f"midline landmark {lid} ({mark_view}) is off the midline")
            continue
        twin = marks.get((lid, "left" if mark_side == "right" else "right", mark_view))
        if twin is None:
            problems.append(f"landmark {lid} ({mark_side}, {mark_view}) has no counterpart on "
                            "the other side")
        elif (abs(twin.x - (2 * atlas.midline_x - m.x)) > MIRROR_TOLERANCE
              or abs(twin.y - m.y) > MIRROR_TOLERANCE):
            problems.append(f"landmark {lid} ({mark_view}): left is not the mirror of right")
    return problems


def sides_follow_anatomical_position(atlas: Atlas) -> list[str]:
    """Front view: patient's right on the viewer's left; back view: on the viewer's right."""
    problems = []
    for r in atlas.regions:
        view = atlas.views[r.view]
        x = r.geometry.centroid.x
        if view.is_patient_right(x, atlas.midline_x) != (r.side == "right"):
            problems.append(f"region {'/'.join(r.key)} lies on the wrong half of the {r.view} view")
    for m in atlas.landmarks:
        if m.side is None:
            continue
        if atlas.views[m.view].is_patient_right(m.x, atlas.midline_x) != (m.side == "right"):
            problems.append(f"landmark {m.id} ({m.side}) lies on the wrong half of the "
                            f"{m.view} view")
    return problems


def required_landmarks_present(atlas: Atlas) -> list[str]:
    have = {(m.id, m.side) for m in atlas.landmarks}
    problems = []
    for lid in REQUIRED_LANDMARKS:
        sides = (None,) if lid in MIDLINE_LANDMARKS else ("right", "left")
        problems += [f"landmark {lid} ({s or 'midline'}) is missing" for s in sides
                     if (lid, s) not in have]
    return problems


def diagrams_match_views(atlas: Atlas) -> list[str]:
    problems = []
    for view in atlas.views.values():
        try:
            root = ET.parse(view.diagram).getroot()
        except (OSError, ET.ParseError) as exc:
            problems.append(f"{view.diagram}: cannot be read as SVG ({exc})")
            continue
        box = [float(v) for v in re.split(r"[\s,]+", root.get("viewBox", "").strip()) if v]
        if tuple(box) != view.viewbox:
            problems.append(f"{view.diagram}: viewBox {box} differs from the atlas's "
                            f"{list(view.viewbox)}")
    return problems


CHECKS: tuple[Check, ...] = (
    ids_unique_and_snake_case, names_present, codes_well_formed_and_unique, polygons_valid,
    inside_body_outline, layers_do_not_overlap, left_mirrors_right,
    sides_follow_anatomical_position, required_landmarks_present, diagrams_match_views,
    *REFERRAL_CHECKS, *CAUTION_CHECKS,
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def run_checks(atlas: Atlas) -> list[CheckResult]:
    return [CheckResult(check.__name__, tuple(check(atlas))) for check in CHECKS]
