"""Caution zones: what lies under the needle where a deep or misdirected needle does harm.

Authored like the muscle regions, for the patient's RIGHT side in each view's coordinates
(front: x < 250; back: x > 250), clipped to the body outline and mirrored for the left. A zone
that straddles the midline (the abdominal cavity) is authored as its right half with
``midline=True``; the build joins it with its mirror into one zone of side "midline".

Depth guidance: a number only where a published study gives one, with the study named and the
kind of number stated; everywhere else ``None`` and a source that says so. One view unit is
about 2 mm of a 1.75 m figure. The lung sub-zones of one view do not overlap (each point has
one lung guidance), so the interscapular zone is cut where the apex zone lies.
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.shapes import band, ellipse, smooth

# Sources, kept once and named by the zones that use them.
SEOL_2014 = ("Seol SJ, Cho H, Yoon DH, Jang SH (2014). Appropriate depth of needle insertion "
             "during rhomboid major trigger point block. Annals of Rehabilitation Medicine "
             "38(1):72-76. doi:10.5535/arm.2014.38.1.72")
KEARNS_2022 = ("Kearns GA, Lierly M, Posteraro RH, Gilbert KK (2022). Correlation between "
               "thoracic kyphosis and dry needle length required to reach the pleural space "
               "needling the upper trapezius: a cadaveric fluoroscopic assessment. "
               "Musculoskeletal Science and Practice 62:102622. "
               "doi:10.1016/j.msksp.2022.102622")
PEUKER_1 = ("Peuker E, Cummings M (2003). Anatomy for the acupuncturist - facts & fiction 1: "
            "the head and neck region. Acupuncture in Medicine 21(1-2):2-8")
PEUKER_2 = ("Peuker E, Cummings M (2003). Anatomy for the acupuncturist - facts & fiction 2: "
            "the chest, abdomen, and back. Acupuncture in Medicine 21(3)")
PEUKER_3 = ("Peuker E, Cummings M (2003). Anatomy for the acupuncturist - facts & fiction 3: "
            "upper & lower extremity. Acupuncture in Medicine 21(4):122-132")
NONE_PUBLISHED = "No published depth; needle direction and palpation per "


@dataclass(frozen=True)
class CautionShape:
    """One caution zone on one view, as authored (see the module docstring)."""

    id: str
    name: str
    view: str
    shape: BaseGeometry
    description: str
    source: str
    max_depth_mm: float | None = None
    depth_kind: str | None = None
    midline: bool = False


# --- lungs and pleura -----------------------------------------------------------------------
# The posterior lung field: beside the spine from the apex (above the first rib, level with
# C7) to about the 10th rib, lateral to the scapula down the chest wall; over the scapula the
# bone shields it and the zone leaves it out. It is cut into three: the apex, the
# interscapular strip (medial to the scapula, down to its inferior angle) and the rest.
_LUNG_BACK = smooth([(254, 194), (270, 186), (292, 190), (308, 198), (314, 210), (304, 222),
                     (288, 224), (289, 242), (291, 262), (295, 282), (299, 298), (312, 290),
                     (326, 278), (331, 300), (329, 322), (322, 338), (300, 344), (274, 350),
                     (254, 352)])
_APEX_BACK = shapely.intersection(_LUNG_BACK, box(0, 0, 500, 222))
_INTERSCAPULAR = shapely.difference(shapely.intersection(_LUNG_BACK, box(0, 0, 302, 302)),
                                    _APEX_BACK)
_LOWER_BACK_LUNG = shapely.difference(_LUNG_BACK, shapely.union(_APEX_BACK, _INTERSCAPULAR))
_APEX_FRONT = smooth([(213, 206), (222, 200), (234, 198), (244, 202), (247, 212), (232, 216),
                      (216, 216)])
_LUNG_FRONT = smooth([(247, 214), (230, 216), (212, 216), (194, 217), (178, 222), (170, 236),
                      (167, 260), (166, 283), (170, 305), (174, 330), (177, 343), (190, 335),
                      (206, 321), (226, 309), (247, 300)])

_LUNG_WHY = ("A needle through the intercostal space can puncture the pleura and cause a "
             "pneumothorax; breathlessness or chest pain after needling here needs urgent "
             "assessment.")

CAUTIONS: list[CautionShape] = [
    CautionShape(
        "lung_apex", "Lung apex (above the clavicle)", "front", _APEX_FRONT,
        "The dome of the pleura and the lung apex rise 2-3 cm above the medial third of the "
        "clavicle, behind the scalenes and the lower sternocleidomastoid. " + _LUNG_WHY,
        NONE_PUBLISHED + PEUKER_2),
    CautionShape(
        "lung_anterior", "Lung and pleura (front of the chest)", "front",
        _LUNG_FRONT.difference(_APEX_FRONT),
        "The lungs lie under pectoralis major and minor and the intercostals from the clavicle "
        "to about the 6th rib at the midclavicular line and the 8th at the side; on the left "
        "the heart lies under the lower medial part. " + _LUNG_WHY,
        NONE_PUBLISHED + PEUKER_2),
    CautionShape(
        "lung_apex", "Lung apex (root of the neck)", "back", _APEX_BACK,
        "Under the upper trapezius between the neck and the acromion the lung apex lies below "
        "the first rib; a long needle aimed down toward the chest reaches it. " + _LUNG_WHY,
        KEARNS_2022 + ". 15 cadavers, prone, needle perpendicular through the mid upper "
        "trapezius: 30 mm never reached the pleural space, 40 mm did in 1, 50 mm in 4, 60 mm "
        "in 6. The 30 mm stored is the longest needle that never reached it.",
        30.0, "recommended_max"),
    CautionShape(
        "lung_interscapular", "Lung and pleura (between the shoulder blades)", "back",
        _INTERSCAPULAR,
        "Between the spine and the medial border of the scapula only trapezius, the rhomboids "
        "and thin serratus posterior cover the ribs; the pleura lies just beneath. Needle "
        "tangentially or onto a rib held between two fingers. " + _LUNG_WHY,
        SEOL_2014 + ". Ultrasound, 62 patients: skin to rhomboid major and skin to rib by body "
        "mass index; safe margin 14-17 mm for BMI < 23 and 21-22 mm for BMI >= 25; for BMI "
        "23-25 the skin-to-rib depth varied too widely (24 +/- 9 mm) for a margin. The 17 mm "
        "stored is the upper end of the narrowest margin reported; no single figure fits every "
        "patient.", 17.0, "recommended_max"),
    CautionShape(
        "lung_posterior", "Lung and pleura (lower back of the chest)", "back", _LOWER_BACK_LUNG,
        "Below and lateral to the scapula the lungs reach about the 10th rib beside the spine "
        "(the pleural recess down to the 12th), under lower trapezius, latissimus dorsi, "
        "iliocostalis and serratus. " + _LUNG_WHY,
        NONE_PUBLISHED + PEUKER_2),

    # --- trunk -------------------------------------------------------------------------------
    CautionShape(
        "kidney", "Kidney", "back", ellipse(279, 400, 17, 30, angle=-12),
        "The kidneys lie from about T12 to L3 in front of quadratus lumborum and the lateral "
        "erector spinae, their upper poles under the 12th rib and the pleural recess. A deep "
        "perpendicular needle lateral to the erector spinae, or one aimed at quadratus "
        "lumborum from the side, can reach the kidney.",
        NONE_PUBLISHED + PEUKER_2 + ". Depth to the kidney varies with sex, level and build "
        "(Chia KL, Haberberger RV (2017). Needling depth at BL52 in 13 cadavers. Acupuncture "
        "in Medicine 35(2):155); no single number is stored."),
    CautionShape(
        "abdominal_cavity", "Abdominal cavity", "front",
        smooth([(250, 298), (236, 300), (220, 306), (204, 320), (188, 336), (178, 352),
                (178, 372), (175, 402), (168, 430), (184, 452), (212, 478), (234, 498),
                (250, 506)]),
        "Under rectus abdominis, the obliques and transversus lie the peritoneum and the "
        "bowel (liver and spleen under the lower ribs). The wall is thin in slim patients; "
        "needle the wall muscles by lifting them or tangentially.",
        NONE_PUBLISHED + PEUKER_2, midline=True),

    # --- neck --------------------------------------------------------------------------------
    CautionShape(
        "carotid_sheath", "Carotid sheath", "front",
        band([(226, 136), (231, 156), (236, 178), (240, 198), (243, 212)], [12, 12, 12, 11, 9]),
        "The common carotid artery, internal jugular vein and vagus nerve run under the "
        "anterior border of sternocleidomastoid. Needle the muscle by pincer grip, away from "
        "the pulse.", NONE_PUBLISHED + PEUKER_1),
    CautionShape(
        "vertebral_artery", "Vertebral artery", "back",
        shapely.union(ellipse(270, 123, 14, 9),
                      band([(268, 128), (272, 152), (274, 178)], [10, 9, 8])),
        "The vertebral artery runs up through the transverse foramina and across the posterior "
        "arch of the atlas in the suboccipital triangle, under semispinalis and the "
        "suboccipital muscles; deep needling toward the opposite eye or medially can reach it "
        "(and, near the midline, the spinal canal).", NONE_PUBLISHED + PEUKER_1),
    CautionShape(
        "brachial_plexus_subclavian", "Brachial plexus and subclavian vessels", "front",
        band([(222, 170), (215, 190), (202, 206), (186, 220), (174, 240), (167, 262)],
             [12, 14, 14, 13, 12, 10]),
        "The brachial plexus and subclavian artery pass between the anterior and middle "
        "scalenes, over the first rib under the clavicle and beneath pectoralis minor to the "
        "axilla. Nerve contact gives an electric shock down the arm; the subclavian vessels "
        "cannot be compressed.", NONE_PUBLISHED + PEUKER_1),

    # --- upper limb --------------------------------------------------------------------------
    CautionShape(
        "median_nerve", "Median nerve", "front",
        band([(130, 370), (125, 390), (118, 420), (110, 450), (103, 478), (99, 492),
              (97, 506)], [13, 10, 8, 8, 8, 8, 6]),
        "In the cubital fossa the median nerve lies medial to the brachial artery and the "
        "biceps tendon; in the forearm it runs deep to flexor digitorum superficialis and at "
        "the wrist between the flexor carpi radialis and palmaris longus tendons into the "
        "carpal tunnel.", NONE_PUBLISHED + PEUKER_3),
    CautionShape(
        "ulnar_nerve", "Ulnar nerve (wrist)", "front", ellipse(107, 490, 4.5, 9, angle=-12),
        "At the wrist the ulnar nerve and artery run under the flexor carpi ulnaris tendon "
        "into Guyon's canal beside the pisiform.", NONE_PUBLISHED + PEUKER_3),
    CautionShape(
        "ulnar_nerve", "Ulnar nerve (medial elbow)", "back",
        shapely.union(ellipse(367, 372, 5, 10), band([(361, 346), (364, 358), (367, 370)], 7)),
        "Behind the medial epicondyle the ulnar nerve lies in its groove under skin and thin "
        "fascia (the 'funny bone'), then enters flexor carpi ulnaris.",
        NONE_PUBLISHED + PEUKER_3),

    # --- lower limb --------------------------------------------------------------------------
    CautionShape(
        "femoral_bundle", "Femoral nerve, artery and vein", "front",
        band([(210, 472), (212, 498), (216, 530), (221, 565), (226, 610), (230, 650),
              (231, 690)], [26, 24, 18, 13, 11, 10, 9]),
        "In the femoral triangle below the inguinal ligament the femoral nerve, artery and vein "
        "lie side by side (lateral to medial) under skin and fascia, then run under sartorius "
        "in the adductor canal. Needle iliopsoas, pectineus and the adductors away from the "
        "femoral pulse.",
        NONE_PUBLISHED + PEUKER_3 + ". Valera-Calero JA et al. (2022, Regression model "
        "decreasing the risk of femoral neurovascular bundle accidental puncture, Tomography "
        "8(5):2498-2507) predict the depth from body measurements; no single number is "
        "stored."),
    CautionShape(
        "sciatic_nerve", "Sciatic nerve", "back",
        band([(284, 472), (296, 490), (301, 515), (300, 550), (297, 600), (295, 650),
              (293, 692)], [16, 14, 12, 11, 10, 10, 9]),
        "The sciatic nerve leaves the pelvis under piriformis, runs down midway between the "
        "ischial tuberosity and the greater trochanter under gluteus maximus and then under "
        "the hamstrings to the top of the popliteal fossa. A long needle into piriformis or "
        "the deep hamstrings can reach it.",
        NONE_PUBLISHED + PEUKER_3 + ". Valera-Calero JA et al. (2024, Testing the safety of "
        "piriformis dry needling interventions, Journal of Clinical Medicine 13(22):6674) "
        "predict the deep limit of piriformis from body measurements; no single number is "
        "stored."),
    CautionShape(
        "popliteal_fossa", "Popliteal fossa", "back",
        smooth([(293, 686), (308, 700), (312, 714), (304, 732), (293, 744), (280, 732),
                (274, 714), (278, 700)]),
        "Behind the knee the tibial and common peroneal nerves, the popliteal artery and vein "
        "lie under skin and fascia between the hamstring tendons and the heads of "
        "gastrocnemius. Needle popliteus and plantaris from the side, away from the pulse.",
        NONE_PUBLISHED + PEUKER_3),
]
