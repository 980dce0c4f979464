"""The patient's words for the places and events a treatment map names (no Qt).

The atlas names landmarks for clinicians ("Occiput", "Iliac crest"); a patient reads "the
base of the skull", "the top of the hip bone". Every landmark has an entry (a test checks),
written to follow "near" or, where it reads better, as the whole phrase ("between ...").
"""

from __future__ import annotations

import math

from dn_bodymap.atlas import Atlas
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels, terms, translate
from dn_bodymap.records.vocab import LABELS

PLACES: Labels = Labels("report.plain_words", {
    "vertex": QT_TRANSLATE_NOOP("report.plain_words", "the top of the head"),
    "forehead": QT_TRANSLATE_NOOP("report.plain_words", "the forehead"),
    "eyebrow": QT_TRANSLATE_NOOP("report.plain_words", "the eyebrow"),
    "temple": QT_TRANSLATE_NOOP("report.plain_words", "the temple"),
    "eye": QT_TRANSLATE_NOOP("report.plain_words", "the eye"),
    "cheek": QT_TRANSLATE_NOOP("report.plain_words", "the cheek"),
    "upper_teeth": QT_TRANSLATE_NOOP("report.plain_words", "the upper teeth"),
    "lower_teeth": QT_TRANSLATE_NOOP("report.plain_words", "the lower teeth"),
    "lower_jaw": QT_TRANSLATE_NOOP("report.plain_words", "the lower jaw"),
    "chin": QT_TRANSLATE_NOOP("report.plain_words", "the chin"),
    "tmj": QT_TRANSLATE_NOOP("report.plain_words", "the jaw joint, in front of the ear"),
    "ear": QT_TRANSLATE_NOOP("report.plain_words", "the ear"),
    "jaw_angle": QT_TRANSLATE_NOOP("report.plain_words", "the corner of the jaw"),
    "occiput": QT_TRANSLATE_NOOP("report.plain_words", "the base of the skull"),
    "mastoid": QT_TRANSLATE_NOOP("report.plain_words", "the bony bump behind the ear"),
    "throat": QT_TRANSLATE_NOOP("report.plain_words", "the throat"),
    "posterior_neck": QT_TRANSLATE_NOOP("report.plain_words", "the back of the neck"),
    "angle_of_neck": QT_TRANSLATE_NOOP("report.plain_words", "where the neck meets the shoulder"),
    "c2": QT_TRANSLATE_NOOP("report.plain_words", "the spine high in the neck, below the skull"),
    "c5": QT_TRANSLATE_NOOP("report.plain_words", "the spine in the middle of the neck"),
    "c7": QT_TRANSLATE_NOOP("report.plain_words", "the bony bump low on the neck"),
    "t3": QT_TRANSLATE_NOOP(
        "report.plain_words", "the spine level with the tops of the shoulder blades"),
    "t4": QT_TRANSLATE_NOOP("report.plain_words", "the spine between the shoulder blades"),
    "t6": QT_TRANSLATE_NOOP(
        "report.plain_words", "the spine between the lower halves of the shoulder blades"),
    "t7": QT_TRANSLATE_NOOP(
        "report.plain_words", "the spine level with the lower tips of the shoulder blades"),
    "t12": QT_TRANSLATE_NOOP("report.plain_words", "the spine level with the lowest ribs"),
    "l2": QT_TRANSLATE_NOOP("report.plain_words", "the spine in the lower back"),
    "top_of_shoulder": QT_TRANSLATE_NOOP("report.plain_words", "the top of the shoulder"),
    "acromion": QT_TRANSLATE_NOOP("report.plain_words", "the tip of the shoulder"),
    "anterior_shoulder": QT_TRANSLATE_NOOP("report.plain_words", "the front of the shoulder"),
    "lateral_shoulder": QT_TRANSLATE_NOOP("report.plain_words", "the outside of the shoulder"),
    "posterior_shoulder": QT_TRANSLATE_NOOP("report.plain_words", "the back of the shoulder"),
    "clavicle": QT_TRANSLATE_NOOP("report.plain_words", "the collarbone"),
    "sternum": QT_TRANSLATE_NOOP("report.plain_words", "the breastbone"),
    "anterior_chest": QT_TRANSLATE_NOOP("report.plain_words", "the front of the chest"),
    "lateral_chest": QT_TRANSLATE_NOOP("report.plain_words", "the side of the chest"),
    "axilla": QT_TRANSLATE_NOOP("report.plain_words", "the armpit"),
    "posterior_axillary_fold": QT_TRANSLATE_NOOP("report.plain_words", "the back of the armpit"),
    "upper_abdomen": QT_TRANSLATE_NOOP("report.plain_words", "the upper belly"),
    "lower_abdomen": QT_TRANSLATE_NOOP("report.plain_words", "the lower belly"),
    "umbilicus": QT_TRANSLATE_NOOP("report.plain_words", "the belly button"),
    "groin": QT_TRANSLATE_NOOP("report.plain_words", "the groin"),
    "iliac_crest": QT_TRANSLATE_NOOP("report.plain_words", "the top of the hip bone"),
    "greater_trochanter": QT_TRANSLATE_NOOP(
        "report.plain_words", "the bony point of the outer hip"),
    "medial_border_scapula": QT_TRANSLATE_NOOP(
        "report.plain_words", "the inner edge of the shoulder blade"),
    "spine_of_scapula": QT_TRANSLATE_NOOP(
        "report.plain_words", "the ridge across the shoulder blade"),
    "inferior_angle_scapula": QT_TRANSLATE_NOOP(
        "report.plain_words", "the lower tip of the shoulder blade"),
    "interscapular": QT_TRANSLATE_NOOP("report.plain_words", "between the shoulder blades"),
    "mid_back": QT_TRANSLATE_NOOP("report.plain_words", "the middle of the back"),
    "low_back": QT_TRANSLATE_NOOP("report.plain_words", "the lower back"),
    "sacroiliac_joint": QT_TRANSLATE_NOOP("report.plain_words", "where the spine meets the pelvis"),
    "sacrum": QT_TRANSLATE_NOOP("report.plain_words", "the flat bone at the base of the spine"),
    "coccyx": QT_TRANSLATE_NOOP("report.plain_words", "the tailbone"),
    "pubic_symphysis": QT_TRANSLATE_NOOP("report.plain_words", "the pubic bone"),
    "anococcygeal_region": QT_TRANSLATE_NOOP("report.plain_words", "the tip of the tailbone"),
    "buttock": QT_TRANSLATE_NOOP("report.plain_words", "the buttock"),
    "gluteal_fold": QT_TRANSLATE_NOOP("report.plain_words", "the crease under the buttock"),
    "anterior_arm": QT_TRANSLATE_NOOP("report.plain_words", "the front of the upper arm"),
    "lateral_arm": QT_TRANSLATE_NOOP("report.plain_words", "the outside of the upper arm"),
    "medial_arm": QT_TRANSLATE_NOOP("report.plain_words", "the inside of the upper arm"),
    "posterior_arm": QT_TRANSLATE_NOOP("report.plain_words", "the back of the upper arm"),
    "cubital_fossa": QT_TRANSLATE_NOOP("report.plain_words", "the front of the elbow"),
    "lateral_epicondyle": QT_TRANSLATE_NOOP("report.plain_words", "the outer side of the elbow"),
    "medial_epicondyle": QT_TRANSLATE_NOOP("report.plain_words", "the inner side of the elbow"),
    "olecranon": QT_TRANSLATE_NOOP("report.plain_words", "the point of the elbow"),
    "volar_forearm": QT_TRANSLATE_NOOP("report.plain_words", "the palm side of the forearm"),
    "dorsal_forearm": QT_TRANSLATE_NOOP("report.plain_words", "the back of the forearm"),
    "volar_wrist": QT_TRANSLATE_NOOP("report.plain_words", "the palm side of the wrist"),
    "dorsal_wrist": QT_TRANSLATE_NOOP("report.plain_words", "the back of the wrist"),
    "palm": QT_TRANSLATE_NOOP("report.plain_words", "the palm"),
    "dorsal_hand": QT_TRANSLATE_NOOP("report.plain_words", "the back of the hand"),
    "thumb_base": QT_TRANSLATE_NOOP("report.plain_words", "the base of the thumb"),
    "index_finger": QT_TRANSLATE_NOOP("report.plain_words", "the index finger"),
    "middle_finger": QT_TRANSLATE_NOOP("report.plain_words", "the middle finger"),
    "ring_finger": QT_TRANSLATE_NOOP("report.plain_words", "the ring finger"),
    "little_finger": QT_TRANSLATE_NOOP("report.plain_words", "the little finger"),
    "anterior_thigh": QT_TRANSLATE_NOOP("report.plain_words", "the front of the thigh"),
    "lateral_thigh": QT_TRANSLATE_NOOP("report.plain_words", "the outside of the thigh"),
    "medial_thigh": QT_TRANSLATE_NOOP("report.plain_words", "the inside of the thigh"),
    "posterior_thigh": QT_TRANSLATE_NOOP("report.plain_words", "the back of the thigh"),
    "anterior_knee": QT_TRANSLATE_NOOP("report.plain_words", "the front of the knee"),
    "medial_knee": QT_TRANSLATE_NOOP("report.plain_words", "the inside of the knee"),
    "lateral_knee": QT_TRANSLATE_NOOP("report.plain_words", "the outside of the knee"),
    "posterior_knee": QT_TRANSLATE_NOOP("report.plain_words", "the back of the knee"),
    "shin": QT_TRANSLATE_NOOP("report.plain_words", "the shin"),
    "lateral_leg": QT_TRANSLATE_NOOP("report.plain_words", "the outside of the lower leg"),
    "calf": QT_TRANSLATE_NOOP("report.plain_words", "the calf"),
    "achilles": QT_TRANSLATE_NOOP("report.plain_words", "the Achilles tendon"),
    "anterior_ankle": QT_TRANSLATE_NOOP("report.plain_words", "the front of the ankle"),
    "lateral_ankle": QT_TRANSLATE_NOOP("report.plain_words", "the outside of the ankle"),
    "medial_ankle": QT_TRANSLATE_NOOP("report.plain_words", "the inside of the ankle"),
    "heel": QT_TRANSLATE_NOOP("report.plain_words", "the heel"),
    "plantar_heel": QT_TRANSLATE_NOOP("report.plain_words", "the underside of the heel"),
    "dorsal_foot": QT_TRANSLATE_NOOP("report.plain_words", "the top of the foot"),
    "lateral_foot": QT_TRANSLATE_NOOP("report.plain_words", "the outer edge of the foot"),
    "instep": QT_TRANSLATE_NOOP("report.plain_words", "the arch of the foot"),
    "plantar_forefoot": QT_TRANSLATE_NOOP("report.plain_words", "the ball of the foot"),
    "first_metatarsal_head": QT_TRANSLATE_NOOP("report.plain_words", "the ball of the big toe"),
    "fifth_metatarsal_head": QT_TRANSLATE_NOOP("report.plain_words", "the outer ball of the foot"),
    "big_toe": QT_TRANSLATE_NOOP("report.plain_words", "the big toe"),
    # trunk (issue 15)
    "flank": QT_TRANSLATE_NOOP("report.plain_words", "the side of the waist"),
    # leg and foot (issue 15)
    "anterolateral_ankle": QT_TRANSLATE_NOOP("report.plain_words", "the front of the outer ankle"),
    "lateral_heel": QT_TRANSLATE_NOOP("report.plain_words", "the outer side of the heel"),
    "second_toe": QT_TRANSLATE_NOOP("report.plain_words", "the second toe"),
    # head and neck (issue 15)
    "posterior_triangle": QT_TRANSLATE_NOOP("report.plain_words", "the lower side of the neck"),
    "hyoid": QT_TRANSLATE_NOOP("report.plain_words", "the top of the throat"),
})

# Events after treatment, where the record's label is a clinician's phrase.
EVENTS: Labels = Labels("report.plain_words", {
    "post_needling_soreness": QT_TRANSLATE_NOOP("report.plain_words", "Soreness after needling"),
    "fainting_dizziness": QT_TRANSLATE_NOOP("report.plain_words", "Feeling faint or dizzy"),
    "pain_increase": QT_TRANSLATE_NOOP("report.plain_words", "More pain for a short time"),
})

# The diagram's own captions, as the patient's copy words them.
CAPTIONS: Labels = Labels("report.plain_words", {
    "Patient's right": QT_TRANSLATE_NOOP("report.plain_words", "Your right"),
    "Patient's left": QT_TRANSLATE_NOOP("report.plain_words", "Your left"),
    "FRONT (anterior view)": QT_TRANSLATE_NOOP("report.plain_words", "FRONT"),
    "BACK (posterior view)": QT_TRANSLATE_NOOP("report.plain_words", "BACK"),
    "R sole": QT_TRANSLATE_NOOP("report.plain_words", "Right sole"),
    "L sole": QT_TRANSLATE_NOOP("report.plain_words", "Left sole"),
})


def place(landmark_id: str) -> str:
    """'near the base of the skull', 'between the shoulder blades'."""
    words = PLACES[landmark_id]
    if PLACES.english(landmark_id).startswith(("between", "where")):
        return words
    return terms.contracted(translate("report.plain_words", "near {place}").format(place=words))


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
