"""Muscle regions of the front (anterior) view, patient's right side (x < 250).

List order is priority within a layer: where two shapes of one layer overlap, the earlier
keeps the overlap.
"""

from __future__ import annotations

from dn_bodymap.atlas_build.shapes import band, smooth
from dn_bodymap.atlas_build.spec import MuscleShape as M

FRONT: list[M] = [
    M("sternocleidomastoid", "Sternocleidomastoid", "superficial",
      band([(218, 128), (226, 160), (238, 196), (244, 206)], [12, 12, 10, 8])),
    M("pectoralis_major", "Pectoralis major", "superficial",
      smooth([(246, 214), (200, 214), (160, 226), (150, 250), (166, 286), (200, 292),
              (236, 288), (248, 270)])),
    M("pectoralis_minor", "Pectoralis minor", "intermediate",
      smooth([(172, 236), (188, 250), (214, 282), (200, 286), (176, 262)])),
]
