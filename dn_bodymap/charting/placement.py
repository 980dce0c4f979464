"""Where a click lands: the muscles under it (superficial first), or why nothing can go there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import shapely

from dn_bodymap.atlas import Atlas, Region
from dn_bodymap.i18n import terms, translate
from dn_bodymap.records.model import TriggerPoint

# A click in a hairline gap between two regions (a drawn outline is ~1 unit wide) still finds
# the nearest muscle within this many view units (~2 mm); further away it says why not.
SNAP_DISTANCE = 3.0


@dataclass(frozen=True)
class Placement:
    view: str
    x: float
    y: float
    candidates: tuple[Region, ...]  # superficial first
    problem: str = ""  # why no point can be placed here; empty when candidates exist

    @property
    def ok(self) -> bool:
        return bool(self.candidates)

    @property
    def needs_choice(self) -> bool:
        """True where deeper muscles lie under the point, so the clinician may pick one."""
        return len(self.candidates) > 1


def place(atlas: Atlas, view: str, x: float, y: float) -> Placement:
    """Map a click on ``view`` at diagram coordinates (x, y) to the muscles under it."""
    regions = atlas.muscles_at(view, x, y)
    if regions:
        return Placement(view, x, y, tuple(regions))
    if not atlas.views[view].outline.covers(shapely.Point(x, y)):
        return Placement(view, x, y, (), translate("charting.placement",
                                                   "outside the body: click on the figure"))
    near = atlas.muscles_near(view, x, y, SNAP_DISTANCE)
    if near:
        return Placement(view, x, y, tuple(near))
    return Placement(view, x, y, (), translate(
        "charting.placement",
        "no muscle is mapped here (tendon, bone or aponeurosis); click on a muscle"))


def on_side(atlas: Atlas, view: str, x: float, y: float, muscle: str,
            side: str) -> tuple[float, Region] | None:
    """Where a point at (x, y) in ``muscle`` goes when it is put on ``side``: the mirror image
    across the midline (the view and the height are kept), and the muscle's region there.
    The atlas's left mirrors its right exactly, so the same muscle is found; None if not."""
    if atlas.views[view].is_patient_right(x, atlas.midline_x) != (side == "right"):
        x = 2 * atlas.midline_x - x
    region = next((r for r in atlas.muscles_at(view, x, y)
                   if (r.muscle, r.side) == (muscle, side)), None)
    return None if region is None else (x, region)


def other_side_note(points: Iterable[TriggerPoint], point: TriggerPoint) -> str:
    """A gentle question when ``point`` is on the other side from every other point of the
    session (at least two): charted on the wrong side, or truly bilateral? Empty otherwise."""
    others = [p for p in points if p.number != point.number]
    if len(others) < 2 or any(p.side == point.side for p in others):
        return ""
    other = others[0].side
    return translate(
        "charting.placement",
        "Point {number} is on the {side}; the other {count} points are all on the {other}. If "
        "it belongs on the {other}, change its Side in the inspector.").format(
            number=point.number, side=terms.side(point.side), count=len(others),
            other=terms.side(other))


def describe(atlas: Atlas, regions: list[Region]) -> str:
    """'Upper trapezius (right, superficial); beneath: Supraspinatus (intermediate)'."""
    if not regions:
        return ""
    top, *deeper = regions
    text = (f"{atlas.muscle_name(top.muscle)} ({terms.side(top.side)}, "
            f"{terms.layer(top.layer)})")
    if deeper:
        text += translate("charting.placement", "; beneath: ") + ", ".join(
            f"{atlas.muscle_name(r.muscle)} ({terms.layer(r.layer)})" for r in deeper)
    return text
