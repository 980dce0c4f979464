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
}

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
]
