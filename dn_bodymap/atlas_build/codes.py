"""Identifiers other systems use for each muscle (FMA, UBERON, SNOMED CT), each verified from a
named public source; a muscle with no verifiable code has none here (never invented).

Written into ``assets/atlas/muscles.json``; a FHIR export codes body sites with them.
The comment after each entry is the term's label in the source (UBERON label; FMA label).

Left without a code on purpose (no term of their own found in the sources in SOURCES; the
whole muscle's code is NOT used for a part):
- upper_trapezius, middle_trapezius, lower_trapezius: parts of the trapezius. UBERON has only
  the whole trapezius (UBERON:0002380) and non-human parts (clavo-/acromio-/spinotrapezius).
- rhomboid_major, rhomboid_minor: UBERON has only "rhomboid" (UBERON:0005621) for both.
- abductor_digiti_minimi_foot, flexor_digiti_minimi_brevis_foot, extensor_hallucis_longus,
  extensor_hallucis_brevis, extensor_indicis, pronator_quadratus, opponens_pollicis,
  quadratus_plantae, multifidus, sternalis: no UBERON term (label or synonym) in the release.
- suboccipitals: a group with no UBERON term (its four muscles have terms of their own).
Groups coded with the group's own term: intercostals (intercostal muscle), gemelli (gemellus
muscle), digastric (digastric muscle group, exact synonym "digastric"), iliopsoas.
"longissimus" is drawn and named as longissimus thoracis, so it carries that term.
SNOMED CT: none yet (no concept id confirmed against a public source naming it).
"""

from __future__ import annotations

# muscle id -> {"fma": "FMA:<digits>", "uberon": "UBERON:<7 digits>", "snomed": "<SCTID>"}
CODES: dict[str, dict[str, str]] = {
    # UBERON "abductor digiti minimi of hand"
    "abductor_digiti_minimi_hand": {"uberon": "UBERON:0036173"},
    # UBERON "abductor hallucis muscle"
    "abductor_hallucis": {"uberon": "UBERON:0008464"},
    # UBERON "abductor pollicis brevis muscle"
    "abductor_pollicis_brevis": {"uberon": "UBERON:0008465"},
    # UBERON "abductor pollicis longus"
    "abductor_pollicis_longus": {"uberon": "UBERON:0001527"},
    # UBERON "adductor brevis"
    "adductor_brevis": {"uberon": "UBERON:0000368"},
    # UBERON "adductor hallucis muscle"
    "adductor_hallucis": {"uberon": "UBERON:0014379"},
    # UBERON "adductor longus"
    "adductor_longus": {"uberon": "UBERON:0000303"},
    # UBERON "adductor magnus"
    "adductor_magnus": {"uberon": "UBERON:0000370"},
    # UBERON "adductor pollicis muscle"
    "adductor_pollicis": {"uberon": "UBERON:0002962"},
    # UBERON "anconeus muscle"
    "anconeus": {"uberon": "UBERON:0002989"},
    # UBERON "scalenus anterior"
    "anterior_scalene": {"uberon": "UBERON:0008622"},
    # UBERON "biceps brachii"
    "biceps_brachii": {"uberon": "UBERON:0001507"},
    # UBERON "biceps femoris"
    "biceps_femoris": {"uberon": "UBERON:0001374"},
    # UBERON "brachialis muscle"
    "brachialis": {"uberon": "UBERON:0001506"},
    # UBERON "brachioradialis"
    "brachioradialis": {"uberon": "UBERON:0011011"},
    # UBERON "buccinator muscle"
    "buccinator": {"uberon": "UBERON:0001582"},
    # UBERON "coracobrachialis muscle"
    "coracobrachialis": {"uberon": "UBERON:0001505"},
    # UBERON "deltoid"
    "deltoid": {"uberon": "UBERON:0001476"},
    # UBERON "digastric muscle group"
    "digastric": {"uberon": "UBERON:0001562"},
    # UBERON "dorsal pes interosseous muscle"
    "dorsal_interossei_foot": {"uberon": "UBERON:0006499"},
    # UBERON "dorsal interosseous of manus"
    "dorsal_interossei_hand": {"uberon": "UBERON:0001503"},
    # UBERON "extensor carpi radialis brevis muscle"
    "extensor_carpi_radialis_brevis": {"uberon": "UBERON:0001525"},
    # UBERON "extensor carpi radialis longus muscle"
    "extensor_carpi_radialis_longus": {"uberon": "UBERON:0001524"},
    # UBERON "extensor carpi ulnaris muscle"
    "extensor_carpi_ulnaris": {"uberon": "UBERON:0001526"},
    # UBERON "extensor digitorum communis"
    "extensor_digitorum": {"uberon": "UBERON:0007612"},
    # UBERON "extensor digitorum brevis pes"
    "extensor_digitorum_brevis": {"uberon": "UBERON:0000372"},
    # UBERON "extensor digitorum longus"
    "extensor_digitorum_longus": {"uberon": "UBERON:0001386"},
    # UBERON "extensor pollicis brevis muscle"
    "extensor_pollicis_brevis": {"uberon": "UBERON:0017618"},
    # UBERON "extensor pollicis longus muscle"
    "extensor_pollicis_longus": {"uberon": "UBERON:0003234"},
    # UBERON "abdominal external oblique muscle"
    "external_oblique": {"uberon": "UBERON:0005442"},
    # UBERON "first dorsal interosseous of manus"
    "first_dorsal_interosseous": {"uberon": "UBERON:0002988"},
    # UBERON "flexor carpi radialis muscle"
    "flexor_carpi_radialis": {"uberon": "UBERON:0001521"},
    # UBERON "flexor carpi ulnaris muscle"
    "flexor_carpi_ulnaris": {"uberon": "UBERON:0001522"},
    # UBERON "flexor digiti minimi brevis of hand"
    "flexor_digiti_minimi_hand": {"uberon": "UBERON:0036174"},
    # UBERON "flexor digitorum brevis muscle"
    "flexor_digitorum_brevis": {"uberon": "UBERON:0014380"},
    # UBERON "flexor digitorum longus"
    "flexor_digitorum_longus": {"uberon": "UBERON:0001666"},
    # UBERON "flexor digitorum profundus"
    "flexor_digitorum_profundus": {"uberon": "UBERON:0001523"},
    # UBERON "flexor digitorum superficialis"
    "flexor_digitorum_superficialis": {"uberon": "UBERON:0003222"},
    # UBERON "flexor hallucis brevis muscle"
    "flexor_hallucis_brevis": {"uberon": "UBERON:0011022"},
    # UBERON "flexor hallucis longus"
    "flexor_hallucis_longus": {"uberon": "UBERON:0001392"},
    # UBERON "flexor pollicis brevis muscle"
    "flexor_pollicis_brevis": {"uberon": "UBERON:0011012"},
    # UBERON "flexor pollicis longus muscle"
    "flexor_pollicis_longus": {"uberon": "UBERON:0008446"},
    # UBERON "gastrocnemius"
    "gastrocnemius": {"uberon": "UBERON:0001388"},
    # UBERON "gemellus muscle"
    "gemelli": {"uberon": "UBERON:0019201"},
    # UBERON "gluteus maximus"
    "gluteus_maximus": {"uberon": "UBERON:0001370"},
    # UBERON "gluteus medius"
    "gluteus_medius": {"uberon": "UBERON:0001371"},
    # UBERON "gluteus minimus"
    "gluteus_minimus": {"uberon": "UBERON:0008521"},
    # UBERON "gracilis"
    "gracilis": {"uberon": "UBERON:0000950"},
    # UBERON "iliocostalis muscle"
    "iliocostalis": {"uberon": "UBERON:0002251"},
    # UBERON "iliopsoas"
    "iliopsoas": {"uberon": "UBERON:0001999"},
    # UBERON "infraspinatus muscle"
    "infraspinatus": {"uberon": "UBERON:0001477"},
    # UBERON "intercostal muscle"
    "intercostals": {"uberon": "UBERON:0001111"},
    # UBERON "abdominal internal oblique muscle"
    "internal_oblique": {"uberon": "UBERON:0005454"},
    # UBERON "lateral pterygoid muscle"
    "lateral_pterygoid": {"uberon": "UBERON:0006719"},
    # UBERON "latissimus dorsi muscle"
    "latissimus_dorsi": {"uberon": "UBERON:0001112"},
    # UBERON "levator scapulae muscle"
    "levator_scapulae": {"uberon": "UBERON:0005461"},
    # UBERON "longissimus thoracis muscle"
    "longissimus": {"uberon": "UBERON:0001401"},
    # UBERON "longus capitis muscle"
    "longus_capitis": {"uberon": "UBERON:0001563"},
    # UBERON "longus colli muscle"
    "longus_colli": {"uberon": "UBERON:0001121"},
    # UBERON "lumbrical muscle of pes"
    "lumbricals_foot": {"uberon": "UBERON:0001504"},
    # UBERON "lumbrical muscle of manus"
    "lumbricals_hand": {"uberon": "UBERON:0001501"},
    # UBERON "masseter muscle"
    "masseter": {"uberon": "UBERON:0001597"},
    # UBERON "medial pterygoid muscle"
    "medial_pterygoid": {"uberon": "UBERON:0006718"},
    # UBERON "scalenus medius"
    "middle_scalene": {"uberon": "UBERON:0001122"},
    # UBERON "obturator internus"
    "obturator_internus": {"uberon": "UBERON:0011048"},
    # UBERON "occipitofrontalis muscle"
    "occipitofrontalis": {"uberon": "UBERON:0010946"},
    # UBERON "opponens digiti minimi of hand"
    "opponens_digiti_minimi": {"uberon": "UBERON:0036176"},
    # UBERON "orbicularis oculi muscle"
    "orbicularis_oculi": {"uberon": "UBERON:0001578"},
    # UBERON "palmar interosseous muscle of manus"
    "palmar_interossei": {"uberon": "UBERON:0006505"},
    # UBERON "palmaris longus muscle"
    "palmaris_longus": {"uberon": "UBERON:0016493"},
    # UBERON "pectineus muscle"
    "pectineus": {"uberon": "UBERON:0001382"},
    # UBERON "pectoralis major"
    "pectoralis_major": {"uberon": "UBERON:0002381"},
    # UBERON "pectoralis minor"
    "pectoralis_minor": {"uberon": "UBERON:0001100"},
    # UBERON "fibularis brevis"
    "peroneus_brevis": {"uberon": "UBERON:0010526"},
    # UBERON "fibularis longus"
    "peroneus_longus": {"uberon": "UBERON:0001387"},
    # UBERON "fibularis tertius"
    "peroneus_tertius": {"uberon": "UBERON:0010524"},
    # UBERON "piriformis muscle"
    "piriformis": {"uberon": "UBERON:0008529"},
    # UBERON "plantar interosseous muscle of pes"
    "plantar_interossei": {"uberon": "UBERON:0006502"},
    # UBERON "plantaris"
    "plantaris": {"uberon": "UBERON:0011905"},
    # UBERON "platysma"
    "platysma": {"uberon": "UBERON:0005467"},
    # UBERON "popliteus muscle"
    "popliteus": {"uberon": "UBERON:0001391"},
    # UBERON "scalenus posterior"
    "posterior_scalene": {"uberon": "UBERON:0001123"},
    # UBERON "pronator teres"
    "pronator_teres": {"uberon": "UBERON:0001520"},
    # UBERON "pyramidalis"
    "pyramidalis": {"uberon": "UBERON:0011016"},
    # UBERON "quadratus femoris"
    "quadratus_femoris": {"uberon": "UBERON:0008537"},
    # UBERON "quadratus lumborum"
    "quadratus_lumborum": {"uberon": "UBERON:0001220"},
    # UBERON "rectus abdominis muscle"
    "rectus_abdominis": {"uberon": "UBERON:0002382"},
    # UBERON "rectus femoris"
    "rectus_femoris": {"uberon": "UBERON:0001378"},
    # UBERON "sartorius muscle"
    "sartorius": {"uberon": "UBERON:0001373"},
    # UBERON "semimembranosus muscle"
    "semimembranosus": {"uberon": "UBERON:0001381"},
    # UBERON "semispinalis capitis"
    "semispinalis_capitis": {"uberon": "UBERON:0001409"},
    # UBERON "semispinalis cervicis"
    "semispinalis_cervicis": {"uberon": "UBERON:0001408"},
    # UBERON "semitendinosus"
    "semitendinosus": {"uberon": "UBERON:0001375"},
    # UBERON "serratus ventralis"
    "serratus_anterior": {"uberon": "UBERON:0001125"},
    # UBERON "serratus dorsalis inferior muscle"
    "serratus_posterior_inferior": {"uberon": "UBERON:0001127"},
    # UBERON "serratus dorsalis superior muscle"
    "serratus_posterior_superior": {"uberon": "UBERON:0001126"},
    # UBERON "soleus muscle"
    "soleus": {"uberon": "UBERON:0001389"},
    # UBERON "splenius capitis"
    "splenius_capitis": {"uberon": "UBERON:0000711"},
    # UBERON "splenius cervicis"
    "splenius_cervicis": {"uberon": "UBERON:0008544"},
    # UBERON "sternocleidomastoid"
    "sternocleidomastoid": {"uberon": "UBERON:0001128"},
    # UBERON "subclavius"
    "subclavius": {"uberon": "UBERON:0008779"},
    # UBERON "subscapularis muscle"
    "subscapularis": {"uberon": "UBERON:0001129"},
    # UBERON "supinator muscle"
    "supinator": {"uberon": "UBERON:0003228"},
    # UBERON "supraspinatus muscle"
    "supraspinatus": {"uberon": "UBERON:0002383"},
    # UBERON "temporalis muscle"
    "temporalis": {"uberon": "UBERON:0001598"},
    # UBERON "tensor fasciae latae muscle"
    "tensor_fasciae_latae": {"uberon": "UBERON:0001376"},
    # UBERON "teres major muscle"
    "teres_major": {"uberon": "UBERON:0001478"},
    # UBERON "teres minor muscle"
    "teres_minor": {"uberon": "UBERON:0010496"},
    # UBERON "tibialis anterior"
    "tibialis_anterior": {"uberon": "UBERON:0001385"},
    # UBERON "tibialis posterior"
    "tibialis_posterior": {"uberon": "UBERON:0001667"},
    # UBERON "transversus abdominis muscle"
    "transversus_abdominis": {"uberon": "UBERON:0001221"},
    # UBERON "triceps brachii"
    "triceps_brachii": {"uberon": "UBERON:0001509"},
    # UBERON "vastus intermedius"
    "vastus_intermedius": {"uberon": "UBERON:0014847"},
    # UBERON "vastus lateralis"
    "vastus_lateralis": {"uberon": "UBERON:0001379"},
    # UBERON "vastus medialis"
    "vastus_medialis": {"uberon": "UBERON:0001380"},
    # UBERON "zygomaticus major muscle"
    "zygomaticus_major": {"uberon": "UBERON:0008593"},
}

# system -> where its codes above were checked (named in muscles.json)
SOURCES: dict[str, str] = {
    "uberon": (
        "UBERON release 2026-04-01 (as bundled in the cellxgene-ontology-guide 1.11.1 package, "
        "file UBERON-ontology-v2026-04-01.json.zst): term id with its label or exact synonym, "
        "not deprecated, classed under muscle organ"
    ),
}
