"""The authored caution zones as clean, mirrored features for assets/atlas/cautions.geojson."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas.conventions import DEPTH_KINDS
from dn_bodymap.atlas_build.cautions import CautionShape
from dn_bodymap.atlas_build.compose import GRID, SIMPLIFY, clean, right_half
from dn_bodymap.atlas_build.shapes import mirror


def _props(spec: CautionShape, side: str) -> dict[str, Any]:
    return {"id": spec.id, "name": spec.name, "description": spec.description,
            "view": spec.view, "side": side, "max_depth_mm": spec.max_depth_mm,
            "depth_kind": spec.depth_kind, "source": spec.source}


def compose_cautions(specs: Sequence[CautionShape],
                     bodies: Mapping[str, BaseGeometry]) -> list[tuple[dict[str, Any],
                                                                       BaseGeometry]]:
    """(properties, geometry) of every zone: right sides, then their left mirrors, then the
    zones that straddle the midline. Each is clipped to the body outline."""
    right, left, middle = [], [], []
    for spec in specs:
        where = f"caution {spec.view}/{spec.id}"
        if (spec.max_depth_mm is None) != (spec.depth_kind is None):
            raise ValueError(f"{where}: a depth needs its kind, and a kind its depth")
        if spec.depth_kind is not None and spec.depth_kind not in DEPTH_KINDS:
            raise ValueError(f"{where}: unknown depth kind {spec.depth_kind!r}")
        half = shapely.intersection(bodies[spec.view], right_half(spec.view))
        geom = clean(shapely.intersection(shapely.simplify(spec.shape, SIMPLIFY), half))
        if geom is None:
            raise ValueError(f"{where}: nothing left inside the body outline")
        mirrored = shapely.set_precision(mirror(geom), GRID)
        if spec.midline:
            middle.append((_props(spec, "midline"),
                           shapely.set_precision(shapely.union(geom, mirrored), GRID)))
        else:
            right.append((_props(spec, "right"), geom))
            left.append((_props(spec, "left"), mirrored))
    return right + left + middle
