"""The patient's words for the places and events a treatment map names (no Qt).

The atlas names landmarks for clinicians ("Occiput", "Iliac crest"); a patient reads "the
base of the skull", "the top of the hip bone". Every landmark has an entry (a test checks),
written to follow "near" or, where it reads better, as the whole phrase ("between ...").
"""

from __future__ import annotations

import math

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.vocab import LABELS

PLACES: dict[str, str] = {
    "vertex": "the top of the head",
    "forehead": "the forehead",
    "eyebrow": "the eyebrow",
    "temple": "the temple",
    "eye": "the eye",
    "cheek": "the cheek",
    "upper_teeth": "the upper teeth",
    "lower_teeth": "the lower teeth",
    "lower_jaw": "the lower jaw",
    "chin": "the chin",
    "tmj": "the jaw joint, in front of the ear",
    "ear": "the ear",
    "jaw_angle": "the corner of the jaw",
    "occiput": "the base of the skull",
    "mastoid": "the bony bump behind the ear",
    "throat": "the throat",
    "posterior_neck": "the back of the neck",
    "angle_of_neck": "where the neck meets the shoulder",
    "c2": "the spine high in the neck, below the skull",
    "c5": "the spine in the middle of the neck",
    "c7": "the bony bump low on the neck",
    "t3": "the spine level with the tops of the shoulder blades",
    "t4": "the spine between the shoulder blades",
    "t6": "the spine between the lower halves of the shoulder blades",
    "t7": "the spine level with the lower tips of the shoulder blades",
    "t12": "the spine level with the lowest ribs",
    "l2": "the spine in the lower back",
    "top_of_shoulder": "the top of the shoulder",
    "acromion": "the tip of the shoulder",
    "anterior_shoulder": "the front of the shoulder",
    "lateral_shoulder": "the outside of the shoulder",
    "posterior_shoulder": "the back of the shoulder",
    "clavicle": "the collarbone",
    "sternum": "the breastbone",
    "anterior_chest": "the front of the chest",
    "lateral_chest": "the side of the chest",
    "axilla": "the armpit",
    "posterior_axillary_fold": "the back of the armpit",
    "upper_abdomen": "the upper belly",
    "lower_abdomen": "the lower belly",
    "umbilicus": "the belly button",
    "groin": "the groin",
    "iliac_crest": "the top of the hip bone",
    "greater_trochanter": "the bony point of the outer hip",
    "medial_border_scapula": "the inner edge of the shoulder blade",
    "spine_of_scapula": "the ridge across the shoulder blade",
    "inferior_angle_scapula": "the lower tip of the shoulder blade",
    "interscapular": "between the shoulder blades",
    "mid_back": "the middle of the back",
    "low_back": "the lower back",
    "sacroiliac_joint": "where the spine meets the pelvis",
    "sacrum": "the flat bone at the base of the spine",
    "coccyx": "the tailbone",
    "pubic_symphysis": "the pubic bone",
    "anococcygeal_region": "the tip of the tailbone",
    "buttock": "the buttock",
    "gluteal_fold": "the crease under the buttock",
    "anterior_arm": "the front of the upper arm",
    "lateral_arm": "the outside of the upper arm",
    "medial_arm": "the inside of the upper arm",
    "posterior_arm": "the back of the upper arm",
    "cubital_fossa": "the front of the elbow",
    "lateral_epicondyle": "the outer side of the elbow",
    "medial_epicondyle": "the inner side of the elbow",
    "olecranon": "the point of the elbow",
    "volar_forearm": "the palm side of the forearm",
    "dorsal_forearm": "the back of the forearm",
    "volar_wrist": "the palm side of the wrist",
    "dorsal_wrist": "the back of the wrist",
    "palm": "the palm",
    "dorsal_hand": "the back of the hand",
    "thumb_base": "the base of the thumb",
    "index_finger": "the index finger",
    "middle_finger": "the middle finger",
    "ring_finger": "the ring finger",
    "little_finger": "the little finger",
    "anterior_thigh": "the front of the thigh",
    "lateral_thigh": "the outside of the thigh",
    "medial_thigh": "the inside of the thigh",
    "posterior_thigh": "the back of the thigh",
    "anterior_knee": "the front of the knee",
    "medial_knee": "the inside of the knee",
    "lateral_knee": "the outside of the knee",
    "posterior_knee": "the back of the knee",
    "shin": "the shin",
    "lateral_leg": "the outside of the lower leg",
    "calf": "the calf",
    "achilles": "the Achilles tendon",
    "anterior_ankle": "the front of the ankle",
    "lateral_ankle": "the outside of the ankle",
    "medial_ankle": "the inside of the ankle",
    "heel": "the heel",
    "plantar_heel": "the underside of the heel",
    "dorsal_foot": "the top of the foot",
    "lateral_foot": "the outer edge of the foot",
    "instep": "the arch of the foot",
    "plantar_forefoot": "the ball of the foot",
    "first_metatarsal_head": "the ball of the big toe",
    "fifth_metatarsal_head": "the outer ball of the foot",
    "big_toe": "the big toe",
    # trunk (issue 15)
    "flank": "the side of the waist",
    # leg and foot (issue 15)
    "anterolateral_ankle": "the front of the outer ankle",
    "lateral_heel": "the outer side of the heel",
    "second_toe": "the second toe",
    # head and neck (issue 15)
    "posterior_triangle": "the lower side of the neck",
    "hyoid": "the top of the throat",
}

# Events after treatment, where the record's label is a clinician's phrase.
EVENTS: dict[str, str] = {
    "post_needling_soreness": "Soreness after needling",
    "fainting_dizziness": "Feeling faint or dizzy",
    "pain_increase": "More pain for a short time",
}

# The diagram's own captions, as the patient's copy words them.
CAPTIONS: dict[str, str] = {
    "Patient's right": "Your right",
    "Patient's left": "Your left",
    "FRONT (anterior view)": "FRONT",
    "BACK (posterior view)": "BACK",
    "R sole": "Right sole",
    "L sole": "Left sole",
}


def place(landmark_id: str) -> str:
    """'near the base of the skull', 'between the shoulder blades'."""
    words = PLACES[landmark_id]
    return words if words.startswith(("between", "where")) else f"near {words}"


def nearest_place(atlas: Atlas, view: str, side: str, x: float, y: float) -> str:
    """Where a point is, in the patient's words: the nearest landmark on its side and view."""
    best, found = math.inf, ""
    for m in atlas.landmarks:
        if m.view == view and m.side in (side, None) and m.id in PLACES:
            d = math.hypot(m.x - x, m.y - y)
            if d < best:
                best, found = d, m.id
    return place(found) if found else ""


def event(event_id: str) -> str:
    return EVENTS.get(event_id) or LABELS.get(event_id, event_id)
