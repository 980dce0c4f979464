"""A patient's history lines and the progress series, checked against the stored sessions."""

from __future__ import annotations

from datetime import datetime

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Clinician, RecordsError, Session, Store
from dn_bodymap.review import MuscleSide, active_counts, history, pain_series, previous_session
from tests.records_helpers import CLINICIAN, spot

OTHER = Clinician("Sam Lee", "PT")
# muscle, side, kind: a course of four visits where the neck settles and the hip flares
VISITS = [
    ("2025-01-07T09:00:00+01:00", CLINICIAN, 7, 4, [
        ("upper_trapezius", "right", "active"), ("upper_trapezius", "right", "active"),
        ("infraspinatus", "right", "latent"), ("levator_scapulae", "left", None)]),
    ("2025-01-14T09:00:00+01:00", OTHER, 5, 3, [
        ("upper_trapezius", "right", "active"), ("infraspinatus", "right", "active")]),
    ("2025-01-21T09:00:00+01:00", CLINICIAN, None, None, []),  # pain not asked, no points
    ("2025-01-28T09:00:00+01:00", CLINICIAN, 3, 1, [
        ("upper_trapezius", "right", "latent"), ("gluteus_medius", "left", "active")]),
]


def _chart(store: Store, atlas: Atlas) -> tuple[int, list[Session]]:
    pid = store.add_patient("Ann Example").id
    made = []
    for started, who, before, after, points in VISITS:
        s = store.new_session(pid, who, started_at=started, pain_before=before,
                              pain_after=after)
        for muscle, side, kind in points:
            x, y = spot(atlas, "back", muscle, side)
            layer = next(h.layer for h in atlas.muscles_at("back", x, y) if h.muscle == muscle)
            store.add_point(s.id, "back", x, y, muscle=muscle, side=side, layer=layer,
                            kind=kind)
        made.append(s.id)
    for sid in made[:3]:
        store.sign_session(sid, CLINICIAN)
    return pid, [store.session(sid) for sid in made]


@pytest.fixture
def charted(store: Store, atlas: Atlas) -> tuple[int, list[Session]]:
    return _chart(store, atlas)


def test_history_lines_count_points_newest_first(store: Store, charted) -> None:
    pid, sessions = charted
    rows = history(store, pid)
    assert [(r.id, r.date, r.clinician, r.status, r.pain_before, r.pain_after, r.points,
             r.active, r.latent, r.unconfirmed) for r in rows] == [
        (sessions[3].id, "2025-01-28T09:00:00+01:00", "Alex Rivera", "draft", 3, 1, 2, 1, 1, 0),
        (sessions[2].id, "2025-01-21T09:00:00+01:00", "Alex Rivera", "signed", None, None,
         0, 0, 0, 0),
        (sessions[1].id, "2025-01-14T09:00:00+01:00", "Sam Lee", "signed", 5, 3, 2, 2, 0, 0),
        (sessions[0].id, "2025-01-07T09:00:00+01:00", "Alex Rivera", "signed", 7, 4, 4, 2, 1,
         0)]
    assert [r.signed for r in rows] == [False, True, True, True]


def test_history_counts_agree_with_the_sessions(store: Store, charted, atlas: Atlas) -> None:
    pid, sessions = charted
    # a follow-up started from the last session: its carried points are still to re-check
    follow = store.new_session(pid, CLINICIAN, started_at="2025-02-04T09:00:00+01:00",
                               carry_forward_from=sessions[3].id)
    store.confirm_point(follow.points[1].id)  # the active gluteus medius point
    _chart(store, atlas)  # another patient's sessions are not this patient's history
    for row in history(store, pid):
        s = store.session(row.id)
        sure = [p for p in s.points if p.confirmed]
        assert (row.points, row.active, row.latent, row.unconfirmed) == (
            len(s.points), sum(p.kind == "active" for p in sure),
            sum(p.kind == "latent" for p in sure), len(s.points) - len(sure))
        assert (row.date, row.status, row.pain_before) == (s.started_at, s.status,
                                                           s.pain_before)
    assert history(store, pid)[0].id == follow.id
    assert (history(store, pid)[0].active, history(store, pid)[0].unconfirmed) == (1, 1)


def test_history_of_a_patient_without_sessions_and_of_none(store: Store) -> None:
    assert history(store, store.add_patient("New").id) == []
    with pytest.raises(RecordsError, match=r"^no patient 99$"):
        history(store, 99)


def test_history_orders_by_moment_across_utc_offsets(store: Store) -> None:
    """02:30+02:00 (00:30 UTC) is before 02:00+01:00 (01:00 UTC), though not as text."""
    pid = store.add_patient("Night Owl").id
    late = store.new_session(pid, CLINICIAN, started_at="2025-03-30T02:00:00+01:00",
                             pain_before=2).id
    early = store.new_session(pid, CLINICIAN, started_at="2025-03-30T02:30:00+02:00",
                              pain_before=8).id
    assert [r.id for r in history(store, pid)] == [late, early]
    series = pain_series(store.sessions_of(pid))
    assert [p.before for p in series] == [8, 2]


def test_previous_session(store: Store, charted) -> None:
    pid, sessions = charted
    rows = history(store, pid)
    assert previous_session(rows).id == sessions[3].id  # the newest
    assert previous_session(rows, sessions[3].id).id == sessions[2].id
    assert previous_session(rows, sessions[0].id) is None
    store.sign_session(sessions[3].id, CLINICIAN)
    draft = store.new_session(pid, CLINICIAN, started_at="2025-02-04T09:00:00+01:00")
    rows = history(store, pid)
    assert previous_session(rows, draft.id).id == sessions[3].id
    assert previous_session(rows, signed_only=True).id == sessions[3].id
    with pytest.raises(KeyError):
        previous_session(rows, 12345)


def test_sessions_of_is_every_session_as_stored(store: Store, charted) -> None:
    pid, sessions = charted
    assert store.sessions_of(pid) == sessions
    assert store.sessions_of(store.add_patient("New").id) == []


def test_pain_series_equals_the_stored_values(store: Store, charted) -> None:
    pid, sessions = charted
    series = pain_series(store.sessions_of(pid))
    assert series == [(datetime.fromisoformat(s.started_at), s.pain_before, s.pain_after)
                      for s in sessions]
    assert [(p.before, p.after) for p in series] == [(7, 4), (5, 3), (None, None), (3, 1)]
    assert pain_series(reversed(sessions)) == series  # date order, whatever the input order


def test_active_counts_per_muscle_and_side(store: Store, charted) -> None:
    pid, sessions = charted
    counts = active_counts(store.sessions_of(pid))
    dates = [datetime.fromisoformat(s.started_at) for s in sessions]
    assert {k: [n for _, n in v] for k, v in counts.items()} == {
        MuscleSide("gluteus_medius", "left"): [0, 0, 0, 1],
        MuscleSide("infraspinatus", "right"): [0, 1, 0, 0],
        MuscleSide("upper_trapezius", "right"): [2, 1, 0, 0],
    }
    assert all([d for d, _ in v] == dates for v in counts.values())
    assert list(counts) == sorted(counts)
    assert str(MuscleSide("upper_trapezius", "right")) == "upper_trapezius (right)"
    # against the stored points, session by session
    for key, series in counts.items():
        for s, (_, n) in zip(sessions, series, strict=True):
            assert n == sum(p.kind == "active" and (p.muscle, p.side) == key
                            for p in s.points)


def test_unconfirmed_points_are_not_counted_active(store: Store, charted) -> None:
    pid, sessions = charted
    follow = store.new_session(pid, CLINICIAN, started_at="2025-02-04T09:00:00+01:00",
                               carry_forward_from=sessions[3].id)
    glute = MuscleSide("gluteus_medius", "left")
    assert active_counts(store.sessions_of(pid))[glute][-1][1] == 0
    store.confirm_point(next(p.id for p in follow.points if p.muscle == "gluteus_medius"))
    assert active_counts(store.sessions_of(pid))[glute][-1][1] == 1
    assert active_counts([]) == {} and pain_series([]) == []
