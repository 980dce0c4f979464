"""Drawing-only lines that make the figure recognisable (face, clavicles, spine, creases).

They carry no meaning for a click. Each is authored for the patient's right side (or the
midline) and mirrored like everything else.
"""

from __future__ import annotations

from dn_bodymap.atlas_build.shapes import Point, catmull_rom, ellipse, mirror_point

# (view, points, closed, mirrored)
_LINES: list[tuple[str, list[Point], bool, bool]] = [
    # face
    ("front", [(226, 84), (234, 80), (244, 83)], False, True),  # eyebrow
    ("front", [(228, 94), (235, 91), (242, 94), (235, 96)], True, True),  # eye
    ("front", [(247, 100), (244, 118), (250, 121)], False, True),  # nose
    ("front", [(238, 134), (244, 133), (250, 134)], False, True),  # mouth
    # neck, clavicle, chest
    ("front", [(240, 200), (246, 206), (250, 207)], False, True),  # sternal notch
    # clavicle
    ("front", [(242, 206), (222, 210), (196, 210), (166, 214), (152, 222)], False, True),
    ("front", [(224, 160), (238, 198)], False, True),  # SCM edge hint
    # knee and ankle
    ("front", [(207, 700), (217, 708), (217, 721), (207, 728), (197, 721), (197, 708)], True, True),
    # back: spine, scapula, creases
    ("back", [(250, 190), (250, 460)], False, False),
    ("back", [(288, 212), (284, 262), (297, 302), (318, 282), (341, 246), (348, 230)], False, True),
    ("back", [(290, 240), (320, 232), (352, 222)], False, True),  # spine of the scapula
    ("back", [(250, 478), (250, 518)], False, False),  # gluteal cleft
    ("back", [(256, 540), (290, 546), (320, 542)], False, True),  # gluteal fold
    ("back", [(274, 716), (293, 719), (312, 716)], False, True),  # popliteal crease
]


def detail_lines(view: str) -> list[tuple[list[Point], bool]]:
    """Smooth polylines (points, closed) of the drawing-only details of a view."""
    out: list[tuple[list[Point], bool]] = []
    for v, pts, closed, mirrored in _LINES:
        if v != view:
            continue
        curve = catmull_rom(pts, closed=closed) if len(pts) > 2 else pts
        out.append((curve, closed))
        if mirrored:
            out.append(([mirror_point(p) for p in curve], closed))
    if view == "front":
        navel = list(ellipse(250, 388, 3, 4, n=16).exterior.coords)
        out.append((navel, True))
    return out
