"""The pain finder: the patient hurts here; which muscles could refer it, where to palpate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.referral import ReferralHit, Site, rank

# A click answers for this many view units around it (~12 mm on the body, ~2 mm each; the
# smallest pain brush, BRUSH_SIZES[0]): zones are drawn by hand and a finger on the skin is
# not a point, so a place just beside a zone's edge is not a miss. A design parameter.
CLICK_RADIUS: Final = 6.0


@dataclass(frozen=True)
class Candidate:
    muscle: str
    name: str
    side: str
    zone: str  # essential or spillover
    sites: tuple[Site, ...]  # where to palpate: the classic sites of the referring pattern(s)


def _candidates(atlas: Atlas, hits: list[ReferralHit]) -> list[Candidate]:
    # The atlas ranks one hit per muscle and side: essential first, then commoner sources.
    return [Candidate(h.muscle, atlas.muscle_name(h.muscle), h.side, h.zone, h.pattern.sites)
            for h in hits]


def sources_at(atlas: Atlas, view: str, x: float, y: float,
               radius: float = CLICK_RADIUS) -> list[Candidate]:
    """Muscles whose referral zones cover the place or come within ``radius`` of it,
    essential first, commoner first. A muscle whose zone covers the place itself keeps that
    zone's kind (a click in spillover beside an essential edge stays spillover); the
    neighbourhood only adds muscles the place itself misses."""
    exact = atlas.muscles_referring_to(view, x, y)  # refuses an unknown view by name
    seen = {(h.muscle, h.side) for h in exact}
    near = [h for h in atlas.referrals.at_point(view, x, y, radius) if (h.muscle, h.side)
            not in seen] if radius > 0 else []
    return _candidates(atlas, rank([*exact, *near]))


def sources_of_landmark(atlas: Atlas, landmark_id: str, side: str | None) -> list[Candidate]:
    return _candidates(atlas, atlas.muscles_referring_to_landmark(landmark_id, side))
