"""Checks of a trigger point against the atlas it is charted with: a muscle the atlas knows,
lying under the point on the point's side, and a referral site that is the muscle's own."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dn_bodymap.records.errors import RecordsError


def changed_point(atlas: Any, merged: Mapping[str, Any], changed: Iterable[str]) -> None:
    """The checks an edit of the ``changed`` fields calls for, on the point as it would be."""
    changed = set(changed)
    if "confirmed" in changed and merged.get("confirmed"):
        not_retired(atlas, merged.get("muscle"))
    if changed & {"view", "x", "y", "muscle", "side"}:
        on_atlas(atlas, dict(merged), fill=False)
    if changed & {"muscle", "side", "referral_site"}:
        site_on_atlas(atlas, merged)


def on_atlas(atlas: Any, values: dict[str, Any], prefix: str = "",
             fill: bool = True) -> dict[str, Any]:
    """Check a point against the atlas it is charted with: a muscle the atlas knows, a place
    on the body, the muscle (given with its side) under the point on that side. With
    ``fill``, a missing muscle, side or layer comes from the muscle under the point (the
    superficial one, unless a side or layer is given)."""
    where = f"{prefix[:-1]}: " if prefix else ""
    muscle = values.get("muscle")
    not_retired(atlas, muscle, prefix)
    if muscle is not None and muscle not in atlas.muscles:
        close = difflib.get_close_matches(muscle, list(atlas.muscles), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise RecordsError(f"{prefix}muscle: unknown muscle {muscle!r}{hint}")
    hits = atlas.muscles_at(values["view"], values["x"], values["y"])
    if not hits:
        raise RecordsError(f"{where}point ({values['x']:g}, {values['y']:g}) is outside the "
                           f"body on the {values['view']} view (no muscle there)")
    if muscle is not None and values.get("side") is not None:
        muscle_under_point(values, hits, prefix)
    if not fill or all(values.get(k) is not None for k in ("muscle", "side", "layer")):
        return values
    wanted = {k: values.get(k) for k in ("muscle", "side", "layer") if values.get(k)}
    hit = next((h for h in hits if all(getattr(h, k) == v for k, v in wanted.items())), None)
    if hit is None:
        raise RecordsError(f"{where}{muscle or 'no muscle'} ({values.get('side') or 'any side'}"
                           f", {values.get('layer') or 'any layer'}) is not under the point; "
                           "give muscle, side and layer")
    return {**values, "muscle": hit.muscle, "side": hit.side, "layer": hit.layer}


def not_retired(atlas: Any, muscle: str | None, prefix: str = "") -> None:
    """A muscle the atlas has since divided or renamed stays readable on older points, but a
    point placed, moved or confirmed now names one of the muscles that replaced it."""
    retired = getattr(atlas, "retired", {}).get(muscle)
    if retired is None:
        return
    choices = [atlas.muscle_name(m) for m in retired.replaced_by]
    listed = ", ".join(choices[:-1]) + f" or {choices[-1]}" if len(choices) > 1 else choices[0]
    raise RecordsError(f"{prefix}muscle: {retired.name} ({muscle}) was {retired.why} in atlas "
                       f"{retired.since}; choose {listed}")


def site_on_atlas(atlas: Any, values: Mapping[str, Any], prefix: str = "") -> None:
    """A chosen referral site must be one of the point's muscle's sites (on its side)."""
    site = values.get("referral_site")
    if site is None:
        return
    sites = [p.id for p in atlas.referrals.patterns_of(values["muscle"], values["side"])]
    if site not in sites:
        raise RecordsError(f"{prefix}referral_site: {site!r} is not a site of "
                           f"{values['muscle']} ({', '.join(sites) or 'no referral pattern'})")


def muscle_under_point(values: Mapping[str, Any], hits: Sequence[Any], prefix: str) -> None:
    """A point charted, moved, remapped or given another side: its muscle, on its side, lies
    under it (so a point cannot say 'left' while drawn on the right)."""
    if hits and not any((h.muscle, h.side) == (values["muscle"], values["side"]) for h in hits):
        field = "side" if any(h.muscle == values["muscle"] for h in hits) else "muscle"
        fix = ("move the point to that side too" if field == "side"
               else "choose a muscle under the point, or move the point")
        raise RecordsError(f"{prefix}{field}: {values['muscle']} ({values['side']}) is not "
                           "under the point "
                           f"({values['x']:g}, {values['y']:g}) on the {values['view']} view; "
                           f"{fix}")
