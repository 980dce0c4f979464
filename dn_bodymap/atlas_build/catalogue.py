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

RETIRED: list[Retired] = [
    Retired("scalenes", "Scalenes", "2026.11.3",
            ("anterior_scalene", "middle_scalene", "posterior_scalene"),
            "divided into the anterior, middle and posterior scalene, one region each"),
]

OMITTED: list[Omitted] = []
