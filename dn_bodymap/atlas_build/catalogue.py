"""What the muscle list says besides names: notes a clinician needs, muscles retired from the
atlas (old records keep their names), and muscles deliberately left out, each with its reason.

Every note names its published source. Written into ``assets/atlas/muscles.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

from dn_bodymap.atlas.model import OmittedMuscle, RetiredMuscle


@dataclass(frozen=True)
class Note:
    """A fact about a muscle that changes how it is charted or needled (a rare variant, where it
    can be reached), in our own words, with its source."""

    text: str
    source: str


# The build writes the atlas's own records: a retired id and an omission read as they are loaded.
Retired = RetiredMuscle
Omitted = OmittedMuscle


# muscle id -> note
NOTES: dict[str, Note] = {
    # --- forearm and hand (issue 15) ---------------------------------------------------------
    "abductor_pollicis_brevis": Note(
        "No referral pattern is drawn: Travell & Simons draw thenar patterns only for adductor "
        "and opponens pollicis. An experimental (injected saline) study described pain over "
        "the thenar eminence and the back of the thumb web, sometimes up the radial forearm.",
        "Travell & Simons vol. 1, ch. 39 and its pain-pattern index (checked); Kim et al., "
        "J Musculoskelet Pain 2009;17(4):350-357 (experimental, not drawn)"),
    "flexor_pollicis_brevis": Note(
        "No referral pattern is drawn: Travell & Simons give none for the flexor pollicis "
        "brevis (their thenar patterns are adductor and opponens pollicis).",
        "Travell & Simons vol. 1, ch. 39 and its pain-pattern index (checked)"),
    "pronator_quadratus": Note(
        "No referral pattern is drawn: Travell & Simons give none. An experimental (injected "
        "saline) study found pain along the ulnar forearm, sometimes to the little finger, or "
        "into the middle and ring fingers. It lies deep to the flexor tendons just above the "
        "wrist; it is reached from the dorsum through the interosseous membrane or from the "
        "volar side beside the radial artery.",
        "Travell & Simons vol. 1, ch. 38 (checked); Referred pain pattern of the pronator "
        "quadratus muscle, Pain 2005;116(3) (experimental, not drawn)"),
    "abductor_pollicis_longus": Note(
        "No referral pattern is drawn: Travell & Simons give none for the thumb's outcropping "
        "muscles (abductor pollicis longus, extensor pollicis longus and brevis).",
        "Travell & Simons vol. 1, chs. 34-35 and the pain-pattern index (checked)"),
    "extensor_pollicis_longus": Note(
        "No referral pattern is drawn: Travell & Simons give none. Its belly lies deep to "
        "extensor digitorum and extensor carpi ulnaris in the middle of the dorsal forearm.",
        "Travell & Simons vol. 1, chs. 34-35 and the pain-pattern index (checked)"),
    "extensor_pollicis_brevis": Note(
        "No referral pattern is drawn: Travell & Simons give none.",
        "Travell & Simons vol. 1, chs. 34-35 and the pain-pattern index (checked)"),
    "flexor_digiti_minimi_hand": Note(
        "No referral pattern is drawn: of the hypothenar muscles Travell & Simons draw only "
        "abductor digiti minimi.",
        "Travell & Simons vol. 1, ch. 40 and the pain-pattern index (checked)"),
    "opponens_digiti_minimi": Note(
        "No referral pattern is drawn: of the hypothenar muscles Travell & Simons draw only "
        "abductor digiti minimi. It lies deep to abductor and flexor digiti minimi.",
        "Travell & Simons vol. 1, ch. 40 and the pain-pattern index (checked)"),
    "lumbricals": Note(
        "No referral pattern is drawn: Travell & Simons draw the interossei and abductor digiti "
        "minimi, not the lumbricals (secondary texts call their pain similar to the "
        "interossei's, along a finger).",
        "Travell & Simons vol. 1, ch. 40 and the pain-pattern index (checked)"),
    "palmar_interossei": Note(
        "No separate pattern is drawn: Travell & Simons draw the first and a second dorsal "
        "interosseous; each interosseous refers along the side of the finger it inserts on. "
        "Deep in the palm, reached through the palm between the flexor tendons.",
        "Travell & Simons vol. 1, ch. 40 (checked)"),
    "dorsal_interossei": Note(
        "One region for the 2nd to 4th dorsal interossei (the first has its own region and "
        "pattern). The pattern drawn is the 2nd's, to the middle finger; the 3rd refers to the "
        "ulnar side of the middle finger and the 4th to the ring finger.",
        "Travell & Simons vol. 1, ch. 40"),
    # --- trunk and shoulder (issue 15) -------------------------------------------------------
    "sternalis": Note(
        "An inconstant muscle: found in only about 5% of people (reported 3-8% across "
        "populations), on one side or both, over the pectoralis beside the sternum. Chart it "
        "only where a band is actually palpable there.",
        "Travell & Simons vol. 1, ch. 44 (sternalis); Asghar et al., Anat Sci Int 2021 "
        "(meta-analysis: about 6% of 27,470 adults)"),
    "subscapularis": Note(
        "It lies on the front of the scapula, against the chest wall, so it cannot be reached "
        "from the back. Its lateral part is reached from the axilla: arm abducted, between "
        "the chest wall and the scapula, through the posterior wall of the axilla.",
        "Travell & Simons vol. 1, ch. 26 (subscapularis)"),
    "iliocostalis_cervicis": Note(
        "The upper iliocostalis (thoracis above T7, and cervicis) along the angles of the ribs. "
        "The mid-thoracic trigger point (about T6) has a published pattern; no separate "
        "pattern is published for iliocostalis cervicis.",
        "Travell & Simons vol. 1, ch. 48 (thoracolumbar paraspinal muscles): patterns given "
        "for iliocostalis thoracis and lumborum only"),
    "intercostals": Note(
        "The pleura and lung lie directly beneath the intercostal space (see the lung "
        "caution zone): a needle here goes no deeper than the thin muscle layer.",
        "Travell & Simons vol. 1, ch. 45 (intercostal muscles and diaphragm)"),
    # --- leg and foot (issue 15) ---
    "lumbricals_foot": Note(
        "Drawn without a referral pattern: Travell & Simons group the lumbricals with the deep "
        "intrinsic foot muscles but draw no pain pattern of their own for them. Reached from "
        "the sole, between the long flexor tendons behind the lesser toes.",
        "Travell & Simons vol. 2, ch. 27 (deep intrinsic foot muscles)"),
    "flexor_digiti_minimi_brevis_foot": Note(
        "Drawn without a referral pattern: none is drawn for it in Travell & Simons' chapter on "
        "the deep intrinsic foot muscles. Reached on the outer sole under the fifth metatarsal, "
        "beside the abductor digiti minimi.",
        "Travell & Simons vol. 2, ch. 27 (deep intrinsic foot muscles)"),
    "plantar_interossei_foot": Note(
        "Drawn without a pattern of its own: Travell & Simons draw the first dorsal "
        "interosseous (pain along the second toe) and describe the others as referring along "
        "the toe their tendon reaches; only the dorsal interossei carry a drawn pattern here. "
        "Reached from the sole between the lateral metatarsals, or from the dorsum.",
        "Travell & Simons vol. 2, ch. 27 (deep intrinsic foot muscles: interossei)"),
    # --- pelvis and hip (issue 15) ---
    "obturator_internus": Note(
        "Most of the muscle lines the inside of the pelvis, over the obturator membrane; the "
        "region on the back view is where it leaves the pelvis at the lesser sciatic notch and "
        "runs, between the gemelli, to the greater trochanter, deep under the gluteus maximus "
        "and close to the sciatic nerve. Travell & Simons examine its trigger points from "
        "inside the pelvis (per vaginam or per rectum); they cannot be reached there with a "
        "needle through the skin of the buttock.",
        "Travell & Simons vol. 2, ch. 6 (pelvic floor muscles: obturator internus)"),
    # --- head and neck (issue 15) --------------------------------------------------------
    "multifidus": Note(
        "The rotatores lie beneath the multifidus in the same groove beside the spinous "
        "processes and cannot be told apart from it by palpation or needle; a point charted "
        "here stands for either. Travell & Simons treat them together.",
        "Travell & Simons vol. 1, ch. 16 (posterior cervical muscles) and ch. 48 "
        "(thoracolumbar paraspinal muscles)"),
    "digastric": Note(
        "One region for both bellies: the anterior belly under the chin and the posterior "
        "belly from the hyoid up behind the angle of the jaw (toward the mastoid it runs "
        "deep to the SCM). Each belly has its own pattern; a point takes the nearer one.",
        "Travell & Simons vol. 1, ch. 12 (digastric)"),
    "buccinator": Note(
        "No referral pattern is drawn: none could be verified in Travell & Simons or "
        "Donnelly et al. from the sources we could check (secondary sources describe only a "
        "local ache in the cheek and upper gum). Reached inside the cheek or by pincer grip.",
        "Checked: Travell & Simons vol. 1 ch. 8 and 13 summaries; secondary trigger-point "
        "references"),
    "longus_colli": Note(
        "No referral pattern is drawn: Travell & Simons give none that we could verify for "
        "longus colli or longus capitis. Deep on the front of the vertebrae beside the trachea, "
        "medial to the carotid sheath: not a routine dry-needling target.",
        "Checked: Travell & Simons vol. 1 ch. 12 and 20 summaries; secondary trigger-point "
        "references"),
}

# Inconstant muscles, present in few people (see their notes): drawn faint and dotted, so the
# figure does not show them as everyone's anatomy.
VARIANTS: frozenset[str] = frozenset({"sternalis"})

RETIRED: list[Retired] = [
    Retired("scalenes", "Scalenes", "2026.11.3",
            ("anterior_scalene", "middle_scalene", "posterior_scalene"),
            "divided into the anterior, middle and posterior scalene, one region each"),
]

OMITTED: list[Omitted] = [
    # --- trunk (issue 15) ----------------------------------------------------------------------
    Omitted("Diaphragm",
            "It lies inside the trunk, under the lower ribs and against the lungs, liver and "
            "stomach: its trigger points cannot be palpated or needled from the surface "
            "without risk to the lung, so it has no region to chart.",
            "Travell & Simons vol. 1, ch. 45 (intercostal muscles and diaphragm)"),
    # --- pelvis and hip (issue 15) ---
    Omitted("Levator ani and coccygeus (pelvic floor)",
            "Internal muscles of the pelvic floor: their trigger points are found and treated "
            "per vaginam or per rectum, not through the skin of the buttock or the front of "
            "the body, so a region on the surface body chart would mislead. Their referred "
            "pain (to the coccyx and sacrum, the anus and rectum, the vagina) is described in "
            "the source.",
            "Travell & Simons vol. 2, ch. 6 (pelvic floor muscles)"),
]
