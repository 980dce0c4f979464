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
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels
from dn_bodymap.records.model import TriggerPoint

SITE_NAMES: Labels = Labels("charting.referral_sites", {
    "upper_trapezius": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "vertical fibres — neck to the temple"),
    "upper_trapezius_posterior": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lateral horizontal fibres — neck to the base of the skull"),
    "middle_trapezius": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "medial — between shoulder blade and spine"),
    "middle_trapezius_lateral": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "near the acromion — top of the shoulder"),
    "sternocleidomastoid": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "sternal division — eye, cheek, top and back of the head"),
    "sternocleidomastoid_clavicular": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "clavicular division — forehead and ear"),
    "splenius_cervicis": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "upper — deep in the head, behind the eye"),
    "splenius_cervicis_lower": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lower — angle of the neck"),
    "occipitofrontalis": QT_TRANSLATE_NOOP("charting.referral_sites", "frontal belly — forehead"),
    "occipitofrontalis_occipital": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "occipital belly — back of the head, behind the eye"),
    "masseter": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "superficial layer — teeth, cheek and jaw"),
    "masseter_deep": QT_TRANSLATE_NOOP("charting.referral_sites", "deep layer — ear and jaw joint"),
    "infraspinatus": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "main — front of the shoulder, down the arm"),
    "infraspinatus_medial": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "near the medial border — along the shoulder blade"),
    "deltoid": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "anterior and middle — front of the shoulder"),
    "deltoid_posterior": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "posterior and middle — back of the shoulder"),
    "triceps_brachii": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "upper — back of the arm to the shoulder"),
    "triceps_brachii_distal": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "above the outer elbow — lateral epicondyle"),
    "triceps_brachii_medial": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "medial head, above the inner elbow — medial epicondyle"),
    "triceps_brachii_olecranon": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "just above the olecranon — tip of the elbow"),
    "latissimus_dorsi": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "axillary — lower shoulder blade, down the inner arm"),
    "latissimus_dorsi_lower": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lower lateral — front of the shoulder and the flank"),
    "pectoralis_major": QT_TRANSLATE_NOOP("charting.referral_sites", "main — chest and inner arm"),
    "pectoralis_major_clavicular": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "clavicular part — front of the shoulder"),
    "extensor_digitorum": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "middle-finger extensor — into the middle finger"),
    "extensor_digitorum_ring": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "ring-finger extensor — into the ring finger"),
    "iliocostalis": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "upper lumbar — down to the buttock"),
    "iliocostalis_thoracis": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lower thoracic — up to the shoulder blade"),
    "multifidus": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lumbosacral — beside the spine, to the sacrum and coccyx"),
    "multifidus_thoracic": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "thoracic — beside the spine in the mid back"),
    "quadratus_lumborum": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "main — iliac crest and outer hip"),
    "quadratus_lumborum_deep": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "deep, medial — sacroiliac joint and lower buttock"),
    "rectus_abdominis": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "upper — band across the mid back"),
    "rectus_abdominis_lower": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lower — band across the low back"),
    "rectus_abdominis_periumbilical": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "beside the navel — cramping abdominal pain"),
    "gluteus_maximus": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "main — whole buttock and lower sacrum"),
    "gluteus_maximus_medial": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "beside the sacrum — sacroiliac joint to coccyx"),
    "gluteus_medius": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "medial — iliac crest, sacroiliac joint and sacrum"),
    "gluteus_medius_lateral": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lateral — middle and outer buttock"),
    "gluteus_minimus": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "posterior fibres — back of the thigh and calf"),
    "gluteus_minimus_anterior": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "anterior fibres — outside of the thigh and leg"),
    "adductor_magnus": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "mid-thigh — groin and inner front of the thigh"),
    "adductor_magnus_intrapelvic": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "proximal, near the ischial tuberosity — inside the pelvis"),
    "vastus_lateralis": QT_TRANSLATE_NOOP("charting.referral_sites", "main — whole outer thigh"),
    "vastus_lateralis_distal": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "low outer — outer knee"),
    "gastrocnemius": QT_TRANSLATE_NOOP("charting.referral_sites", "medial head — instep"),
    "gastrocnemius_knee": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "high, below the knee — back of the knee"),
    "soleus": QT_TRANSLATE_NOOP("charting.referral_sites", "main — heel and Achilles tendon"),
    "soleus_upper": QT_TRANSLATE_NOOP("charting.referral_sites", "upper — upper back of the calf"),
    "soleus_sacroiliac": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "lower outer (rare) — sacroiliac joint"),
    # head and neck (issue 15)
    "digastric": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "anterior belly — lower front teeth and chin"),
    "digastric_posterior": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "posterior belly — below the ear over the mastoid"),
    "multifidus_cervical": QT_TRANSLATE_NOOP(
        "charting.referral_sites", "cervical — base of the skull and back of the neck"),
})


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
