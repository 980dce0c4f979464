"""Identifiers other systems use for each muscle (FMA, UBERON, SNOMED CT), each verified from a
named public source; a muscle with no verifiable code has none here (never invented).

Written into ``assets/atlas/muscles.json``; a FHIR export codes body sites with them.
The comment above each entry gives the term's label in each source (FMA label; UBERON label).
An FMA id is given only where the UBERON-FMA bridge pairs it with the same UBERON term;
muscles without one here were not found in the parts of the bridge that were read.

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
"scalenes" is retired (split into three), so it carries no code.
"longissimus" is drawn and named as longissimus thoracis, so it carries that term.
SNOMED CT: only latissimus_dorsi, whose concept id a public copy of its UBERON term carries
as a cross-reference; every other muscle is left without one (no SCTID confirmed against a
public source naming it: a code there would be a guess).
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
    # FMA "Adductor brevis"; UBERON "adductor brevis"
    "adductor_brevis": {"fma": "FMA:22442", "uberon": "UBERON:0000368"},
    # UBERON "adductor hallucis muscle"
    "adductor_hallucis": {"uberon": "UBERON:0014379"},
    # FMA "Adductor longus"; UBERON "adductor longus"
    "adductor_longus": {"fma": "FMA:22441", "uberon": "UBERON:0000303"},
    # FMA "Adductor magnus"; UBERON "adductor magnus"
    "adductor_magnus": {"fma": "FMA:22443", "uberon": "UBERON:0000370"},
    # UBERON "adductor pollicis muscle"
    "adductor_pollicis": {"uberon": "UBERON:0002962"},
    # UBERON "anconeus muscle"
    "anconeus": {"uberon": "UBERON:0002989"},
    # UBERON "scalenus anterior"
    "anterior_scalene": {"uberon": "UBERON:0008622"},
    # FMA "Biceps brachii"; UBERON "biceps brachii"
    "biceps_brachii": {"fma": "FMA:37670", "uberon": "UBERON:0001507"},
    # FMA "Biceps femoris"; UBERON "biceps femoris"
    "biceps_femoris": {"fma": "FMA:22356", "uberon": "UBERON:0001374"},
    # FMA "Brachialis"; UBERON "brachialis muscle"
    "brachialis": {"fma": "FMA:37667", "uberon": "UBERON:0001506"},
    # UBERON "brachioradialis"
    "brachioradialis": {"uberon": "UBERON:0011011"},
    # FMA "Buccinator"; UBERON "buccinator muscle"
    "buccinator": {"fma": "FMA:46834", "uberon": "UBERON:0001582"},
    # FMA "Coracobrachialis"; UBERON "coracobrachialis muscle"
    "coracobrachialis": {"fma": "FMA:37664", "uberon": "UBERON:0001505"},
    # FMA "Deltoid"; UBERON "deltoid"
    "deltoid": {"fma": "FMA:32521", "uberon": "UBERON:0001476"},
    # FMA "Digastric"; UBERON "digastric muscle group"
    "digastric": {"fma": "FMA:46291", "uberon": "UBERON:0001562"},
    # UBERON "dorsal pes interosseous muscle"
    "dorsal_interossei_foot": {"uberon": "UBERON:0006499"},
    # FMA "dorsal interosseous of hand"; UBERON "dorsal interosseous of manus": the class of all
    # four; the region is the 2nd-4th (the first has its own id and its own term)
    "dorsal_interossei": {"fma": "FMA:37418", "uberon": "UBERON:0001503"},
    # FMA "Extensor carpi radialis brevis"; UBERON "extensor carpi radialis brevis muscle"
    "extensor_carpi_radialis_brevis": {"fma": "FMA:38497", "uberon": "UBERON:0001525"},
    # FMA "Extensor carpi radialis longus"; UBERON "extensor carpi radialis longus muscle"
    "extensor_carpi_radialis_longus": {"fma": "FMA:38494", "uberon": "UBERON:0001524"},
    # FMA "Extensor carpi ulnaris"; UBERON "extensor carpi ulnaris muscle"
    "extensor_carpi_ulnaris": {"fma": "FMA:38506", "uberon": "UBERON:0001526"},
    # FMA "extensor digitorum"; UBERON "extensor digitorum communis"
    "extensor_digitorum": {"fma": "FMA:38500", "uberon": "UBERON:0007612"},
    # FMA "Extensor digitorum brevis"; UBERON "extensor digitorum brevis pes"
    "extensor_digitorum_brevis": {"fma": "FMA:51140", "uberon": "UBERON:0000372"},
    # FMA "Extensor digitorum longus"; UBERON "extensor digitorum longus"
    "extensor_digitorum_longus": {"fma": "FMA:22534", "uberon": "UBERON:0001386"},
    # UBERON "extensor pollicis brevis muscle"
    "extensor_pollicis_brevis": {"uberon": "UBERON:0017618"},
    # UBERON "extensor pollicis longus muscle"
    "extensor_pollicis_longus": {"uberon": "UBERON:0003234"},
    # UBERON "abdominal external oblique muscle"
    "external_oblique": {"uberon": "UBERON:0005442"},
    # UBERON "first dorsal interosseous of manus"
    "first_dorsal_interosseous": {"uberon": "UBERON:0002988"},
    # FMA "Flexor carpi radialis"; UBERON "flexor carpi radialis muscle"
    "flexor_carpi_radialis": {"fma": "FMA:38459", "uberon": "UBERON:0001521"},
    # FMA "Flexor carpi ulnaris"; UBERON "flexor carpi ulnaris muscle"
    "flexor_carpi_ulnaris": {"fma": "FMA:38465", "uberon": "UBERON:0001522"},
    # UBERON "flexor digiti minimi brevis of hand"
    "flexor_digiti_minimi_hand": {"uberon": "UBERON:0036174"},
    # UBERON "flexor digitorum brevis muscle"
    "flexor_digitorum_brevis": {"uberon": "UBERON:0014380"},
    # FMA "Flexor digitorum longus"; UBERON "flexor digitorum longus"
    "flexor_digitorum_longus": {"fma": "FMA:51071", "uberon": "UBERON:0001666"},
    # FMA "Flexor digitorum profundus"; UBERON "flexor digitorum profundus"
    "flexor_digitorum_profundus": {"fma": "FMA:38478", "uberon": "UBERON:0001523"},
    # UBERON "flexor digitorum superficialis"
    "flexor_digitorum_superficialis": {"uberon": "UBERON:0003222"},
    # FMA "flexor hallucis brevis"; UBERON "flexor hallucis brevis muscle"
    "flexor_hallucis_brevis": {"fma": "FMA:37449", "uberon": "UBERON:0011022"},
    # FMA "Flexor hallucis longus"; UBERON "flexor hallucis longus"
    "flexor_hallucis_longus": {"fma": "FMA:22593", "uberon": "UBERON:0001392"},
    # UBERON "flexor pollicis brevis muscle"
    "flexor_pollicis_brevis": {"uberon": "UBERON:0011012"},
    # UBERON "flexor pollicis longus muscle"
    "flexor_pollicis_longus": {"uberon": "UBERON:0008446"},
    # FMA "Gastrocnemius"; UBERON "gastrocnemius"
    "gastrocnemius": {"fma": "FMA:22541", "uberon": "UBERON:0001388"},
    # UBERON "gemellus muscle"
    "gemelli": {"uberon": "UBERON:0019201"},
    # FMA "Gluteus maximus"; UBERON "gluteus maximus"
    "gluteus_maximus": {"fma": "FMA:22314", "uberon": "UBERON:0001370"},
    # FMA "Gluteus medius"; UBERON "gluteus medius"
    "gluteus_medius": {"fma": "FMA:22315", "uberon": "UBERON:0001371"},
    # FMA "gluteus minimus"; UBERON "gluteus minimus"
    "gluteus_minimus": {"fma": "FMA:22317", "uberon": "UBERON:0008521"},
    # FMA "Gracilis"; UBERON "gracilis"
    "gracilis": {"fma": "FMA:43882", "uberon": "UBERON:0000950"},
    # UBERON "iliocostalis muscle"
    "iliocostalis": {"uberon": "UBERON:0002251"},
    # UBERON "iliopsoas"
    "iliopsoas": {"uberon": "UBERON:0001999"},
    # FMA "Infraspinatus muscle"; UBERON "infraspinatus muscle"
    "infraspinatus": {"fma": "FMA:32546", "uberon": "UBERON:0001477"},
    # FMA "Intercostal muscle"; UBERON "intercostal muscle"
    "intercostals": {"fma": "FMA:13354", "uberon": "UBERON:0001111"},
    # UBERON "abdominal internal oblique muscle"
    "internal_oblique": {"uberon": "UBERON:0005454"},
    # UBERON "lateral pterygoid muscle"
    "lateral_pterygoid": {"uberon": "UBERON:0006719"},
    # FMA "Latissimus dorsi"; SCTID xref of that UBERON term; UBERON "latissimus dorsi muscle"
    "latissimus_dorsi": {"fma": "FMA:13357", "snomed": "181747008", "uberon": "UBERON:0001112"},
    # UBERON "levator scapulae muscle"
    "levator_scapulae": {"uberon": "UBERON:0005461"},
    # FMA "Longissimus thoracis"; UBERON "longissimus thoracis muscle"
    "longissimus": {"fma": "FMA:22709", "uberon": "UBERON:0001401"},
    # FMA "Longus colli"; UBERON "longus colli muscle". The region is "Longus colli and longus
    # capitis" together; longus capitis (FMA:46308, UBERON:0001563) has no region of its own.
    "longus_colli": {"fma": "FMA:13370", "uberon": "UBERON:0001121"},
    # FMA "Lumbrical of foot"; UBERON "lumbrical muscle of pes"
    "lumbricals_foot": {"fma": "FMA:37453", "uberon": "UBERON:0001504"},
    # FMA "lumbrical of hand"; UBERON "lumbrical muscle of manus"
    "lumbricals": {"fma": "FMA:37385", "uberon": "UBERON:0001501"},
    # FMA "Masseter"; UBERON "masseter muscle"
    "masseter": {"fma": "FMA:48996", "uberon": "UBERON:0001597"},
    # UBERON "medial pterygoid muscle"
    "medial_pterygoid": {"uberon": "UBERON:0006718"},
    # FMA "Scalenus medius"; UBERON "scalenus medius"
    "middle_scalene": {"fma": "FMA:13386", "uberon": "UBERON:0001122"},
    # FMA "obturator internus"; UBERON "obturator internus"
    "obturator_internus": {"fma": "FMA:22298", "uberon": "UBERON:0011048"},
    # FMA "occipitofrontalis"; UBERON "occipitofrontalis muscle"
    "occipitofrontalis": {"fma": "FMA:9624", "uberon": "UBERON:0010946"},
    # UBERON "opponens digiti minimi of hand"
    "opponens_digiti_minimi": {"uberon": "UBERON:0036176"},
    # FMA "Orbicularis oculi"; UBERON "orbicularis oculi muscle"
    "orbicularis_oculi": {"fma": "FMA:46779", "uberon": "UBERON:0001578"},
    # UBERON "palmar interosseous muscle of manus"
    "palmar_interossei": {"uberon": "UBERON:0006505"},
    # UBERON "palmaris longus muscle"
    "palmaris_longus": {"uberon": "UBERON:0016493"},
    # FMA "Pectineus"; UBERON "pectineus muscle"
    "pectineus": {"fma": "FMA:22440", "uberon": "UBERON:0001382"},
    # UBERON "pectoralis major"
    "pectoralis_major": {"uberon": "UBERON:0002381"},
    # UBERON "pectoralis minor"
    "pectoralis_minor": {"uberon": "UBERON:0001100"},
    # FMA "fibularis brevis"; UBERON "fibularis brevis"
    "peroneus_brevis": {"fma": "FMA:22540", "uberon": "UBERON:0010526"},
    # FMA "Fibularis longus"; UBERON "fibularis longus"
    "peroneus_longus": {"fma": "FMA:22539", "uberon": "UBERON:0001387"},
    # FMA "fibularis tertius"; UBERON "fibularis tertius"
    "peroneus_tertius": {"fma": "FMA:22538", "uberon": "UBERON:0010524"},
    # UBERON "piriformis muscle"
    "piriformis": {"uberon": "UBERON:0008529"},
    # UBERON "plantar interosseous muscle of pes"
    "plantar_interossei_foot": {"uberon": "UBERON:0006502"},
    # FMA "plantaris"; UBERON "plantaris"
    "plantaris": {"fma": "FMA:22543", "uberon": "UBERON:0011905"},
    # UBERON "platysma"
    "platysma": {"uberon": "UBERON:0005467"},
    # FMA "Popliteus"; UBERON "popliteus muscle"
    "popliteus": {"fma": "FMA:22590", "uberon": "UBERON:0001391"},
    # FMA "Scalenus posterior"; UBERON "scalenus posterior"
    "posterior_scalene": {"fma": "FMA:13387", "uberon": "UBERON:0001123"},
    # FMA "Pronator teres"; UBERON "pronator teres"
    "pronator_teres": {"fma": "FMA:38450", "uberon": "UBERON:0001520"},
    # UBERON "pyramidalis"
    "pyramidalis": {"uberon": "UBERON:0011016"},
    # UBERON "quadratus femoris"
    "quadratus_femoris": {"uberon": "UBERON:0008537"},
    # FMA "Quadratus lumborum"; UBERON "quadratus lumborum"
    "quadratus_lumborum": {"fma": "FMA:15569", "uberon": "UBERON:0001220"},
    # FMA "Rectus abdominis"; UBERON "rectus abdominis muscle"
    "rectus_abdominis": {"fma": "FMA:9628", "uberon": "UBERON:0002382"},
    # FMA "Rectus femoris"; UBERON "rectus femoris"
    "rectus_femoris": {"fma": "FMA:22430", "uberon": "UBERON:0001378"},
    # FMA "Sartorius"; UBERON "sartorius muscle"
    "sartorius": {"fma": "FMA:22353", "uberon": "UBERON:0001373"},
    # FMA "Semimembranosus"; UBERON "semimembranosus muscle"
    "semimembranosus": {"fma": "FMA:22438", "uberon": "UBERON:0001381"},
    # FMA "Semispinalis capitis"; UBERON "semispinalis capitis"
    "semispinalis_capitis": {"fma": "FMA:22830", "uberon": "UBERON:0001409"},
    # FMA "Semispinalis cervicis"; UBERON "semispinalis cervicis"
    "semispinalis_cervicis": {"fma": "FMA:22829", "uberon": "UBERON:0001408"},
    # FMA "Semitendinosus"; UBERON "semitendinosus"
    "semitendinosus": {"fma": "FMA:22357", "uberon": "UBERON:0001375"},
    # FMA "Serratus anterior"; UBERON "serratus ventralis"
    "serratus_anterior": {"fma": "FMA:13397", "uberon": "UBERON:0001125"},
    # FMA "Serratus posterior inferior"; UBERON "serratus dorsalis inferior muscle"
    "serratus_posterior_inferior": {"fma": "FMA:13402", "uberon": "UBERON:0001127"},
    # FMA "serratus posterior superior"; UBERON "serratus dorsalis superior muscle"
    "serratus_posterior_superior": {"fma": "FMA:13401", "uberon": "UBERON:0001126"},
    # FMA "Soleus"; UBERON "soleus muscle"
    "soleus": {"fma": "FMA:22542", "uberon": "UBERON:0001389"},
    # UBERON "splenius capitis"
    "splenius_capitis": {"uberon": "UBERON:0000711"},
    # UBERON "splenius cervicis"
    "splenius_cervicis": {"uberon": "UBERON:0008544"},
    # FMA "Sternocleidomastoid"; UBERON "sternocleidomastoid"
    "sternocleidomastoid": {"fma": "FMA:13407", "uberon": "UBERON:0001128"},
    # UBERON "subclavius"
    "subclavius": {"uberon": "UBERON:0008779"},
    # FMA "Subscapularis"; UBERON "subscapularis muscle"
    "subscapularis": {"fma": "FMA:13413", "uberon": "UBERON:0001129"},
    # UBERON "supinator muscle"
    "supinator": {"uberon": "UBERON:0003228"},
    # FMA "Supraspinatus"; UBERON "supraspinatus muscle"
    "supraspinatus": {"fma": "FMA:9629", "uberon": "UBERON:0002383"},
    # FMA "Temporalis"; UBERON "temporalis muscle"
    "temporalis": {"fma": "FMA:49006", "uberon": "UBERON:0001598"},
    # FMA "tensor fasciae latae"; UBERON "tensor fasciae latae muscle"
    "tensor_fasciae_latae": {"fma": "FMA:22423", "uberon": "UBERON:0001376"},
    # FMA "Teres major"; UBERON "teres major muscle"
    "teres_major": {"fma": "FMA:32549", "uberon": "UBERON:0001478"},
    # FMA "teres minor"; UBERON "teres minor muscle"
    "teres_minor": {"fma": "FMA:32550", "uberon": "UBERON:0010496"},
    # FMA "Tibialis anterior"; UBERON "tibialis anterior"
    "tibialis_anterior": {"fma": "FMA:22532", "uberon": "UBERON:0001385"},
    # FMA "Tibialis posterior"; UBERON "tibialis posterior"
    "tibialis_posterior": {"fma": "FMA:51099", "uberon": "UBERON:0001667"},
    # FMA "Transversus abdominis"; UBERON "transversus abdominis muscle"
    "transversus_abdominis": {"fma": "FMA:15570", "uberon": "UBERON:0001221"},
    # FMA "Triceps brachii"; UBERON "triceps brachii"
    "triceps_brachii": {"fma": "FMA:37688", "uberon": "UBERON:0001509"},
    # UBERON "vastus intermedius"
    "vastus_intermedius": {"uberon": "UBERON:0014847"},
    # FMA "Vastus lateralis"; UBERON "vastus lateralis"
    "vastus_lateralis": {"fma": "FMA:22431", "uberon": "UBERON:0001379"},
    # FMA "Vastus medialis"; UBERON "vastus medialis"
    "vastus_medialis": {"fma": "FMA:22432", "uberon": "UBERON:0001380"},
    # UBERON "zygomaticus major muscle"
    "zygomaticus_major": {"uberon": "UBERON:0008593"},
}

# system -> where its codes above were checked (named in muscles.json)
SOURCES: dict[str, str] = {
    "fma": (
        "FMA ids as given in the UBERON-FMA bridge of the UBERON repository "
        "(github.com/obophenotype/uberon, bridge/uberon-bridge-to-fma.obo, commit 97136c5e): "
        "each FMA id with its FMA label, equivalent to the UBERON term coded here"
    ),
    "snomed": (
        "SCTID cross-reference shown on the UBERON term page (UBERON:0001112, latissimus dorsi "
        "muscle) of the Monarch Initiative Ontology Lookup Service (ols.monarchinitiative.org, "
        "upheno2 ontology)"
    ),
    "uberon": (
        "UBERON release 2026-04-01 (as bundled in the cellxgene-ontology-guide 1.11.1 package, "
        "file UBERON-ontology-v2026-04-01.json.zst): term id with its label or exact synonym, "
        "not deprecated, classed under muscle organ"
    ),
}
