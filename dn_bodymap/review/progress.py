"""The series of a progress chart, from whole sessions: pain before and after each session,
the pain drawing's area (% of the body), and the count of active trigger points per muscle
and side per session.

Both are in date order (the clinical date, compared as moments, so sessions entered with
different UTC offsets still sort right). Only confirmed points count: a point carried forward
and not re-checked is last session's finding, not this one's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from shapely.geometry.base import BaseGeometry

from dn_bodymap.charting.pain_drawing import DrawingError, area_percent, from_json
from dn_bodymap.records.model import Session


class MuscleSide(NamedTuple):
    """The key of a muscle's series: ids as stored (the view names them through the atlas)."""

    muscle: str
    side: str

    def __str__(self) -> str:
        return f"{self.muscle} ({self.side})"


class PainPoint(NamedTuple):
    date: datetime  # the session's clinical date and time, with its UTC offset
    before: int | None  # NPRS 0-10; None when not asked
    after: int | None


def _in_order(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (datetime.fromisoformat(s.started_at), s.id))


def pain_series(sessions: Iterable[Session]) -> list[PainPoint]:
    """One entry per session, None where a score was not recorded (the chart leaves a gap
    rather than drawing a zero)."""
    return [PainPoint(datetime.fromisoformat(s.started_at), s.pain_before, s.pain_after)
            for s in _in_order(sessions)]


def area_series(sessions: Iterable[Session], outlines: Mapping[str, BaseGeometry]
                ) -> list[tuple[datetime, float | None]]:
    """The pain drawing's area per session, as a percentage of the body (area_percent's
    total); None where nothing was drawn (a gap, as for a score not taken: "not drawn" is
    not "no pain")."""
    out: list[tuple[datetime, float | None]] = []
    for s in _in_order(sessions):
        try:
            drawing = from_json(s.pain_drawing)
        except DrawingError:  # checked when kept; one that still does not read is a gap
            drawing = None
        total = (area_percent(drawing, outlines)["total"]
                 if drawing is not None and not drawing.is_empty else None)
        out.append((datetime.fromisoformat(s.started_at), total))
    return out


def active_counts(sessions: Iterable[Session]) -> dict[MuscleSide, list[tuple[datetime, int]]]:
    """For every muscle and side with an active point in any of the sessions, its count of
    active points in each session, zeros included (a muscle that cleared shows falling to
    zero, not vanishing). Keys are sorted by muscle, then side."""
    ordered = _in_order(sessions)
    per_session = []
    for s in ordered:
        counts: dict[MuscleSide, int] = {}
        for p in s.points:
            if p.kind == "active" and p.confirmed:
                key = MuscleSide(p.muscle, p.side)
                counts[key] = counts.get(key, 0) + 1
        per_session.append(counts)
    keys = sorted({k for counts in per_session for k in counts})
    dates = [datetime.fromisoformat(s.started_at) for s in ordered]
    return {k: [(d, counts.get(k, 0)) for d, counts in zip(dates, per_session, strict=True)]
            for k in keys}


@dataclass(frozen=True)
class CountGrid:
    """Active points per muscle (rows) and session (columns): a table rather than lines, so
    muscles with the same counts stay apart."""

    muscles: tuple[str, ...]  # row labels, the most active points first
    dates: tuple[datetime, ...]  # columns, oldest first
    cells: tuple[tuple[int, ...], ...]  # cells[row][column]
    more_muscles: int  # rows that did not fit
    earlier_sessions: int  # the oldest columns that did not fit


def count_grid(counts: Mapping[str, Sequence[tuple[datetime, int]]],
               max_rows: int | None = None, max_cols: int | None = None) -> CountGrid:
    """The grid of ``counts`` (label -> per-session series, as ``active_counts`` gives):
    the latest ``max_cols`` sessions, and the ``max_rows`` muscles with the most active
    points in them (then by name)."""
    series = {label: list(s) for label, s in counts.items()}
    n = max((len(s) for s in series.values()), default=0)
    first = max(0, n - max_cols) if max_cols is not None else 0
    shown = {label: s[first:] for label, s in series.items()}
    ranked = sorted(shown, key=lambda label: (-sum(c for _, c in shown[label]), label))
    rows = ranked if max_rows is None else ranked[:max(0, max_rows)]
    dates = tuple(d for d, _ in shown[rows[0]]) if rows else ()
    return CountGrid(tuple(rows), dates, tuple(tuple(c for _, c in shown[r]) for r in rows),
                     len(ranked) - len(rows), first)
