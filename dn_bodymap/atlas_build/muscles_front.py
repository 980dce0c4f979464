"""Muscle regions of the front (anterior) view, patient's right side (x < 250).

List order is priority within a layer: where two shapes of one layer overlap, the earlier
keeps the overlap.
"""

from __future__ import annotations

import shapely

from dn_bodymap.atlas_build.body import hand_point as _h
from dn_bodymap.atlas_build.shapes import band, ellipse, poly, smooth
from dn_bodymap.atlas_build.spec import MuscleShape as M

# Below the iliac crest and the inguinal line (ASIS ~(182, 444) to the pubic tubercle): the
# internal oblique and transversus stop here and leave the TFL, sartorius and gluteus medius.
_BELOW_INGUINAL = poly([(140, 428), (182, 444), (242, 506), (250, 512), (250, 640),
                        (140, 640)])

FRONT: list[M] = [
    # --- head and face --------------------------------------------------------------------
    M("occipitofrontalis", "Occipitofrontalis", "superficial",
      smooth([(250, 50), (236, 48), (224, 54), (218, 64), (222, 74), (230, 80), (240, 81),
              (250, 81)])),
    M("temporalis", "Temporalis", "superficial",
      smooth([(222, 56), (228, 64), (227, 78), (225, 92), (222, 104), (213, 106), (208, 92),
              (210, 72)])),
    # zygomaticus crosses the masseter and keeps the crossing (listed first)
    M("zygomaticus_major", "Zygomaticus major", "superficial",
      band([(222, 103), (229, 116), (238, 132)], [6, 6, 4])),
    M("masseter", "Masseter", "superficial",
      smooth([(218, 106), (228, 108), (231, 124), (234, 138), (227, 145), (219, 139),
              (215, 122)])),
    # pterygoids under the masseter: lateral near the TMJ, medial inside the jaw angle
    M("lateral_pterygoid", "Lateral pterygoid", "deep", ellipse(226, 112, 9, 6, angle=12)),
    M("medial_pterygoid", "Medial pterygoid", "deep", ellipse(226, 130, 5, 10, angle=-20)),
    # Orbicularis oculi: a ring round the eye (orbital and palpebral parts); the eye itself is
    # left bare. After the frontalis and temporalis, which keep the brow and the temple.
    M("orbicularis_oculi", "Orbicularis oculi", "superficial", shapely.difference(
      ellipse(235, 92, 11, 9), ellipse(235, 93, 7, 3.5))),
    # Buccinator: the wall of the cheek from behind the masseter's front edge forward to the
    # corner of the mouth, deep to the masseter and zygomaticus major.
    M("buccinator", "Buccinator", "deep",
      smooth([(228, 121), (236, 122), (242, 127), (242, 134), (236, 137), (228, 134)])),
    # --- neck -----------------------------------------------------------------------------
    M("sternocleidomastoid", "Sternocleidomastoid", "superficial",
      band([(216, 126), (221, 150), (229, 175), (237, 196), (240, 209)], [10, 12, 12, 14, 14])),
    # Digastric: the anterior belly under the chin and the posterior belly from the hyoid up
    # and back below the angle of the jaw (toward the mastoid, hidden above by the SCM).
    M("digastric", "Digastric", "superficial",
      band([(246, 149), (243, 160), (237, 166), (230, 160), (225, 152), (220, 143)],
           [6, 7, 6, 6, 5, 4])),
    # Upper trapezius on the front view: only its anterior edge at the back of the neck and
    # over the top of the shoulder; the posterior triangle in front of it is the scalenes'.
    M("upper_trapezius", "Upper trapezius", "superficial",
      band([(224, 170), (222, 182), (216, 192), (206, 199), (190, 205), (168, 210),
            (150, 214), (136, 219)], [4, 4, 5, 6, 12, 12, 12, 8])),
    # Platysma: the thin sheet from the lower jaw down the front of the neck, over the clavicle
    # onto the upper chest; after the SCM and digastric (which keep their ground) and off the
    # posterior triangle, where the scalenes are needled.
    M("platysma", "Platysma", "superficial",
      smooth([(218, 140), (232, 146), (246, 150), (245, 172), (241, 196), (239, 212),
              (236, 228), (222, 230), (207, 224), (206, 214), (218, 207), (231, 204),
              (229, 180), (222, 160)])),
    # The scalenes behind the SCM in the posterior triangle, front to back: anterior (to the
    # first rib, behind the clavicular head), middle (first rib, behind the brachial plexus),
    # posterior (second rib, toward the front edge of the trapezius). Their upper parts run
    # under the SCM to the cervical transverse processes.
    M("anterior_scalene", "Anterior scalene", "intermediate",
      band([(226, 160), (227, 178), (227, 194), (228, 210)], [5, 6, 6, 6])),
    M("middle_scalene", "Middle scalene", "intermediate",
      band([(223, 158), (222, 176), (220, 194), (217, 210)], [5, 6, 7, 7])),
    M("posterior_scalene", "Posterior scalene", "intermediate",
      band([(221, 168), (218, 184), (212, 198), (205, 210)], [4, 6, 7, 7])),
    # Longus colli and longus capitis: on the front of the cervical vertebrae beside the
    # trachea, deep to the SCM and the viscera (C1 to T3).
    M("longus_colli", "Longus colli and longus capitis", "deep",
      band([(244, 146), (243, 170), (242, 195), (243, 218)], [5, 6, 6, 5])),
    # --- shoulder and arm -----------------------------------------------------------------
    M("deltoid", "Deltoid", "superficial",
      smooth([(172, 214), (152, 218), (130, 224), (116, 244), (114, 272), (120, 298),
              (126, 318), (133, 306), (144, 286), (154, 266), (160, 248), (167, 228)])),
    M("coracobrachialis", "Coracobrachialis", "superficial",
      band([(163, 262), (158, 292), (151, 322)], [8, 9, 6])),
    M("biceps_brachii", "Biceps brachii", "superficial",
      band([(150, 262), (142, 300), (135, 336), (127, 364), (124, 378)], [14, 25, 22, 16, 6])),
    M("triceps_brachii", "Triceps brachii", "superficial",
      band([(161, 298), (157, 330), (148, 362)], [8, 10, 7])),
    M("brachialis", "Brachialis", "intermediate",
      band([(137, 312), (131, 345), (125, 372)], [20, 30, 18])),
    # --- chest ----------------------------------------------------------------------------
    # Sternalis, a variant present in a minority: a slim strip over the side of the sternum.
    M("sternalis", "Sternalis", "superficial",
      band([(244, 226), (243.5, 250), (243.5, 282)], [3.5, 4, 3])),
    M("pectoralis_major", "Pectoralis major", "superficial",
      smooth([(247, 212), (222, 213), (196, 214), (174, 218), (160, 232), (152, 252),
              (152, 268), (160, 274), (174, 280), (192, 289), (214, 298), (234, 301),
              (247, 294), (248, 252)])),
    M("pectoralis_minor", "Pectoralis minor", "intermediate",
      smooth([(163, 230), (172, 228), (196, 248), (216, 268), (218, 290), (204, 292),
              (190, 284), (176, 262), (164, 240)])),
    M("subclavius", "Subclavius", "deep",
      band([(222, 214), (200, 217), (176, 220), (162, 224)], 8)),
    # Subscapularis is reached only from the axilla (arm abducted, between the chest wall and
    # the scapula): charted here, deep in the posterior wall of the axilla.
    M("subscapularis", "Subscapularis", "deep", ellipse(167, 274, 6, 11, angle=8)),
    # Intercostals: deep in the rib spaces of the anterior and lateral chest, from below the
    # clavicle to the costal margin, between the sternum's edge and the side of the chest.
    M("intercostals", "Intercostals", "deep",
      smooth([(246, 224), (222, 222), (196, 226), (176, 236), (166, 258), (164, 290),
              (168, 320), (178, 346), (190, 352), (204, 336), (220, 316), (238, 302),
              (246, 298)])),
    M("serratus_anterior", "Serratus anterior", "superficial",
      smooth([(166, 282), (182, 288), (192, 294), (186, 301), (198, 308), (190, 315),
              (202, 322), (194, 330), (200, 337), (186, 344), (190, 352), (180, 356),
              (178, 340), (170, 310)])),
    M("latissimus_dorsi", "Latissimus dorsi", "superficial",
      band([(166, 280), (171, 310), (176, 345), (178, 372), (174, 402)], 7)),
    # --- abdomen --------------------------------------------------------------------------
    # pyramidalis: a small triangle in front of the rectus' lower end, from the pubis beside
    # the symphysis up toward the linea alba (listed first: it lies over the rectus)
    M("pyramidalis", "Pyramidalis", "superficial",
      smooth([(249, 517), (241, 515), (238, 510), (246, 482), (249.5, 478)])),
    # rectus: three notches from the lateral edge hint at the tendinous intersections
    M("rectus_abdominis", "Rectus abdominis", "superficial", shapely.difference(
      smooth([(248, 292), (232, 292), (222, 298), (220, 316), (223, 322), (220, 340),
              (223, 356), (220, 372), (224, 390), (222, 420), (226, 460), (232, 490),
              (240, 518), (248, 520)]),
      shapely.union_all([ellipse(224, y, 10, 1.2) for y in (322, 355, 388)]))),
    M("external_oblique", "External oblique", "superficial",
      smooth([(206, 300), (222, 302), (220, 340), (222, 400), (224, 452), (214, 466),
              (194, 460), (176, 450), (164, 436), (176, 400), (182, 360), (176, 330),
              (186, 316)])),
    # internal oblique before iliopsoas: it keeps the lower lateral abdomen, the iliacus
    # shows below it and the psoas beside the rectus, down through the femoral triangle
    M("internal_oblique", "Internal oblique", "intermediate", shapely.difference(
      smooth([(178, 350), (200, 352), (224, 380), (228, 460), (220, 490), (196, 470),
              (172, 450), (176, 400)]), _BELOW_INGUINAL)),
    M("iliopsoas", "Iliopsoas", "intermediate",
      shapely.union(
          band([(237, 366), (235, 420), (228, 465), (212, 500), (210, 525), (216, 548)],
               [10, 14, 16, 18, 14, 8]),
          smooth([(182, 440), (200, 436), (222, 452), (224, 478), (210, 504), (196, 490),
                  (184, 466)]))),
    M("transversus_abdominis", "Transversus abdominis", "deep", shapely.difference(
      smooth([(180, 362), (224, 372), (228, 468), (204, 480), (174, 446)]), _BELOW_INGUINAL)),
    # --- forearm (volar) ------------------------------------------------------------------
    # lateral (radial) to medial (ulnar): BR, PT crossing obliquely, FCR, PL, FCU
    M("brachioradialis", "Brachioradialis", "superficial",
      smooth([(117, 334), (113, 352), (112, 380), (106, 420), (100, 455), (93, 487),
              (80, 484), (84, 440), (90, 400), (98, 370), (108, 340)])),
    M("pronator_teres", "Pronator teres", "superficial",
      band([(141, 375), (128, 395), (105, 429)], [10, 12, 7])),
    M("flexor_carpi_radialis", "Flexor carpi radialis", "superficial",
      smooth([(127, 390), (133, 394), (118, 432), (107, 462), (99, 488), (94, 488), (100, 456),
              (108, 428)])),
    M("palmaris_longus", "Palmaris longus", "superficial",
      smooth([(126, 386), (134, 388), (124, 430), (114, 460), (104, 490), (99, 489),
              (106, 460), (115, 430)])),
    M("flexor_carpi_ulnaris", "Flexor carpi ulnaris", "superficial",
      smooth([(134, 386), (142, 374), (148, 400), (140, 430), (128, 460), (113, 492),
              (104, 490), (114, 460), (124, 430)])),
    M("flexor_digitorum_superficialis", "Flexor digitorum superficialis", "intermediate",
      band([(130, 390), (120, 430), (108, 470), (102, 486)], [24, 26, 20, 14])),
    # pronator quadratus: the deepest, straight across the radius and ulna over the distal
    # quarter of the volar forearm, just above the wrist (listed before the deep flexors,
    # whose bellies end above it)
    M("pronator_quadratus", "Pronator quadratus", "deep",
      smooth([(92, 467), (104, 465), (115, 467), (113, 476), (110, 484), (100, 485),
              (90, 484), (89, 475)])),
    M("flexor_digitorum_profundus", "Flexor digitorum profundus", "deep",
      band([(134, 392), (126, 430), (114, 470), (106, 486)], [16, 18, 14, 10])),
    M("flexor_pollicis_longus", "Flexor pollicis longus", "deep",
      band([(112, 420), (104, 450), (96, 482)], [10, 12, 8])),
    # --- hand (palm) ----------------------------------------------------------------------
    M("abductor_pollicis_brevis", "Abductor pollicis brevis", "superficial",
      smooth([(93, 491), (90, 502), (82, 512), (73, 518), (70, 510), (78, 498), (86, 490)])),
    # flexor pollicis brevis: the thenar eminence's ulnar (medial) strip, beside abductor
    # pollicis brevis, to the thumb's MCP joint
    M("flexor_pollicis_brevis", "Flexor pollicis brevis", "superficial",
      band([_h(6, 2.5), _h(14, 7.5), _h(21, 13.5), _h(26, 19)], [6, 7, 6, 5])),
    M("abductor_digiti_minimi_hand", "Abductor digiti minimi (hand)", "superficial",
      band([(111, 495), (110, 515), (108, 535)], [10, 11, 7])),
    # flexor digiti minimi (brevis): the hypothenar eminence on the radial side of abductor
    # digiti minimi, in the same superficial plane
    M("flexor_digiti_minimi_hand", "Flexor digiti minimi brevis (hand)", "superficial",
      band([_h(6, -6.5), _h(22, -8), _h(40, -9.5)], [6, 8, 6])),
    M("opponens_pollicis", "Opponens pollicis", "intermediate",
      band([(91, 496), (84, 506), (77, 516)], [8, 9, 6])),
    # opponens digiti minimi: deep to the other two hypothenar muscles, along the 5th metacarpal
    M("opponens_digiti_minimi", "Opponens digiti minimi", "intermediate",
      band([_h(7, -10), _h(22, -12.5), _h(38, -13)], [7, 8, 5])),
    # the four lumbricals on the radial side of each flexor tendon in the distal palm
    M("lumbricals", "Lumbricals", "intermediate", shapely.union_all([
      band([_h(26, a0), _h(46, a1)], [3.2, 3.6])
      for a0, a1 in ((9.5, 15.0), (4.0, 6.8), (-1.5, -1.5), (-6.2, -9.0))])),
    M("adductor_pollicis", "Adductor pollicis", "deep",
      smooth([(101, 500), (99, 534), (75, 512)])),
    # the three palmar interossei deep in the palm along the metacarpals (the first, on the
    # index metacarpal, lies mostly under adductor pollicis, which keeps the overlap)
    M("palmar_interossei", "Palmar interossei", "deep", shapely.union_all([
      band([_h(16, a0), _h(43, a1)], [4, 4.5])
      for a0, a1 in ((5.0, 8.6), (-3.2, -4.0), (-7.2, -10.2))])),
    # --- hip and thigh --------------------------------------------------------------------
    M("gluteus_medius", "Gluteus medius", "superficial",
      smooth([(162, 436), (176, 440), (172, 456), (162, 480), (156, 470), (156, 446)])),
    M("tensor_fasciae_latae", "Tensor fasciae latae", "superficial",
      smooth([(180, 446), (186, 462), (180, 500), (172, 540), (164, 548), (158, 520),
              (160, 480), (170, 452)])),
    # the anterior part of the gluteus minimus, deep under the TFL and the gluteus medius,
    # from the outer ilium below the iliac crest (behind the ASIS) to the front of the greater
    # trochanter
    M("gluteus_minimus", "Gluteus minimus", "deep",
      smooth([(159, 443), (171, 445), (180, 456), (176, 470), (167, 484), (158, 482),
              (155, 462)])),
    # sartorius crosses from the ASIS to the medial knee and keeps its crossings
    M("sartorius", "Sartorius", "superficial",
      band([(184, 452), (192, 495), (206, 545), (220, 590), (228, 630), (231, 670),
            (229, 705), (226, 735)], [10, 11, 11, 11, 9, 8, 8, 7])),
    M("rectus_femoris", "Rectus femoris", "superficial",
      band([(190, 500), (194, 530), (203, 590), (204, 650), (206, 695)], [8, 14, 26, 15, 8])),
    M("vastus_lateralis", "Vastus lateralis", "superficial",
      smooth([(160, 505), (184, 510), (195, 560), (198, 620), (200, 680), (198, 702),
              (188, 708), (178, 690), (168, 640), (160, 580)])),
    M("vastus_medialis", "Vastus medialis", "superficial",
      smooth([(212, 600), (220, 625), (227, 660), (228, 690), (221, 708), (211, 705),
              (205, 688), (205, 650), (207, 620)])),
    M("pectineus", "Pectineus", "superficial",
      smooth([(244, 504), (246, 514), (236, 536), (222, 556), (212, 552), (214, 536),
              (226, 514)])),
    M("adductor_longus", "Adductor longus", "superficial",
      smooth([(246, 508), (248, 530), (240, 580), (228, 625), (222, 618), (224, 580),
              (230, 540), (238, 512)])),
    M("gracilis", "Gracilis", "superficial",
      band([(249, 525), (246, 580), (238, 630), (234, 672), (232, 712)],
           [8, 9, 7, 6, 5])),
    M("adductor_magnus", "Adductor magnus", "superficial",
      smooth([(242, 530), (244, 560), (238, 620), (230, 660), (226, 650), (232, 610),
              (236, 560)])),
    M("adductor_brevis", "Adductor brevis", "intermediate",
      smooth([(238, 510), (246, 520), (236, 560), (224, 580), (220, 570), (228, 530)])),
    M("vastus_intermedius", "Vastus intermedius", "deep",
      band([(196, 500), (200, 560), (204, 620), (206, 680)], [20, 30, 30, 18])),
    # --- leg ------------------------------------------------------------------------------
    # Lateral to medial: peroneus longus (upper two thirds) and brevis at the outer edge,
    # peroneus tertius (lower third), EDL, EHL (lower half), tibialis anterior just lateral to
    # the tibial crest; then the bare anteromedial face of the tibia (the shin landmark) and,
    # medially, the gastrocnemius and soleus edges behind the tibia.
    M("extensor_hallucis_longus", "Extensor hallucis longus", "superficial",
      band([(205, 815), (207.5, 850), (209, 870), (211, 892)], [4, 4, 4, 3.5])),
    M("peroneus_longus", "Peroneus longus", "superficial",
      band([(184, 730), (185, 775), (191, 830)], [12, 14, 8])),
    M("tibialis_anterior", "Tibialis anterior", "superficial",
      band([(203, 738), (203, 790), (209.5, 830), (212.5, 850), (214, 870), (218, 890)],
           [14, 12, 8, 5, 5, 5])),
    # peroneus tertius: lower third of the fibula, lateral to the EDL, in front of the lateral
    # malleolus on its way to the base of the fifth metatarsal
    M("peroneus_tertius", "Peroneus tertius", "superficial",
      band([(199, 830), (200, 850), (201.5, 870), (202, 886)], [3, 4.5, 4, 3])),
    M("extensor_digitorum_longus", "Extensor digitorum longus", "superficial",
      band([(192, 740), (194.5, 780), (196, 800), (200, 825), (204, 850), (206, 870),
            (209, 890)], [10, 9, 8, 6, 4, 3, 3])),
    M("peroneus_brevis", "Peroneus brevis", "superficial",
      band([(190, 800), (193, 830), (195, 850), (198, 870), (199.5, 888)], [8, 8, 6, 5, 4])),
    M("gastrocnemius", "Gastrocnemius", "superficial",
      band([(231, 728), (236, 765), (234, 810)], [9, 12, 6])),
    M("soleus", "Soleus", "superficial",
      band([(234, 790), (232, 830), (226, 870)], [6, 6, 4])),
    # --- foot (dorsum) --------------------------------------------------------------------
    # extensor hallucis brevis: the medial belly of the short extensors, running distally and
    # medially to the big toe (lateral to the EHL tendon); listed first, it keeps its ground
    M("extensor_hallucis_brevis", "Extensor hallucis brevis", "superficial",
      band([(209, 909), (217, 920), (224, 931)], [6, 7, 5])),
    M("extensor_digitorum_brevis", "Extensor digitorum brevis", "superficial",
      smooth([(196, 905), (210, 908), (218, 925), (212, 935), (196, 935), (188, 925)])),
    # dorsal interossei: between the metatarsals, under the short and long extensors
    M("dorsal_interossei_foot", "Dorsal interossei (foot)", "deep",
      smooth([(196, 914), (212, 911), (226, 914), (232, 924), (230, 936), (212, 938),
              (194, 936), (191, 925)])),
]
