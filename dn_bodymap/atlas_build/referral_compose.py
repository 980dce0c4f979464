"""Turn authored referral patterns into checked, clipped, mirrored zones."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.compose import GRID, Region, right_half
from dn_bodymap.atlas_build.referral_spec import PatternSpec, Site
from dn_bodymap.atlas_build.shapes import mirror, mirror_point

MIN_ZONE_AREA = 4.0  # square units; a zone clipped down to less than this is an authoring error
# Zones are soft-edged areas of felt pain: their authored curves are simplified more than the
# regions' (0.3 units, about 0.6 mm on the figure), which leaves them looking the same and
# takes a third of the vertices Atlas.load reads.
ZONE_SIMPLIFY = 0.3


def _clip(spec: PatternSpec, kind: str, view: str, shape: BaseGeometry,
          bodies: Mapping[str, BaseGeometry]) -> BaseGeometry:
    limit = bodies[view] if spec.crosses_midline else shapely.intersection(bodies[view],
                                                                           right_half(view))
    shape = shapely.simplify(shape, ZONE_SIMPLIFY)
    geom = shapely.set_precision(shapely.make_valid(shapely.intersection(shape, limit)), GRID)
    if geom.area < MIN_ZONE_AREA:
        raise ValueError(f"referral {spec.id}: the {kind} zone on the {view} view lies outside "
                         "the body (or the patient's right half)")
    return geom


def _check_sites(spec: PatternSpec, regions: Mapping[str, Sequence[Region]]) -> None:
    try:
        _check_sites_strictly(spec, regions)
    except ValueError as exc:
        if os.environ.get("DN_BODYMAP_BUILD_LENIENT") != "1":
            raise
        print(f"warning: {exc}", file=sys.stderr)


def _check_sites_strictly(spec: PatternSpec, regions: Mapping[str, Sequence[Region]]) -> None:
    for s in spec.sites:
        own = [r for r in regions[s.view] if r.muscle == spec.muscle and r.side == "right"]
        if not own:
            raise ValueError(f"referral {spec.id}: muscle {spec.muscle!r} has no region on the "
                             f"{s.view} view for its site")
        if not any(shapely.Point(s.x, s.y).covered_by(r.geometry) for r in own):
            raise ValueError(f"referral {spec.id}: site ({s.x}, {s.y}) on the {s.view} view is "
                             f"not inside the {spec.muscle} region")


def _zones_json(zones: list[tuple[str, str, BaseGeometry]]) -> list[dict[str, Any]]:
    import json

    return [{"kind": kind, "view": view,
             "geometry": json.loads(shapely.to_geojson(geom))} for kind, view, geom in zones]


def _sites_json(sites: Sequence[Site], flip: bool) -> list[dict[str, Any]]:
    out = []
    for s in sites:
        x, y = mirror_point((s.x, s.y)) if flip else (s.x, s.y)
        out.append({"view": s.view, "x": round(x, 2), "y": round(y, 2)})
    return out


def compose_patterns(specs: Sequence[PatternSpec], bodies: Mapping[str, BaseGeometry],
                     regions: Mapping[str, Sequence[Region]]) -> list[dict[str, Any]]:
    """Every pattern as a JSON-ready record with both sides' sites and zones."""
    seen: set[str] = set()
    out = []
    for spec in specs:
        if spec.id in seen:
            raise ValueError(f"referral {spec.id}: id used twice")
        seen.add(spec.id)
        if not spec.sites:
            raise ValueError(f"referral {spec.id}: no trigger-point site")
        _check_sites(spec, regions)
        zones: list[tuple[str, str, BaseGeometry]] = []
        for view, shape in spec.essential.items():
            zones.append(("essential", view, _clip(spec, "essential", view, shape, bodies)))
        for view, shape in spec.spillover.items():
            geom = _clip(spec, "spillover", view, shape, bodies)
            essential = spec.essential.get(view)
            if essential is not None:  # spillover is what lies beyond the essential zone
                geom = shapely.set_precision(shapely.difference(geom, essential), GRID)
            if not geom.is_empty:
                zones.append(("spillover", view, geom))
        left = [(k, v, shapely.set_precision(mirror(g), GRID)) for k, v, g in zones]
        out.append({
            "id": spec.id, "muscle": spec.muscle, "description": spec.description,
            "source": spec.source, "frequency": spec.frequency,
            "crosses_midline": spec.crosses_midline,
            "sides": {
                "right": {"sites": _sites_json(spec.sites, False), "zones": _zones_json(zones)},
                "left": {"sites": _sites_json(spec.sites, True), "zones": _zones_json(left)},
            },
        })
    return out
