"""File names, format versions and vocabularies of the atlas, in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Final

FORMAT_VERSIONS: Final = (1,)  # atlas asset formats this program can read
VIEWS: Final = ("front", "back")
SIDES: Final = ("right", "left")
LAYERS: Final = ("superficial", "intermediate", "deep")  # in depth order
MANIFEST: Final = "atlas/manifest.json"
CAUTION_SIDES: Final = ("right", "left", "midline")
DEPTH_KINDS: Final = ("recommended_max", "typical_depth_to_structure")
PLAUSIBLE_DEPTH_MM: Final = 150.0  # a depth guidance at or beyond this is a typing error

# Largest overlap (square view units, a unit is ~2 mm) allowed between two regions of one layer,
# and largest area a region may spill past the body outline: rounding, not anatomy.
HAIRLINE_AREA: Final = 0.5
MIRROR_TOLERANCE: Final = 0.011  # coordinates are stored to 0.01

# The landmarks every atlas must have (issue 2); midline ones have no side.
REQUIRED_LANDMARKS: Final = tuple(
    """vertex forehead eyebrow temple cheek upper_teeth lower_jaw tmj ear jaw_angle chin throat
    occiput mastoid posterior_neck angle_of_neck top_of_shoulder acromion anterior_shoulder
    lateral_shoulder posterior_shoulder clavicle sternum anterior_chest lateral_chest axilla
    c7 medial_border_scapula spine_of_scapula inferior_angle_scapula mid_back low_back
    iliac_crest sacroiliac_joint sacrum coccyx buttock greater_trochanter upper_abdomen
    umbilicus lower_abdomen groin anterior_arm posterior_arm lateral_arm medial_arm
    cubital_fossa lateral_epicondyle medial_epicondyle olecranon volar_forearm dorsal_forearm
    volar_wrist dorsal_wrist palm thumb_base dorsal_hand index_finger little_finger
    anterior_thigh lateral_thigh medial_thigh posterior_thigh anterior_knee medial_knee
    lateral_knee posterior_knee shin calf lateral_leg anterior_ankle lateral_ankle
    medial_ankle achilles heel plantar_heel instep plantar_forefoot dorsal_foot big_toe""".split()
)
# Spinous-process levels on the back view (issue 15): they place and test regions by
# vertebral level; a pain drawing is named by the body regions around them, not by them.
LEVEL_LANDMARKS: Final = frozenset("c2 c5 t3 t4 t6 t7 t12 l2".split())
MIDLINE_LANDMARKS: Final = frozenset(
    "vertex chin throat sternum c7 umbilicus sacrum coccyx".split()
) | LEVEL_LANDMARKS | frozenset({"pubic_symphysis", "anococcygeal_region"})  # pelvis (issue 15)


def bundled_assets_dir() -> Path:
    """The assets shipped with the program: inside the installed package, or the source tree."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "assets", here.parent / "assets"):
        if (candidate / MANIFEST).is_file():
            return candidate
    return here.parent / "assets"
