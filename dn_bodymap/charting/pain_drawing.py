"""The patient's pain drawing: where it hurts, shaded on the front and back views, as shapely
geometry in the views' own coordinates (the atlas's 500 x 1000 view box), clipped to the body
outline. No Qt: the window paints strokes into it, the store keeps it with the session, the
differential (charting/differential.py) and the printed map read it.

A drawing is a set of areas, each on one view with an optional quality (aching, burning,
numbness, pins and needles) and intensity 0-10; painting over an area with other tags moves
that ground to the new tags (a spot has one quality), erasing removes it from every area.
Sides need no care here: the geometry is where it was painted, and the views already put the
patient's right on the viewer's left (front) or right (back).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas.conventions import VIEWS
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels

FORMAT: Final = 1  # of ``to_json``; a later version reads this one
QUALITIES: Final = ("aching", "burning", "numbness", "pins_and_needles")
QUALITY_WORDS: Final = Labels("charting.pain_drawing", {
    "aching": QT_TRANSLATE_NOOP("charting.pain_drawing", "aching"),
    "burning": QT_TRANSLATE_NOOP("charting.pain_drawing", "burning"),
    "numbness": QT_TRANSLATE_NOOP("charting.pain_drawing", "numbness"),
    "pins_and_needles": QT_TRANSLATE_NOOP("charting.pain_drawing", "pins and needles")})
BRUSH_SIZES: Final = (6.0, 12.0, 20.0, 32.0)  # brush radius in view units (the figure is
# 900 units tall): a fingertip's spot on the skin to a whole palm
DEFAULT_BRUSH: Final = 12.0
SIMPLIFY: Final = 0.25  # view units: kept geometry is simplified this far (a tenth of a
# millimetre on a printed A4 figure), so a drawing stays a few kilobytes
MIN_AREA: Final = 1.0  # square view units: slivers left by erasing are dropped


class DrawingError(ValueError):
    """A stored or imported drawing that is not one: the message names what is wrong."""


@dataclass(frozen=True)
class PainArea:
    view: str
    geometry: BaseGeometry  # Polygon or MultiPolygon, inside the view's body outline
    quality: str | None = None
    intensity: int | None = None

    @property
    def tags(self) -> tuple[str | None, int | None]:
        return (self.quality, self.intensity)


@dataclass(frozen=True)
class PainDrawing:
    areas: tuple[PainArea, ...] = ()

    def on(self, view: str) -> BaseGeometry:
        """Everything painted on ``view``, as one geometry (empty when nothing is)."""
        parts = [a.geometry for a in self.areas if a.view == view]
        return shapely.union_all(parts) if parts else shapely.Polygon()

    @property
    def is_empty(self) -> bool:
        return not self.areas


EMPTY: Final = PainDrawing()


def stroke(points: Sequence[tuple[float, float]], radius: float) -> BaseGeometry:
    """The ground a brush of ``radius`` covers along ``points`` (one point: a dab)."""
    if not points:
        return shapely.Polygon()
    if radius <= 0:
        raise DrawingError(f"brush radius {radius} is not positive")
    line = shapely.Point(points[0]) if len(points) == 1 else shapely.LineString(points)
    return line.buffer(radius, quad_segs=8)


def paint(drawing: PainDrawing, outline: BaseGeometry, view: str, ground: BaseGeometry,
          quality: str | None = None, intensity: int | None = None) -> PainDrawing:
    """``drawing`` with ``ground`` (clipped to the body ``outline``) painted on ``view`` with
    these tags; ground painted before with other tags now carries these."""
    _check_view(view)
    _check_tags(quality, intensity, "paint")
    ground = shapely.intersection(ground, outline)
    if ground.is_empty:
        return drawing
    out: list[PainArea] = []
    merged = ground
    for a in drawing.areas:
        if a.view == view and a.tags == (quality, intensity):
            merged = shapely.union(merged, a.geometry)
        elif a.view == view:
            out += _kept(a, shapely.difference(a.geometry, ground))
        else:
            out.append(a)
    out += _kept(PainArea(view, merged, quality, intensity), merged)
    return PainDrawing(tuple(out))


def erase(drawing: PainDrawing, view: str, ground: BaseGeometry) -> PainDrawing:
    """``drawing`` without ``ground`` on ``view``."""
    _check_view(view)
    out: list[PainArea] = []
    for a in drawing.areas:
        out += _kept(a, shapely.difference(a.geometry, ground)) if a.view == view else [a]
    return PainDrawing(tuple(out))


def _kept(area: PainArea, geometry: BaseGeometry) -> list[PainArea]:
    """``area`` with ``geometry``, tidied (polygons only, simplified, slivers dropped);
    nothing if nothing is left."""
    polygons = [g for g in shapely.get_parts(shapely.make_valid(geometry))
                if g.geom_type == "Polygon" and g.area >= MIN_AREA]
    if not polygons:
        return []
    tidy = shapely.make_valid(shapely.simplify(shapely.union_all(polygons), SIMPLIFY))
    return [replace(area, geometry=tidy)]


def area_percent(drawing: PainDrawing, outlines: Mapping[str, BaseGeometry]
                 ) -> dict[str, float]:
    """The drawn area as a percentage of the body's drawn surface: per view and "total"
    (both views' painted area over both views' body area)."""
    painted = {v: drawing.on(v).area for v in outlines}
    body = {v: outlines[v].area for v in outlines}
    out = {v: round(100 * painted[v] / body[v], 1) for v in outlines}
    out["total"] = round(100 * sum(painted.values()) / sum(body.values()), 1)
    return out


# -- stored form ----------------------------------------------------------------------------

def to_json(drawing: PainDrawing) -> dict[str, Any]:
    """The drawing as JSON: {"format": 1, "areas": [{"view", "quality", "intensity",
    "geometry": GeoJSON}]}, coordinates to a tenth of a view unit. Normalized (rings in
    one order, from one start), so the same drawing always has the same form: the store
    re-encodes what it is given, and undo writes an earlier form back."""
    return {"format": FORMAT, "areas": [
        {"view": a.view, "quality": a.quality, "intensity": a.intensity,
         "geometry": mapping(shapely.normalize(shapely.set_precision(a.geometry, 0.1)))}
        for a in sorted(drawing.areas, key=lambda a: (VIEWS.index(a.view), str(a.tags)))]}


def from_json(data: Any, where: str = "pain_drawing") -> PainDrawing:
    """A drawing from ``to_json``'s form; DrawingError naming ``where`` and what is wrong."""
    if data is None:
        return EMPTY
    if not isinstance(data, dict) or not isinstance(data.get("areas"), list):
        raise DrawingError(f"{where}: expected an object with a list of areas")
    if data.get("format") != FORMAT:
        raise DrawingError(f"{where}.format: {data.get('format')!r} is not a drawing format "
                           f"this version reads ({FORMAT})")
    areas = []
    for i, raw in enumerate(data["areas"]):
        at = f"{where}.areas[{i}]"
        if not isinstance(raw, dict):
            raise DrawingError(f"{at}: expected an object")
        view, quality, intensity = raw.get("view"), raw.get("quality"), raw.get("intensity")
        try:
            view = _check_view(view)
            _check_tags(quality, intensity, at)
            geometry = shape(raw.get("geometry"))
        except DrawingError as exc:
            raise DrawingError(f"{at}: {exc}") from None
        except (AttributeError, KeyError, TypeError, ValueError, shapely.errors.GEOSException):
            raise DrawingError(f"{at}.geometry: not a GeoJSON polygon") from None
        if geometry.geom_type not in ("Polygon", "MultiPolygon") or geometry.is_empty:
            raise DrawingError(f"{at}.geometry: a {geometry.geom_type}, not a polygon")
        if not geometry.is_valid:
            raise DrawingError(f"{at}.geometry: not a valid polygon "
                               f"({shapely.is_valid_reason(geometry)})")
        areas.append(PainArea(view, geometry, quality, intensity))
    return PainDrawing(tuple(areas))


def _check_view(view: Any) -> str:
    if view not in VIEWS:
        raise DrawingError(f"view {view!r} is not one of {', '.join(VIEWS)}")
    return view


def _check_tags(quality: Any, intensity: Any, where: str) -> None:
    if quality is not None and quality not in QUALITIES:
        raise DrawingError(f"quality {quality!r} is not one of {', '.join(QUALITIES)}")
    if intensity is not None and (isinstance(intensity, bool) or not isinstance(intensity, int)
                                  or not 0 <= intensity <= 10):
        raise DrawingError(f"intensity {intensity!r} is not a whole number 0-10")
