"""Head and neck patterns added for issue 15 (Travell & Simons vol. 1, chapters 12, 13, 16, 20).

The three scalenes (ch. 20) each with its own site and the group's shared pattern; the
platysma and orbicularis oculi (ch. 13, cutaneous muscles); the posterior belly of the
digastric (ch. 12); semispinalis cervicis and the cervical multifidi (ch. 16, posterior
cervical muscles). Buccinator and longus colli/capitis have regions but no pattern (see the
catalogue notes). Right side only; the left is mirrored by the build. Face and hand points
are read off the figure as in head_neck.py.
"""

from __future__ import annotations

from dn_bodymap.atlas_build.referral_data import shoulder_arm as arm
from dn_bodymap.atlas_build.referral_data.head_neck import line, oval
from dn_bodymap.atlas_build.referral_data.shoulder_arm import (
    B_INDEX,
    B_THUMB,
    B_THUMB_WEB,
    F_INDEX,
    F_THUMB,
)
from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import area, mark, site, spot

SRC = "Travell & Simons vol. 1, ch. {} ({})"

# --- hand and forearm: shoulder_arm.py's points, the radial forearm from just below the elbow
F_RADIAL_FOREARM = [(108, 392), *arm.F_RADIAL_FOREARM]
B_RADIAL_FOREARM = [(392, 392), *arm.B_RADIAL_FOREARM]

# the suboccipital region at the base of the skull, beside the midline (back view)
SUBOCCIPITAL = area([(252, 114), (268, 112), (278, 118), (274, 130), (264, 134), (252, 132)])


def _scalene(muscle: str, x: float, y: float, where: str) -> P:
    """One of the three major scalenes: its own site, the group's pattern (ch. 20 draws one
    pattern for anterior, middle and posterior scalene)."""
    return P(
        muscle, muscle,
        sites=[site("front", x=x, y=y)],
        essential={"front": area([(192, 228), (214, 230), (226, 248), (222, 280), (206, 288),
                                  (192, 272), (186, 246)])
                   | line([(146, 266), mark("front", "anterior_arm"), (132, 348)], [12, 13, 11])
                   | line(F_THUMB, 8),
                   "back": line([(282, 228), (284, 262), (288, 284)], [12, 12, 10])
                   | line([(358, 268), mark("back", "posterior_arm"), (368, 348)],
                          [12, 13, 11])
                   | line(B_THUMB, 8) | oval(*B_THUMB_WEB, 6)},
        spillover={"front": line(F_RADIAL_FOREARM, [9, 9, 8, 8]) | line(F_INDEX, 7),
                   "back": line(B_RADIAL_FOREARM, [9, 9, 8, 8]) | line(B_INDEX, 7)},
        description=f"{where} The upper chest, the front and back of the arm, the thumb side "
                    "of the hand and the inner border of the shoulder blade; at times down the "
                    "thumb side of the forearm and into the index finger.",
        source=SRC.format(20, "scalene muscles"), frequency=2)


PATTERNS: list[P] = [
    # --- scalenes (ch. 20), front to back across the posterior triangle ----------------
    _scalene("anterior_scalene", 226, 199,
             "Anterior scalene, just behind the clavicular head of the SCM above the clavicle."),
    _scalene("middle_scalene", 220, 199,
             "Middle scalene, in the posterior triangle behind the anterior scalene."),
    _scalene("posterior_scalene", 213, 202,
             "Posterior scalene, low in the posterior triangle toward the trapezius edge."),

    # --- platysma (ch. 13) -------------------------------------------------------------
    P("platysma", "platysma",
      sites=[site("front", x=227, y=214)],
      essential={"front": line([(224, 134), mark("front", "lower_jaw"), (244, 150)],
                               [8, 9, 7])},
      spillover={"front": oval(228, 124, 7, 8)},
      description="Prickling pain over the lower jaw (the skin over the mandible) and the "
                  "lower cheek on the same side.",
      source=SRC.format(13, "cutaneous muscles: platysma"), frequency=1),

    # --- orbicularis oculi (ch. 13) ----------------------------------------------------
    P("orbicularis_oculi", "orbicularis_oculi",
      sites=[site("front", "eyebrow", dy=1)],
      essential={"front": line([(238, 92), (243, 103), (244, 113), (244, 121)], [5, 6, 5, 4])},
      spillover={"front": oval(241, 108, 6, 11) | oval(245, 121, 3, 4)},
      description="From above the eye down along the side of the nose to the upper lip.",
      source=SRC.format(13, "cutaneous muscles: orbicularis oculi"), frequency=1),

    # --- digastric, posterior belly (ch. 12) -------------------------------------------
    P("digastric_posterior", "digastric",
      sites=[site("front", x=231, y=157)],
      essential={"front": oval(215, 124, 5, 8),
                 "back": spot("back", "mastoid", 7, 9, dy=2)},
      spillover={"front": spot("front", "hyoid", 6, 6, dx=-3),
                 "back": spot("back", "occiput", 9, 7)},
      description="Posterior belly: the upper part of the sternocleidomastoid just below and "
                  "behind the ear, over the mastoid; at times the throat under the chin and "
                  "the back of the head.",
      source=SRC.format(12, "digastric"), frequency=1),

    # --- semispinalis cervicis and cervical multifidi (ch. 16) ----------------------------
    P("semispinalis_cervicis", "semispinalis_cervicis",
      sites=[site("back", x=263, y=165)],
      essential={"back": SUBOCCIPITAL
                 | line([(258, 132), (260, 160), (262, 185)], [8, 9, 8])},
      spillover={"back": line([(268, 196), (280, 214), (286, 236), (287, 256)],
                              [10, 11, 11, 9])},
      description="Mid-neck trigger point: pain up to the base of the skull (suboccipital "
                  "region) and along the back of the neck; at times down over the shoulder to "
                  "the upper inner border of the shoulder blade.",
      source=SRC.format(16, "posterior cervical muscles"), frequency=2),
    P("multifidus_cervical", "multifidus",
      sites=[site("back", x=256.5, y=165)],
      essential={"back": SUBOCCIPITAL
                 | line([(256, 132), (257, 160), (258, 185)], [8, 9, 8])},
      spillover={"back": line([(266, 196), (280, 214), (286, 236), (287, 256)],
                              [10, 11, 11, 9])},
      description="Cervical multifidi (and rotatores) at about C4-C5: pain up to the base of "
                  "the skull and down the back of the neck; at times over the shoulder to the "
                  "upper inner border of the shoulder blade.",
      source=SRC.format(16, "posterior cervical muscles: multifidi"), frequency=2),
]
