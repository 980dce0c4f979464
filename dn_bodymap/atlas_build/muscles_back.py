"""Muscle regions of the back (posterior) view, patient's right side (x > 250), and of the
right sole inset (lower right, toes up, big toe toward the midline).

List order is priority within a layer: where two shapes of one layer overlap, the earlier
keeps the overlap.
"""

from __future__ import annotations

from dn_bodymap.atlas_build.shapes import smooth
from dn_bodymap.atlas_build.spec import MuscleShape as M

BACK: list[M] = [
    M("upper_trapezius", "Upper trapezius", "superficial",
      smooth([(250, 112), (266, 112), (272, 170), (300, 200), (352, 218), (340, 232),
              (300, 230), (250, 205)])),
    M("supraspinatus", "Supraspinatus", "intermediate",
      smooth([(290, 214), (320, 212), (346, 224), (320, 234), (292, 240)])),
]
