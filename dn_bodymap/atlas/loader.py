"""Read the atlas assets into frozen records, with messages that name file, record and fault.

Structure is checked here (the program cannot go on without it); the geometric checks live in
``validate`` and run in the test suite and in ``dn-bodymap atlas validate``.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas.conventions import (
    CAUTION_SIDES,
    DEPTH_KINDS,
    FORMAT_VERSIONS,
    LAYERS,
    MANIFEST,
    SIDES,
    VIEWS,
)
from dn_bodymap.atlas.model import AtlasError, CautionZone, Landmark, Region, View

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def read_json(root: Path, rel: str) -> Any:
    path = root / rel
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AtlasError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AtlasError(f"{path}: cannot be read ({exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AtlasError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg})") from None


def _need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict):
        raise AtlasError(f"{where}: expected an object, found {type(obj).__name__}")
    if key not in obj:
        raise AtlasError(f"{where}: missing {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise AtlasError(f"{where}: {key!r} should be {names}, found {value!r}")
    return value


def _one_of(value: Any, allowed: tuple[str, ...], what: str, where: str) -> str:
    if value not in allowed:
        raise AtlasError(f"{where}: {what} {value!r} is not one of {', '.join(allowed)}")
    return value


def _check_format(doc: Any, where: str) -> None:
    version = _need(doc, "format_version", int, where)
    if version not in FORMAT_VERSIONS:
        raise AtlasError(f"{where}: format_version {version} is not supported "
                         f"(this program reads {', '.join(map(str, FORMAT_VERSIONS))})")


def _records(root: Path, rel: str, key: str) -> tuple[str, list[Any]]:
    """The file's name (for messages) and the list under ``key`` of a JSON asset whose
    format this program reads."""
    doc = read_json(root, rel)
    where = str(root / rel)
    _check_format(doc, where)
    return where, _need(doc, key, list, where)


def _geometry(raw: Any, where: str) -> BaseGeometry:
    kind = raw.get("type") if isinstance(raw, dict) else None
    if kind not in ("Polygon", "MultiPolygon"):
        raise AtlasError(f"{where}: geometry should be a Polygon or MultiPolygon, found {kind}")
    try:
        # Built directly from the coordinates: several times faster than a GeoJSON round trip.
        coords = raw["coordinates"]
        if kind == "Polygon":
            return _polygon(coords)
        return shapely.MultiPolygon([_polygon(p) for p in coords])
    except (KeyError, IndexError, TypeError, ValueError, shapely.errors.GEOSException) as exc:
        raise AtlasError(f"{where}: geometry coordinates are malformed ({exc})") from None


def _polygon(rings: Any) -> shapely.Polygon:
    # shapely.polygons on NumPy arrays: the Polygon constructor walks every vertex in Python.
    shell = np.asarray(rings[0], dtype=float)
    holes = [shapely.linearrings(np.asarray(h, dtype=float)) for h in rings[1:]]
    return shapely.polygons(shell, holes=holes or None)


def load_manifest(root: Path) -> dict[str, Any]:
    manifest = read_json(root, MANIFEST)
    where = str(root / MANIFEST)
    _check_format(manifest, where)
    _need(manifest, "data_version", str, where)
    _need(manifest, "midline_x", (int, float), where)
    views = _need(manifest, "views", dict, where)
    for name in VIEWS:
        _need(views, name, dict, where + " views")
    return manifest


DIGEST_KEY = "checked_digest"


def content_digest(root: Path, manifest: dict[str, Any]) -> str:
    """SHA-256 over the manifest (without this digest) and every data file it names: what the
    named checks read. The build stores it once the checks have passed."""
    h = hashlib.sha256()
    rest = {k: v for k, v in manifest.items() if k != DIGEST_KEY}
    h.update(json.dumps(rest, sort_keys=True).encode("utf-8"))
    rels = [v["regions"] for v in rest.get("views", {}).values() if isinstance(v, dict)]
    rels += [rest.get(k) for k in ("muscles", "landmarks", "referral", "cautions")]
    for rel in sorted(r for r in rels if isinstance(r, str)):
        try:
            h.update(rel.encode("utf-8") + b"\0" + (root / rel).read_bytes())
        except OSError:
            return ""  # a missing file is reported by its loader, by name
    return h.hexdigest()


def load_view(root: Path, name: str, spec: dict[str, Any]) -> tuple[View, list[Region]]:
    where_m = f"{root / MANIFEST}, view {name!r}"
    rel = _need(spec, "regions", str, where_m)
    box = _need(spec, "viewbox", list, where_m)
    if len(box) != 4 or not all(isinstance(v, (int, float)) for v in box):
        raise AtlasError(f"{where_m}: 'viewbox' should be four numbers, found {box!r}")
    right_side = _one_of(_need(spec, "right_side", str, where_m), ("viewer_left", "viewer_right"),
                         "right_side", where_m)
    diagram = root / _need(spec, "diagram", str, where_m)
    where, features = _records(root, rel, "features")
    outline: BaseGeometry | None = None
    regions: list[Region] = []
    for i, feat in enumerate(features):
        fid = feat.get("id", f"#{i + 1}") if isinstance(feat, dict) else f"#{i + 1}"
        rec = f"{where}, feature {fid}"
        props = _need(feat, "properties", dict, rec)
        kind = _one_of(props.get("kind"), ("body", "muscle"), "kind", rec)
        geom = _geometry(_need(feat, "geometry", dict, rec), rec)
        if kind == "body":
            if outline is not None:
                raise AtlasError(f"{rec}: a second body outline")
            outline = geom
            continue
        muscle = _need(props, "muscle", str, rec)
        side = _one_of(props.get("side"), SIDES, "side", rec)
        layer = _one_of(props.get("layer"), LAYERS, "layer", rec)
        regions.append(Region(muscle, side, layer, name, geom))
    if outline is None:
        raise AtlasError(f"{where}: no body outline (a feature with kind 'body')")
    x0, y0, x1, y1 = (float(v) for v in box)
    view = View(name, (x0, y0, x1, y1), diagram, outline, right_side)
    return view, regions


def load_landmarks(root: Path, rel: str) -> list[Landmark]:
    where, records = _records(root, rel, "landmarks")
    out = []
    for i, raw in enumerate(records):
        rec = f"{where}, landmark #{i + 1}"
        lid = _need(raw, "id", str, rec)
        rec = f"{where}, landmark {lid!r} (#{i + 1})"
        side = raw.get("side") if isinstance(raw, dict) else None
        if side is not None:
            _one_of(side, SIDES, "side", rec)
        view = _one_of(_need(raw, "view", str, rec), VIEWS, "view", rec)
        out.append(Landmark(lid, _need(raw, "name", str, rec), side, view,
                            float(_need(raw, "x", (int, float), rec)),
                            float(_need(raw, "y", (int, float), rec))))
    return out


def load_cautions(root: Path, rel: str) -> list[CautionZone]:
    """The caution zones, every side of each, in file order."""
    where, records = _records(root, rel, "features")
    out = []
    for i, feat in enumerate(records):
        fid = feat.get("id", f"#{i + 1}") if isinstance(feat, dict) else f"#{i + 1}"
        rec = f"{where}, zone {fid}"
        props = _need(feat, "properties", dict, rec)
        depth = props.get("max_depth_mm")
        if depth is not None and (isinstance(depth, bool) or not isinstance(depth, (int, float))):
            raise AtlasError(f"{rec}: 'max_depth_mm' should be a number of millimetres or "
                             f"null, found {depth!r}")
        kind = props.get("depth_kind")
        if kind is not None:
            _one_of(kind, DEPTH_KINDS, "depth_kind", rec)
        out.append(CautionZone(
            _need(props, "id", str, rec), _need(props, "name", str, rec),
            _need(props, "description", str, rec),
            _one_of(props.get("view"), VIEWS, "view", rec),
            _one_of(props.get("side"), CAUTION_SIDES, "side", rec),
            _geometry(_need(feat, "geometry", dict, rec), rec),
            None if depth is None else float(depth), kind, _need(props, "source", str, rec)))
    return out


def is_snake_id(value: str) -> bool:
    return bool(_ID.match(value))


def load_referral(root: Path, rel: str) -> list[Any]:
    """The referral patterns, both sides of each, as ``referral.Pattern`` records."""
    from dn_bodymap.atlas.referral import ZONE_KINDS, Pattern, Site, Zone

    where, records = _records(root, rel, "patterns")
    out = []
    for i, raw in enumerate(records):
        pid = _need(raw, "id", str, f"{where}, pattern #{i + 1}")
        rec = f"{where}, pattern {pid!r}"
        muscle = _need(raw, "muscle", str, rec)
        frequency = _need(raw, "frequency", int, rec)
        if not 1 <= frequency <= 3:
            raise AtlasError(f"{rec}: frequency {frequency} is not 1, 2 or 3")
        sides = _need(raw, "sides", dict, rec)
        for side in SIDES:
            srec = f"{rec}, {side} side"
            body = _need(sides, side, dict, rec)
            sites = []
            for j, s in enumerate(_need(body, "sites", list, srec)):
                r = f"{srec}, site #{j + 1}"
                sites.append(Site(_one_of(_need(s, "view", str, r), VIEWS, "view", r),
                                  float(_need(s, "x", (int, float), r)),
                                  float(_need(s, "y", (int, float), r))))
            zones = []
            for j, z in enumerate(_need(body, "zones", list, srec)):
                r = f"{srec}, zone #{j + 1}"
                zones.append(Zone(_one_of(z.get("kind") if isinstance(z, dict) else None,
                                          ZONE_KINDS, "kind", r),
                                  _one_of(_need(z, "view", str, r), VIEWS, "view", r),
                                  _geometry(_need(z, "geometry", dict, r), r)))
            out.append(Pattern(pid, muscle, side, tuple(sites), tuple(zones),
                               _need(raw, "description", str, rec), _need(raw, "source", str, rec),
                               frequency, bool(raw.get("crosses_midline", False))))
    return out
