"""What the muscle list says besides names: notes a clinician needs, muscles retired from the
atlas (old records keep their names), and muscles deliberately left out, each with its reason.

Every note names its published source. Written into ``assets/atlas/muscles.json``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    """A fact about a muscle that changes how it is charted or needled (a rare variant, where it
    can be reached), in our own words, with its source."""

    text: str
    source: str


@dataclass(frozen=True)
class Retired:
    """A muscle id that older records may carry but the atlas no longer draws."""

    id: str
    name: str
    since: str  # the data_version that retired it
    replaced_by: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Omitted:
    """A muscle a clinician might look for that the atlas leaves out on purpose."""

    name: str
    why: str
    source: str


# muscle id -> note
NOTES: dict[str, Note] = {
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
}

RETIRED: list[Retired] = [
    Retired("scalenes", "Scalenes", "2026.11.3",
            ("anterior_scalene", "middle_scalene", "posterior_scalene"),
            "divided into the anterior, middle and posterior scalene, one region each"),
]

OMITTED: list[Omitted] = []
