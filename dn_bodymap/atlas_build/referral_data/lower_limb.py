"""Referral patterns of the thigh, leg and foot muscles (Travell & Simons vol. 2).

Sartorius, pectineus, the hip adductors and gracilis, the quadriceps, the hamstrings,
popliteus, the calf (gastrocnemius, soleus, plantaris), the deep posterior leg (tibialis
posterior, the long toe flexors), the anterior and lateral leg (tibialis anterior, the long toe
extensors, the peronei) and the intrinsic muscles of the foot. Right side only; the left is
mirrored by the build. Chapter numbers are left out where we could not confirm them.

Geometry read off the figure (right limb). Front view: the thigh runs from x ~165 (outer edge)
to ~243 (inner edge) at y 600, the knee from ~181 to ~233 (patella centred on anterior_knee,
radius ~13), the leg from ~180 to ~238 at the calf and ~197 to ~227 at the ankle; the foot
(dorsum) spans x ~185-238 between y 900 and 945, big toe at its inner (larger x) edge. Back
view: the thigh runs from x ~257 (inner) to ~333 (outer) at y 600, the knee ~268-318, the calf
~261-323, the ankle ~273-303, heel to y ~945; the gluteal fold is at y ~545. The sole inset
(back view, toes up): toes y ~800-822 (big toe x 390-408, lesser toes x 410-440), metatarsal
heads y ~832-848 (first at x ~396, fifth at ~441), medial border x ~388, lateral border x ~445,
heel y ~915-957. Lateral-limb zones are drawn on both views at the limb's outer edge.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import area, site
from dn_bodymap.atlas_build.shapes import Point, band, ellipse

V2 = "Travell & Simons vol. 2 ({})"


def line(points: Sequence[Point], widths: float | Sequence[float]) -> BaseGeometry:
    """A smooth band through explicit points (full widths)."""
    return band(list(points), widths)


def oval(x: float, y: float, rx: float, ry: float | None = None,
         angle: float = 0.0) -> BaseGeometry:
    return ellipse(x, y, rx, ry if ry is not None else rx, angle)


# --- shared shapes ------------------------------------------------------------------------
# the outer edge of the thigh and leg, per view (centre lines of edge bands)
F_LATERAL_THIGH = [(160, 478), (161, 515), (168, 600), (173, 650), (180, 700), (185, 722)]
B_LATERAL_THIGH = [(340, 478), (339, 515), (332, 600), (327, 650), (320, 700), (316, 722)]
THIGH_EDGE_WIDTHS = [16, 20, 20, 18, 16, 14]

# the sole inset (back view)
SOLE = area([(392, 805), (408, 800), (440, 812), (447, 840), (445, 880), (440, 920),
             (432, 955), (413, 960), (393, 950), (388, 905), (386, 860), (388, 830)])
SOLE_HEEL = oval(413, 936, 21, 17)
SOLE_LESSER_TOES = line([(411, 812), (423, 812), (434, 817), (441, 824)], [14, 14, 12, 10])
FIRST_RAY = line([(399, 805), (399, 820), (396, 838), (395, 848)], [14, 14, 15, 10])

# the front of the ankle and the dorsum of the foot (front view)
F_ANKLE_FRONT = oval(214, 888, 11, 9)
F_DORSAL_FOOT = area([(196, 903), (214, 900), (230, 908), (236, 926), (230, 942), (206, 944),
                      (188, 936), (190, 915)])

PATTERNS: list[P] = [
    # --- sartorius -------------------------------------------------------------------------
    P("sartorius", "sartorius",
      sites=[site("front", x=195, y=505), site("front", x=220, y=600),
             site("front", x=230, y=670)],
      essential={"front": line([(192, 510), (204, 550), (217, 590), (228, 635), (231, 680),
                                (228, 715)], [10, 11, 12, 12, 12, 12])},
      spillover={"front": oval(226, 722, 9, 9)},
      description="A superficial sharp or tingling pain in a narrow band along the course of "
                  "the muscle, across the front of the thigh and down its inner side to the "
                  "inner knee.",
      source=V2.format("sartorius"), frequency=1),

    # --- pectineus -------------------------------------------------------------------------
    P("pectineus", "pectineus",
      sites=[site("front", x=226, y=530)],
      essential={"front": area([(203, 500), (222, 503), (242, 515), (246, 535), (238, 558),
                                (222, 566), (210, 548), (204, 522)])},
      spillover={"front": area([(210, 550), (230, 556), (242, 570), (238, 592), (222, 596),
                                (212, 578)])},
      description="A deep ache in the groin just below the inguinal ligament, over the front of "
                  "the hip joint; it may spread onto the upper inner thigh.",
      source=V2.format("pectineus"), frequency=2),

    # --- adductor longus and brevis --------------------------------------------------------
    P("adductor_longus", "adductor_longus",
      sites=[site("front", x=234, y=560), site("front", x=232, y=600)],
      essential={"front": area([(203, 496), (226, 503), (244, 520), (244, 555), (236, 580),
                                (222, 582), (212, 556), (205, 525)])
                 | line([(222, 676), (224, 698), (227, 720)], [14, 16, 12])},
      spillover={"front": line([(226, 580), (225, 620), (223, 660), (222, 690)],
                               [18, 18, 16, 14])
                 | line([(228, 728), (230, 770), (227, 820), (224, 870)], [12, 12, 10, 8])},
      description="Deep groin pain spreading onto the upper inner front of the thigh, and from "
                  "the lower trigger points pain above the inner knee; it can spill down the "
                  "inner thigh and along the inner shin toward the ankle.",
      source=V2.format("adductor longus and brevis"), frequency=2),
    P("adductor_brevis", "adductor_brevis",
      sites=[site("front", x=232, y=545)],
      essential={"front": area([(203, 496), (226, 503), (244, 520), (244, 555), (236, 580),
                                (222, 582), (212, 556), (205, 525)])
                 | line([(222, 676), (224, 698), (227, 720)], [14, 16, 12])},
      spillover={"front": line([(226, 580), (225, 620), (223, 660), (222, 690)],
                               [18, 18, 16, 14])
                 | line([(228, 728), (230, 770), (227, 820), (224, 870)], [12, 12, 10, 8])},
      description="Like adductor longus: deep groin pain and the upper inner front of the "
                  "thigh, pain above the inner knee, at times down the inner shin.",
      source=V2.format("adductor longus and brevis"), frequency=1),

    # --- adductor magnus -------------------------------------------------------------------
    P("adductor_magnus", "adductor_magnus",
      sites=[site("front", x=236, y=612)],
      essential={"front": line([(210, 500), (226, 545), (230, 590), (229, 640), (226, 690)],
                               [20, 24, 22, 18, 14])},
      spillover={"front": line([(208, 503), (224, 545), (230, 600), (228, 660), (225, 700)],
                               [30, 32, 30, 26, 18])},
      description="From the mid-thigh trigger points pain runs up the inner front of the thigh "
                  "to the groin just below the inguinal ligament and down nearly to the knee.",
      source=V2.format("adductor magnus"), frequency=2),

    # --- gracilis --------------------------------------------------------------------------
    P("gracilis", "gracilis",
      sites=[site("front", x=241, y=600)],
      essential={"front": line([(240, 560), (238, 600), (235, 645), (232, 690)],
                               [10, 12, 12, 10]),
                 "back": line([(258, 565), (260, 605), (263, 645), (266, 685)], 8)},
      spillover={"front": line([(242, 540), (238, 600), (234, 660), (231, 712)],
                               [12, 18, 16, 12])},
      description="A hot, stinging, superficial pain running up and down the inner thigh.",
      source=V2.format("gracilis"), frequency=1),

    # --- quadriceps femoris ----------------------------------------------------------------
    P("rectus_femoris", "rectus_femoris",
      sites=[site("front", x=192, y=530)],
      essential={"front": oval(207, 708, 15, 18)},
      spillover={"front": line([(205, 630), (206, 665), (207, 692)], [16, 22, 26])},
      description="Deep knee pain at the front of the knee, around and behind the kneecap; it "
                  "may spread up over the lower front of the thigh.",
      source=V2.format("quadriceps femoris: rectus femoris"), frequency=2),
    P("vastus_medialis", "vastus_medialis",
      sites=[site("front", x=219, y=682)],
      essential={"front": area([(213, 696), (226, 700), (232, 718), (228, 733), (216, 728),
                                (210, 712)])},
      spillover={"front": line([(218, 630), (220, 665), (220, 695)], [12, 16, 16])},
      description="Pain at the inner front of the knee, along the inner side of the kneecap; "
                  "a band may run up the lower inner thigh.",
      source=V2.format("quadriceps femoris: vastus medialis"), frequency=3),
    P("vastus_intermedius", "vastus_intermedius",
      sites=[site("front", x=204, y=600)],
      essential={"front": line([(203, 560), (205, 610), (207, 660), (207, 690)],
                               [22, 28, 26, 20])},
      spillover={"front": line([(202, 535), (204, 590), (207, 660), (207, 698)],
                               [16, 30, 30, 22])},
      description="Pain over the front of the thigh, spreading from the mid-thigh down nearly "
                  "to the knee.",
      source=V2.format("quadriceps femoris: vastus intermedius"), frequency=2),
    P("vastus_lateralis", "vastus_lateralis",
      sites=[site("front", x=176, y=600)],
      essential={"front": line(F_LATERAL_THIGH[1:], THIGH_EDGE_WIDTHS[1:]),
                 "back": line(B_LATERAL_THIGH[1:], THIGH_EDGE_WIDTHS[1:])},
      spillover={"front": line([*F_LATERAL_THIGH, (188, 750)], [22, 28, 28, 24, 20, 18, 12]),
                 "back": line([*B_LATERAL_THIGH, (315, 750)], [22, 28, 28, 24, 20, 18, 12])},
      description="Pain along the whole outer thigh, from the region of the greater trochanter "
                  "down to the outer knee; it can spill just below the knee.",
      source=V2.format("quadriceps femoris: vastus lateralis"), frequency=3),
    P("vastus_lateralis_distal", "vastus_lateralis",
      sites=[site("front", x=190, y=688)],
      essential={"front": area([(184, 700), (196, 698), (200, 712), (196, 728), (185, 730),
                                (181, 716)]),
                 "back": oval(317, 716, 5, 12)},
      spillover={"front": line([(180, 655), (185, 680), (190, 700)], [10, 12, 12])},
      description="The low outer trigger point: pain at the outer knee and along the outer "
                  "border of the kneecap, at times a little way up the outer thigh.",
      source=V2.format("quadriceps femoris: vastus lateralis"), frequency=2),

    # --- hamstrings ------------------------------------------------------------------------
    P("biceps_femoris", "biceps_femoris",
      sites=[site("back", x=304, y=660)],
      essential={"back": oval(297, 710, 18, 15)},
      spillover={"back": line([(300, 575), (302, 630), (300, 690)], [18, 24, 26])
                 | line([(297, 722), (298, 740), (298, 755)], [26, 20, 14])},
      description="Pain at the back of the knee; it spills up the back of the thigh and a "
                  "little way below the knee into the upper calf.",
      source=V2.format("hamstrings: biceps femoris"), frequency=2),
    P("semitendinosus", "semitendinosus",
      sites=[site("back", x=281, y=640)],
      essential={"back": area([(262, 526), (282, 518), (300, 523), (305, 545), (294, 567),
                               (274, 571), (262, 560)])},
      spillover={"back": line([(278, 562), (280, 605), (278, 660), (276, 705), (274, 730),
                               (272, 770)], [22, 30, 24, 18, 14, 10])},
      description="Pain in the lower buttock at the gluteal fold; it spills down the back of "
                  "the inner thigh to the inner back of the knee and the upper inner calf.",
      source=V2.format("hamstrings: semitendinosus"), frequency=2),
    P("semimembranosus", "semimembranosus",
      sites=[site("back", x=270, y=650)],
      essential={"back": area([(262, 526), (282, 518), (300, 523), (305, 545), (294, 567),
                               (274, 571), (262, 560)])},
      spillover={"back": line([(278, 562), (280, 605), (278, 660), (276, 705), (274, 730),
                               (272, 770)], [22, 30, 24, 18, 14, 10])},
      description="Like semitendinosus: pain in the lower buttock at the gluteal fold, "
                  "spilling down the back of the inner thigh to the inner knee and upper calf.",
      source=V2.format("hamstrings: semimembranosus"), frequency=2),

    # --- popliteus -------------------------------------------------------------------------
    P("popliteus", "popliteus",
      sites=[site("back", x=286, y=740)],
      essential={"back": oval(292, 718, 13, 11)},
      spillover={},
      description="Pain at the back of the knee, mostly just below the crease.",
      source=V2.format("popliteus"), frequency=2),

    # --- gastrocnemius ---------------------------------------------------------------------
    P("gastrocnemius", "gastrocnemius",
      sites=[site("back", x=278, y=748)],
      essential={"back": oval(395, 878, 8, 20)},
      spillover={"back": oval(292, 712, 15, 10)
                 | line([(276, 730), (273, 770), (274, 810), (279, 850), (283, 880)],
                        [18, 20, 18, 14, 12])
                 | line([(285, 862), (285, 895)], [10, 10]),
                 "front": line([(233, 735), (235, 770), (233, 805)], [6, 7, 6])},
      description="From the medial head the main pain is in the instep, the inner arch of the "
                  "sole; it spills into the back of the knee, down the inner calf and to the "
                  "back of the ankle.",
      source=V2.format("gastrocnemius"), frequency=3),
    P("gastrocnemius_knee", "gastrocnemius",
      sites=[site("back", x=282, y=728), site("back", x=304, y=728)],
      essential={"back": oval(293, 716, 16, 13)},
      spillover={"back": line([(293, 728), (293, 760)], [28, 20])},
      description="The trigger points high in both heads, just below the knee: pain behind "
                  "the knee, at times into the upper calf.",
      source=V2.format("gastrocnemius"), frequency=2),

    # --- soleus and plantaris --------------------------------------------------------------
    P("soleus", "soleus",
      sites=[site("back", x=282, y=845)],
      essential={"back": line([(289, 855), (289, 892), (288, 915), (288, 935)], [12, 8, 24, 28])
                 | SOLE_HEEL},
      spillover={"back": line([(288, 805), (289, 835), (289, 860)], [22, 20, 16])
                 | oval(412, 926, 24, 26)},
      description="Pain at the heel, over its back and underside, and along the Achilles "
                  "tendon; it may spread up the lower calf.",
      source=V2.format("soleus"), frequency=3),
    P("soleus_upper", "soleus",
      sites=[site("back", x=311, y=770)],
      essential={"back": area([(276, 735), (296, 728), (314, 740), (316, 770), (306, 795),
                               (288, 798), (274, 778)])},
      spillover={},
      description="The upper trigger point below the head of the fibula: pain over the upper "
                  "back of the calf.",
      source=V2.format("soleus"), frequency=2),
    P("soleus_sacroiliac", "soleus",
      sites=[site("back", x=300, y=818)],
      essential={"back": oval(270, 462, 11, 13)},
      spillover={},
      description="A rare trigger point in the lower outer soleus that refers deep pain to the "
                  "sacroiliac joint on the same side.",
      source=V2.format("soleus"), frequency=1),
    P("plantaris", "plantaris",
      sites=[site("back", x=304, y=712)],
      essential={"back": area([(280, 704), (298, 700), (308, 711), (308, 740), (302, 775),
                               (290, 780), (282, 750)])},
      spillover={},
      description="Pain at the back of the knee extending down over the upper calf.",
      source=V2.format("plantaris"), frequency=1),

    # --- deep posterior leg ----------------------------------------------------------------
    P("tibialis_posterior", "tibialis_posterior",
      sites=[site("back", x=290, y=790)],
      essential={"back": line([(289, 835), (289, 862), (289, 884)], [12, 14, 12])},
      spillover={"back": line([(290, 760), (290, 800), (289, 840)], [20, 22, 16])
                 | oval(288, 925, 13, 14) | SOLE},
      description="Pain along the Achilles tendon just above the heel; it spills up the calf "
                  "and into the heel and the whole sole of the foot and toes.",
      source=V2.format("tibialis posterior"), frequency=1),
    P("flexor_digitorum_longus", "flexor_digitorum_longus",
      sites=[site("back", x=277, y=800)],
      essential={"back": oval(422, 842, 15, 10) | SOLE_LESSER_TOES},
      spillover={"back": line([(276, 780), (275, 830), (276, 870), (277, 895)],
                              [12, 14, 12, 12])
                 | oval(420, 852, 16, 16)},
      description="Pain in the middle of the sole just behind the lesser toes and under those "
                  "toes; it spills to the inner ankle and the inner calf.",
      source=V2.format("flexor digitorum longus"), frequency=1),
    P("flexor_hallucis_longus", "flexor_hallucis_longus",
      sites=[site("back", x=302, y=820)],
      essential={"back": FIRST_RAY},
      spillover={"back": line([(396, 845), (395, 862)], [14, 10])},
      description="Pain under the big toe and the ball of the foot at the head of the first "
                  "metatarsal.",
      source=V2.format("flexor hallucis longus"), frequency=1),

    # --- anterior leg ----------------------------------------------------------------------
    P("tibialis_anterior", "tibialis_anterior",
      sites=[site("front", x=205, y=765)],
      essential={"front": oval(219, 889, 10, 9) | oval(229, 933, 8, 10)},
      spillover={"front": line([(208, 770), (210, 810), (213, 850), (217, 880)],
                               [10, 10, 10, 10])
                 | line([(222, 898), (228, 918)], [10, 8])},
      description="Pain at the inner front of the ankle and over the top and inner side of the "
                  "big toe; it spills down the front of the shin from the trigger point.",
      source=V2.format("tibialis anterior"), frequency=2),
    P("extensor_digitorum_longus", "extensor_digitorum_longus",
      sites=[site("front", x=196, y=780)],
      essential={"front": F_DORSAL_FOOT - oval(231, 934, 9, 14)},
      spillover={"front": line([(200, 840), (206, 870), (211, 895)], [12, 14, 16])},
      description="Pain over the top of the foot toward the middle toes; it may spill up over "
                  "the front of the ankle and the lower shin.",
      source=V2.format("extensor digitorum longus"), frequency=2),
    P("extensor_hallucis_longus", "extensor_hallucis_longus",
      sites=[site("front", x=208, y=850)],
      essential={"front": line([(219, 902), (225, 918), (229, 936)], [12, 12, 12])},
      spillover={"front": line([(209, 850), (212, 875), (216, 896)], [10, 12, 12])},
      description="Pain over the top of the first metatarsal and the big toe; it may spill up "
                  "over the front of the ankle and the lower shin.",
      source=V2.format("extensor hallucis longus"), frequency=1),

    # --- peroneal muscles ------------------------------------------------------------------
    P("peroneus_longus", "peroneus_longus",
      sites=[site("front", x=185, y=760)],
      essential={"front": oval(200, 892, 7, 12) | line([(196, 900), (190, 918), (186, 935)],
                                                        [10, 10, 9]),
                 "back": oval(301, 892, 7, 12) | line([(300, 900), (302, 918)], [10, 10])},
      spillover={"front": line([(186, 780), (190, 815), (195, 850)], [12, 12, 10]),
                 "back": line([(318, 780), (312, 815), (307, 850)], [12, 12, 10])},
      description="Pain above, behind and below the outer ankle bone and along the outer edge "
                  "of the foot; it spills over the middle third of the outer leg.",
      source=V2.format("peroneus longus"), frequency=2),
    P("peroneus_brevis", "peroneus_brevis",
      sites=[site("front", x=197, y=850)],
      essential={"front": oval(200, 892, 7, 12) | line([(196, 900), (190, 918)], [10, 9]),
                 "back": oval(301, 892, 7, 12)},
      spillover={"front": line([(192, 830), (196, 865)], [10, 10]),
                 "back": line([(309, 830), (304, 865)], [10, 10])},
      description="Pain around the outer ankle bone (above, behind and below it), a little "
                  "way along the outer foot; at times over the lower outer leg.",
      source=V2.format("peroneus brevis"), frequency=2),

    # --- intrinsic foot muscles ------------------------------------------------------------
    P("extensor_digitorum_brevis", "extensor_digitorum_brevis",
      sites=[site("front", x=204, y=918)],
      essential={"front": oval(207, 918, 11, 8)},
      spillover={},
      description="A local ache in the middle of the top of the foot, over the muscle.",
      source=V2.format("extensor digitorum brevis"), frequency=1),
    P("abductor_hallucis", "abductor_hallucis",
      sites=[site("back", x=395, y=890)],
      essential={"back": line([(392, 872), (391, 900), (395, 928), (400, 945)],
                              [10, 12, 14, 12])},
      spillover={"back": line([(391, 850), (390, 875), (392, 910)], [10, 12, 12])},
      description="Pain along the inner heel and the inner border of the foot; it spills along "
                  "the instep, the inner arch.",
      source=V2.format("abductor hallucis"), frequency=2),
    P("flexor_digitorum_brevis", "flexor_digitorum_brevis",
      sites=[site("back", x=415, y=880)],
      essential={"back": oval(421, 841, 13, 7)},
      spillover={"back": oval(421, 846, 18, 13)},
      description="Pain in the ball of the foot over the heads of the second to fourth "
                  "metatarsals.",
      source=V2.format("flexor digitorum brevis"), frequency=2),
    P("abductor_digiti_minimi_foot", "abductor_digiti_minimi_foot",
      sites=[site("back", x=438, y=880)],
      essential={"back": oval(439, 846, 7, 8)},
      spillover={"back": line([(436, 836), (440, 860), (440, 880)], [14, 10, 8])},
      description="Pain under the outer ball of the foot, at the head of the fifth metatarsal; "
                  "it may spread a little along the outer sole.",
      source=V2.format("abductor digiti minimi"), frequency=1),
    P("quadratus_plantae", "quadratus_plantae",
      sites=[site("back", x=415, y=912)],
      essential={"back": oval(414, 936, 16, 13)},
      spillover={},
      description="Pain on the underside of the heel.",
      source=V2.format("quadratus plantae"), frequency=2),
    P("flexor_hallucis_brevis", "flexor_hallucis_brevis",
      sites=[site("back", x=400, y=842)],
      essential={"back": FIRST_RAY | oval(393, 840, 6, 9)},
      spillover={"back": oval(412, 815, 5, 8),
                 "front": oval(233, 926, 4, 8)},
      description="Pain under and on the inner side of the head of the first metatarsal and "
                  "over the big toe; it may spill to the second toe.",
      source=V2.format("flexor hallucis brevis"), frequency=1),
    P("adductor_hallucis", "adductor_hallucis",
      sites=[site("back", x=418, y=842)],
      essential={"back": oval(418, 840, 22, 8)},
      spillover={"back": oval(418, 842, 26, 12)},
      description="Pain in the ball of the foot across the heads of the metatarsals.",
      source=V2.format("adductor hallucis"), frequency=1),
]
