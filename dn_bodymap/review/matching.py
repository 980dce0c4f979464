"""Which trigger points of one session are the same points as in another: matched points
persist, the rest of the later session are new, the rest of the earlier one resolved.

Two points match when they are in the same muscle, side and view and at most
``max_distance`` view units apart; a point carried forward matches the point it was carried
from, wherever either now is. Within each muscle, side and view the pairing is optimal, not
greedy: as many pairs as possible, then the least total distance. Greedy nearest-first can
lose a pair: previous A at 0 and B at 20, current C at 10 and D at -10 (limit 25): taking
A-C first leaves B and D 30 apart, unmatched, where A-D and B-C pair both.

Places on the front and the back view cannot be compared (the gluteus medius charted on the
back one visit and on the front the next is one muscle, not one resolved point and one new).
So what is left after the pairing by place pairs across views by muscle and side alone, in
number order: such a match persists "in the other view", with no distance.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from dn_bodymap.records.model import TriggerPoint

# The figure is 500 x 1000 view units with the body ~915 units tall; for a body of ~175 cm
# one unit is ~2 mm, so 25 units is ~5 cm: a re-palpated trigger point is found again within
# a few centimetres, and two distinct points of one muscle are usually further apart.
MATCH_DISTANCE: Final = 25.0
STATUSES: Final = ("new", "persisting", "resolved")


@dataclass(frozen=True)
class Match:
    status: str  # new / persisting / resolved
    previous: TriggerPoint | None  # None for a new point
    current: TriggerPoint | None  # None for a resolved point

    @property
    def point(self) -> TriggerPoint:
        """The point as it stands now, or as it was for a resolved one."""
        p = self.current or self.previous
        if p is None:
            raise ValueError("a match without a point")  # never made by match_points
        return p

    @property
    def distance(self) -> float | None:
        """How far a persisting point moved, in view units (across views: None)."""
        p, c = self.previous, self.current
        if p is None or c is None or p.view != c.view:
            return None
        return math.hypot(c.x - p.x, c.y - p.y)

    @property
    def across_views(self) -> bool:
        """Persisting, but charted on the other view: matched by muscle and side only."""
        p, c = self.previous, self.current
        return p is not None and c is not None and p.view != c.view

    @property
    def to_recheck(self) -> bool:
        """A carried point not yet confirmed today: shown as persisting, but unverified."""
        return self.current is not None and not self.current.confirmed


def match_points(previous: Sequence[TriggerPoint], current: Sequence[TriggerPoint],
                 max_distance: float = MATCH_DISTANCE) -> list[Match]:
    """Label each point of two sessions. The result lists the current session's points by
    number (new or persisting), then the resolved points of the previous one by number; the
    same input always gives the same pairs."""
    prev = sorted(previous, key=lambda p: p.number)
    cur = sorted(current, key=lambda p: p.number)
    pairs: dict[int, TriggerPoint] = {}  # current point id -> its previous point
    taken: set[int] = set()
    by_id = {p.id: p for p in prev}
    for c in cur:  # carried links first: the clinician said these are the same point
        source = by_id.get(c.carried_from) if c.carried_from is not None else None
        if source is not None and source.id not in taken:
            pairs[c.id] = source
            taken.add(source.id)
    groups: dict[tuple[str, str, str], tuple[list[TriggerPoint], list[TriggerPoint]]]
    groups = defaultdict(lambda: ([], []))
    for p in prev:
        if p.id not in taken:
            groups[(p.view, p.muscle, p.side)][0].append(p)
    for c in cur:
        if c.id not in pairs:
            groups[(c.view, c.muscle, c.side)][1].append(c)
    for ps, cs in groups.values():
        if ps and cs:
            for i, j in _pair(ps, cs, max_distance):
                pairs[cs[j].id] = ps[i]
                taken.add(ps[i].id)
    _pair_across_views([p for p in prev if p.id not in taken],
                       [c for c in cur if c.id not in pairs], pairs, taken)
    out = [Match("persisting", pairs[c.id], c) if c.id in pairs else Match("new", None, c)
           for c in cur]
    out += [Match("resolved", p, None) for p in prev if p.id not in taken]
    return out


def _pair_across_views(prev: list[TriggerPoint], cur: list[TriggerPoint],
                       pairs: dict[int, TriggerPoint], taken: set[int]) -> None:
    """Unmatched points of one muscle and side on different views, paired in number order."""
    waiting: dict[tuple[str, str], list[TriggerPoint]] = defaultdict(list)
    for p in prev:
        waiting[(p.muscle, p.side)].append(p)
    for c in cur:
        candidates = waiting[(c.muscle, c.side)]
        other = next((p for p in candidates if p.view != c.view), None)
        if other is not None:
            candidates.remove(other)
            pairs[c.id] = other
            taken.add(other.id)


def tally(matches: Sequence[Match]) -> dict[str, int]:
    """How many of each status, every status present (for a summary line)."""
    counts = dict.fromkeys(STATUSES, 0)
    for m in matches:
        counts[m.status] += 1
    return counts


def _pair(ps: list[TriggerPoint], cs: list[TriggerPoint],
          limit: float) -> list[tuple[int, int]]:
    """Optimal one-to-one pairs (index into ps, index into cs) within ``limit``."""
    n = max(len(ps), len(cs))
    # A pair further than the limit costs ``big``, as does leaving a point unpaired (the
    # padding rows and columns). ``big`` exceeds any sum of real distances, so one pair more
    # always beats any saving in distance: most pairs first, then the least distance.
    big = limit * (n + 1) + 1.0
    cost = [[big] * n for _ in range(n)]
    for i, p in enumerate(ps):
        for j, c in enumerate(cs):
            d = math.hypot(c.x - p.x, c.y - p.y)
            if d <= limit:
                cost[i][j] = d
    return [(i, j) for i, j in enumerate(hungarian(cost))
            if i < len(ps) and j < len(cs) and cost[i][j] < big]


def hungarian(cost: list[list[float]]) -> list[int]:
    """The column assigned to each row of a square cost matrix at the least total cost (the
    Hungarian method with potentials, O(n^3); n is the points of one muscle and side)."""
    n = len(cost)
    inf = math.inf
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)  # row and column potentials
    owner = [0] * (n + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col = 0
        least = [inf] * (n + 1)
        used = [False] * (n + 1)
        while owner[col]:
            used[col] = True
            i, delta, nxt = owner[col], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[i - 1][j - 1] - u[i] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, col
                    if least[j] < delta:
                        delta, nxt = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            col = nxt
        while col:  # flip the augmenting path back to its start
            prev = way[col]
            owner[col] = owner[prev]
            col = prev
    assigned = [0] * n
    for j in range(1, n + 1):
        assigned[owner[j] - 1] = j - 1
    return assigned
