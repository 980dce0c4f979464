"""More referral patterns of the pelvis and hip (issue 15): the short external rotators below
the piriformis and the intrapelvic site of the adductor magnus.

Travell & Simons vol. 2 (1992): ch. 6 (pelvic floor muscles, which include the obturator
internus), ch. 10 (piriformis and the other short lateral rotators) and ch. 15 (adductor
muscles of the hip). Right side only; the left is mirrored by the build.

Pain that T&S place inside the pelvis (rectum, vagina, pubic bone) has no skin area of its own
on a front or back chart; it is drawn where such pain is shown on the surface: over the pubic
symphysis in front and at the anococcygeal region (between the coccyx and the anus) behind.
"""

from __future__ import annotations

from dn_bodymap.atlas_build.referral_data import trunk_hip
from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import site, spot
from dn_bodymap.atlas_build.shapes import band, ellipse

V2 = "Travell & Simons vol. 2, ch. {} ({})"

_PIRIFORMIS = next(p for p in trunk_hip.PATTERNS if p.id == "piriformis")
_LIKE_PIRIFORMIS = (" Travell & Simons give it no pattern of its own: the referred pain of the "
                    "short lateral rotators below the piriformis has not been told apart from "
                    "the piriformis', so the piriformis pattern is shown.")


def _like_piriformis(muscle: str, x: float, y: float) -> P:
    """A short rotator below the piriformis, drawn with the piriformis pattern (T&S ch. 10)."""
    return P(muscle, muscle, sites=[site("back", x=x, y=y)],
             essential=_PIRIFORMIS.essential, spillover=_PIRIFORMIS.spillover,
             description="The sacroiliac region and the back of the hip, with spillover over "
                         "the buttock and the upper back of the thigh." + _LIKE_PIRIFORMIS,
             source=V2.format(10, "piriformis and other short lateral rotators")
             + "; pattern as piriformis", frequency=1)


PATTERNS: list[P] = [
    # --- obturator internus (vol. 2, ch. 6) ---------------------------------------------------
    # Its trigger points are examined from inside the pelvis; the site marks where the muscle
    # leaves it at the lesser sciatic notch (see the catalogue note).
    P("obturator_internus", "obturator_internus",
      sites=[site("back", x=278, y=499)],
      essential={"back": ellipse(255, 520, 9, 15)},
      spillover={"back": band([(280, 540), (287, 566), (291, 592)], [22, 20, 14])},
      description="Pain and a sense of fullness in the rectum and the anococcygeal region, and "
                  "pain in the vagina, shown here beside the coccyx; it may spill over onto the "
                  "back of the upper thigh.",
      source=V2.format(6, "pelvic floor muscles: obturator internus"), frequency=1),
    # --- gemelli and quadratus femoris (vol. 2, ch. 10) ---------------------------------------
    _like_piriformis("gemelli", x=304, y=488),
    _like_piriformis("quadratus_femoris", x=310, y=517),
    # --- adductor magnus, proximal (intrapelvic) site (vol. 2, ch. 15) ------------------------
    P("adductor_magnus_intrapelvic", "adductor_magnus",
      sites=[site("back", x=266, y=552)],
      essential={"front": spot("front", "pubic_symphysis", r=12, ry=9, dy=-3),
                 "back": spot("back", "anococcygeal_region", r=7, ry=12)},
      spillover={},
      description="From the proximal trigger point near the ischial tuberosity: a deep, "
                  "diffuse pain inside the pelvis, which may be felt at the pubic bone, in the "
                  "vagina or the rectum, at times in the bladder. The zones mark where this "
                  "internal pain is shown on the surface, not an area of skin.",
      source=V2.format(15, "adductor muscles of the hip: adductor magnus"), frequency=2,
      crosses_midline=True),
]
