"""Referral patterns of the shoulder girdle, upper-arm and upper-chest muscles.

Travell & Simons vol. 1 (2nd ed.), chapters 21-32 (rotator cuff, latissimus, teres major,
rhomboids, deltoid, arm muscles) and 42-46 (pectorals, subclavius, sternalis, serratus
posterior superior, serratus anterior). Right side only; the left is mirrored by the build.

Where no landmark exists (single fingers, the radial and ulnar edges of the forearm, the
thumb web) the points below are read off the body geometry (body.finger_axis gives each
finger's axis from the knuckle to past the tip); the back-view hand is the mirror image of
the front-view hand.
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import area, mark, site, spot, streak
from dn_bodymap.atlas_build.shapes import Point, band, ellipse

SRC = "Travell & Simons vol. 1, ch. {} ({})"


def line(points: Sequence[Point], widths: float | Sequence[float]) -> BaseGeometry:
    """A smooth band through explicit points (where landmarks are too sparse)."""
    return band(list(points), widths)


def oval(x: float, y: float, rx: float, ry: float | None = None,
         angle: float = 0.0) -> BaseGeometry:
    return ellipse(x, y, rx, ry if ry is not None else rx, angle)


# --- front view (palm facing forward, thumb at smaller x) --------------------------------
F_RADIAL_FOREARM = [(105, 416), (98, 450), (91, 482)]  # lateral (thumb-side) volar forearm
F_ULNAR_FOREARM = [(131, 414), (124, 450), (112, 482)]  # medial (little-finger side)
F_LITTLE = [(105, 536), (107, 569)]
F_RING = [(97.5, 535), (95, 576)]
F_MIDDLE = [(89, 534), (82.5, 578)]
F_INDEX = [(81, 533.5), (71, 572.5)]
F_THUMB = [(85, 495.5), (71, 509), (60.5, 520)]
F_ULNAR_PALM = (105, 516)

# --- back view (dorsum facing the viewer, thumb at larger x) -------------------------------
B_RADIAL_FOREARM = [(395, 416), (402, 450), (409, 482)]
B_ULNAR_FOREARM = [(369, 414), (376, 450), (388, 482)]
B_LITTLE = [(395, 536), (393, 569)]
B_RING = [(402.5, 535), (405, 576)]
B_MIDDLE = [(411, 534), (417.5, 578)]
B_INDEX = [(419, 533.5), (429, 572.5)]
B_THUMB = [(415, 495.5), (429, 509), (439.5, 520)]
B_THUMB_WEB = (421, 518)
B_ULNAR_HAND = (395, 516)


def _ulnar_arm_front(top: Point | None = None, w: float = 16) -> BaseGeometry:
    """Down the inner (medial) arm and the ulnar forearm, front view, to the wrist."""
    pts = [top or mark("front", "axilla"), mark("front", "medial_arm"), (146, 345),
           mark("front", "medial_epicondyle"), *F_ULNAR_FOREARM]
    return line(pts, [w, w, w, w - 1, w - 2, w - 2, w - 3])


def _ulnar_hand_front(fingers: Sequence[Sequence[Point]] = (F_RING, F_LITTLE)) -> BaseGeometry:
    zone = line([F_ULNAR_FOREARM[-1], F_ULNAR_PALM, (105, 538)], [10, 12, 10])
    for f in fingers:
        zone = zone | line(f, 7)
    return zone


def _ulnar_arm_back(top: Point | None = None, w: float = 16) -> BaseGeometry:
    """Down the medial (ulnar) edge of the arm and forearm, back view, to the wrist."""
    pts = [top or mark("back", "medial_arm"), (352, 345), mark("back", "medial_epicondyle"),
           *B_ULNAR_FOREARM]
    return line(pts, [w, w, w - 1, w - 2, w - 2, w - 3])


def _ulnar_hand_back(fingers: Sequence[Sequence[Point]] = (B_RING, B_LITTLE)) -> BaseGeometry:
    zone = line([B_ULNAR_FOREARM[-1], B_ULNAR_HAND, (395, 538)], [10, 12, 10])
    for f in fingers:
        zone = zone | line(f, 8)
    return zone


def _lateral_arm(view: str, w: float = 18) -> BaseGeometry:
    """Down the outer (lateral) edge of the arm to the lateral epicondyle."""
    return streak(view, ["lateral_shoulder", "lateral_arm", "lateral_epicondyle"], [w, w, w - 2])


PATTERNS: list[P] = [
    # --- rotator cuff -----------------------------------------------------------------------
    P("supraspinatus", "supraspinatus",
      sites=[site("back", x=316, y=226)],
      essential={"back": spot("back", "lateral_shoulder", 11, 17, dx=-2, dy=4)
                 | spot("back", "lateral_epicondyle", 8, 8),
                 "front": spot("front", "lateral_shoulder", 11, 17, dx=2, dy=4)
                 | spot("front", "lateral_epicondyle", 8, 8)},
      spillover={"back": _lateral_arm("back")
                 | line([mark("back", "lateral_epicondyle"), *B_RADIAL_FOREARM], [12, 11, 10, 8]),
                 "front": _lateral_arm("front")
                 | line([mark("front", "lateral_epicondyle"), *F_RADIAL_FOREARM],
                        [12, 11, 10, 8])},
      description="A deep ache over the middle of the deltoid at the outer shoulder, often also "
                  "at the lateral epicondyle; it may spread down the outer arm and forearm "
                  "toward the wrist.",
      source=SRC.format(21, "supraspinatus"), frequency=2),
    P("infraspinatus", "infraspinatus",
      sites=[site("back", x=320, y=262)],
      essential={"front": spot("front", "anterior_shoulder", 13, 15, dx=-3, dy=-2)},
      spillover={"front": line([mark("front", "anterior_shoulder"), (128, 302), (119, 350),
                                (118, 386), (110, 410), *F_RADIAL_FOREARM[1:]],
                               [22, 16, 13, 11, 11, 10, 9])
                 | line([F_RADIAL_FOREARM[-1], mark("front", "thumb_base"), F_THUMB[-1]],
                        [9, 11, 8])
                 | line(F_INDEX, 7),
                 "back": oval(265, 131, 9, 8)},
      description="Deep pain in the front of the shoulder joint; it may spread down the front "
                  "and outer arm and the radial forearm to the thumb side of the hand, and "
                  "occasionally to the upper back of the neck below the skull.",
      source=SRC.format(22, "infraspinatus"), frequency=3),
    P("infraspinatus_medial", "infraspinatus",
      sites=[site("back", x=298, y=268)],
      essential={"back": line([(289, 228), (284, 262), (292, 292)], [11, 13, 10])},
      spillover={"back": line([(290, 220), (283, 262), (290, 290)], [18, 20, 12])},
      description="A trigger point near the medial border of the shoulder blade refers along "
                  "that border, between the shoulder blade and the spine.",
      source=SRC.format(22, "infraspinatus"), frequency=2),
    P("teres_minor", "teres_minor",
      sites=[site("back", x=334, y=266)],
      essential={"back": oval(362, 276, 8, 10)},
      spillover={"back": line([mark("back", "posterior_shoulder"), (358, 262), (362, 290),
                               (363, 312)], [16, 20, 20, 14])},
      description="A small, deep, sharply located spot at the back of the shoulder, in the "
                  "posterior deltoid just above its insertion, like a bursitis; it may spread "
                  "a little over the back of the upper arm.",
      source=SRC.format(23, "teres minor"), frequency=1),
    P("subscapularis", "subscapularis",
      sites=[site("front", x=167, y=275)],  # reached from the axilla, arm abducted
      essential={"back": spot("back", "posterior_shoulder", 13, 16, dx=4, dy=4)},
      spillover={"back": area([(296, 228), (326, 222), (340, 236), (322, 270), (302, 290),
                               (292, 262)])
                 | streak("back", ["posterior_shoulder", "posterior_arm", "olecranon"],
                          [22, 18, 12])
                 | spot("back", "dorsal_wrist", 13, 6, dy=-2),
                 "front": spot("front", "volar_wrist", 13, 6, dy=-2)},
      description="Severe pain at the back of the shoulder; it may spread over the shoulder "
                  "blade, down the back of the arm to the elbow, and as a band around the "
                  "wrist, back and front.",
      source=SRC.format(26, "subscapularis"), frequency=3),
    # --- latissimus, teres major, rhomboids, serratus posterior superior -------------------
    P("teres_major", "teres_major",
      sites=[site("back", x=313, y=296)],
      essential={"back": area([(340, 240), (360, 244), (366, 270), (364, 300), (358, 330),
                               (350, 326), (349, 296), (340, 262)])},
      spillover={"back": line([(335, 236), (356, 244), (360, 282)], [12, 14, 12])
                 | line([B_ULNAR_FOREARM[0], mark("back", "dorsal_forearm"), (392, 448)],
                        [12, 18, 14])},
      description="Pain over the back of the deltoid and down over the long head of the "
                  "triceps at the back of the arm; sometimes also the back of the forearm.",
      source=SRC.format(25, "teres major"), frequency=2),
    P("latissimus_dorsi", "latissimus_dorsi",
      sites=[site("back", x=322, y=306)],
      essential={"back": area([(288, 282), (312, 282), (324, 302), (316, 328), (294, 336),
                               (276, 318), (278, 296)])},
      spillover={"back": spot("back", "posterior_shoulder", 12, 14, dx=-2)
                 | _ulnar_arm_back(mark("back", "medial_arm"))
                 | line([(340, 290), mark("back", "medial_arm")], 12)
                 | _ulnar_hand_back()
                 | area([(280, 274), (316, 272), (332, 300), (322, 338), (294, 348), (268, 326),
                         (270, 292)])},
      description="An ache around the lower tip of the shoulder blade and the nearby mid "
                  "back; it may spread to the back of the shoulder and down the inner arm and "
                  "forearm to the ring and little fingers.",
      source=SRC.format(24, "latissimus dorsi"), frequency=2),
    P("rhomboid_major", "rhomboid_major",
      sites=[site("back", x=281, y=270)],
      essential={"back": line([(278, 220), (274, 262), (284, 296)], [12, 14, 10])},
      spillover={"back": oval(318, 224, 24, 9, angle=-8)
                 | line([(279, 212), (273, 262), (284, 302)], [20, 22, 14])},
      description="An ache along the medial border of the shoulder blade, between it and the "
                  "spine; it may spread up and out over the top of the shoulder blade.",
      source=SRC.format(27, "rhomboid"), frequency=2),
    P("rhomboid_minor", "rhomboid_minor",
      sites=[site("back", x=279, y=234)],
      essential={"back": line([(278, 220), (274, 262), (284, 296)], [12, 14, 10])},
      spillover={"back": oval(318, 224, 24, 9, angle=-8)
                 | line([(279, 212), (273, 262), (284, 302)], [20, 22, 14])},
      description="An ache along the medial border of the shoulder blade, between it and the "
                  "spine; it may spread up and out over the top of the shoulder blade.",
      source=SRC.format(27, "rhomboid"), frequency=2),
    P("serratus_posterior_superior", "serratus_posterior_superior",
      sites=[site("back", x=280, y=236)],
      essential={"back": area([(292, 222), (322, 228), (334, 246), (318, 262), (296, 258)])},
      spillover={"back": spot("back", "posterior_shoulder", 13, 15, dx=2, dy=4)
                 | streak("back", ["posterior_shoulder", "posterior_arm", "olecranon"],
                          [18, 16, 14])
                 | _ulnar_arm_back((364, 380), 14)
                 | _ulnar_hand_back((B_LITTLE,)),
                 "front": spot("front", "anterior_chest", 16, 12, dx=-8, dy=-6)},
      description="A deep, steady ache under the upper part of the shoulder blade; it may "
                  "spread over the back of the shoulder and arm, the ulnar forearm and hand to "
                  "the little finger, and to the upper chest.",
      source=SRC.format(45, "serratus posterior superior"), frequency=2),
    # --- deltoid and arm ----------------------------------------------------------------------
    P("deltoid", "deltoid",
      sites=[site("front", x=147, y=253)],
      essential={"front": area([(154, 232), (162, 250), (156, 278), (140, 290), (124, 276),
                                (124, 250), (138, 234)])},
      spillover={"front": line([(140, 250), (134, 300)], [34, 20]),
                 "back": spot("back", "lateral_shoulder", 8, 16, dx=2, dy=6)},
      description="Local pain over the front and middle of the deltoid; it may spread a little "
                  "down the arm.",
      source=SRC.format(28, "deltoid"), frequency=2),
    P("deltoid_posterior", "deltoid",
      sites=[site("back", x=352, y=262)],
      essential={"back": area([(338, 238), (360, 236), (376, 256), (372, 286), (356, 294),
                               (342, 282), (336, 258)])},
      spillover={"back": line([(358, 280), (364, 320)], [28, 18]),
                 "front": spot("front", "lateral_shoulder", 8, 16, dx=-2, dy=6)},
      description="Local pain over the back and middle of the deltoid, spreading a little "
                  "down the back of the arm.",
      source=SRC.format(28, "deltoid"), frequency=2),
    P("coracobrachialis", "coracobrachialis",
      sites=[site("front", x=156, y=292)],
      essential={"front": spot("front", "anterior_shoulder", 14, 18, dx=-2, dy=2)},
      spillover={"back": line([mark("back", "posterior_shoulder"), mark("back", "posterior_arm"),
                               (370, 345)], [14, 16, 12])
                 | line([(382, 400), mark("back", "dorsal_forearm"), (394, 460)], [10, 14, 10])
                 | line([(404, 500), mark("back", "dorsal_hand"), *B_MIDDLE], [10, 12, 9, 7])},
      description="Pain over the front of the deltoid; it may spread down the back of the arm "
                  "(skipping the elbow), the back of the forearm and the back of the hand to the "
                  "middle finger.",
      source=SRC.format(29, "coracobrachialis"), frequency=1),
    P("biceps_brachii", "biceps_brachii",
      sites=[site("front", x=137, y=326)],
      essential={"front": spot("front", "anterior_shoulder", 12, 15, dy=-4)
                 | line([(148, 258), (140, 300)], [14, 8])},
      spillover={"front": line([(148, 258), (138, 330)], [22, 14])
                 | spot("front", "cubital_fossa", 10, 8),
                 "back": oval(318, 224, 20, 8, angle=-8)},
      description="Pain up over the biceps to the front of the shoulder; it may also be felt in "
                  "the crook of the elbow and over the top of the shoulder blade.",
      source=SRC.format(30, "biceps brachii"), frequency=2),
    P("brachialis", "brachialis",
      sites=[site("front", x=128, y=356)],
      essential={"back": area([(410, 492), (421, 492), (430, 506), (426, 522), (414, 518),
                               (408, 504)])},
      spillover={"back": spot("back", "dorsal_hand", 6, 7, dx=8, dy=2)
                 | line(B_THUMB[1:], 8),
                 "front": spot("front", "cubital_fossa", 9, 8)
                 | spot("front", "anterior_shoulder", 10, 12)},
      description="Pain at the back of the base of the thumb and the thumb web; it may also be "
                  "felt in the crook of the elbow and the front of the shoulder.",
      source=SRC.format(31, "brachialis"), frequency=2),
    P("triceps_brachii", "triceps_brachii",
      sites=[site("back", x=354, y=310)],
      essential={"back": line([(344, 238), mark("back", "posterior_shoulder"),
                               mark("back", "posterior_arm"), (370, 345)], [14, 18, 16, 12])},
      spillover={"back": oval(322, 218, 16, 7, angle=-10)
                 | line([(384, 405), mark("back", "dorsal_forearm"), (394, 462)], [10, 14, 10])},
      description="Pain up the back of the arm to the back and top of the shoulder; it may "
                  "reach toward the base of the neck and, skipping the elbow, the back of the "
                  "forearm.",
      source=SRC.format(32, "triceps brachii"), frequency=2),
    P("triceps_brachii_distal", "triceps_brachii",
      sites=[site("back", x=386, y=358)],
      essential={"back": spot("back", "lateral_epicondyle", 8, 9),
                 "front": spot("front", "lateral_epicondyle", 7, 9)},
      spillover={"back": line([mark("back", "lateral_epicondyle"), *B_RADIAL_FOREARM[:2]],
                              [12, 11, 9]),
                 "front": line([mark("front", "lateral_epicondyle"), *F_RADIAL_FOREARM[:2]],
                               [12, 11, 9])},
      description="A deep trigger point just above the outer elbow refers to the lateral "
                  "epicondyle (tennis elbow) and may spread down the radial forearm.",
      source=SRC.format(32, "triceps brachii"), frequency=2),
    P("anconeus", "anconeus",
      sites=[site("back", x=387, y=390)],
      essential={"back": spot("back", "lateral_epicondyle", 8, 9),
                 "front": spot("front", "lateral_epicondyle", 6, 8)},
      spillover={"back": spot("back", "lateral_epicondyle", 12, 13, dy=2)},
      description="Pain locally at the lateral epicondyle of the elbow.",
      source=SRC.format(32, "triceps brachii and anconeus"), frequency=1),
    # --- anterior chest -----------------------------------------------------------------------
    P("pectoralis_major", "pectoralis_major",
      sites=[site("front", x=206, y=268)],
      essential={"front": area([(236, 232), (236, 276), (218, 292), (188, 290), (170, 276),
                                (172, 246), (200, 236)])
                 | spot("front", "medial_epicondyle", 7, 7)},
      spillover={"front": area([(242, 222), (242, 286), (220, 300), (180, 296), (164, 276),
                                (160, 240), (196, 226)])
                 | _ulnar_arm_front(mark("front", "axilla"))
                 | _ulnar_hand_front()},
      description="Intense pain over the front of the chest and breast; it may spread down the "
                  "inner arm to the medial epicondyle and the ulnar forearm to the ring and "
                  "little fingers.",
      source=SRC.format(42, "pectoralis major"), frequency=3),
    P("pectoralis_major_clavicular", "pectoralis_major",
      sites=[site("front", x=190, y=224)],
      essential={"front": spot("front", "anterior_shoulder", 12, 15, dy=2)
                 | line([(205, 222), (168, 228)], [10, 12])},
      spillover={"front": line([(214, 224), (172, 232), (150, 252), (140, 280)], [14, 16, 24, 16])},
      description="Pain over the front of the deltoid and over the clavicular part of the "
                  "muscle itself, below the collarbone.",
      source=SRC.format(42, "pectoralis major"), frequency=2),
    P("pectoralis_minor", "pectoralis_minor",
      sites=[site("front", x=186, y=260)],
      essential={"front": spot("front", "anterior_shoulder", 12, 15, dy=2)},
      spillover={"front": area([(222, 228), (230, 270), (208, 294), (176, 288), (160, 250),
                                (180, 230)])
                 | _ulnar_arm_front(mark("front", "axilla"), 14)
                 | _ulnar_hand_front((F_MIDDLE, F_RING, F_LITTLE))},
      description="Pain over the front of the deltoid; it may spread over the chest and down "
                  "the ulnar side of the arm and forearm to the middle, ring and little "
                  "fingers.",
      source=SRC.format(44, "pectoralis minor"), frequency=2),
    P("sternalis", "sternalis",
      sites=[site("front", x=243, y=262)],
      essential={"front": area([(250, 222), (258, 240), (258, 290), (250, 304), (238, 288),
                                (238, 240)])},
      spillover={"front": area([(250, 212), (234, 214), (196, 230), (176, 260), (196, 286),
                                (236, 300), (250, 306)])
                 | spot("front", "anterior_shoulder", 10, 12)
                 | line([mark("front", "axilla"), mark("front", "medial_arm"), (146, 345)],
                        [10, 10, 8])},
      description="A deep ache behind the breastbone, which may be felt across the midline; "
                  "it may spread over the upper chest to the front of the shoulder and the "
                  "inner arm.",
      source=SRC.format(43, "sternalis"), frequency=1, crosses_midline=True),
    P("subclavius", "subclavius",
      sites=[site("front", x=192, y=220)],
      essential={"front": line([(206, 220), (170, 226)], [8, 8])
                 | line([(132, 310), (124, 350)], [14, 10])
                 | line([F_RADIAL_FOREARM[0], *F_RADIAL_FOREARM[1:]], [12, 11, 9])
                 | line(F_THUMB[1:], 8) | line(F_INDEX, 7) | line(F_MIDDLE, 7)},
      spillover={"front": spot("front", "anterior_shoulder", 12, 14)
                 | line([(146, 262), (132, 310), (122, 355)], [16, 16, 10])
                 | line([(86, 500), mark("front", "palm"), (84, 532)], [10, 14, 12]),
                 "back": line(B_THUMB[1:], 8) | line(B_INDEX, 7) | line(B_MIDDLE, 7)},
      description="Pain below the collarbone and down the front of the arm, then (skipping the "
                  "elbow) the radial forearm and, skipping the wrist, the thumb, index and "
                  "middle fingers.",
      source=SRC.format(42, "pectoralis major and subclavius"), frequency=1),
    P("serratus_anterior", "serratus_anterior",
      sites=[site("front", x=176, y=309)],
      essential={"front": spot("front", "lateral_chest", 12, 20, dx=-1, dy=4),
                 "back": oval(284, 304, 7, 9)},
      spillover={"front": spot("front", "lateral_chest", 18, 28, dx=2, dy=4)
                 | _ulnar_arm_front(mark("front", "axilla"), 14)
                 | _ulnar_hand_front(),
                 "back": oval(283, 305, 9, 13)},
      description="An ache in the side of the chest around the trigger point and a spot at the "
                  "lower inner edge of the shoulder blade; it may spread down the inner arm to "
                  "the ulnar hand, ring and little fingers.",
      source=SRC.format(46, "serratus anterior"), frequency=2),
]
