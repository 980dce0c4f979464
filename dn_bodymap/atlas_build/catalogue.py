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
    # --- pelvis and hip (issue 15) ---
    "obturator_internus": Note(
        "Most of the muscle lines the inside of the pelvis, over the obturator membrane; the "
        "region on the back view is where it leaves the pelvis at the lesser sciatic notch and "
        "runs, between the gemelli, to the greater trochanter, deep under the gluteus maximus "
        "and close to the sciatic nerve. Travell & Simons examine its trigger points from "
        "inside the pelvis (per vaginam or per rectum); they cannot be reached there with a "
        "needle through the skin of the buttock.",
        "Travell & Simons vol. 2, ch. 6 (pelvic floor muscles: obturator internus)"),
}

RETIRED: list[Retired] = [
    Retired("scalenes", "Scalenes", "2026.11.3",
            ("anterior_scalene", "middle_scalene", "posterior_scalene"),
            "divided into the anterior, middle and posterior scalene, one region each"),
]

OMITTED: list[Omitted] = [
    # --- pelvis and hip (issue 15) ---
    Omitted("Levator ani and coccygeus (pelvic floor)",
            "Internal muscles of the pelvic floor: their trigger points are found and treated "
            "per vaginam or per rectum, not through the skin of the buttock or the front of "
            "the body, so a region on the surface body chart would mislead. Their referred "
            "pain (to the coccyx and sacrum, the anus and rectum, the vagina) is described in "
            "the source.",
            "Travell & Simons vol. 2, ch. 6 (pelvic floor muscles)"),
]
