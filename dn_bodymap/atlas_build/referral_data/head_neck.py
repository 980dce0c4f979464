"""Referral patterns of the head and neck muscles (Travell & Simons vol. 1, chapters 6-20).

Trapezius (ch. 6), sternocleidomastoid (7), masseter (8), temporalis (9), the pterygoids (10,
11), digastric (12), zygomaticus major (13), occipitofrontalis (14), the splenii (15),
semispinalis capitis (16), suboccipitals (17) and levator scapulae (19); the scalenes (20)
and the other additions of issue 15 are in head_neck_more.py.
Right side only; the left is mirrored by the build.

The face is small on our figure, so where landmarks are too sparse the points below are read
off the body geometry: on the front view the eyebrows run x 226-243 at y ~82, the eye sits at
(235, 93), the nose x 244-256 between y 100 and 121, the mouth line at y ~132 (x 241-259), the
ear x 202-212 between y 87 and 119. On the back view the ear is x 289-297, y 90-119, and the
head meets the neck at y ~118. The side of the head is drawn on both views at its outer edge
where Travell & Simons show pain over the temporal region (lateral view).
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import area, blob, mark, site, spot
from dn_bodymap.atlas_build.shapes import Point, band, ellipse

SRC = "Travell & Simons vol. 1, ch. {} ({})"


def line(points: Sequence[Point], widths: float | Sequence[float]) -> BaseGeometry:
    """A smooth band through explicit points (where landmarks are too sparse)."""
    return band(list(points), widths)


def oval(x: float, y: float, rx: float, ry: float | None = None,
         angle: float = 0.0) -> BaseGeometry:
    return ellipse(x, y, rx, ry if ry is not None else rx, angle)


# --- front view face (read off the figure) -----------------------------------------------
ORBIT = oval(235, 91, 9, 7)  # the eye and the bone round it
EAR_FRONT = oval(207, 104, 5, 9)
EAR_BACK = oval(292, 104, 5, 9)
TEMPLE_BACK = oval(287, 84, 6, 10)  # the temporal region seen at the edge of the back view


PATTERNS: list[P] = [
    # --- trapezius (ch. 6) -------------------------------------------------------------
    P("upper_trapezius", "upper_trapezius",
      sites=[site("back", "top_of_shoulder", dx=-8, dy=-4)],
      essential={"back": line([mark("back", "angle_of_neck"), (271, 172), (272, 146),
                               mark("back", "mastoid"), (288, 100), mark("back", "temple")],
                              [14, 12, 12, 12, 11, 10]),
                 "front": spot("front", "temple", 10, 13, dy=1)},
      spillover={"front": spot("front", "jaw_angle", 7, 9) | oval(226, 91, 6, 6),
                 "back": oval(276, 116, 8, 7)},
      description="Up the back and side of the neck to behind the ear (mastoid) and over the "
                  "side of the head to the temple; at times the angle of the jaw and behind "
                  "the eye. A leading cause of tension-type headache at the temple.",
      source=SRC.format(6, "trapezius"), frequency=3),
    P("upper_trapezius_posterior", "upper_trapezius",
      sites=[site("back", x=326, y=216)],
      essential={"back": line([(272, 190), (267, 162), (272, 138), (283, 122)],
                              [10, 12, 12, 10]) | oval(274, 117, 9, 6)},
      spillover={},
      description="The more lateral, horizontal-fibre trigger point: up the back of the neck to "
                  "the base of the skull (occiput) and behind the ear.",
      source=SRC.format(6, "trapezius"), frequency=2),
    P("middle_trapezius", "middle_trapezius",
      sites=[site("back", x=280, y=238)],
      essential={"back": area([(252, 201), (266, 204), (281, 222), (283, 243), (270, 250),
                               (252, 248)])},
      spillover={"back": area([(252, 196), (270, 198), (288, 220), (289, 248), (272, 258),
                               (252, 256)])},
      description="A superficial burning ache between the shoulder blade and the spine, running "
                  "from the trigger point in toward the upper thoracic spinous processes.",
      source=SRC.format(6, "trapezius"), frequency=2),
    P("middle_trapezius_lateral", "middle_trapezius",
      sites=[site("back", x=336, y=231)],
      essential={"back": spot("back", "acromion", 9, 7, dy=1),
                 "front": spot("front", "acromion", 6, 6, dx=2, dy=-2)},
      spillover={},
      description="The trigger point near the acromion: an ache on the top of the shoulder at "
                  "the acromion.",
      source=SRC.format(6, "trapezius"), frequency=1),
    P("lower_trapezius", "lower_trapezius",
      sites=[site("back", x=277, y=300)],
      essential={"back": area([(256, 117), (272, 116), (288, 122), (284, 134), (270, 150),
                               (262, 164), (255, 160)])
                 | spot("back", "acromion", 8, 6, dy=1)},
      spillover={"back": line([(292, 224), (316, 226), (340, 226)], [12, 12, 10])
                 | line([(276, 222), (282, 250), (284, 276)], [12, 12, 10])},
      description="High up the back of the neck (upper cervical muscles) to the mastoid, and "
                  "a spot on the acromion; at times over the top of the shoulder blade and "
                  "along its inner border.",
      source=SRC.format(6, "trapezius"), frequency=2),

    # --- levator scapulae (ch. 19) -----------------------------------------------------
    P("levator_scapulae", "levator_scapulae",
      sites=[site("back", x=283, y=196)],
      essential={"back": area([(272, 174), (283, 176), (296, 196), (302, 214), (288, 220),
                               (274, 206)])},
      spillover={"back": line([(290, 216), (286, 240), (287, 264), (292, 282)],
                              [12, 12, 11, 9])
                 | spot("back", "posterior_shoulder", 12, 10, dx=-2)},
      description="A stiff ache at the angle of the neck, where neck meets shoulder; at times "
                  "down the inner border of the shoulder blade and to the back of the shoulder.",
      source=SRC.format(19, "levator scapulae"), frequency=3),

    # --- sternocleidomastoid (ch. 7) ---------------------------------------------------
    P("sternocleidomastoid", "sternocleidomastoid",
      sites=[site("front", x=230, y=170)],
      essential={"front": ORBIT | oval(232, 84, 9, 4)
                 | line([(221, 114), (230, 117), (240, 112)], [8, 9, 7])
                 | oval(244, 48, 9, 6) | oval(246, 222, 6, 9),
                 "back": oval(275, 112, 11, 7) | oval(256, 48, 9, 6)},
      spillover={"front": oval(233, 90, 13, 11) | oval(246, 175, 5, 9)
                 | oval(240, 150, 7, 5) | spot("front", "temple", 6, 8),
                 "back": oval(276, 110, 14, 10)},
      description="Sternal division: over and around the eye and eyebrow, across the cheek, at "
                  "the top of the head and behind the ear on the back of the skull, and at the "
                  "top of the breastbone; at times the throat and chin, and from beside the eye "
                  "out to the temple.",
      source=SRC.format(7, "sternocleidomastoid"), frequency=3),
    P("sternocleidomastoid_clavicular", "sternocleidomastoid",
      sites=[site("front", x=232, y=188)],
      essential={"front": oval(235, 66, 14, 8) | EAR_FRONT,
                 "back": EAR_BACK | oval(287, 112, 5, 8)},
      spillover={"front": oval(252, 66, 24, 10)},
      description="Clavicular division: a frontal headache on the same side that spreads across "
                  "to the other side of the forehead, and earache deep in and behind the ear.",
      source=SRC.format(7, "sternocleidomastoid"), frequency=2, crosses_midline=True),

    # --- splenii (ch. 15) --------------------------------------------------------------
    P("splenius_capitis", "splenius_capitis",
      sites=[site("back", x=278, y=131)],
      essential={"back": oval(258, 50, 12, 9), "front": oval(242, 50, 12, 8)},
      spillover={},
      description="Pain at the top of the head (vertex) on the same side.",
      source=SRC.format(15, "splenius capitis"), frequency=2),
    P("splenius_cervicis", "splenius_cervicis",
      sites=[site("back", x=276, y=150)],
      essential={"front": ORBIT | oval(224, 90, 7, 6)},
      spillover={"back": oval(270, 106, 12, 9), "front": spot("front", "temple", 6, 8)},
      description="Upper trigger point: pain deep inside the head, focused behind the eye; at "
                  "times spreading to the temple and the back of the head.",
      source=SRC.format(15, "splenius cervicis"), frequency=2),
    P("splenius_cervicis_lower", "splenius_cervicis",
      sites=[site("back", x=270, y=195)],
      essential={"back": oval(278, 194, 9, 14, angle=-25)},
      spillover={},
      description="Lower trigger point: an ache at the angle of the neck, where neck meets "
                  "shoulder.",
      source=SRC.format(15, "splenius cervicis"), frequency=2),

    # --- posterior cervical muscles (ch. 16) ---------------------------------------------
    P("semispinalis_capitis", "semispinalis_capitis",
      sites=[site("back", x=260, y=140)],
      essential={"back": line([(262, 110), (272, 98), (284, 88), (291, 84)], [12, 12, 11, 10]),
                 "front": line([(209, 82), (218, 78), (230, 76), (241, 77)], [10, 11, 10, 8])},
      spillover={},
      description="A band around the side of the head from the base of the skull to the "
                  "temple and above the eye (lower forehead).",
      source=SRC.format(16, "posterior cervical muscles"), frequency=2),

    # --- suboccipitals (ch. 17) --------------------------------------------------------
    P("suboccipitals", "suboccipitals",
      sites=[site("back", x=266, y=126)],
      essential={"back": line([(256, 116), (270, 110), (284, 98), (291, 94)], [12, 12, 10, 9]),
                 "front": line([(210, 93), (220, 89), (234, 91)], [10, 10, 10])},
      spillover={"back": oval(272, 106, 18, 14),
                 "front": oval(232, 72, 12, 8) | oval(222, 90, 16, 12)},
      description="A deep, poorly localised headache from the base of the skull around the "
                  "side of the head to the eye; at times over the forehead.",
      source=SRC.format(17, "suboccipital muscles"), frequency=3),

    # --- occipitofrontalis (ch. 14) ----------------------------------------------------
    P("occipitofrontalis", "occipitofrontalis",
      sites=[site("front", x=236, y=72)],
      essential={"front": oval(234, 66, 10, 10)},
      spillover={"front": oval(234, 60, 13, 14)},
      description="Frontal belly: local pain over the forehead on the same side, spreading up "
                  "over it.",
      source=SRC.format(14, "occipitofrontalis"), frequency=1),
    P("occipitofrontalis_occipital", "occipitofrontalis",
      sites=[site("back", x=272, y=98)],
      essential={"back": oval(272, 96, 13, 14), "front": ORBIT},
      spillover={"back": oval(262, 66, 14, 12), "front": oval(236, 58, 12, 10)},
      description="Occipital belly: pain over the back of the head on the same side and deep "
                  "through the head behind the eye; at times over the top of the head.",
      source=SRC.format(14, "occipitofrontalis"), frequency=1),

    # --- temporalis (ch. 9) ------------------------------------------------------------
    P("temporalis", "temporalis",
      sites=[site("front", x=214, y=80)],
      essential={"front": area([(208, 70), (218, 66), (226, 74), (224, 90), (216, 98),
                                (209, 94)])
                 | line([(222, 84), (234, 81), (242, 82)], [5, 5, 4])
                 | line([(229, 128), (236, 130), (243, 131)], [5, 5, 4]),
                 "back": TEMPLE_BACK},
      spillover={"front": oval(216, 80, 12, 18) | oval(234, 128, 11, 6),
                 "back": oval(287, 86, 7, 14)},
      description="Fingers of pain over the temple, along the eyebrow and into the upper teeth; "
                  "at times more of the side of the head and the upper jaw.",
      source=SRC.format(9, "temporalis"), frequency=3),

    # --- masseter (ch. 8) --------------------------------------------------------------
    P("masseter", "masseter",
      sites=[site("front", x=225, y=127)],
      essential={"front": oval(228, 116, 8, 6)
                 | line([(226, 126), (234, 129), (242, 131)], [6, 6, 5])
                 | line([(223, 140), (232, 145), (242, 149)], [7, 7, 6])},
      spillover={"front": oval(230, 132, 14, 20) | oval(224, 86, 12, 6)
                 | spot("front", "temple", 6, 8)},
      description="Superficial layer: the upper and lower back teeth, the cheek and the jaw; "
                  "at times over the eyebrow and the temple.",
      source=SRC.format(8, "masseter"), frequency=3),
    P("masseter_deep", "masseter",
      sites=[site("front", x=219, y=111)],
      essential={"front": blob("front", "ear", "tmj", r=5), "back": EAR_BACK},
      spillover={"front": spot("front", "tmj", 8, 8)},
      description="Deep layer, high near the jaw joint: pain deep in the ear and at the jaw "
                  "joint (TMJ); sometimes ringing in the ear.",
      source=SRC.format(8, "masseter"), frequency=2),

    # --- pterygoids (ch. 10, 11) -------------------------------------------------------
    P("lateral_pterygoid", "lateral_pterygoid",
      sites=[site("front", x=222, y=114)],
      essential={"front": spot("front", "tmj", 6, 5) | oval(231, 113, 7, 6)},
      spillover={"front": oval(226, 110, 13, 9)},
      description="Deep pain in the jaw joint (TMJ) and over the maxillary sinus in the cheek.",
      source=SRC.format(11, "lateral pterygoid"), frequency=2),
    P("medial_pterygoid", "medial_pterygoid",
      sites=[site("front", x=226, y=134)],
      # Inside the mouth (tongue, hard palate) drawn at the mouth line clear of the teeth,
      # below and behind the jaw joint, and deep in the ear; the teeth are NOT in the pattern.
      essential={"front": oval(250, 133, 3, 1.5)
                 | line([(212, 112), (215, 119), (218, 126)], [6, 7, 6]) | EAR_FRONT,
                 "back": EAR_BACK},
      spillover={"front": oval(247, 162, 3, 5) | oval(214, 116, 7, 10)},
      description="Poorly localised pain in the mouth (tongue, hard palate) and the throat, "
                  "below and behind the jaw joint, and deep in the ear; not in the teeth.",
      source=SRC.format(10, "medial pterygoid"), frequency=1),

    # --- digastric (ch. 12) ------------------------------------------------------------
    P("digastric", "digastric",
      sites=[site("front", x=242, y=155)],
      essential={"front": area([(240, 138), (250, 138), (250, 153), (241, 150)])},
      spillover={"front": oval(245, 163, 7, 9) | oval(240, 146, 8, 6)},
      description="Anterior belly: the lower front teeth (incisors), the gum below them and the "
                  "front of the chin; at times under the chin.",
      source=SRC.format(12, "digastric"), frequency=1),

    # --- zygomaticus major (ch. 13) ----------------------------------------------------
    P("zygomaticus_major", "zygomaticus_major",
      sites=[site("front", x=230, y=121)],
      essential={"front": line([(241, 121), (244, 108), (243, 96), (243, 82), (246, 62)],
                               [6, 6, 6, 7, 8])},
      spillover={},
      description="An arc up beside the nose, past the inner corner of the eye, to the middle of "
                  "the forehead.",
      source=SRC.format(13, "zygomaticus major"), frequency=1),
]
