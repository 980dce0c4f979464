"""The clinic's map of pain, for the research-minded: over many patients, how often each place
of the body is painted in their pain drawings, or each muscle charted with a trigger point,
in the manner of the Cambridge pain frequency maps. No Qt: drawing/clinic_map.py paints it.

Each patient counts once: a place painted at three of their visits, or a muscle charted at
five, is one patient. Painted places are counted on a grid of CELL view units (about 2 mm on
the figure) by the centre of each cell; a percentage is of the patients who have any pain
drawing (painted) or any trigger point (charted) in the sessions chosen.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import shapely

from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.records.model import Session

CELL: Final = 4.0  # view units: the grid the painted frequency is counted on
PAINTED_COLUMNS: Final = ("view", "x", "y", "patients", "percent")
CHARTED_COLUMNS: Final = ("muscle", "muscle_name", "side", "patients", "points", "percent")


@dataclass(frozen=True)
class PaintedGrid:
    view: str
    x0: float
    y0: float
    counts: np.ndarray  # patients per cell, rows = y, columns = x

    def cells(self) -> Iterable[tuple[float, float, int]]:
        """(x, y of the cell's centre, patients) of every cell painted at least once."""
        for row, col in zip(*np.nonzero(self.counts), strict=True):
            yield (self.x0 + (col + 0.5) * CELL, self.y0 + (row + 0.5) * CELL,
                   int(self.counts[row, col]))


@dataclass(frozen=True)
class PaintedMap:
    patients: int  # patients with any pain drawing
    grids: dict[str, PaintedGrid]

    @property
    def most(self) -> int:
        return max((int(g.counts.max()) for g in self.grids.values() if g.counts.size),
                   default=0)


@dataclass(frozen=True)
class ChartedMap:
    patients: int  # patients with any trigger point
    counts: dict[tuple[str, str], tuple[int, int]]  # (muscle, side) -> (patients, points)

    @property
    def most(self) -> int:
        return max((n for n, _ in self.counts.values()), default=0)


def painted(atlas: Any, sessions: Iterable[Session]) -> PaintedMap:
    by_patient: dict[int, dict[str, list[Any]]] = {}
    for s in sessions:
        if not s.pain_drawing:
            continue
        drawing = pd.from_json(s.pain_drawing)
        for view in atlas.views:
            ground = drawing.on(view)
            if not ground.is_empty:
                by_patient.setdefault(s.patient_id, {}).setdefault(view, []).append(ground)
    grids = {}
    for view, v in atlas.views.items():
        x0, y0, w, h = v.viewbox
        cols, rows = int(np.ceil(w / CELL)), int(np.ceil(h / CELL))
        xs = x0 + (np.arange(cols) + 0.5) * CELL
        ys = y0 + (np.arange(rows) + 0.5) * CELL
        gx, gy = np.meshgrid(xs, ys)
        counts = np.zeros((rows, cols), dtype=np.int32)
        for views in by_patient.values():
            if view in views:
                area = shapely.union_all(views[view])  # each patient once
                counts += shapely.contains_xy(area, gx, gy).astype(np.int32)
        grids[view] = PaintedGrid(view, x0, y0, counts)
    return PaintedMap(len(by_patient), grids)


def charted(sessions: Iterable[Session]) -> ChartedMap:
    patients_of: dict[tuple[str, str], set[int]] = {}
    points: dict[tuple[str, str], int] = {}
    everyone: set[int] = set()
    for s in sessions:
        for p in s.points:
            key = (p.muscle, p.side)
            patients_of.setdefault(key, set()).add(s.patient_id)
            points[key] = points.get(key, 0) + 1
            everyone.add(s.patient_id)
    return ChartedMap(len(everyone), {k: (len(v), points[k]) for k, v in
                                      sorted(patients_of.items())})


def percent(count: int, of: int) -> float:
    return round(100 * count / of, 1) if of else 0.0


def write_painted_csv(path: Path, found: PaintedMap) -> int:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(PAINTED_COLUMNS)
        rows = 0
        for view, grid in found.grids.items():
            for x, y, n in grid.cells():
                out.writerow((view, round(x, 1), round(y, 1), n, percent(n, found.patients)))
                rows += 1
    return rows


def write_charted_csv(path: Path, found: ChartedMap, name: Any) -> int:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(CHARTED_COLUMNS)
        for (muscle, side), (n, points) in found.counts.items():
            out.writerow((muscle, name(muscle), side, n, points, percent(n, found.patients)))
    return len(found.counts)
