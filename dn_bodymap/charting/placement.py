"""Where a click lands: the muscles under it (superficial first), or why nothing can go there."""

from __future__ import annotations

from dataclasses import dataclass

import shapely

from dn_bodymap.atlas import Atlas, Region

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
        return Placement(view, x, y, (), "outside the body: click on the figure")
    near = atlas.muscles_near(view, x, y, SNAP_DISTANCE)
    if near:
        return Placement(view, x, y, tuple(near))
    return Placement(view, x, y, (), "no muscle is mapped here (tendon, bone or aponeurosis); "
                                     "click on a muscle")
