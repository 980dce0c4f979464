"""Muscle regions of the back (posterior) view, patient's right side (x > 250), and of the
right sole inset (lower right, toes up, big toe toward the midline).

List order is priority within a layer: where two shapes of one layer overlap, the earlier
keeps the overlap.
"""

from __future__ import annotations

import shapely
from shapely.geometry import box

from dn_bodymap.atlas_build.body import hand_point
from dn_bodymap.atlas_build.shapes import Point, band, ellipse, mirror_point, smooth
from dn_bodymap.atlas_build.spec import MuscleShape as M


def _h(along: float, across: float) -> Point:
    """A point of the back-view right hand (the mirror of the front view's, body.hand_point)."""
    return mirror_point(hand_point(along, across))


# A narrow strip over the spinous processes, C2 to the coccyx, is left bare (bone/fascia).
_SPINE_GAP = box(0, 112, 252.5, 530)

_PERONEUS_BREVIS = band([(307, 818), (303, 852), (297, 884)], [8, 9, 6])
_PERONEUS_LONGUS = band([(314, 728), (316, 770), (312, 805), (306, 840)], [8, 12, 14, 6])
# The soleus under the skin beside the Achilles tendon (the tendon, a strip widening toward the
# heel, is left bare), up to the gastrocnemius bellies and medial to the peroneals.
_SOLEUS_UNDER_SKIN = shapely.difference(
    smooth([(268, 792), (292, 786), (310, 796), (308, 830), (300, 862), (294, 878), (282, 878),
            (274, 858), (268, 826)]),
    shapely.union_all([band([(289, 806), (289, 840), (288, 884)], [2, 5, 8]),
                       _PERONEUS_BREVIS, _PERONEUS_LONGUS]))

_AUTHORED: list[M] = [
    # --- head and neck -------------------------------------------------------------------
    M("occipitofrontalis", "Occipitofrontalis", "superficial",
      smooth([(254, 84), (270, 78), (284, 88), (288, 102), (282, 112), (266, 113),
              (254, 111)])),
    M("upper_trapezius", "Upper trapezius", "superficial",
      smooth([(250, 114), (262, 114), (267, 130), (267, 160), (273, 180), (290, 195),
              (315, 203), (340, 209), (356, 219), (352, 228), (320, 223), (285, 215),
              (250, 207)])),
    M("sternocleidomastoid", "Sternocleidomastoid", "superficial",
      band([(283, 118), (277, 138), (272, 158), (274, 180)], [12, 10, 9, 7])),
    # Levator scapulae from the C1-C4 transverse processes (its top just below the mastoid, at
    # the side of the neck) to the superior angle of the scapula; listed before splenius
    # capitis so it keeps the lateral edge of the upper neck, where it lies lateral to it.
    M("levator_scapulae", "Levator scapulae", "intermediate",
      band([(282.5, 127), (279, 136), (276, 146), (276, 160), (279, 176), (283, 195),
            (287, 226)], [4, 5, 6, 7, 9, 12, 9])),
    M("splenius_capitis", "Splenius capitis", "intermediate",
      smooth([(251, 226), (251, 208), (258, 192), (266, 165), (272, 136), (278, 120),
              (287, 118), (286, 132), (280, 160), (272, 190), (262, 216)])),
    M("semispinalis_capitis", "Semispinalis capitis", "intermediate",
      smooth([(250, 112), (266, 113), (270, 130), (267, 160), (261, 190), (252, 205)])),
    M("suboccipitals", "Suboccipitals", "deep",
      smooth([(252, 118), (266, 115), (280, 120), (279, 130), (266, 136), (252, 134)])),
    # Multifidus fills the groove beside the spinous processes from C2 to the sacrum and coccyx
    # (deepest of the back; about 8 units, 1.5-2 cm, wide in the neck and thorax: a design
    # width). It comes first of the deep back muscles so the groove is its own.
    M("multifidus", "Multifidus and rotatores", "deep",
      band([(256.5, 138), (256.5, 170), (256.5, 200), (256.5, 250), (256.5, 300), (258, 360),
            (262, 420), (262, 470), (256, 505)], [8, 8, 8, 8, 8, 10, 16, 20, 12])),
    # Splenius cervicis from the T3-T6 spinous processes (beside the spine, lateral to the
    # multifidus) up and out to the C1-C3 transverse processes.
    M("splenius_cervicis", "Splenius cervicis", "deep",
      band([(263, 286), (264, 262), (265, 236), (268, 206), (273, 180), (276, 150),
            (277, 132)], [7, 9, 10, 8, 10, 9, 6])),
    # Semispinalis cervicis from the upper thoracic transverse processes to the C2-C5 spinous
    # processes: deep to semispinalis capitis, between the multifidus groove and splenius
    # cervicis (listed after both, so only its cervical strip shows).
    M("semispinalis_cervicis", "Semispinalis cervicis", "deep",
      band([(263, 137), (264, 160), (264, 185), (263, 210)], [8, 9, 9, 7])),
    # Posterior scalene where the back view shows it: the lateral edge of the lower neck,
    # in front of (deep to) the levator scapulae and upper trapezius.
    M("posterior_scalene", "Posterior scalene", "deep",
      band([(277, 174), (280, 186), (285, 196)], [5, 6, 6])),

    # --- shoulder girdle: trapezius, scapular muscles --------------------------------------
    M("middle_trapezius", "Middle trapezius", "superficial",
      smooth([(250, 205), (285, 213), (320, 221), (352, 226), (350, 233), (320, 239),
              (296, 245), (284, 249), (266, 249), (250, 248)])),
    M("lower_trapezius", "Lower trapezius", "superficial",
      smooth([(250, 250), (270, 250), (286, 248), (296, 250), (292, 264), (286, 290),
              (277, 322), (265, 350), (257, 372), (250, 378)])),
    M("deltoid", "Deltoid", "superficial",
      smooth([(320, 247), (338, 237), (354, 228), (370, 224), (382, 234), (387, 258),
              (384, 282), (377, 306), (367, 293), (352, 275), (336, 261)])),
    M("serratus_anterior", "Serratus anterior", "superficial",
      smooth([(326, 306), (336, 304), (333, 325), (330, 348), (321, 346), (321, 322)])),
    # Latissimus dorsi from T7 down, its upper border crossing the inferior angle of the
    # scapula, then along the lower border of teres major (which it wraps) up to the posterior
    # axillary fold; listed before teres major so it keeps the angle and the fold's lower edge.
    M("latissimus_dorsi", "Latissimus dorsi", "superficial",
      smooth([(250, 298), (280, 293), (296, 290), (304, 295), (313, 300), (323, 296),
              (331, 288), (336, 285), (334, 294), (330, 306), (330, 345), (328, 385),
              (326, 415), (318, 430), (298, 436), (286, 428), (283, 392), (272, 362),
              (254, 340)])),
    # Teres major: a thick belly from the lateral border just above the inferior angle up and
    # out to the posterior axillary fold (lat keeps the angle and the fold's lower edge);
    # teres minor runs above it along the lateral border toward the back of the shoulder.
    M("teres_major", "Teres major", "superficial",
      band([(298, 293), (313, 289), (330, 281), (346, 273), (356, 267)], [12, 16, 16, 13, 9])),
    M("teres_minor", "Teres minor", "superficial",
      band([(308, 284), (330, 267), (350, 255)], [8, 10, 8])),
    M("infraspinatus", "Infraspinatus", "superficial",
      smooth([(292, 252), (308, 245), (330, 244), (342, 254), (340, 262), (322, 276),
              (306, 290), (295, 282)])),
    M("supraspinatus", "Supraspinatus", "intermediate",
      smooth([(287, 224), (300, 213), (320, 209), (345, 215), (353, 226), (332, 233),
              (306, 240), (290, 244)])),
    M("rhomboid_minor", "Rhomboid minor", "intermediate",
      smooth([(250, 200), (270, 212), (287, 228), (290, 246), (270, 241), (250, 222)])),
    M("rhomboid_major", "Rhomboid major", "intermediate",
      smooth([(250, 222), (270, 241), (290, 246), (294, 275), (298, 303), (280, 292),
              (262, 278), (250, 270)])),
    # (subscapularis is not drawn here: it lies on the front of the scapula, out of a needle's
    # reach from the back; it is charted on the front view at the axilla)
    M("serratus_posterior_superior", "Serratus posterior superior", "deep",
      smooth([(250, 198), (266, 206), (286, 232), (300, 262), (292, 268), (270, 240),
              (250, 236)])),
    # Upper iliocostalis (thoracis above T7, and cervicis): along the angles of the ribs,
    # lateral to longissimus and under the rhomboids, up to the root of the neck (its slim
    # cervical tendons to the C4-C6 transverse processes, under splenius cervicis, are not
    # drawn apart). Deep here: the rhomboids and serratus posterior superior lie over it
    # (listed after that serratus, which keeps the overlap).
    M("iliocostalis_cervicis", "Upper iliocostalis", "deep",
      band([(277, 194), (276, 214), (274, 236), (278, 258), (283, 280), (288, 304)],
           [6, 7, 7, 9, 10, 8])),

    # --- arm and elbow ---------------------------------------------------------------------
    M("triceps_brachii", "Triceps brachii", "superficial",
      smooth([(330, 264), (352, 268), (374, 290), (390, 300), (393, 340), (388, 368),
              (380, 376), (372, 374), (364, 360), (350, 330), (338, 300)])),
    M("anconeus", "Anconeus", "superficial",
      smooth([(384, 376), (394, 381), (392, 396), (382, 405), (378, 392)])),

    # --- forearm, extensor side (radial = larger x) ----------------------------------------
    # The thumb's outcropping muscles surface in the distal third between extensor digitorum
    # and the radial wrist extensors and cross over those (and the brachioradialis tendon)
    # to the thumb: abductor pollicis longus above, extensor pollicis brevis just distal.
    M("abductor_pollicis_longus", "Abductor pollicis longus", "superficial",
      band([(396, 441), (402, 454), (408, 468), (412, 482)], [6, 8, 7, 5])),
    M("extensor_pollicis_brevis", "Extensor pollicis brevis", "superficial",
      band([(396, 456), (401, 466), (406, 477), (411, 490)], [5, 6, 6, 4])),
    M("brachioradialis", "Brachioradialis", "superficial",
      band([(392, 338), (399, 372), (404, 405), (408, 440), (412, 476)], [7, 11, 11, 8, 5])),
    M("extensor_carpi_radialis_longus", "Extensor carpi radialis longus", "superficial",
      smooth([(386, 358), (392, 390), (398, 425), (403, 455), (407, 455), (404, 420),
              (399, 388), (394, 354)])),
    M("extensor_carpi_radialis_brevis", "Extensor carpi radialis brevis", "superficial",
      smooth([(390, 382), (390, 410), (395, 436), (401, 470), (405, 470), (404, 440),
              (400, 412), (395, 382)])),
    M("extensor_digitorum", "Extensor digitorum", "superficial",
      smooth([(386, 386), (380, 408), (380, 428), (387, 452), (395, 482), (404, 482),
              (399, 452), (392, 425), (391, 390)])),
    M("extensor_carpi_ulnaris", "Extensor carpi ulnaris", "superficial",
      smooth([(383, 388), (372, 410), (371, 430), (379, 452), (388, 478), (394, 478),
              (388, 452), (381, 428), (387, 392)])),
    M("supinator", "Supinator", "deep",
      band([(393, 380), (393, 398), (388, 418)], [10, 11, 8])),
    # deep to extensor digitorum: extensor pollicis longus from the middle third of the ulna
    # toward Lister's tubercle, extensor indicis from the distal ulna toward the index finger
    M("extensor_pollicis_longus", "Extensor pollicis longus", "deep",
      band([(388, 428), (394, 449), (401, 469), (407, 486)], [6, 7, 6, 4])),
    M("extensor_indicis", "Extensor indicis", "deep",
      band([(383, 452), (389, 468), (395, 484)], [6, 6, 5])),

    # --- hand (dorsum) ---------------------------------------------------------------------
    M("first_dorsal_interosseous", "First dorsal interosseous", "superficial",
      smooth([(410, 493), (419, 497), (426, 510), (426, 522), (422, 532), (417, 527),
              (414, 509)])),
    # the 2nd to 4th dorsal interossei between metacarpals 2-3, 3-4 and 4-5 (the first has
    # its own region above: it has its own referral pattern)
    M("dorsal_interossei", "Dorsal interossei (2nd-4th)", "superficial", shapely.union_all([
      band([_h(14, a0), _h(43, a1)], [4, 4.5])
      for a0, a1 in ((4.6, 8.2), (0.0, 0.0), (-4.6, -8.0))])),

    # --- trunk: erector spinae and deep back ------------------------------------------------
    M("longissimus", "Longissimus thoracis", "intermediate",
      band([(258, 205), (262, 260), (266, 320), (268, 380), (266, 430), (262, 465)],
           [8, 12, 16, 20, 20, 14])),
    M("iliocostalis", "Iliocostalis", "intermediate",
      band([(292, 296), (292, 320), (290, 380), (284, 430), (272, 462)],
           [10, 14, 16, 14, 8])),
    M("quadratus_lumborum", "Quadratus lumborum", "deep",
      smooth([(276, 386), (300, 382), (316, 392), (322, 424), (302, 432), (282, 438),
              (274, 412)])),
    M("serratus_posterior_inferior", "Serratus posterior inferior", "deep",
      smooth([(262, 362), (290, 340), (322, 344), (328, 370), (302, 380), (270, 400),
              (262, 408)])),
    # Intercostals of the lower back ribs, lateral to the rib angles and below the scapula
    # (above, the scapula covers them), down to serratus posterior inferior, which lies over
    # the lowest ones and is listed first.
    M("intercostals", "Intercostals", "deep",
      smooth([(294, 306), (314, 302), (331, 304), (333, 332), (330, 356), (314, 350),
              (296, 346)])),

    # --- hip --------------------------------------------------------------------------------
    M("gluteus_maximus", "Gluteus maximus", "superficial",
      smooth([(268, 446), (300, 455), (330, 465), (345, 480), (347, 510), (340, 530),
              (316, 546), (286, 549), (262, 541), (254, 518), (258, 490), (264, 465)])),
    M("gluteus_medius", "Gluteus medius", "superficial",
      smooth([(278, 441), (305, 430), (332, 432), (343, 450), (345, 482), (334, 476),
              (318, 468), (298, 460), (280, 455)])),
    M("piriformis", "Piriformis", "deep",
      band([(262, 468), (290, 476), (318, 478), (334, 476)], [16, 14, 10, 6])),
    M("gluteus_minimus", "Gluteus minimus", "deep",
      smooth([(290, 446), (315, 436), (336, 440), (343, 462), (338, 476), (312, 468),
              (292, 460)])),
    # The short external rotators below the piriformis, deep under the gluteus maximus, from
    # the ischium to the greater trochanter: the obturator internus leaving the pelvis at the
    # lesser sciatic notch, its tendon flanked by the gemelli (one region: the superior above
    # it, the inferior below; listed after it so the tendon keeps the middle), then the
    # quadratus femoris from the ischial tuberosity to the intertrochanteric crest, above the
    # hamstring origin.
    M("obturator_internus", "Obturator internus", "deep",
      band([(271, 500), (290, 498), (312, 494), (336, 487)], [11, 7, 5, 4])),
    M("gemelli", "Gemelli (superior and inferior)", "deep",
      band([(276, 498), (290, 497), (312, 493), (336, 486)], [16, 17, 15, 10])),
    M("quadratus_femoris", "Quadratus femoris", "deep",
      smooth([(281, 511), (306, 508), (332, 503), (337, 520), (308, 527), (283, 531)])),

    # --- posterior thigh --------------------------------------------------------------------
    M("biceps_femoris", "Biceps femoris", "superficial",
      smooth([(284, 542), (300, 550), (316, 578), (320, 620), (318, 660), (316, 695),
              (319, 726), (312, 731), (305, 705), (296, 670), (290, 630), (287, 590)])),
    M("gracilis", "Gracilis", "superficial",
      band([(258, 530), (259, 600), (264, 660), (270, 710), (276, 736)], [6, 9, 8, 6, 5])),
    M("semitendinosus", "Semitendinosus", "superficial",
      band([(279, 545), (280, 600), (282, 650), (280, 690), (275, 725)], [14, 16, 14, 8, 4])),
    M("semimembranosus", "Semimembranosus", "superficial",
      band([(272, 598), (269, 645), (272, 690), (275, 712)], [8, 12, 12, 6])),
    M("adductor_magnus", "Adductor magnus", "superficial",
      smooth([(256, 535), (280, 540), (284, 575), (272, 630), (264, 650), (256, 610)])),
    M("vastus_lateralis", "Vastus lateralis", "superficial",
      smooth([(322, 530), (338, 545), (337, 600), (329, 660), (319, 702), (314, 690),
              (317, 640), (316, 590)])),

    # --- leg (calf) -------------------------------------------------------------------------
    M("gastrocnemius", "Gastrocnemius", "superficial",
      smooth([(268, 700), (290, 700), (314, 702), (319, 730), (316, 765), (306, 790),
              (296, 791), (291, 782), (286, 801), (276, 803), (266, 780), (262, 740)])),
    M("peroneus_brevis", "Peroneus brevis", "superficial", _PERONEUS_BREVIS),
    M("peroneus_longus", "Peroneus longus", "superficial", _PERONEUS_LONGUS),
    # Below the gastrocnemius bellies the soleus lies under the skin either side of the
    # Achilles tendon (which is left bare: a strip that widens toward the heel).
    M("soleus", "Soleus", "superficial", _SOLEUS_UNDER_SKIN),
    # the rest of the soleus, under the gastrocnemius (not again beneath its own skin part)
    M("soleus", "Soleus", "intermediate", shapely.difference(
      smooth([(272, 720), (300, 718), (316, 740), (318, 790), (306, 840), (296, 872),
              (290, 880), (282, 872), (272, 835), (266, 790), (266, 750)]),
      _SOLEUS_UNDER_SKIN)),
    M("plantaris", "Plantaris", "deep", ellipse(302, 714, 15, 4.5, angle=126)),
    M("popliteus", "Popliteus", "deep",
      band([(310, 722), (292, 735), (274, 748)], [8, 12, 10])),
    M("tibialis_posterior", "Tibialis posterior", "deep",
      band([(290, 748), (290, 790), (290, 840)], [14, 14, 8])),
    M("flexor_digitorum_longus", "Flexor digitorum longus", "deep",
      band([(276, 760), (276, 800), (280, 860)], [8, 10, 6])),
    M("flexor_hallucis_longus", "Flexor hallucis longus", "deep",
      band([(304, 780), (302, 820), (294, 870)], [10, 12, 6])),

    # --- sole inset (right sole: toes up, big toe medial = smaller x) ------------------------
    M("abductor_hallucis", "Abductor hallucis", "superficial",
      band([(402, 945), (395, 910), (394, 875), (395, 840), (398, 826)], [10, 12, 14, 9, 6])),
    M("abductor_digiti_minimi_foot", "Abductor digiti minimi (foot)", "superficial",
      band([(424, 948), (434, 920), (438, 885), (440, 850), (438, 834)], [10, 10, 10, 8, 5])),
    M("flexor_digitorum_brevis", "Flexor digitorum brevis", "superficial",
      smooth([(404, 940), (418, 948), (428, 935), (430, 900), (428, 850), (420, 834),
              (408, 836), (400, 860), (400, 900)])),
    M("quadratus_plantae", "Quadratus plantae", "intermediate",
      smooth([(406, 940), (416, 946), (428, 935), (428, 900), (420, 880), (408, 882),
              (402, 905)])),
    M("flexor_hallucis_brevis", "Flexor hallucis brevis", "intermediate",
      ellipse(400, 840, 7, 13)),
    M("adductor_hallucis", "Adductor hallucis", "deep",
      smooth([(398, 832), (420, 826), (438, 834), (436, 846), (420, 848), (404, 858),
              (398, 848)])),
    # second plantar layer: the lumbricals, from the long flexor tendons to the medial sides
    # of the lesser toes (between the FHB and the lateral forefoot)
    M("lumbricals_foot", "Lumbricals (foot)", "intermediate",
      smooth([(410, 836), (420, 832), (428, 836), (429, 858), (427, 878), (418, 880),
              (410, 876), (408, 856)])),
    # third layer, lateral forefoot: flexor digiti minimi brevis under the fifth metatarsal
    M("flexor_digiti_minimi_brevis_foot", "Flexor digiti minimi brevis (foot)", "intermediate",
      band([(434, 886), (435, 862), (434, 840)], [7, 8, 6])),
    # fourth layer: the plantar interossei under the third to fifth metatarsals, behind the
    # adductor hallucis
    M("plantar_interossei_foot", "Plantar interossei (foot)", "deep",
      smooth([(419, 856), (427, 849), (437, 850), (439, 870), (436, 892), (426, 894),
              (419, 884)])),
]

BACK: list[M] = [M(m.id, m.name, m.layer, m.shape.difference(_SPINE_GAP)) for m in _AUTHORED]
