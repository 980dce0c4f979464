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
NOTES: dict[str, Note] = {}

RETIRED: list[Retired] = []

OMITTED: list[Omitted] = []
