"""Needles and needling presets: the sizes offered, what a preset fills in, and what "same as the
last point" copies.

The shipped presets name a needle and a technique only. A typical depth is the clinician's to
set for a muscle; nothing here invents one. Presets are kept in the settings file (they are the
clinician's habits, not part of any patient's record).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from dn_bodymap.i18n import translate
from dn_bodymap.records import validate, vocab
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import TriggerPoint

# Needle sizes clinicians reach for, diameter x length (mm).
COMMON_NEEDLES: tuple[tuple[float, float], ...] = (
    (0.16, 15), (0.16, 25), (0.18, 30), (0.20, 30), (0.25, 25), (0.25, 30), (0.25, 40),
    (0.30, 40), (0.30, 50), (0.30, 60), (0.30, 75), (0.30, 100), (0.35, 125),
)

# What "same as the last point" copies: how the point was needled. Not what the tissue did
# (twitch responses, tolerance) nor what was found: those are each point's own findings.
NEEDLING_FIELDS: tuple[str, ...] = (
    "needled", "needle_gauge_mm", "needle_length_mm", "depth_mm", "technique",
    "time_in_tissue_s",
)


def needle_text(gauge: float | None, length: float | None) -> str:
    """'0.25 × 30 mm'; a dash for no needle; '?' for the half of a size not recorded."""
    if gauge is None and length is None:
        return "—"
    g = "?" if gauge is None else f"{gauge:.2f}"
    n = "?" if length is None else f"{length:g}"
    return f"{g} × {n} mm"


def same_size(a: Sequence[float | None], b: Sequence[float | None]) -> bool:
    """Sizes are equal to the hundredth of a mm (a stored 30.0 is the listed 30)."""
    return all((x is None and y is None) or (x is not None and y is not None
                                             and math.isclose(x, y, abs_tol=0.005))
               for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class Preset:
    """A needle and a technique, optionally for one muscle with the clinician's usual depth."""

    gauge_mm: float
    length_mm: float
    technique: str | None
    depth_mm: float | None = None
    muscle: str | None = None  # None: offered for every muscle

    def changes(self) -> dict[str, Any]:
        """The point's fields this preset sets: it is needled, with this needle and technique,
        and at the preset's depth when it has one (an empty depth leaves the point's)."""
        out: dict[str, Any] = {"needled": True, "needle_gauge_mm": self.gauge_mm,
                               "needle_length_mm": self.length_mm, "technique": self.technique}
        if self.depth_mm is not None:
            out["depth_mm"] = self.depth_mm
        return out

    def text(self) -> str:
        parts = [needle_text(self.gauge_mm, self.length_mm)]
        if self.technique:
            parts.append(vocab.LABELS[self.technique].lower())
        if self.depth_mm is not None:
            parts.append(translate("charting.needling", "depth {depth} mm").format(
                depth=f"{self.depth_mm:g}"))
        return ", ".join(parts)


DEFAULT_PRESETS: tuple[Preset, ...] = (
    Preset(0.25, 30, "pistoning"), Preset(0.30, 50, "pistoning"),
    Preset(0.30, 75, "pistoning"), Preset(0.25, 30, "static"),
)


def presets_for(muscle: str, presets: Iterable[Preset]) -> list[Preset]:
    """The presets offered for a point in ``muscle``: its own first, then those for any."""
    presets = list(presets)
    return ([p for p in presets if p.muscle == muscle]
            + [p for p in presets if p.muscle is None])


def with_muscle_preset(presets: Iterable[Preset], preset: Preset) -> list[Preset]:
    """``presets`` with ``preset`` as its muscle's preset (replacing the one it had)."""
    return [p for p in presets if p.muscle is None or p.muscle != preset.muscle] + [preset]


def copied_needling(source: TriggerPoint) -> dict[str, Any]:
    """The needling of ``source`` as changes for another point (empty if it was not needled)."""
    values = {f: getattr(source, f) for f in NEEDLING_FIELDS}
    if not values["needled"] and all(v is None for f, v in values.items() if f != "needled"):
        return {}
    return values


def previous_point(points: Iterable[TriggerPoint], number: int) -> TriggerPoint | None:
    """The point charted just before point ``number`` in its session."""
    earlier = [p for p in points if p.number < number]
    return max(earlier, key=lambda p: p.number) if earlier else None


# -- kept in the settings file as JSON ------------------------------------------------------

def to_json(presets: Iterable[Preset]) -> list[dict[str, Any]]:
    return [asdict(p) for p in presets]


def from_json(doc: Any, muscles: Mapping[str, Any] | None = None) -> list[Preset]:
    """Presets from their JSON form; a bad entry raises RecordsError naming it and the fault
    (the same checks and words as a point's fields)."""
    if not isinstance(doc, list):
        raise RecordsError("needling presets: not a list")
    out = []
    for i, entry in enumerate(doc):
        where = translate("charting.needling", "needling preset {number}").format(number=i + 1)
        if not isinstance(entry, Mapping) or set(entry) - set(Preset.__dataclass_fields__):
            raise RecordsError(f"{where}: not a preset (gauge_mm, length_mm, technique, "
                               "depth_mm, muscle)")
        muscle = entry.get("muscle")
        if muscle is not None and muscles is not None and muscle not in muscles:
            raise RecordsError(f"{where}: unknown muscle {muscle!r}")
        preset = Preset(
            validate.gauge_mm(entry.get("gauge_mm"), f"{where}.gauge_mm"),  # type: ignore[arg-type]
            validate.needle_length_mm(entry.get("length_mm"), f"{where}.length_mm"),  # type: ignore[arg-type]
            validate.technique(entry.get("technique"), f"{where}.technique"),
            validate.depth_mm(entry.get("depth_mm"), f"{where}.depth_mm"),
            None if muscle is None else validate.muscle_id(muscle, f"{where}.muscle"))
        if preset.gauge_mm is None or preset.length_mm is None:
            raise RecordsError(f"{where}: a preset needs a needle (gauge_mm and length_mm)")
        validate.point_consistency({"depth_mm": preset.depth_mm,
                                    "needle_length_mm": preset.length_mm}, f"{where}.")
        out.append(preset)
    return out
