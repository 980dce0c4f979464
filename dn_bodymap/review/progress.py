"""The series of a progress chart, from whole sessions: pain before and after each session,
and the count of active trigger points per muscle and side per session.

Both are in date order (the clinical date, compared as moments, so sessions entered with
different UTC offsets still sort right). Only confirmed points count: a point carried forward
and not re-checked is last session's finding, not this one's.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

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
