"""Named checks over the referral patterns (run with the atlas checks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely

from dn_bodymap.atlas.check_geometry import is_mirror_image, shape_problem

if TYPE_CHECKING:  # the Atlas calls these checks as it loads: no import cycle at run time
    from dn_bodymap.atlas.atlas import Atlas


def _where(p) -> str:
    return f"referral {p.id} ({p.side})"


def referral_zones_valid_and_inside(atlas: Atlas) -> list[str]:
    for view in atlas.views.values():
        shapely.prepare(view.outline)
    problems = []
    for p in atlas.referrals.patterns:
        if not p.zones:
            problems.append(f"{_where(p)} has no zones")
        for z in p.zones:
            problem = shape_problem(atlas, z.view, z.geometry)
            if problem:
                problems.append(f"{_where(p)}: {z.kind} zone on the {z.view} view {problem}")
    return problems


def referral_zones_stay_on_their_side(atlas: Atlas) -> list[str]:
    """A zone stays on its own side unless the pattern is recorded as crossing the midline."""
    problems = []
    mid = atlas.midline_x
    for p in atlas.referrals.patterns:
        if p.crosses_midline:
            continue
        for z in p.zones:
            minx, _, maxx, _ = z.geometry.bounds
            view = atlas.views[z.view]
            own_half_is_left = view.is_patient_right(mid - 1, mid) == (p.side == "right")
            if (maxx > mid + 1e-6) if own_half_is_left else (minx < mid - 1e-6):
                problems.append(f"{_where(p)}: {z.kind} zone on the {z.view} view crosses the "
                                "midline, and the pattern is not recorded as crossing it")
    return problems


def referral_sites_inside_their_muscle(atlas: Atlas) -> list[str]:
    problems = []
    for p in atlas.referrals.patterns:
        if not p.sites:
            problems.append(f"{_where(p)} has no trigger-point site")
        for s in p.sites:
            regions = atlas.regions_of(p.muscle, p.side, s.view)
            if not any(shapely.Point(s.x, s.y).covered_by(r.geometry) for r in regions):
                problems.append(f"{_where(p)}: site ({s.x}, {s.y}) on the {s.view} view is not "
                                f"inside the {p.muscle} region")
    return problems


def referral_left_mirrors_right(atlas: Atlas) -> list[str]:
    problems = []
    mid = atlas.midline_x
    by_key = {(p.id, p.side): p for p in atlas.referrals.patterns}
    for (pid, side), right in by_key.items():
        if side != "right":
            continue
        left = by_key.get((pid, "left"))
        if left is None:
            problems.append(f"referral {pid} has no left side")
            continue
        mirrored_sites = [(s.view, round(2 * mid - s.x, 2), s.y) for s in right.sites]
        if mirrored_sites != [(s.view, round(s.x, 2), s.y) for s in left.sites]:
            problems.append(f"referral {pid}: left sites are not the mirror of the right")
        pairs = list(zip(right.zones, left.zones, strict=False))
        if len(right.zones) != len(left.zones) or any(
                (a.kind, a.view) != (b.kind, b.view)
                or not is_mirror_image(atlas, a.geometry, b.geometry)
                for a, b in pairs):
            problems.append(f"referral {pid}: left zones are not the mirror of the right")
    return problems


REFERRAL_CHECKS = (referral_zones_valid_and_inside, referral_zones_stay_on_their_side,
                   referral_sites_inside_their_muscle, referral_left_mirrors_right)
