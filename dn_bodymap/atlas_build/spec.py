"""What a muscle author writes: one shape per muscle per view, for the patient's right side."""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

LAYERS = ("superficial", "intermediate", "deep")


@dataclass(frozen=True)
class MuscleShape:
    """A muscle region as authored.

    ``shape`` is drawn for the patient's right side in the view's own coordinates (front view:
    x < 250; back view: x > 250). The builder clips it to the body outline and to the right
    half, trims it where an earlier shape of the same layer already lies (so list order is
    priority), and mirrors it for the left side.
    """

    id: str
    name: str
    layer: str
    shape: BaseGeometry
