"""Referral patterns of the trunk (thoracolumbar paraspinals, abdominal wall) and hip muscles.

Travell & Simons vol. 1 (2nd ed.), chapters 47-49 (serratus posterior inferior, thoracolumbar
paraspinals, abdominal muscles) and vol. 2, chapters 4-12 (quadratus lumborum, iliopsoas,
gluteal muscles, piriformis, tensor fasciae latae). Right side only; the left is mirrored by
the build.

Vertebral levels on the back view are read off the landmarks: inferior angle of the scapula
~T7 (y 300), iliac crest ~L4 (y 430), so one segment is ~14 units (T10 ~343, T12 ~372,
L1 ~386, L3 ~415, S1 ~458). The gluteal fold is at y ~545. The outer edge of the limb is at
x ~333 (thigh, y 600) to ~320 (knee) and ~305 (ankle) on the back view, and at x ~167 to
~180 and ~195 on the front view; lateral-limb zones are drawn on both views along that edge.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import area, site
from dn_bodymap.atlas_build.shapes import Point, band, ellipse

V1 = "Travell & Simons vol. 1, ch. {} ({})"
V2 = "Travell & Simons vol. 2, ch. {} ({})"


def line(points: Sequence[Point], widths: float | Sequence[float]) -> BaseGeometry:
    """A smooth band through explicit points (full widths)."""
    return band(list(points), widths)


def oval(x: float, y: float, rx: float, ry: float | None = None,
         angle: float = 0.0) -> BaseGeometry:
    return ellipse(x, y, rx, ry if ry is not None else rx, angle)


# --- shared paths -----------------------------------------------------------------------------
# down the outer edge of the lower limb (gluteus minimus anterior fibres), per view
B_LATERAL_LIMB = [(334, 500), (332, 550), (328, 610), (322, 670), (316, 720), (313, 770),
                  (309, 820), (302, 866)]
F_LATERAL_LIMB = [(163, 500), (167, 550), (171, 610), (177, 670), (184, 720), (187, 770),
                  (192, 820), (198, 866)]
LIMB_WIDTHS = [22, 20, 18, 16, 14, 14, 12, 10]

PATTERNS: list[P] = [
    # --- thoracolumbar paraspinals (vol. 1, ch. 48) -------------------------------------------
    P("iliocostalis", "iliocostalis",
      sites=[site("back", x=289, y=388)],
      essential={"back": oval(303, 494, 20, 17, angle=-10)},
      spillover={"back": line([(288, 398), (281, 412), (290, 444), (298, 472), (303, 500)],
                              [12, 28, 26, 28, 44])},
      description="From the upper lumbar iliocostalis pain runs down to the middle of the "
                  "buttock; the low back between the trigger point and the buttock may ache too.",
      source=V1.format(48, "thoracolumbar paraspinal muscles"), frequency=2),
    P("iliocostalis_thoracis", "iliocostalis",
      sites=[site("back", x=292, y=322)],
      essential={"back": line([(288, 262), (298, 300), (294, 336), (292, 356)],
                              [12, 18, 16, 12])},
      spillover={"back": area([(300, 296), (318, 306), (326, 336), (312, 350), (300, 334)]),
                 "front": area([(176, 300), (196, 312), (204, 346), (196, 376), (180, 372),
                                (174, 336)])},
      description="From the lower thoracic iliocostalis pain spreads up over the lower medial "
                  "border and angle of the scapula; some feel it round the side of the chest "
                  "and into the upper abdomen in front.",
      source=V1.format(48, "thoracolumbar paraspinal muscles"), frequency=2),
    P("longissimus", "longissimus",
      sites=[site("back", x=267, y=358)],
      essential={"back": area([(260, 456), (278, 452), (294, 468), (298, 494), (286, 514),
                               (268, 512), (257, 490)])},
      spillover={"back": line([(268, 392), (270, 430), (276, 470), (280, 500)],
                              [10, 14, 40, 48])},
      description="Pain is felt far below the lower thoracic longissimus, in the lower buttock "
                  "over the sacroiliac region; a faint trail may run down the lumbar back.",
      source=V1.format(48, "thoracolumbar paraspinal muscles"), frequency=2),
    P("multifidus", "multifidus",
      sites=[site("back", x=260, y=440)],
      essential={"back": area([(252, 408), (266, 404), (274, 420), (274, 456), (264, 466),
                               (252, 462)])},
      spillover={"back": area([(250, 462), (266, 464), (266, 490), (258, 512), (250, 514)])},
      description="An ache close beside the spinous processes at and just below the trigger "
                  "point in the low back; from the lowest levels it can spread over the sacrum "
                  "and to the coccyx.",
      source=V1.format(48, "thoracolumbar paraspinal muscles"), frequency=2),
    # --- serratus posterior inferior (vol. 1, ch. 47) -----------------------------------------
    P("serratus_posterior_inferior", "serratus_posterior_inferior",
      sites=[site("back", x=305, y=360)],
      essential={"back": area([(272, 350), (300, 336), (326, 340), (332, 370), (308, 386),
                               (282, 390), (268, 376)])},
      spillover={},
      description="A nagging local ache over and around the muscle, on the lower ribs of the "
                  "back.",
      source=V1.format(47, "serratus posterior inferior"), frequency=1),
    # --- quadratus lumborum (vol. 2, ch. 4) ---------------------------------------------------
    P("quadratus_lumborum", "quadratus_lumborum",
      sites=[site("back", x=314, y=405)],
      essential={"back": line([(280, 436), (300, 430), (324, 432), (341, 446)], [12, 14, 14, 10])
                 | oval(336, 485, 12, 15),
                 "front": line([(170, 426), (176, 434), (184, 444)], [8, 10, 8])
                 | oval(163, 484, 8, 14)},
      spillover={"back": line([(336, 500), (334, 540)], [16, 10]),
                 "front": area([(182, 440), (204, 446), (214, 470), (212, 500), (198, 506),
                                (186, 482)])},
      description="Along the iliac crest and over the greater trochanter at the outer hip; some "
                  "also feel it in the lower side of the abdomen and the groin, or just below "
                  "the trochanter.",
      source=V2.format(4, "quadratus lumborum"), frequency=3),
    P("quadratus_lumborum_deep", "quadratus_lumborum",
      sites=[site("back", x=282, y=412)],
      essential={"back": oval(268, 462, 12, 13) | oval(286, 528, 20, 13)},
      spillover={"back": oval(268, 462, 18, 20) | oval(286, 528, 27, 18)},
      description="The deep, medial trigger points send pain to the sacroiliac joint (upper) and "
                  "to the lower buttock (lower).",
      source=V2.format(4, "quadratus lumborum"), frequency=3),
    # --- abdominal muscles (vol. 1, ch. 49) ---------------------------------------------------
    P("rectus_abdominis", "rectus_abdominis",
      sites=[site("front", x=236, y=318)],
      essential={"back": line([(206, 368), (250, 365), (294, 368)], 20),
                 "front": oval(236, 322, 16, 18)},
      spillover={"front": oval(240, 322, 26, 26)},
      description="A horizontal band across the mid back on both sides at the thoracolumbar "
                  "level, with pain in the upper abdomen near the xiphoid (like heartburn or "
                  "indigestion).",
      source=V1.format(49, "abdominal muscles"), frequency=2, crosses_midline=True),
    P("rectus_abdominis_lower", "rectus_abdominis",
      sites=[site("front", x=238, y=484)],
      essential={"back": line([(210, 458), (250, 462), (290, 458)], 22)},
      spillover={"front": oval(232, 455, 16, 30)},
      description="A band low across the back on both sides over the sacrum and sacroiliac "
                  "region; some also ache in the lower abdomen above the pubis.",
      source=V1.format(49, "abdominal muscles"), frequency=2, crosses_midline=True),
    P("rectus_abdominis_periumbilical", "rectus_abdominis",
      sites=[site("front", x=238, y=394)],
      essential={"front": oval(246, 394, 22, 20)},
      spillover={"front": oval(246, 396, 34, 32)},
      description="Trigger points beside the navel cause cramping, colicky pain in the middle of "
                  "the abdomen around the umbilicus.",
      source=V1.format(49, "abdominal muscles"), frequency=1, crosses_midline=True),
    P("external_oblique", "external_oblique",
      sites=[site("front", x=200, y=366)],
      essential={"front": area([(228, 296), (250, 298), (250, 346), (228, 352), (212, 332),
                                (214, 306)])},
      spillover={"front": line([(212, 414), (214, 456), (207, 497)], [28, 24, 16])},
      description="Deep pain in the upper abdomen and lower chest (epigastric, heartburn-like); "
                  "lower lateral fibres can send pain to the lower abdomen and the groin.",
      source=V1.format(49, "abdominal muscles"), frequency=1),
    P("internal_oblique", "internal_oblique",
      sites=[site("front", x=192, y=425)],
      essential={"front": line([(190, 462), (200, 480), (208, 498)], [12, 16, 14])},
      spillover={"front": area([(198, 430), (226, 420), (240, 440), (236, 470), (214, 490),
                                (196, 470)])},
      description="Pain in the groin and along the inguinal region, spreading into the lower "
                  "abdomen.",
      source=V1.format(49, "abdominal muscles"), frequency=1),
    P("transversus_abdominis", "transversus_abdominis",
      sites=[site("front", x=200, y=380)],
      essential={"front": line([(214, 322), (232, 316), (250, 314), (268, 316), (286, 322)],
                               14)},
      spillover={"front": line([(206, 330), (230, 318), (250, 316), (270, 318), (294, 330)],
                               24)},
      description="Upper fibres refer a band of pain across the upper abdomen, from one costal "
                  "margin to the other.",
      source=V1.format(49, "abdominal muscles"), frequency=1, crosses_midline=True),
    # --- iliopsoas (vol. 2, ch. 5) ------------------------------------------------------------
    P("iliopsoas", "iliopsoas",
      sites=[site("front", x=212, y=508)],
      essential={"back": line([(260, 362), (262, 400), (264, 440), (266, 464)],
                              [14, 18, 18, 16]),
                 "front": line([(204, 498), (206, 532), (208, 566)], [16, 20, 14])},
      spillover={"back": oval(276, 480, 20, 16) | line([(258, 470), (256, 490)], 10),
                 "front": line([(202, 490), (206, 540), (210, 600)], [24, 30, 18])},
      description="A vertical strip beside the lumbar spine on the same side, down to the "
                  "sacroiliac region, and the groin and front of the upper thigh; spillover "
                  "into the upper buttock and further down the front of the thigh.",
      source=V2.format(5, "iliopsoas"), frequency=2),
    # --- gluteal muscles (vol. 2, ch. 7-9) ----------------------------------------------------
    P("gluteus_maximus", "gluteus_maximus",
      sites=[site("back", x=292, y=526)],
      essential={"back": area([(256, 470), (288, 468), (314, 480), (328, 502), (326, 528),
                               (304, 544), (272, 546), (254, 528)])},
      spillover={"back": area([(254, 452), (292, 450), (328, 462), (346, 492), (340, 530),
                               (312, 556), (272, 558), (252, 540)])},
      description="Deep soreness through the whole buttock and over the lower sacrum, most "
                  "felt when sitting; it can spread up toward the iliac crest and out toward "
                  "the back of the hip.",
      source=V2.format(7, "gluteus maximus"), frequency=2),
    P("gluteus_maximus_medial", "gluteus_maximus",
      sites=[site("back", x=264, y=492)],
      essential={"back": line([(268, 456), (262, 482), (256, 505), (268, 532), (296, 546),
                               (316, 546)], [14, 14, 14, 12, 12, 10])},
      spillover={"back": oval(276, 506, 22, 32)},
      description="From fibres beside the sacrum: a crescent of pain from the sacroiliac joint "
                  "down the edge of the sacrum to the coccyx and out along the gluteal fold.",
      source=V2.format(7, "gluteus maximus"), frequency=2),
    P("gluteus_medius", "gluteus_medius",
      sites=[site("back", x=288, y=444)],
      essential={"back": line([(324, 436), (300, 436), (278, 444), (265, 460), (257, 480)],
                              [10, 14, 16, 18, 16])},
      spillover={"back": oval(290, 474, 32, 20) | line([(256, 480), (254, 496)], 12)},
      description="Along the back of the iliac crest, over the sacroiliac joint and on to the "
                  "sacrum; spillover into the upper buttock.",
      source=V2.format(8, "gluteus medius"), frequency=3),
    P("gluteus_medius_lateral", "gluteus_medius",
      sites=[site("back", x=318, y=446)],
      essential={"back": area([(290, 456), (320, 450), (342, 462), (344, 488), (330, 502),
                               (304, 500), (288, 482)])},
      spillover={"back": line([(328, 496), (328, 540), (326, 578)], [26, 20, 14])},
      description="The middle and outer buttock; spillover a little way down the back and "
                  "outside of the upper thigh.",
      source=V2.format(8, "gluteus medius"), frequency=3),
    P("gluteus_minimus", "gluteus_minimus",
      sites=[site("back", x=300, y=453)],
      essential={"back": area([(262, 490), (290, 486), (306, 508), (302, 540), (278, 550),
                               (258, 530)])
                 | line([(290, 540), (294, 600), (294, 650), (293, 690)], [30, 26, 22, 16])},
      spillover={"back": line([(293, 680), (293, 712), (292, 770), (290, 830)],
                              [18, 20, 22, 12])},
      description="Posterior fibres: the lower inner buttock and down the back of the thigh; "
                  "spillover behind the knee and into the calf (a sciatica look-alike).",
      source=V2.format(9, "gluteus minimus"), frequency=2),
    P("gluteus_minimus_anterior", "gluteus_minimus",
      sites=[site("back", x=334, y=454), site("front", x=168, y=462)],
      essential={"back": oval(328, 506, 14, 20) | line(B_LATERAL_LIMB, LIMB_WIDTHS),
                 "front": oval(164, 496, 8, 16) | line(F_LATERAL_LIMB, LIMB_WIDTHS)},
      spillover={"back": oval(330, 520, 20, 36) | line([(304, 858), (300, 893)], [10, 10]),
                 "front": oval(168, 530, 14, 40) | line([(196, 858), (200, 893)], [10, 10])},
      description="Anterior fibres: the lower outer buttock and a strip down the outside of "
                  "the thigh, the outer knee and the peroneal side of the leg, at times to the "
                  "outer ankle but not into the foot.",
      source=V2.format(9, "gluteus minimus"), frequency=2),
    # --- piriformis (vol. 2, ch. 10) ----------------------------------------------------------
    P("piriformis", "piriformis",
      sites=[site("back", x=300, y=477)],
      essential={"back": oval(268, 462, 12, 12) | oval(330, 484, 14, 16)},
      spillover={"back": area([(258, 452), (300, 458), (340, 466), (346, 500), (320, 516),
                               (282, 512), (256, 490)])
                 | line([(298, 520), (296, 590), (294, 655)], [30, 26, 18])},
      description="The sacroiliac region and the outer buttock over the back of the hip joint; "
                  "spillover over the rest of the buttock and the upper two-thirds of the back "
                  "of the thigh.",
      source=V2.format(10, "piriformis"), frequency=2),
    # --- tensor fasciae latae (vol. 2, ch. 12) ------------------------------------------------
    P("tensor_fasciae_latae", "tensor_fasciae_latae",
      sites=[site("front", x=174, y=468)],
      essential={"front": line([(167, 474), (172, 520), (178, 580), (184, 640), (190, 684)],
                               [22, 26, 24, 18, 12])},
      spillover={"front": line([(184, 640), (190, 690), (192, 712)], [24, 18, 12]),
                 "back": line([(341, 478), (337, 520), (333, 566)], [8, 10, 8])},
      description="Over the greater trochanter and down the front and outside of the thigh, "
                  "sometimes as far as the knee.",
      source=V2.format(12, "tensor fasciae latae"), frequency=2),
]
