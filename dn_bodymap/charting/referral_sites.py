"""Which trigger-point site of a muscle a point refers from, and the sites' names (no Qt).

Twenty muscles have more than one classic site, each with its own referral pattern (the
upper trapezius's vertical fibres refer to the temple, its lateral horizontal fibres to the
base of the skull). A point uses the site the clinician chose (``referral_site``, a pattern
id) or else the site nearest to it, which near the midpoint of two sites turns on a pixel.
SITE_NAMES names each site for the inspector and the printed map, after the patterns'
descriptions in assets/referral/patterns.json.
"""

from __future__ import annotations

from dataclasses import dataclass

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.referral import Pattern
from dn_bodymap.records.model import TriggerPoint

SITE_NAMES: dict[str, str] = {
    "upper_trapezius": "vertical fibres — neck to the temple",
    "upper_trapezius_posterior": "lateral horizontal fibres — neck to the base of the skull",
    "middle_trapezius": "medial — between shoulder blade and spine",
    "middle_trapezius_lateral": "near the acromion — top of the shoulder",
    "sternocleidomastoid": "sternal division — eye, cheek, top and back of the head",
    "sternocleidomastoid_clavicular": "clavicular division — forehead and ear",
    "splenius_cervicis": "upper — deep in the head, behind the eye",
    "splenius_cervicis_lower": "lower — angle of the neck",
    "occipitofrontalis": "frontal belly — forehead",
    "occipitofrontalis_occipital": "occipital belly — back of the head, behind the eye",
    "masseter": "superficial layer — teeth, cheek and jaw",
    "masseter_deep": "deep layer — ear and jaw joint",
    "infraspinatus": "main — front of the shoulder, down the arm",
    "infraspinatus_medial": "near the medial border — along the shoulder blade",
    "deltoid": "anterior and middle — front of the shoulder",
    "deltoid_posterior": "posterior and middle — back of the shoulder",
    "triceps_brachii": "upper — back of the arm to the shoulder",
    "triceps_brachii_distal": "above the outer elbow — lateral epicondyle",
    "triceps_brachii_medial": "medial head, above the inner elbow — medial epicondyle",
    "triceps_brachii_olecranon": "just above the olecranon — tip of the elbow",
    "latissimus_dorsi": "axillary — lower shoulder blade, down the inner arm",
    "latissimus_dorsi_lower": "lower lateral — front of the shoulder and the flank",
    "pectoralis_major": "main — chest and inner arm",
    "pectoralis_major_clavicular": "clavicular part — front of the shoulder",
    "extensor_digitorum": "middle-finger extensor — into the middle finger",
    "extensor_digitorum_ring": "ring-finger extensor — into the ring finger",
    "iliocostalis": "upper lumbar — down to the buttock",
    "iliocostalis_thoracis": "lower thoracic — up to the shoulder blade",
    "multifidus": "lumbosacral — beside the spine, to the sacrum and coccyx",
    "multifidus_thoracic": "thoracic — beside the spine in the mid back",
    "quadratus_lumborum": "main — iliac crest and outer hip",
    "quadratus_lumborum_deep": "deep, medial — sacroiliac joint and lower buttock",
    "rectus_abdominis": "upper — band across the mid back",
    "rectus_abdominis_lower": "lower — band across the low back",
    "rectus_abdominis_periumbilical": "beside the navel — cramping abdominal pain",
    "gluteus_maximus": "main — whole buttock and lower sacrum",
    "gluteus_maximus_medial": "beside the sacrum — sacroiliac joint to coccyx",
    "gluteus_medius": "medial — iliac crest, sacroiliac joint and sacrum",
    "gluteus_medius_lateral": "lateral — middle and outer buttock",
    "gluteus_minimus": "posterior fibres — back of the thigh and calf",
    "gluteus_minimus_anterior": "anterior fibres — outside of the thigh and leg",
    "adductor_magnus": "mid-thigh — groin and inner front of the thigh",
    "adductor_magnus_intrapelvic": "proximal, near the ischial tuberosity — inside the pelvis",
    "vastus_lateralis": "main — whole outer thigh",
    "vastus_lateralis_distal": "low outer — outer knee",
    "gastrocnemius": "medial head — instep",
    "gastrocnemius_knee": "high, below the knee — back of the knee",
    "soleus": "main — heel and Achilles tendon",
    "soleus_upper": "upper — upper back of the calf",
    "soleus_sacroiliac": "lower outer (rare) — sacroiliac joint",
    # head and neck (issue 15)
    "digastric": "anterior belly — lower front teeth and chin",
    "digastric_posterior": "posterior belly — below the ear over the mastoid",
    "multifidus_cervical": "cervical — base of the skull and back of the neck",
}


@dataclass(frozen=True)
class SiteMatch:
    """The pattern a point's zones are drawn from, and how it was decided."""

    pattern: Pattern
    chosen: bool  # the clinician chose this site; False: the nearest site
    close_call: bool  # nearest, but another site is almost as near (a pixel decides)


CLOSE_CALL = 3.0  # view units (~6 mm): nearer than this to a second site is a toss-up


def site_name(pattern_id: str) -> str:
    """'Lateral horizontal fibres — neck to the base of the skull'."""
    name = SITE_NAMES.get(pattern_id, pattern_id.replace("_", " "))
    return name[:1].upper() + name[1:]


def sites_of(atlas: Atlas, muscle: str, side: str) -> list[Pattern]:
    """The muscle's sites (patterns) on that side, principal first."""
    return atlas.referrals.patterns_of(muscle, side)


def site_of(atlas: Atlas, p: TriggerPoint) -> SiteMatch | None:
    """The point's site: the chosen one, else the nearest; None when the muscle has no
    referral pattern (or an atlas that does not know it)."""
    patterns = sites_of(atlas, p.muscle, p.side) if p.muscle in atlas.muscles else []
    if not patterns:
        return None
    chosen = next((q for q in patterns if q.id == p.referral_site), None)
    if chosen is not None:
        return SiteMatch(chosen, True, False)
    distances = sorted(q.distance_to(p.view, p.x, p.y) for q in patterns)
    nearest = atlas.referral(p.muscle, p.side, at=(p.view, p.x, p.y))
    close = len(distances) > 1 and distances[1] - distances[0] < CLOSE_CALL
    return SiteMatch(nearest, False, close)


def pattern_of(atlas: Atlas, p: TriggerPoint) -> Pattern | None:
    """The pattern the point's zones are drawn from (window, printed map)."""
    match = site_of(atlas, p)
    return match.pattern if match else None
