"""The atlas's frozen records: muscles, their regions on each view, landmarks, caution zones,
views."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shapely.geometry.base import BaseGeometry


class AtlasError(Exception):
    """An asset is missing, malformed or inconsistent; the message names file, record and fault."""


@dataclass(frozen=True)
class Muscle:
    """A muscle of the atlas. ``note`` is a fact a clinician needs when charting it (a rare
    variant, where it can be reached), from ``note_source``; ``codes`` are (system, code) pairs
    other systems use for it (FMA, UBERON, SNOMED CT), each verified from a named source."""

    id: str
    name: str
    note: str = ""
    note_source: str = ""
    codes: tuple[tuple[str, str], ...] = ()

    def code(self, system: str) -> str | None:
        return dict(self.codes).get(system)


@dataclass(frozen=True)
class RetiredMuscle:
    """An id older records may carry that the atlas no longer draws (divided, renamed)."""

    id: str
    name: str
    since: str  # the data_version that retired it
    replaced_by: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class OmittedMuscle:
    """A muscle a clinician may look for that the atlas leaves out on purpose, and why."""

    name: str
    why: str
    source: str


@dataclass(frozen=True, eq=False)
class Region:
    """Where one muscle of one side lies on one view, at one depth."""

    muscle: str
    side: str
    layer: str
    view: str
    geometry: BaseGeometry

    @property
    def key(self) -> tuple[str, str, str, str]:
        # A muscle may show at two depths on one view (soleus: under the gastrocnemius, and
        # under the skin beside the Achilles tendon): the layer is part of the key.
        return (self.view, self.muscle, self.side, self.layer)


@dataclass(frozen=True)
class Landmark:
    id: str
    name: str
    side: str | None  # None on the midline
    view: str
    x: float
    y: float


@dataclass(frozen=True, eq=False)
class CautionZone:
    """Where a structure under the skin asks for care when needling (lung, nerve, vessel,
    organ), on one view and side ("midline" for a zone authored whole across the midline).
    ``max_depth_mm`` is a published figure of kind ``depth_kind`` ("recommended_max" or
    "typical_depth_to_structure") from ``source``, or None where none is published."""

    id: str
    name: str
    description: str
    view: str
    side: str
    geometry: BaseGeometry
    max_depth_mm: float | None
    depth_kind: str | None
    source: str


@dataclass(frozen=True, eq=False)
class View:
    name: str
    viewbox: tuple[float, float, float, float]
    diagram: Path
    outline: BaseGeometry
    right_side: str  # "viewer_left" (front) or "viewer_right" (back)

    def is_patient_right(self, x: float, midline_x: float) -> bool:
        """Whether a point at x lies on the patient's right half of this view."""
        return x < midline_x if self.right_side == "viewer_left" else x > midline_x
