"""The closed vocabularies of a clinical record: ids as stored, labels as shown and printed.

Ids are stable snake_case strings (they are written to databases and exported files); labels
are for people and may be reworded freely.
"""

from __future__ import annotations

from typing import Final

from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels

SEXES: Final = ("female", "male", "other", "unknown")

# The pre-needling screen of contraindications and precautions (issue 4), in display order.
SCREENING_ITEMS: Final = (
    "active_infection", "pregnancy", "needle_phobia", "anticoagulants", "bleeding_disorder",
    "diabetes", "immunocompromised", "epilepsy", "vascular_disease", "metal_allergy",
)
ANSWERS: Final = ("yes", "no", "not_asked")  # "not_asked" is the default for every item

ADVERSE_EVENTS: Final = (
    "bruising", "bleeding", "post_needling_soreness", "fatigue", "fainting_dizziness",
    "headache", "sweating", "skin_irritation", "pain_increase", "other",
)

# Palpation findings of a trigger point: each is a yes/no field of the point.
FINDINGS: Final = ("taut_band", "spot_tenderness", "familiar_pain", "referred_pain",
                   "local_twitch")
KINDS: Final = ("active", "latent")
TECHNIQUES: Final = ("pistoning", "static", "electrical_stimulation")
# Patient tolerance of needling: a closed scale so it can be counted and printed; anything
# more goes in the point's notes.
TOLERANCES: Final = ("good", "fair", "poor")
STATUSES: Final = ("draft", "signed")

# Needles in common use, offered as choices; other positive sizes are accepted too.
NEEDLE_LENGTHS_MM: Final = (13, 15, 25, 30, 40, 50, 60, 75, 90, 100, 125)
NEEDLE_GAUGES_MM: Final = (0.14, 0.16, 0.18, 0.20, 0.22, 0.25, 0.30, 0.35, 0.40)  # diameter
MAX_NEEDLE_LENGTH_MM: Final = 150.0  # no dry-needling needle is longer
MAX_GAUGE_MM: Final = 1.0
MAX_TIME_IN_TISSUE_S: Final = 3600.0
MAX_LTR_COUNT: Final = 1000
MAX_TEXT: Final = 20_000  # characters in one free-text field
MAX_NAME: Final = 200  # characters in a name (one line)

LABELS: Final[Labels] = Labels("records.vocab", {
    "female": QT_TRANSLATE_NOOP("records.vocab", "Female"),
    "male": QT_TRANSLATE_NOOP("records.vocab", "Male"),
    "other": QT_TRANSLATE_NOOP("records.vocab", "Other"),
    "unknown": QT_TRANSLATE_NOOP("records.vocab", "Unknown"),
    "active_infection": QT_TRANSLATE_NOOP("records.vocab", "Active infection at or near the site"),
    "pregnancy": QT_TRANSLATE_NOOP("records.vocab", "Pregnancy"),
    "needle_phobia": QT_TRANSLATE_NOOP("records.vocab", "Needle phobia"),
    "anticoagulants": QT_TRANSLATE_NOOP(
        "records.vocab", "Anticoagulant or blood-thinning medication"),
    "bleeding_disorder": QT_TRANSLATE_NOOP("records.vocab", "Bleeding disorder"),
    "diabetes": QT_TRANSLATE_NOOP("records.vocab", "Diabetes"),
    "immunocompromised": QT_TRANSLATE_NOOP("records.vocab", "Compromised immune system"),
    "epilepsy": QT_TRANSLATE_NOOP("records.vocab", "Epilepsy"),
    "vascular_disease": QT_TRANSLATE_NOOP("records.vocab", "Vascular disease"),
    "metal_allergy": QT_TRANSLATE_NOOP("records.vocab", "Metal allergy"),
    "yes": QT_TRANSLATE_NOOP("records.vocab", "Yes"),
    "no": QT_TRANSLATE_NOOP("records.vocab", "No"),
    "not_asked": QT_TRANSLATE_NOOP("records.vocab", "Not asked"),
    "bruising": QT_TRANSLATE_NOOP("records.vocab", "Bruising"),
    "bleeding": QT_TRANSLATE_NOOP("records.vocab", "Bleeding"),
    "post_needling_soreness": QT_TRANSLATE_NOOP("records.vocab", "Post-needling soreness"),
    "fatigue": QT_TRANSLATE_NOOP("records.vocab", "Fatigue"),
    "fainting_dizziness": QT_TRANSLATE_NOOP("records.vocab", "Fainting or dizziness"),
    "headache": QT_TRANSLATE_NOOP("records.vocab", "Headache"),
    "sweating": QT_TRANSLATE_NOOP("records.vocab", "Sweating"),
    "skin_irritation": QT_TRANSLATE_NOOP("records.vocab", "Skin irritation"),
    "pain_increase": QT_TRANSLATE_NOOP("records.vocab", "Short-term increase in pain"),
    "taut_band": QT_TRANSLATE_NOOP("records.vocab", "Taut band"),
    "spot_tenderness": QT_TRANSLATE_NOOP("records.vocab", "Spot tenderness"),
    "familiar_pain": QT_TRANSLATE_NOOP("records.vocab", "Familiar pain reproduced"),
    "referred_pain": QT_TRANSLATE_NOOP("records.vocab", "Referred pain elicited"),
    "local_twitch": QT_TRANSLATE_NOOP("records.vocab", "Local twitch response on palpation"),
    "active": QT_TRANSLATE_NOOP("records.vocab", "Active"),
    "latent": QT_TRANSLATE_NOOP("records.vocab", "Latent"),
    "pistoning": QT_TRANSLATE_NOOP("records.vocab", "Pistoning"),
    "static": QT_TRANSLATE_NOOP("records.vocab", "Static"),
    "electrical_stimulation": QT_TRANSLATE_NOOP("records.vocab", "With electrical stimulation"),
    "good": QT_TRANSLATE_NOOP("records.vocab", "Good"),
    "fair": QT_TRANSLATE_NOOP("records.vocab", "Fair"),
    "poor": QT_TRANSLATE_NOOP("records.vocab", "Poor"),
    "draft": QT_TRANSLATE_NOOP("records.vocab", "Draft"),
    "signed": QT_TRANSLATE_NOOP("records.vocab", "Signed"),
})
