"""Referral patterns of the forearm and hand muscles.

Travell & Simons vol. 1 (2nd ed.), chapters 34-40: hand extensors and brachioradialis (34),
finger extensors (35), supinator (36), palmaris longus (37), hand and finger flexors in the
forearm with pronator teres (38), adductor and opponens pollicis (39), the interossei and
abductor digiti minimi (40). Right side only; the left is mirrored by the build.

The front view shows the palm (volar side, thumb at smaller x); the back view shows the dorsum
(thumb at larger x). The finger and forearm-edge points are shared with shoulder_arm, which read
them off the hand geometry (body.finger_axis).
"""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry.base import BaseGeometry

from dn_bodymap.atlas_build.referral_data.shoulder_arm import (
    B_INDEX,
    B_LITTLE,
    B_RADIAL_FOREARM,
    B_RING,
    B_THUMB,
    B_THUMB_WEB,
    B_ULNAR_FOREARM,
    B_ULNAR_HAND,
    F_INDEX,
    F_LITTLE,
    F_MIDDLE,
    F_RADIAL_FOREARM,
    F_RING,
    F_THUMB,
    F_ULNAR_FOREARM,
    F_ULNAR_PALM,
    line,
    oval,
)
from dn_bodymap.atlas_build.referral_spec import PatternSpec as P
from dn_bodymap.atlas_build.referral_spec import mark, site, spot
from dn_bodymap.atlas_build.shapes import Point

SRC = "Travell & Simons vol. 1, ch. {} ({})"

# Wrist and hand points the landmark list does not name.
F_RADIAL_WRIST = (90, 486)  # volar wrist crease, thumb side (over the radial artery)
F_ULNAR_WRIST = (110, 487)  # volar wrist crease, little-finger side
F_THENAR = (84, 507)
B_RADIAL_WRIST = (410, 485)  # dorsal wrist, thumb side (anatomical snuffbox)
B_ULNAR_WRIST = (389, 485)  # dorsal wrist over the ulnar head
B_RADIAL_HAND = (414, 510)  # dorsum of the hand between the first two metacarpals


def _finger(points: Sequence[Point], w: float = 7.0) -> BaseGeometry:
    """A finger's length, to its tip."""
    return line(points, w)


def _lateral_epicondyle(view: str, r: float = 8.0) -> BaseGeometry:
    return spot(view, "lateral_epicondyle", r, r)


PATTERNS: list[P] = [
    # --- hand extensors and brachioradialis (ch. 34) -------------------------------------------
    P("brachioradialis", "brachioradialis",
      sites=[site("back", x=401, y=396)],
      essential={"back": line([mark("back", "thumb_base"), B_THUMB_WEB], [8, 8])
                 | _lateral_epicondyle("back", 7)},
      spillover={"back": line([mark("back", "lateral_epicondyle"), *B_RADIAL_FOREARM,
                               B_RADIAL_WRIST], [11, 10, 9, 8, 7])
                 | oval(*B_RADIAL_HAND, 8, 10)},
      description="Pain in the back of the hand at the web between thumb and index finger, and "
                  "at the lateral epicondyle; it may spread along the thumb side of the forearm "
                  "and wrist.",
      source=SRC.format(34, "hand extensors and brachioradialis"), frequency=2),
    P("extensor_carpi_radialis_longus", "extensor_carpi_radialis_longus",
      sites=[site("back", x=395, y=392)],
      essential={"back": _lateral_epicondyle("back", 9)
                 | line([B_RADIAL_WRIST, B_RADIAL_HAND, (417, 524)], [7, 9, 7])},
      spillover={"back": line([mark("back", "lateral_epicondyle"), *B_RADIAL_FOREARM],
                              [10, 10, 9, 8])},
      description="Pain at the lateral epicondyle and over the back of the hand on the thumb "
                  "side, near the anatomical snuffbox; the forearm between may ache too.",
      source=SRC.format(34, "hand extensors and brachioradialis"), frequency=2),
    P("extensor_carpi_radialis_brevis", "extensor_carpi_radialis_brevis",
      sites=[site("back", x=397, y=425)],
      essential={"back": spot("back", "dorsal_wrist", 10, 8, dx=2)
                 | spot("back", "dorsal_hand", 9, 10, dx=1, dy=-4)},
      spillover={"back": line([(396, 440), (399, 468), mark("back", "dorsal_wrist")],
                              [8, 9, 10])},
      description="Pain in the middle of the back of the wrist and hand.",
      source=SRC.format(34, "hand extensors and brachioradialis"), frequency=2),
    P("extensor_carpi_ulnaris", "extensor_carpi_ulnaris",
      sites=[site("back", x=380, y=430)],
      essential={"back": oval(*B_ULNAR_WRIST, 8, 8)},
      spillover={"back": line([B_ULNAR_FOREARM[-1], B_ULNAR_WRIST, B_ULNAR_HAND], [7, 8, 7])},
      description="Pain on the little-finger side of the back of the wrist.",
      source=SRC.format(34, "hand extensors and brachioradialis"), frequency=1),
    # --- finger extensors (ch. 35) ---------------------------------------------------------------
    P("extensor_digitorum", "extensor_digitorum",
      sites=[site("back", x=389, y=418)],
      essential={"back": line([(402, 470), mark("back", "dorsal_wrist"), (408, 520), (412, 536),
                               (415, 562)], [8, 9, 10, 8, 7])},
      spillover={"back": line([(390, 430), (396, 452), (402, 470)], [9, 9, 8])
                 | _lateral_epicondyle("back", 7)},
      description="The middle-finger extensor refers down the back of the forearm, wrist and "
                  "hand into the middle finger, stopping short of its tip; the lateral elbow "
                  "may ache too.",
      source=SRC.format(35, "finger extensors"), frequency=2),
    P("extensor_digitorum_ring", "extensor_digitorum",
      sites=[site("back", x=393, y=455)],
      essential={"back": line([(398, 482), (401, 510), B_RING[0], (405, 564)], [8, 9, 8, 7])},
      spillover={"back": line([(394, 460), (398, 482)], [8, 8])},
      description="The ring-finger extensor refers over the back of the hand into the ring "
                  "finger.",
      source=SRC.format(35, "finger extensors"), frequency=1),
    # --- supinator (ch. 36) ----------------------------------------------------------------------
    P("supinator", "supinator",
      sites=[site("back", x=392, y=398)],
      essential={"back": _lateral_epicondyle("back", 10)
                 | line([mark("back", "thumb_base"), B_THUMB_WEB], [7, 7])},
      spillover={"back": line([mark("back", "lateral_epicondyle"), (399, 400), (402, 420)],
                              [12, 11, 9])
                 | oval(*B_RADIAL_HAND, 7, 8)},
      description="Pain at the lateral epicondyle and the outer elbow, with a second spot at "
                  "the back of the thumb web; a classic source of 'tennis elbow'.",
      source=SRC.format(36, "supinator"), frequency=2),
    # --- palmaris longus (ch. 37) ----------------------------------------------------------------
    P("palmaris_longus", "palmaris_longus",
      sites=[site("front", x=124, y=423)],
      essential={"front": spot("front", "palm", 11, 13, dy=2)},
      spillover={"front": line([(108, 452), mark("front", "volar_wrist"),
                                mark("front", "palm")], [8, 9, 11])
                 | line([F_THENAR, mark("front", "palm"), F_ULNAR_PALM], [7, 9, 7])},
      description="A superficial prickling in the palm, rather than a deep ache; it may reach "
                  "the lower volar forearm.",
      source=SRC.format(37, "palmaris longus"), frequency=1),
    # --- hand and finger flexors in the forearm (ch. 38) ----------------------------------------
    P("flexor_carpi_radialis", "flexor_carpi_radialis",
      sites=[site("front", x=114, y=428)],
      essential={"front": oval(*F_RADIAL_WRIST, 9, 8)},
      spillover={"front": line([F_RADIAL_FOREARM[-1], F_RADIAL_WRIST, F_THENAR], [7, 8, 7])},
      description="Pain at the thumb side of the volar wrist crease, spreading a little into "
                  "the forearm and the base of the palm.",
      source=SRC.format(38, "hand and finger flexors"), frequency=1),
    P("flexor_carpi_ulnaris", "flexor_carpi_ulnaris",
      sites=[site("front", x=126, y=430)],
      essential={"front": oval(*F_ULNAR_WRIST, 8, 8)},
      spillover={"front": line([F_ULNAR_FOREARM[-1], F_ULNAR_WRIST, F_ULNAR_PALM], [7, 8, 7])},
      description="Pain at the little-finger side of the volar wrist.",
      source=SRC.format(38, "hand and finger flexors"), frequency=1),
    P("flexor_digitorum_superficialis", "flexor_digitorum_superficialis",
      sites=[site("front", x=115, y=430)],
      essential={"front": _finger(F_MIDDLE) | _finger(F_RING)},
      spillover={"front": line([mark("front", "volar_wrist"), mark("front", "palm"),
                                (90, 534)], [8, 10, 9])},
      description="Pain along the palm side of the finger the trigger point serves (most often "
                  "the middle and ring fingers), shooting out past the fingertip.",
      source=SRC.format(38, "hand and finger flexors"), frequency=2),
    P("flexor_digitorum_profundus", "flexor_digitorum_profundus",
      sites=[site("front", x=124, y=440)],
      essential={"front": _finger(F_RING) | _finger(F_LITTLE)},
      spillover={"front": line([F_ULNAR_WRIST, F_ULNAR_PALM, (102, 536)], [8, 10, 9])},
      description="Pain along the palm side of the ring and little fingers, which may spread "
                  "into the palm.",
      source=SRC.format(38, "hand and finger flexors"), frequency=1),
    P("flexor_pollicis_longus", "flexor_pollicis_longus",
      sites=[site("front", x=102, y=455)],
      essential={"front": line(F_THUMB, [8, 8, 7])},
      spillover={"front": oval(*F_RADIAL_WRIST, 7, 7)},
      description="Pain along the palm side of the thumb to its tip.",
      source=SRC.format(38, "hand and finger flexors"), frequency=1),
    P("pronator_teres", "pronator_teres",
      sites=[site("front", x=122, y=400)],
      essential={"front": oval(*F_RADIAL_WRIST, 9, 9)},
      spillover={"front": line([(113, 400), *F_RADIAL_FOREARM], [10, 10, 9, 8])},
      description="A deep ache in the thumb side of the volar wrist and forearm.",
      source=SRC.format(38, "hand and finger flexors"), frequency=1),
    # --- thumb muscles (ch. 39) ------------------------------------------------------------------
    P("adductor_pollicis", "adductor_pollicis",
      sites=[site("front", x=92, y=518)],
      essential={"front": line([(92, 488), F_THENAR, F_THUMB[1]], [7, 9, 7]),
                 "back": line([mark("back", "thumb_base"), B_THUMB[1]], [7, 7])},
      spillover={"front": line(F_THUMB, [8, 8, 7]) | oval(*F_RADIAL_WRIST, 7, 7),
                 "back": line([B_RADIAL_WRIST, mark("back", "thumb_base"), B_THUMB[-1]],
                              [7, 8, 7]) | oval(*B_THUMB_WEB, 6, 7)},
      description="An ache along the outside of the thumb and the thenar eminence, just beyond "
                  "the wrist crease; it may reach the whole thumb and the thumb web.",
      source=SRC.format(39, "adductor and opponens pollicis"), frequency=2),
    P("opponens_pollicis", "opponens_pollicis",
      sites=[site("front", x=84, y=506)],
      essential={"front": line(F_THUMB, [8, 8, 7]) | oval(*F_RADIAL_WRIST, 7, 6)},
      spillover={"front": oval(*F_THENAR, 9, 10)},
      description="Pain on the palm side of most of the thumb and a spot on the thumb side of "
                  "the wrist crease.",
      source=SRC.format(39, "adductor and opponens pollicis"), frequency=1),
    # --- interossei and abductor digiti minimi (ch. 40) -------------------------------------------
    P("first_dorsal_interosseous", "first_dorsal_interosseous",
      sites=[site("back", x=421, y=512)],
      essential={"back": line(B_INDEX, [8, 7]) | line([B_THUMB_WEB, B_INDEX[0]], [7, 7]),
                 "front": line(F_INDEX, [8, 7])},
      spillover={"back": oval(*B_RADIAL_HAND, 9, 11) | line(B_LITTLE, 5),
                 "front": line([mark("front", "palm"), F_INDEX[0]], [9, 8])
                 | line(F_LITTLE, 5)},
      description="Pain along the thumb side of the index finger, deep into the back of the "
                  "hand and the palm; it may spill over to the ulnar side of the little finger.",
      source=SRC.format(40, "interosseous muscles of the hand"), frequency=2),
    P("abductor_digiti_minimi_hand", "abductor_digiti_minimi_hand",
      sites=[site("front", x=109, y=518)],
      essential={"front": line([(107, 530), *F_LITTLE], [6, 6, 6]),
                 "back": line([(394, 530), *B_LITTLE], [6, 6, 6])},
      spillover={"front": oval(*F_ULNAR_PALM, 6, 9)},
      description="Pain along the outer (ulnar) side of the little finger.",
      source=SRC.format(40, "interosseous muscles of the hand"), frequency=1),
]
