"""Named landmarks, authored for the patient's right side and mirrored for the left.

Front view: right side at x < 250. Back view: right side at x > 250 (the sole insets too).
Midline landmarks (no side) sit on x = 250.
"""

from __future__ import annotations

# (id, view, x, y) for the patient's right side, or for a midline landmark.
RIGHT_SIDE: list[tuple[str, str, float, float]] = [
    # head and face
    ("forehead", "front", 234, 66), ("eyebrow", "front", 233, 86), ("temple", "front", 215, 84),
    ("eye", "front", 235, 93), ("lower_teeth", "front", 243, 140),
    ("cheek", "front", 229, 116), ("upper_teeth", "front", 242, 131),
    ("lower_jaw", "front", 235, 146),
    ("tmj", "front", 221, 108), ("ear", "front", 208, 104), ("jaw_angle", "front", 222, 137),
    ("ear", "back", 292, 104), ("occiput", "back", 266, 110), ("mastoid", "back", 283, 124),
    ("temple", "back", 285, 84),
    # neck and shoulder
    ("posterior_neck", "back", 262, 165), ("angle_of_neck", "back", 279, 198),
    ("top_of_shoulder", "front", 188, 209), ("top_of_shoulder", "back", 318, 214),
    ("acromion", "front", 150, 224), ("acromion", "back", 350, 224),
    ("anterior_shoulder", "front", 151, 248), ("lateral_shoulder", "front", 127, 252),
    ("lateral_shoulder", "back", 373, 252), ("posterior_shoulder", "back", 347, 250),
    ("clavicle", "front", 200, 214),
    # chest and abdomen
    ("anterior_chest", "front", 205, 262), ("lateral_chest", "front", 176, 305),
    ("axilla", "front", 166, 283), ("upper_abdomen", "front", 228, 335),
    ("lower_abdomen", "front", 224, 430), ("groin", "front", 205, 497),
    ("iliac_crest", "front", 176, 432), ("greater_trochanter", "front", 160, 482),
    # back
    ("medial_border_scapula", "back", 285, 262), ("spine_of_scapula", "back", 318, 236),
    ("inferior_angle_scapula", "back", 298, 300), ("mid_back", "back", 268, 322),
    ("posterior_axillary_fold", "back", 329, 293),
    ("interscapular", "back", 266, 250), ("low_back", "back", 268, 410),
    ("iliac_crest", "back", 300, 430),
    ("sacroiliac_joint", "back", 268, 462), ("buttock", "back", 300, 479),
    ("greater_trochanter", "back", 340, 482), ("gluteal_fold", "back", 290, 540),
    # arm
    ("anterior_arm", "front", 140, 302), ("lateral_arm", "front", 119, 302),
    ("medial_arm", "front", 156, 312), ("cubital_fossa", "front", 124, 376),
    ("lateral_epicondyle", "front", 108, 378), ("medial_epicondyle", "front", 139, 374),
    ("posterior_arm", "back", 362, 302), ("lateral_arm", "back", 381, 302),
    ("medial_arm", "back", 344, 312), ("olecranon", "back", 378, 378),
    ("lateral_epicondyle", "back", 392, 378), ("medial_epicondyle", "back", 361, 374),
    # forearm and hand (the hand geometry is in body.py; the finger landmarks sit on each
    # finger's axis, body.finger_axis(finger, 0.45), the back view's on its mirror)
    ("volar_forearm", "front", 117, 420), ("volar_wrist", "front", 100, 486),
    ("palm", "front", 95, 516), ("thumb_base", "front", 83, 499),
    ("index_finger", "front", 77, 550), ("little_finger", "front", 106, 550),
    ("middle_finger", "front", 86.5, 553), ("ring_finger", "front", 96.5, 552),
    ("dorsal_forearm", "back", 383, 420), ("dorsal_wrist", "back", 400, 486),
    ("dorsal_hand", "back", 405, 516), ("thumb_base", "back", 417, 499),
    ("index_finger", "back", 423, 550), ("little_finger", "back", 394, 550),
    ("middle_finger", "back", 413.5, 553), ("ring_finger", "back", 403.5, 552),
    # thigh and knee
    ("anterior_thigh", "front", 205, 590), ("lateral_thigh", "front", 172, 600),
    ("medial_thigh", "front", 232, 585), ("anterior_knee", "front", 207, 712),
    ("medial_knee", "front", 226, 722), ("lateral_knee", "front", 186, 720),
    ("posterior_thigh", "back", 295, 600), ("lateral_thigh", "back", 328, 600),
    ("medial_thigh", "back", 268, 585), ("posterior_knee", "back", 293, 712),
    ("lateral_knee", "back", 314, 720), ("medial_knee", "back", 274, 722),
    # leg, ankle and foot
    ("shin", "front", 218, 790), ("lateral_leg", "front", 193, 800),
    ("anterior_ankle", "front", 213, 890), ("lateral_ankle", "front", 202, 893),
    ("medial_ankle", "front", 224, 893), ("dorsal_foot", "front", 210, 920),
    ("big_toe", "front", 228, 938), ("lateral_foot", "front", 189, 934),
    ("calf", "back", 292, 770), ("lateral_leg", "back", 307, 800), ("achilles", "back", 289, 868),
    ("heel", "back", 288, 928), ("lateral_ankle", "back", 298, 893),
    ("medial_ankle", "back", 276, 893),
    # the sole inset on the back view (toes up, big toe toward the midline)
    ("plantar_heel", "back", 417, 938), ("instep", "back", 397, 878),
    ("plantar_forefoot", "back", 417, 838), ("big_toe", "back", 399, 812),
    ("first_metatarsal_head", "back", 401, 834), ("fifth_metatarsal_head", "back", 437, 846),
    # trunk and shoulder (issue 15): the flank above the iliac crest, both views
    ("flank", "front", 174, 404), ("flank", "back", 321, 404),
    # leg and foot (issue 15): the front of the lateral malleolus, the outer heel, the second
    # toe (dorsum on the front view, sole inset on the back view)
    ("anterolateral_ankle", "front", 206, 889), ("lateral_heel", "back", 299, 928),
    ("second_toe", "front", 219, 940), ("second_toe", "back", 414, 810),
    # head and neck (issue 15): the scalenes' needling site, 2-3 cm above the clavicle behind
    # the SCM's clavicular head
    ("posterior_triangle", "front", 220, 199),
]

MIDLINE: list[tuple[str, str, float, float]] = [
    ("vertex", "front", 250, 44), ("vertex", "back", 250, 44),
    ("chin", "front", 250, 152), ("throat", "front", 250, 175), ("sternum", "front", 250, 255),
    ("umbilicus", "front", 250, 388), ("c7", "back", 250, 197),
    # Vertebral levels on the back view (spinous processes), spaced evenly from C7 to the
    # inferior angle of the scapula (T7) and on down at lumbar spacing: design positions
    # for this figure, not measurements.
    ("c2", "back", 250, 134), ("c5", "back", 250, 172), ("t3", "back", 250, 240),
    ("t4", "back", 250, 255), ("t6", "back", 250, 284), ("t7", "back", 250, 298),
    ("t12", "back", 250, 370), ("l2", "back", 250, 407), ("sacrum", "back", 250, 470),
    ("coccyx", "back", 250, 505),
    # trunk (issue 15): the pubic symphysis, below the rectus' lower end
    ("pubic_symphysis", "front", 250, 516),
    # pelvis and hip (issue 15): where pain felt inside the pelvis is shown on the surface
    ("anococcygeal_region", "back", 250, 526),
    # head and neck (issue 15)
    ("hyoid", "front", 250, 165),
]

NAMES: dict[str, str] = {
    "tmj": "Temporomandibular joint", "c7": "C7 spinous process",
    "c2": "C2 spinous process", "c5": "C5 spinous process", "t3": "T3 spinous process",
    "t4": "T4 spinous process", "t6": "T6 spinous process", "t7": "T7 spinous process",
    "t12": "T12 spinous process", "l2": "L2 spinous process",
    "posterior_axillary_fold": "Posterior axillary fold", "jaw_angle": "Angle of the jaw",
    "angle_of_neck": "Angle of the neck", "top_of_shoulder": "Top of the shoulder",
    "medial_border_scapula": "Medial border of the scapula",
    "spine_of_scapula": "Spine of the scapula",
    "inferior_angle_scapula": "Inferior angle of the scapula",
    "sacroiliac_joint": "Sacroiliac joint", "cubital_fossa": "Cubital fossa (front of elbow)",
    "achilles": "Achilles tendon", "plantar_heel": "Sole of the heel",
    "interscapular": "Between the shoulder blades", "gluteal_fold": "Gluteal fold",
    "first_metatarsal_head": "Ball of the big toe (1st metatarsal head)",
    "fifth_metatarsal_head": "Head of the 5th metatarsal", "lateral_foot": "Outer edge of the foot",
    "plantar_forefoot": "Ball of the foot (plantar forefoot)", "instep": "Instep (medial arch)",
    # trunk and shoulder (issue 15)
    "flank": "Flank (side of the waist)", "pubic_symphysis": "Pubic symphysis",
    # leg and foot (issue 15)
    "anterolateral_ankle": "Front of the outer ankle", "lateral_heel": "Outer side of the heel",
    "anococcygeal_region": "Anococcygeal region (between the coccyx and the anus)",
    # head and neck (issue 15)
    "posterior_triangle": "Posterior triangle of the neck", "hyoid": "Hyoid bone",
}


def display_name(landmark_id: str) -> str:
    return NAMES.get(landmark_id, landmark_id.replace("_", " ").capitalize())
