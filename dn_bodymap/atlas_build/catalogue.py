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
NOTES: dict[str, Note] = {}

RETIRED: list[Retired] = []

OMITTED: list[Omitted] = []
