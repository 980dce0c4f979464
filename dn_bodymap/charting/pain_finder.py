"""The pain finder: the patient hurts here; which muscles could refer it, where to palpate."""

from __future__ import annotations

from dataclasses import dataclass

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.referral import ReferralHit, Site


@dataclass(frozen=True)
class Candidate:
    muscle: str
    name: str
    side: str
    zone: str  # essential or spillover
    sites: tuple[Site, ...]  # where to palpate: the classic sites of the referring pattern(s)


def _candidates(atlas: Atlas, hits: list[ReferralHit]) -> list[Candidate]:
    # The atlas ranks one hit per muscle and side: essential first, then commoner sources.
    return [Candidate(h.muscle, atlas.muscle(h.muscle).name, h.side, h.zone, h.pattern.sites)
            for h in hits]


def sources_at(atlas: Atlas, view: str, x: float, y: float) -> list[Candidate]:
    """Muscles whose referral zones cover the place, essential first, commoner first."""
    return _candidates(atlas, atlas.muscles_referring_to(view, x, y))


def sources_of_landmark(atlas: Atlas, landmark_id: str, side: str | None) -> list[Candidate]:
    return _candidates(atlas, atlas.muscles_referring_to_landmark(landmark_id, side))
