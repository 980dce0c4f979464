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


# The hand in its own frame: ``along`` from the wrist toward the fingertips, ``across`` toward
# the thumb. Fingers (index to little): across offset at the knuckle, length from the knuckle
# line, and the radius at base and tip. They fan a little (FINGER_FAN) so that the gaps between
# them open toward the tips, as in a relaxed open hand.
KNUCKLE_ALONG = 45.0
FINGER_FAN = 1.42
FINGERS: dict[str, tuple[float, float, float, float]] = {
    "index": (12.4, 37.0, 3.8, 3.1),
    "middle": (4.1, 41.0, 3.9, 3.2),
    "ring": (-4.1, 38.0, 3.8, 3.1),
    "little": (-11.9, 30.0, 3.4, 2.8),
}
# the thumb: carpometacarpal base, MCP joint, tip (along, across, radius); it stands out
# from the palm at about 40 degrees, with the web between it and the index finger open
THUMB = ((7.0, 12.0, 7.5), (22.0, 25.0, 5.4), (32.0, 32.5, 4.2))


def _hand_frame(wrist: tuple[float, float], axis_deg: float, thumb_sign: float):
    a = math.radians(axis_deg)
    ux, uy = math.cos(a), math.sin(a)  # along the hand, toward the fingertips
    px, py = -uy * thumb_sign, ux * thumb_sign  # across the hand, toward the thumb

    def at(along: float, across: float) -> tuple[float, float]:
        return (wrist[0] + ux * along + px * across, wrist[1] + uy * along + py * across)

    return at


def hand_point(along: float, across: float) -> tuple[float, float]:
    """A point of the FRONT-view right hand in the hand's frame (``along`` from the wrist toward
    the fingertips, ``across`` toward the thumb); the back view's point is its mirror."""
    return _hand_frame(WRIST_RIGHT, HAND_AXIS_DEG, 1.0)(along, across)


def finger_axis(finger: str, fraction: float) -> tuple[float, float]:
    """A point on a finger's (or the thumb's) axis of the FRONT-view right hand, ``fraction``
    0 at the knuckle (thumb: its carpometacarpal base) to 1 at the tip centre. The back view's
    point is its mirror (shapes.mirror_point)."""
    at = _hand_frame(WRIST_RIGHT, HAND_AXIS_DEG, 1.0)
    if finger == "thumb":
        (a0, c0, _), (a1, c1, _), (a2, c2, _) = THUMB
        if fraction <= 0.5:
            t = fraction / 0.5
            return at(a0 + (a1 - a0) * t, c0 + (c1 - c0) * t)
        t = (fraction - 0.5) / 0.5
        return at(a1 + (a2 - a1) * t, c1 + (c2 - c1) * t)
    across, length, _, _ = FINGERS[finger]
    return at(KNUCKLE_ALONG + length * fraction, across * (1 + (FINGER_FAN - 1) * fraction))


def _palm(wrist: tuple[float, float], axis_deg: float, thumb_sign: float) -> BaseGeometry:
    """The palm from the wrist to the knuckles (joined to the forearm by the body smoothing)."""
    at = _hand_frame(wrist, axis_deg, thumb_sign)
    return smooth([at(0, -12), at(0, 12), at(20, 17.5), at(44, 16.5), at(49, 7), at(49, -6),
                   at(44, -15.5), at(20, -16.5)])


def _digits(wrist: tuple[float, float], axis_deg: float, thumb_sign: float) -> BaseGeometry:
    """The four fingers and the thumb, each a tapered limb with a rounded tip, with the palm.

    Kept out of the body's outline smoothing (which would close the gaps between the fingers)
    and rounded at the finger webs by a smaller radius instead."""
    at = _hand_frame(wrist, axis_deg, thumb_sign)
    parts = [_palm(wrist, axis_deg, thumb_sign)]
    for across, length, r0, r1 in FINGERS.values():
        base = at(KNUCKLE_ALONG - 4, across)
        tip = at(KNUCKLE_ALONG + length, across * FINGER_FAN)
        parts.append(limb([(base[0], base[1], r0), (tip[0], tip[1], r1)]))
    parts.append(limb([(*at(a, c), r) for a, c, r in THUMB]))
    hand = shapely.union_all(parts)
    return hand.buffer(1.0, quad_segs=8).buffer(-1.0, quad_segs=8)


def _right_half_common() -> BaseGeometry:
    """Head, trunk, arm, palm and leg of the right half, without the foot (the fingers and
    thumb are added after the outline smoothing: see _digits)."""
    trunk = Polygon(catmull_rom(TRUNK_RIGHT, closed=False, steps=10))
    arm = limb(ARM_RIGHT)
    hand = _palm(WRIST_RIGHT, HAND_AXIS_DEG, thumb_sign=1.0)
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
    digits = _digits(WRIST_RIGHT, HAND_AXIS_DEG, thumb_sign=1.0)
    return shapely.union_all([_smooth_outline(body), digits, mirror(digits)])


def body_back() -> BaseGeometry:
    right_front = shapely.union_all([_right_half_common(), _foot_back_right()])
    body = shapely.union_all([right_front, mirror(right_front), _head()])
    digits = _digits(WRIST_RIGHT, HAND_AXIS_DEG, thumb_sign=1.0)
    sole = sole_right_back()
    return shapely.union_all([_smooth_outline(body), digits, mirror(digits), sole, mirror(sole)])
