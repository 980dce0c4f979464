"""Where a muscle chosen by name (the muscle search, the pain finder) is charted: its
principal classic trigger-point site, else the middle of its first region."""

from __future__ import annotations

from dataclasses import dataclass

from dn_bodymap.atlas import Atlas, Region


@dataclass(frozen=True)
class SitePlace:
    view: str
    x: float
    y: float
    region: Region | None  # the muscle's region there; None if the site is off it (bad data)


def classic_site(atlas: Atlas, muscle: str, side: str) -> SitePlace:
    patterns = atlas.referrals.patterns_of(muscle, side)
    site = patterns[0].sites[0] if patterns and patterns[0].sites else None
    if site is None:  # no classic site: the middle of the muscle's first region
        first = atlas.regions_of(muscle, side)[0]
        p = first.geometry.representative_point()
        view, x, y = first.view, p.x, p.y
    else:
        view, x, y = site.view, site.x, site.y
    region = next((r for r in atlas.muscles_at(view, x, y)
                   if (r.muscle, r.side) == (muscle, side)), None)
    return SitePlace(view, x, y, region)
