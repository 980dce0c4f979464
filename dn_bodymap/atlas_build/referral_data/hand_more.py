"""Referral patterns of forearm and hand muscles added for issue 15 (the thumb's outcropping
muscles, extensor indicis, the small muscles of the palm and the 2nd-4th dorsal interossei).

Only patterns Travell & Simons vol. 1 (2nd ed.) draw are given here; the muscles they give no
pattern for have a region and a catalogue NOTE saying what was checked (catalogue.py, "forearm
and hand"). Right side only; the back view's hand is the mirror of the front's (body.py).
"""

from __future__ import annotations

from dn_bodymap.atlas_build.body import finger_axis
from dn_bodymap.atlas_build.referral_data.shoulder_arm import line
from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import mark, site
from dn_bodymap.atlas_build.shapes import mirror_point

SRC = "Travell & Simons vol. 1, ch. {} ({})"


def _back_finger(finger: str, start: float, end: float, w: float = 7.0, shift: float = 0.0):
    """The back of a finger from ``start`` to ``end`` (0 knuckle, 1 tip centre), its band
    moved ``shift`` units toward the thumb side (back view: +x) to mark one side of it."""
    a, b = (mirror_point(finger_axis(finger, t)) for t in (start, end))
    return line([(a[0] + shift, a[1]), (b[0] + shift, b[1])], w)


_DORSAL_WRIST = mark("back", "dorsal_wrist")

PATTERNS: list[P] = [
    # --- finger extensors (ch. 35) ---------------------------------------------------------
    P("extensor_indicis", "extensor_indicis",
      sites=[site("back", "dorsal_wrist", dx=-11, dy=-18)],
      essential={"back": line([(_DORSAL_WRIST[0] + 3, _DORSAL_WRIST[1] - 4),
                               (_DORSAL_WRIST[0] + 7, _DORSAL_WRIST[1] + 14),
                               (_DORSAL_WRIST[0] + 10, _DORSAL_WRIST[1] + 30)], [10, 11, 8])},
      spillover={},
      description="Pain over the back of the wrist and hand on the thumb side of the middle, "
                  "from the wrist toward the index knuckle.",
      source=SRC.format(35, "finger extensors"), frequency=1),
    # --- interossei (ch. 40) -----------------------------------------------------------------
    # Each dorsal interosseous refers along the side of the finger it inserts on, as far as
    # the distal interphalangeal joint; the site drawn is the 2nd (between the index and
    # middle metacarpals), which inserts on the radial side of the middle finger.
    P("dorsal_interossei", "dorsal_interossei",
      sites=[site("back", "dorsal_hand", dx=7, dy=3)],
      essential={"back": _back_finger("middle", 0.0, 0.8, w=5.0, shift=1.5)},
      spillover={"back": line([mirror_point(finger_axis("middle", -0.35)),
                               mirror_point(finger_axis("middle", 0.0))], [6, 7])},
      description="Pain along the side of the finger the muscle inserts on (for the 2nd "
                  "dorsal interosseous the middle finger), reaching the last finger joint; "
                  "associated with Heberden's nodes there.",
      source=SRC.format(40, "interosseous muscles of the hand"), frequency=1),
]
