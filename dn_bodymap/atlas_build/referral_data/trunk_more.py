"""More trunk and shoulder patterns (issue 15): intercostals, the upper iliocostalis, the
thoracic multifidi, pyramidalis, and the further sites of triceps brachii and latissimus dorsi.

Travell & Simons vol. 1 (2nd ed.), chapters 24 (latissimus dorsi), 32 (triceps brachii),
45 (intercostal muscles and diaphragm), 48 (thoracolumbar paraspinal muscles) and 49
(abdominal muscles). Right side only; the left is mirrored by the build. Vertebral levels on
the back view are read off the midline landmarks (T4 y 255, T6 y 284, T7 y 298).
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.referral_data.shoulder_arm import (
    F_ULNAR_FOREARM,
    _ulnar_hand_front,
)
from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import area, mark, site, spot
from dn_bodymap.atlas_build.shapes import Point, band

V1 = "Travell & Simons vol. 1, ch. {} ({})"


def line(points: Sequence[Point], widths: float | Sequence[float]) -> BaseGeometry:
    """A smooth band through explicit points (full widths)."""
    return band(list(points), widths)


PATTERNS: list[P] = [
    # --- intercostals (ch. 45) ----------------------------------------------------------------
    P("intercostals", "intercostals",
      sites=[site("front", x=176, y=312)],
      essential={"front": spot("front", "lateral_chest", 11, 9, dy=5)},
      spillover={"front": line([(168, 316), (190, 310), (212, 302), (230, 296)],
                               [12, 11, 10, 8])},
      description="Pain stays mostly at the trigger point in the rib space; what spreads runs "
                  "forward along the same space toward the front of the chest rather than back "
                  "toward the spine. Deep breaths, coughing and sneezing hurt.",
      source=V1.format(45, "intercostal muscles and diaphragm"), frequency=1),
    # --- upper iliocostalis (ch. 48) ----------------------------------------------------------
    P("iliocostalis_cervicis", "iliocostalis_cervicis",
      sites=[site("back", x=283, y=282)],
      essential={"back": line([(283, 290), (284, 266), (290, 244), (304, 230), (322, 224)],
                              [12, 14, 14, 12, 10])},
      spillover={"front": spot("front", "lateral_chest", 12, 16, dy=-4),
                 "back": line([(284, 300), (284, 262), (292, 238)], [18, 20, 16])},
      description="From the mid-thoracic iliocostalis (about T6) pain runs up over the medial "
                  "shoulder blade toward the shoulder, and out to the side of the chest in "
                  "front (on the left it can pass for heart pain).",
      source=V1.format(48, "thoracolumbar paraspinal muscles; iliocostalis thoracis, "
                           "mid-thoracic trigger point"), frequency=2),
    # --- thoracic multifidi (ch. 48) ----------------------------------------------------------
    P("multifidus_thoracic", "multifidus",
      sites=[site("back", x=256.5, y=270)],
      essential={"back": area([(251, 252), (258, 250), (262, 262), (262, 282), (258, 294),
                               (251, 292)])},
      spillover={"back": area([(250, 244), (262, 242), (268, 262), (268, 286), (262, 300),
                               (250, 300)])},
      description="An ache close beside the spinous processes at and just around the level of "
                  "the trigger point in the mid back; it stays by the spine.",
      source=V1.format(48, "thoracolumbar paraspinal muscles; multifidi"), frequency=2),
    # --- pyramidalis (ch. 49) -----------------------------------------------------------------
    P("pyramidalis", "pyramidalis",
      sites=[site("front", x=245, y=504)],
      essential={"front": line([(247, 470), (246, 494), (247, 516)], [10, 11, 10])},
      spillover={"front": line([(247, 440), (246, 480), (247, 518)], [14, 16, 14])},
      description="Pain close to the midline of the lower abdomen, from just above the pubic "
                  "symphysis up toward the navel.",
      source=V1.format(49, "abdominal muscles; pyramidalis"), frequency=1),
    # --- triceps brachii, further sites (ch. 32) ----------------------------------------------
    P("triceps_brachii_medial", "triceps_brachii",
      sites=[site("back", x=368, y=352)],
      essential={"back": spot("back", "medial_epicondyle", 9, 10),
                 "front": spot("front", "medial_epicondyle", 8, 9)},
      spillover={"front": line([mark("front", "medial_epicondyle"), *F_ULNAR_FOREARM],
                               [12, 11, 10, 8])
                 | _ulnar_hand_front()},
      description="A trigger point deep in the medial head near its inner border, just above "
                  "the elbow, refers to the medial epicondyle; pain may run on along the inner "
                  "forearm to the palm side of the ring and little fingers.",
      source=V1.format(32, "triceps brachii; medial head"), frequency=1),
    P("triceps_brachii_olecranon", "triceps_brachii",
      sites=[site("back", x=377, y=366)],
      essential={"back": spot("back", "olecranon", 9, 9)},
      spillover={"back": spot("back", "olecranon", 13, 14, dy=2)},
      description="A trigger point at the musculotendinous junction just above the olecranon "
                  "makes the tip of the elbow itself sore.",
      source=V1.format(32, "triceps brachii; distal, at the attachment"), frequency=1),
    # --- latissimus dorsi, lower lateral site (ch. 24) ----------------------------------------
    P("latissimus_dorsi_lower", "latissimus_dorsi",
      sites=[site("back", x=316, y=372)],
      essential={"front": spot("front", "anterior_shoulder", 11, 13)},
      spillover={"front": area([(168, 386), (180, 384), (184, 404), (182, 424), (172, 426),
                                (166, 406)]),
                 "back": area([(314, 388), (328, 386), (332, 406), (328, 424), (316, 424),
                               (310, 406)])},
      description="From the lower lateral fibres, along the side of the lower ribs: pain at the "
                  "front of the shoulder, and sometimes over the flank just above the iliac "
                  "crest.",
      source=V1.format(24, "latissimus dorsi; lower lateral trigger point"), frequency=1),
]
