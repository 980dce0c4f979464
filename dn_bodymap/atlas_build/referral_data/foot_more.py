"""More referral patterns of the leg and foot (issue 15): peroneus tertius, extensor hallucis
brevis and the dorsal interossei of the foot (Travell & Simons vol. 2). Right side only; the
left is mirrored by the build.

The lumbricals, the plantar interossei and flexor digiti minimi brevis of the foot have regions
but no drawn pattern: see their notes in catalogue.NOTES.

Geometry (right limb, front view): the leg spans x ~193-229 at y 850 and ~198-227 at the
ankle; the lateral malleolus is at lateral_ankle (202, 893), the front of it at
anterolateral_ankle; the dorsum of the foot spans x ~185-238 between y 900 and 945, big toe
at its inner (larger x) edge, second toe at second_toe. Back view: the heel spans x ~274-303
below y 900 (lateral_heel on its outer side); the sole inset has the toes at the top.
"""

from __future__ import annotations

from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import site, spot

PERONEAL = "Travell & Simons vol. 2, ch. 20 (peroneal muscles)"
SHORT_EXTENSORS = ("Travell & Simons vol. 2 (superficial intrinsic foot muscles: extensor "
                   "digitorum brevis and extensor hallucis brevis)")
DEEP_FOOT = "Travell & Simons vol. 2, ch. 27 (deep intrinsic foot muscles: interossei)"

PATTERNS: list[P] = [
    # --- peroneus tertius ------------------------------------------------------------------
    # trigger point in the lower third of the leg, over the front of the fibula beside the EDL
    P("peroneus_tertius", "peroneus_tertius",
      sites=[site("front", x=199.8, y=855)],
      essential={"front": spot("front", "anterolateral_ankle", r=6, ry=8, dx=-2, dy=1)},
      spillover={"back": spot("back", "lateral_heel", r=5, ry=9)},
      description="Pain over the front of the outer ankle; it can spill to the outer side of "
                  "the heel.",
      source=PERONEAL, frequency=1),

    # --- extensor hallucis brevis ----------------------------------------------------------
    # Travell & Simons give the short extensors one pattern: a local ache over the middle of
    # the dorsum of the foot, over the muscles; here with the EHB's own trigger point.
    P("extensor_hallucis_brevis", "extensor_hallucis_brevis",
      sites=[site("front", x=215, y=917)],
      essential={"front": spot("front", "dorsal_foot", r=11, ry=8, dx=-3, dy=-2)},
      spillover={},
      description="A local ache over the middle of the top of the foot, over the short toe "
                  "extensors.",
      source=SHORT_EXTENSORS, frequency=1),

    # --- dorsal interossei (first dorsal interosseous) -------------------------------------
    # pain along the side of the toe its tendon reaches (the second toe for the first dorsal
    # interosseous), on its top and underside, spilling over the neighbouring forefoot
    P("dorsal_interossei_foot", "dorsal_interossei_foot",
      sites=[site("front", x=224, y=926)],
      essential={"front": spot("front", "second_toe", r=4, ry=6, dy=-2),
                 "back": spot("back", "second_toe", r=5, ry=7, dy=2)},
      spillover={"front": spot("front", "second_toe", r=6, ry=10, dx=1, dy=-11),
                 "back": spot("back", "second_toe", r=7, ry=8, dy=18)},
      description="Pain along the second toe, on its top and its underside; it can spread "
                  "back over the neighbouring forefoot between the first and second "
                  "metatarsals.",
      source=DEEP_FOOT, frequency=1),
]
