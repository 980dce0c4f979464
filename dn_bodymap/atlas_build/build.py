"""Build every atlas asset from the authored source: regions, landmarks, catalogue, diagrams.

The output is text keyed by path under ``assets/``, so a test can compare it with the
committed files and the drawing can never drift from the hit-test polygons.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import shapely

from dn_bodymap.atlas_build import catalogue, codes
from dn_bodymap.atlas_build import landmarks as lm
from dn_bodymap.atlas_build.body import body_back, body_front
from dn_bodymap.atlas_build.caution_compose import compose_cautions
from dn_bodymap.atlas_build.cautions import CAUTIONS
from dn_bodymap.atlas_build.compose import GRID, SIMPLIFY, Region, compose, right_half
from dn_bodymap.atlas_build.muscles_back import BACK
from dn_bodymap.atlas_build.muscles_front import FRONT
from dn_bodymap.atlas_build.referral_compose import compose_patterns
from dn_bodymap.atlas_build.referral_data import PATTERNS
from dn_bodymap.atlas_build.shapes import (
    MIDLINE_X,
    VIEW_HEIGHT,
    VIEW_WIDTH,
    mirror,
    mirror_point,
)
from dn_bodymap.atlas_build.svg import render_svg

FORMAT_VERSION = 1
DATA_VERSION = "2026.11.3"


def _dump(obj: Any) -> str:
    """JSON with one record per line: compact to load, still readable in a diff."""
    if not isinstance(obj, dict):
        return json.dumps(obj, ensure_ascii=False) + "\n"
    lines = []
    for key, value in obj.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            rows = ",\n  ".join(json.dumps(v, ensure_ascii=False, separators=(",", ":"))
                                for v in value)
            lines.append(f"{json.dumps(key)}: [\n  {rows}\n]")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _feature(fid: str, props: dict[str, Any], geom: shapely.Geometry) -> dict[str, Any]:
    return {"type": "Feature", "id": fid, "properties": props,
            "geometry": json.loads(shapely.to_geojson(geom, indent=None))}


def _regions_geojson(view: str, body: shapely.Geometry, regions: list[Region]) -> str:
    features = [_feature(f"{view}/body", {"kind": "body"}, body)]
    depths = Counter((r.muscle, r.side) for r in regions)
    for r in regions:
        # the layer joins the id only for a muscle shown at two depths on this view
        suffix = f"/{r.layer}" if depths[(r.muscle, r.side)] > 1 else ""
        features.append(_feature(f"{view}/{r.side}/{r.muscle}{suffix}",
                                 {"kind": "muscle", "muscle": r.muscle, "side": r.side,
                                  "layer": r.layer}, r.geometry))
    return _dump({"type": "FeatureCollection", "format_version": FORMAT_VERSION, "view": view,
                  "features": features})


def _cautions_geojson(bodies: dict[str, shapely.Geometry]) -> str:
    features = [_feature(f"{p['view']}/{p['side']}/{p['id']}", p, geom)
                for p, geom in compose_cautions(CAUTIONS, bodies)]
    return _dump({"type": "FeatureCollection", "format_version": FORMAT_VERSION,
                  "coordinates": "as the atlas views; each zone clipped to the body outline",
                  "features": features})


def _landmarks_json() -> str:
    rows = []
    for lid, view, x, y in lm.RIGHT_SIDE:
        for side, (px, py) in (("right", (x, y)), ("left", mirror_point((x, y)))):
            rows.append({"id": lid, "name": lm.display_name(lid), "side": side, "view": view,
                         "x": round(px, 2), "y": round(py, 2)})
    for lid, view, x, y in lm.MIDLINE:
        rows.append({"id": lid, "name": lm.display_name(lid), "side": None, "view": view,
                     "x": x, "y": y})
    return _dump({"format_version": FORMAT_VERSION, "landmarks": rows})


def _muscle_record(mid: str, name: str) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": mid, "name": name}
    if mid in catalogue.NOTES:
        rec["note"] = catalogue.NOTES[mid].text
        rec["note_source"] = catalogue.NOTES[mid].source
    if codes.CODES.get(mid):
        rec["codes"] = dict(sorted(codes.CODES[mid].items()))
    return rec


def _muscles_json(regions: list[Region]) -> str:
    names: dict[str, str] = {}
    for r in regions:
        if names.setdefault(r.muscle, r.name) != r.name:
            raise ValueError(f"muscle {r.muscle!r} has two display names: "
                             f"{names[r.muscle]!r} and {r.name!r}")
    stray = sorted((set(catalogue.NOTES) | set(codes.CODES)) - set(names))
    if stray:
        raise ValueError(f"a note or codes for {stray[0]!r}, which has no region")
    return _dump({"format_version": FORMAT_VERSION,
                  "code_sources": dict(sorted(codes.SOURCES.items())),
                  "muscles": [_muscle_record(k, v) for k, v in sorted(names.items())],
                  "retired": [{"id": r.id, "name": r.name, "since": r.since,
                               "replaced_by": list(r.replaced_by), "why": r.why}
                              for r in catalogue.RETIRED],
                  "omitted": [{"name": o.name, "why": o.why, "source": o.source}
                              for o in catalogue.OMITTED]})


def _simplify_symmetric(body: shapely.Geometry) -> shapely.Geometry:
    """Simplify one half and mirror it, so the outline stays exactly symmetric."""
    half = shapely.simplify(shapely.intersection(body, right_half("front")), SIMPLIFY)
    return shapely.set_precision(shapely.union(half, mirror(half)), GRID)


def build_all() -> dict[str, str]:
    """Every asset file's text, keyed by its path relative to ``assets/``."""
    bodies = {"front": body_front(), "back": body_back()}
    bodies = {v: _simplify_symmetric(b) for v, b in bodies.items()}
    regions = {"front": compose("front", bodies["front"], FRONT),
               "back": compose("back", bodies["back"], BACK)}
    manifest = {
        "format_version": FORMAT_VERSION,
        "data_version": DATA_VERSION,
        "coordinates": "SVG user units of each view's viewBox; x to the right, y down",
        "midline_x": MIDLINE_X,
        "views": {
            v: {"diagram": f"diagrams/{v}.svg", "regions": f"atlas/{v}.geojson",
                "viewbox": [0, 0, VIEW_WIDTH, VIEW_HEIGHT],
                "right_side": "viewer_left" if v == "front" else "viewer_right"}
            for v in ("front", "back")
        },
        "muscles": "atlas/muscles.json",
        "landmarks": "atlas/landmarks.json",
        "referral": "referral/patterns.json",
        "cautions": "atlas/cautions.geojson",
    }
    out = {"atlas/manifest.json": _dump(manifest), "atlas/landmarks.json": _landmarks_json(),
           "atlas/muscles.json": _muscles_json(regions["front"] + regions["back"]),
           "atlas/cautions.geojson": _cautions_geojson(bodies)}
    out["referral/patterns.json"] = _dump({
        "format_version": FORMAT_VERSION,
        "coordinates": "as the atlas views; each side's zones clipped to the body outline",
        "patterns": compose_patterns(PATTERNS, bodies, regions)})
    for v in ("front", "back"):
        out[f"atlas/{v}.geojson"] = _regions_geojson(v, bodies[v], regions[v])
        out[f"diagrams/{v}.svg"] = render_svg(v, bodies[v], regions[v], catalogue.VARIANTS)
    return out


def with_digest(files: dict[str, str]) -> dict[str, str]:
    """Run every named check on the built files and, if they pass, record their digest in the
    manifest (Atlas.load then trusts files that still match it). Refuses a failing build."""
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.atlas import loader as atlas_loader

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(text.encode("utf-8"))
        Atlas.load(root, trust_build=False)  # raises AtlasError naming the first problem
        manifest = json.loads(files["atlas/manifest.json"])
        manifest[atlas_loader.DIGEST_KEY] = atlas_loader.content_digest(root, manifest)
    return {**files, "atlas/manifest.json": _dump(manifest)}
