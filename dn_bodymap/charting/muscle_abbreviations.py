"""What clinicians type for a muscle, as data: the muscle search reads these tables.

ACRONYMS: a whole query (lower case, no dots) -> the muscle ids it means, best first.
WORDS: one typed word -> the word of a name it stands for, where the typed word is not simply
the start of that word: "glute", "lev scap", "pec min" and "upper trap" need no entry (every
typed word starts a word of the name), nor do plurals ("traps", "rhomboids").
Only muscles the atlas has are listed (a test checks every id); the atlas has no iliotibial
band (not a muscle) and no abductor pollicis longus, so "ITB" and "APL" are not here.
"""

from __future__ import annotations

ACRONYMS: dict[str, tuple[str, ...]] = {
    # neck and head
    "scm": ("sternocleidomastoid",),
    "suboccs": ("suboccipitals",),
    # shoulder girdle and back
    "ut": ("upper_trapezius",),
    "uft": ("upper_trapezius",),
    "lat": ("latissimus_dorsi",),
    "lats": ("latissimus_dorsi",),
    "ld": ("latissimus_dorsi",),
    "traps": ("upper_trapezius", "middle_trapezius", "lower_trapezius"),
    "rhomboids": ("rhomboid_major", "rhomboid_minor"),
    "ssp": ("supraspinatus",),
    "isp": ("infraspinatus",),
    "supra": ("supraspinatus",),
    "infra": ("infraspinatus",),
    "rotator cuff": ("supraspinatus", "infraspinatus", "teres_minor", "subscapularis"),
    "sa": ("serratus_anterior",),
    "sps": ("serratus_posterior_superior",),
    "spi": ("serratus_posterior_inferior",),
    "ql": ("quadratus_lumborum",),
    "es": ("iliocostalis", "longissimus"),
    "erector": ("iliocostalis", "longissimus"),
    "erectors": ("iliocostalis", "longissimus"),
    "erector spinae": ("iliocostalis", "longissimus"),
    "paraspinals": ("iliocostalis", "longissimus", "multifidus"),
    # trunk
    "ra": ("rectus_abdominis",),
    "eo": ("external_oblique",),
    "io": ("internal_oblique",),
    "obliques": ("external_oblique", "internal_oblique"),
    "abs": ("rectus_abdominis", "external_oblique", "internal_oblique",
            "transversus_abdominis"),
    "pecs": ("pectoralis_major", "pectoralis_minor"),
    # forearm and hand
    "ecrl": ("extensor_carpi_radialis_longus",),
    "ecrb": ("extensor_carpi_radialis_brevis",),
    "ecu": ("extensor_carpi_ulnaris",),
    "edc": ("extensor_digitorum",),
    "fcr": ("flexor_carpi_radialis",),
    "fcu": ("flexor_carpi_ulnaris",),
    "fds": ("flexor_digitorum_superficialis",),
    "fdp": ("flexor_digitorum_profundus",),
    "fpl": ("flexor_pollicis_longus",),
    "pt": ("pronator_teres",),
    "pl": ("palmaris_longus", "peroneus_longus"),
    "apb": ("abductor_pollicis_brevis",),
    "fdi": ("first_dorsal_interosseous",),
    "adm": ("abductor_digiti_minimi_hand", "abductor_digiti_minimi_foot"),
    "wrist extensors": ("extensor_carpi_radialis_longus", "extensor_carpi_radialis_brevis",
                        "extensor_carpi_ulnaris"),
    # hip and thigh
    "gmax": ("gluteus_maximus",),
    "gmed": ("gluteus_medius",),
    "gmin": ("gluteus_minimus",),
    "glutes": ("gluteus_maximus", "gluteus_medius", "gluteus_minimus"),
    "tfl": ("tensor_fasciae_latae",),
    "psoas": ("iliopsoas",),
    "iliacus": ("iliopsoas",),
    "hip flexors": ("iliopsoas", "rectus_femoris", "tensor_fasciae_latae"),
    "vmo": ("vastus_medialis",),
    "vm": ("vastus_medialis",),
    "vl": ("vastus_lateralis",),
    "vi": ("vastus_intermedius",),
    "rf": ("rectus_femoris",),
    "quads": ("rectus_femoris", "vastus_lateralis", "vastus_medialis", "vastus_intermedius"),
    "bf": ("biceps_femoris",),
    "hamstrings": ("biceps_femoris", "semitendinosus", "semimembranosus"),
    "hams": ("biceps_femoris", "semitendinosus", "semimembranosus"),
    "adductors": ("adductor_longus", "adductor_magnus", "adductor_brevis"),
    # leg and foot
    "gastroc": ("gastrocnemius",),
    "calf": ("gastrocnemius", "soleus"),
    "ta": ("tibialis_anterior",),
    "tib ant": ("tibialis_anterior",),
    "tib post": ("tibialis_posterior",),
    "pb": ("peroneus_brevis",),
    "peroneals": ("peroneus_longus", "peroneus_brevis"),
    "fibularis": ("peroneus_longus", "peroneus_brevis"),
    "fibularis longus": ("peroneus_longus",),
    "fibularis brevis": ("peroneus_brevis",),
    "edl": ("extensor_digitorum_longus",),
    "edb": ("extensor_digitorum_brevis",),
    "ehl": ("extensor_hallucis_longus",),
    "fdl": ("flexor_digitorum_longus",),
    "fdb": ("flexor_digitorum_brevis",),
    "fhl": ("flexor_hallucis_longus",),
    "fhb": ("flexor_hallucis_brevis",),
}

WORDS: dict[str, str] = {
    "fib": "peroneus",
    "fibularis": "peroneus",
    "psoas": "iliopsoas",
    "iliacus": "iliopsoas",
    "abdominal": "abdominis",
    "hallux": "hallucis",
    "thumb": "pollicis",
}
