"""The closed vocabularies of a clinical record: ids as stored, labels as shown and printed.

Ids are stable snake_case strings (they are written to databases and exported files); labels
are for people and may be reworded freely.
"""

from __future__ import annotations

from typing import Final

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

LABELS: Final[dict[str, str]] = {
    "female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown",
    "active_infection": "Active infection at or near the site",
    "pregnancy": "Pregnancy",
    "needle_phobia": "Needle phobia",
    "anticoagulants": "Anticoagulant or blood-thinning medication",
    "bleeding_disorder": "Bleeding disorder",
    "diabetes": "Diabetes",
    "immunocompromised": "Compromised immune system",
    "epilepsy": "Epilepsy",
    "vascular_disease": "Vascular disease",
    "metal_allergy": "Metal allergy",
    "yes": "Yes", "no": "No", "not_asked": "Not asked",
    "bruising": "Bruising",
    "bleeding": "Bleeding",
    "post_needling_soreness": "Post-needling soreness",
    "fatigue": "Fatigue",
    "fainting_dizziness": "Fainting or dizziness",
    "headache": "Headache",
    "sweating": "Sweating",
    "skin_irritation": "Skin irritation",
    "pain_increase": "Short-term increase in pain",
    "taut_band": "Taut band",
    "spot_tenderness": "Spot tenderness",
    "familiar_pain": "Familiar pain reproduced",
    "referred_pain": "Referred pain elicited",
    "local_twitch": "Local twitch response on palpation",
    "active": "Active", "latent": "Latent",
    "pistoning": "Pistoning", "static": "Static",
    "electrical_stimulation": "With electrical stimulation",
    "good": "Good", "fair": "Fair", "poor": "Poor",
    "draft": "Draft", "signed": "Signed",
}
