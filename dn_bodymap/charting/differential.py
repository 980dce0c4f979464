"""The differential: which referral patterns best explain the patient's pain drawing.

No Qt. Every pattern (atlas.referrals.patterns: one per muscle and side, or per trigger-point
site) is scored against the drawing, view by view. With, summed over both views,

    D      drawn area                        E, S  the pattern's essential zone area and its
    e      drawn area inside E                     spillover zone area outside E
    s      drawn area inside S (not in E)

the score is a weighted Tversky index (1 = the drawing is exactly the pattern):

    hit        H  = e + W_SPILLOVER * s                      pain the pattern explains
    unexplained Ud = D - e - s                               pain it does not
    unpainted  Uz = (E - e) + W_SPILLOVER * (S - s)          zone where there is no pain
    score = H / (H + Ud + B_UNPAINTED * Uz)

and ``explained`` = (e + s) / D, the share of the drawn pain inside any of its zones.

W_SPILLOVER = 0.5 and B_UNPAINTED = 0.25 are design parameters, not clinical figures:
spillover is pain "felt in some patients" (Travell & Simons), so it counts half of essential
both ways; patients shade only part of a referral zone, so an unpainted zone counts against a
pattern at a quarter the weight of drawn pain the pattern leaves unexplained.

A muscle with several sites gives one candidate: its best-scoring site (``site`` names that
pattern when the muscle has more than one). The clinician palpates muscles; three soleus
sites must not push other muscles out of the first five, and the site says where to start.
Ties go to the commoner source (the pattern's frequency), then the muscle's id.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Final

import numpy as np
import shapely
from shapely import STRtree

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.referral import Pattern, ReferralTable
from dn_bodymap.charting.pain_drawing import PainDrawing

W_SPILLOVER: Final = 0.5  # spillover overlap (and unpainted spillover) weighs half of essential
B_UNPAINTED: Final = 0.25  # unpainted zone area counts a quarter of unexplained drawn area


@dataclass(frozen=True)
class Candidate:
    muscle: str
    side: str
    site: str | None  # the pattern id of the best site, when the muscle has several
    score: float  # 0-1, the formula above
    explained: float  # 0-1: share of the drawn pain inside this pattern's zones


@dataclass(frozen=True)
class _ViewZones:
    """One view's zones of every pattern that has any there, ready for vectorised overlap."""

    owner: np.ndarray  # pattern index of each entry
    essential: np.ndarray  # union of the pattern's essential zones on the view (may be empty)
    spillover: np.ndarray  # its spillover zones minus the essential ones
    tree: STRtree  # of each entry's zones together


@dataclass(frozen=True)
class _Prepared:
    patterns: tuple[Pattern, ...]
    essential_area: np.ndarray  # per pattern, both views
    spillover_area: np.ndarray
    views: dict[str, _ViewZones]
    several_sites: frozenset[tuple[str, str]]  # (muscle, side) with more than one pattern


_CACHE: weakref.WeakKeyDictionary[ReferralTable, _Prepared] = weakref.WeakKeyDictionary()


def _prepare(table: ReferralTable) -> _Prepared:
    cached = _CACHE.get(table)
    if cached is not None:
        return cached
    patterns = table.patterns
    e_area, s_area = np.zeros(len(patterns)), np.zeros(len(patterns))
    per_view: dict[str, tuple[list[int], list, list]] = {}
    for i, p in enumerate(patterns):
        for view in sorted({z.view for z in p.zones}):
            ess = shapely.union_all([z.geometry for z in p.zones_on(view, "essential")])
            spill = shapely.difference(
                shapely.union_all([z.geometry for z in p.zones_on(view, "spillover")]), ess)
            e_area[i] += ess.area
            s_area[i] += spill.area
            owners, es, ss = per_view.setdefault(view, ([], [], []))
            owners.append(i)
            es.append(ess)
            ss.append(spill)
    views = {}
    for view, (owners, es, ss) in per_view.items():
        ess_arr, spill_arr = np.array(es, dtype=object), np.array(ss, dtype=object)
        shapely.prepare(ess_arr)
        shapely.prepare(spill_arr)
        views[view] = _ViewZones(np.array(owners), ess_arr, spill_arr,
                                 STRtree(shapely.union(ess_arr, spill_arr)))
    counts: dict[tuple[str, str], int] = {}
    for p in patterns:
        counts[(p.muscle, p.side)] = counts.get((p.muscle, p.side), 0) + 1
    prepared = _Prepared(patterns, e_area, s_area, views,
                         frozenset(k for k, n in counts.items() if n > 1))
    _CACHE[table] = prepared
    return prepared


def rank(atlas: Atlas, drawing: PainDrawing, limit: int | None = None) -> list[Candidate]:
    """The muscles whose referral patterns best explain ``drawing``, best first (at most
    ``limit``); a pattern whose zones the drawing does not touch is not a candidate."""
    prep = _prepare(atlas.referrals)
    n = len(prep.patterns)
    hit_e, hit_s, drawn = np.zeros(n), np.zeros(n), 0.0
    for view in {a.view for a in drawing.areas}:
        ground = drawing.on(view)
        drawn += ground.area
        zones = prep.views.get(view)
        if zones is None or ground.is_empty:
            continue
        shapely.prepare(ground)
        idx = zones.tree.query(ground, predicate="intersects")
        if not len(idx):
            continue
        owners = zones.owner[idx]
        np.add.at(hit_e, owners, shapely.area(shapely.intersection(zones.essential[idx], ground)))
        np.add.at(hit_s, owners, shapely.area(shapely.intersection(zones.spillover[idx], ground)))
    if drawn <= 0:
        return []
    hit = hit_e + W_SPILLOVER * hit_s
    unexplained = np.maximum(drawn - hit_e - hit_s, 0.0)
    unpainted = (np.maximum(prep.essential_area - hit_e, 0.0)
                 + W_SPILLOVER * np.maximum(prep.spillover_area - hit_s, 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(hit > 0, hit / (hit + unexplained + B_UNPAINTED * unpainted), 0.0)
    explained = np.clip((hit_e + hit_s) / drawn, 0.0, 1.0)
    best: dict[tuple[str, str], int] = {}
    for i in np.flatnonzero(score > 0):
        p = prep.patterns[i]
        key = (p.muscle, p.side)
        j = best.get(key)
        if j is None or (score[i], p.frequency) > (score[j], prep.patterns[j].frequency):
            best[key] = int(i)
    out = [Candidate(prep.patterns[i].muscle, prep.patterns[i].side,
                     prep.patterns[i].id if key in prep.several_sites else None,
                     round(float(score[i]), 4), round(float(explained[i]), 4))
           for key, i in best.items()]
    freq = {key: prep.patterns[i].frequency for key, i in best.items()}
    out.sort(key=lambda c: (-c.score, -freq[(c.muscle, c.side)], c.muscle, c.side))
    return out if limit is None else out[:limit]
