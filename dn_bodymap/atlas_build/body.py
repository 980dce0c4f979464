"""The body silhouette of each view, authored for the patient's right and mirrored.

Proportions: vertex at y=40, soles at y=940, so the 900-unit figure is 7.75 heads of 116.
Front view: the patient's right is on the viewer's left (x < 250).
Back view: the patient's right is on the viewer's right (x > 250).
The right half below is drawn for the front view; the back view uses its mirror image,
because a symmetric body seen from behind is the same silhouette with sides swapped.
"""

from __future__ import annotations

import math

import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.shapes import catmull_rom, ellipse, limb, mirror, smooth

HEAD = 116.0

# Right half of the trunk and neck (front view: viewer's left), from under the chin round to
# the crotch; the midline closes it.
TRUNK_RIGHT = [
    (250, 140), (225, 148), (223, 172), (216, 192), (196, 203), (168, 210), (146, 218),
    (140, 236), (150, 266), (168, 280), (172, 310), (177, 345), (179, 372), (174, 402),
    (164, 432), (158, 462), (158, 496), (170, 530), (250, 530),
]

ARM_RIGHT = [(150, 238, 31), (138, 300, 23), (122, 372, 18), (116, 402, 21), (98, 488, 12)]
LEG_RIGHT = [
    (205, 505, 45), (205, 600, 38), (206, 672, 29), (207, 712, 25), (208, 772, 31),
    (211, 845, 18), (213, 898, 13),
]
WRIST_RIGHT = (98.0, 490.0)
HAND_AXIS_DEG = 96.0  # the hand hangs a little outward (degrees from +x, y down)


def _hand(wrist: tuple[float, float], axis_deg: float, thumb_sign: float) -> BaseGeometry:
    """A hand with palm, four fingers and thumb. ``thumb_sign`` -1 puts the thumb toward -x."""
    a = math.radians(axis_deg)
    ux, uy = math.cos(a), math.sin(a)  # along the hand, toward the fingertips
    px, py = -uy * thumb_sign, ux * thumb_sign  # across the hand, toward the thumb

    def at(along: float, across: float) -> tuple[float, float]:
        return (wrist[0] + ux * along + px * across, wrist[1] + uy * along + py * across)

    palm = smooth([at(0, -12), at(0, 12), at(22, 18), at(48, 18), at(52, 0), at(49, -19),
                   at(22, -17)])
    fingers = []
    # index (thumb side) to little finger: across offset, length, radius
    for across, length, r in ((13.5, 40, 4.2), (4.6, 45, 4.4), (-4.6, 42, 4.2), (-13.4, 34, 3.8)):
        base = at(47, across)
        tip = at(47 + length, across * 1.15)
        fingers.append(limb([(base[0], base[1], r + 0.6), (tip[0], tip[1], r - 0.6)]))
    t0, t1, t2 = at(6, 12), at(24, 24), at(40, 29)
    thumb = limb([(t0[0], t0[1], 8), (t1[0], t1[1], 6), (t2[0], t2[1], 4.6)])
    return shapely.union_all([palm, thumb, *fingers])


def _right_half_common() -> BaseGeometry:
    """Head, trunk, arm, hand and leg of the right half, without the foot."""
    trunk = Polygon(catmull_rom(TRUNK_RIGHT, closed=False, steps=10))
    arm = limb(ARM_RIGHT)
    hand = _hand(WRIST_RIGHT, HAND_AXIS_DEG, thumb_sign=1.0)
    leg = limb(LEG_RIGHT)
    return shapely.union_all([trunk.buffer(0), arm, hand, leg])


def _foot_front_right() -> Polygon:
    """The right foot seen from the front: the dorsum foreshortened, toes toward the viewer."""
    return smooth([(201, 888), (223, 888), (230, 910), (238, 930), (235, 945), (212, 949),
                   (188, 947), (181, 936), (192, 912)])


def _foot_back_right() -> Polygon:
    """The right heel seen from behind (mirror of the front-view side)."""
    return smooth([(203, 888), (223, 888), (228, 912), (226, 934), (214, 942), (200, 936),
                   (198, 912)])


def _head() -> BaseGeometry:
    skull = ellipse(250, 99, 40, 58)
    ear = ellipse(210, 104, 7, 15, angle=8)
    return shapely.union_all([skull, ear, mirror(ear)])


def _smooth_outline(geom: BaseGeometry, r: float = 3.0) -> BaseGeometry:
    """Round off the joins between parts (closing then opening by a small radius)."""
    return geom.buffer(r, quad_segs=12).buffer(-2 * r, quad_segs=12).buffer(r, quad_segs=12)


def sole_right_back() -> Polygon:
    """The small plantar view of the right sole on the back view, toes up, big toe medial."""
    # Back view: patient's right is the viewer's right, so the sole sits at the lower right,
    # with the big toe toward the midline (smaller x).
    pts = [(410, 958), (394, 948), (388, 920), (391, 892), (386, 862), (387, 838), (392, 822),
           (404, 816), (420, 815), (434, 820), (443, 832), (446, 852), (441, 880),
           (437, 912), (434, 942), (424, 957)]
    toes = [ellipse(399, 812, 9, 11), ellipse(414, 808, 6, 8), ellipse(426, 811, 5.5, 7.5),
            ellipse(435, 818, 5, 7), ellipse(442, 828, 4.5, 6)]
    return shapely.union_all([smooth(pts).buffer(0), *toes])


def body_front() -> BaseGeometry:
    right = shapely.union_all([_right_half_common(), _foot_front_right()])
    body = shapely.union_all([right, mirror(right), _head()])
    return _smooth_outline(body)


def body_back() -> BaseGeometry:
    right_front = shapely.union_all([_right_half_common(), _foot_back_right()])
    body = shapely.union_all([right_front, mirror(right_front), _head()])
    sole = sole_right_back()
    return shapely.union_all([_smooth_outline(body), sole, mirror(sole)])
