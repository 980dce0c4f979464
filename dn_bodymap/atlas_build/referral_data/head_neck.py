"""Referral patterns of the head and neck muscles (Travell & Simons vol. 1, chapters 6-20)."""

from __future__ import annotations

from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import site, spot, streak

PATTERNS: list[P] = [
    P("upper_trapezius", "upper_trapezius",
      sites=[site("back", "top_of_shoulder", dx=-8, dy=-4)],
      essential={"back": streak("back", ["angle_of_neck", "mastoid", "temple"], [16, 16, 14]),
                 "front": spot("front", "temple", 12, 15, dy=2)},
      spillover={"front": spot("front", "jaw_angle", 8, 10)},
      description="Up the back and side of the neck to behind the ear and on to the temple; "
                  "a leading cause of tension-type headache at the temple.",
      source="Travell & Simons vol. 1, ch. 6 (trapezius)", frequency=3),
]
