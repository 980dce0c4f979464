"""Matching trigger points across two sessions: new, persisting and resolved, on constructed
points in plain view coordinates (no database, no Qt)."""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

import pytest

from dn_bodymap.records import TriggerPoint
from dn_bodymap.review import MATCH_DISTANCE, Match, match_points, tally
from dn_bodymap.review.matching import hungarian

_ids = itertools.count(1)


def tp(session: int, number: int, x: float, y: float, muscle: str = "upper_trapezius",
       side: str = "right", view: str = "back", **more: Any) -> TriggerPoint:
    return TriggerPoint(id=next(_ids), session_id=session, number=number, view=view, x=x, y=y,
                        muscle=muscle, side=side, layer="superficial", kind="active", **more)


def labels(matches: list[Match]) -> list[tuple[str, int | None, int | None]]:
    """(status, previous number, current number) of each match, in the order given."""
    return [(m.status, m.previous and m.previous.number, m.current and m.current.number)
            for m in matches]


def test_the_match_distance_is_about_five_centimetres() -> None:
    # the body is ~915 of the figure's 1000 units tall; a body of ~175 cm: ~1.9 mm a unit
    assert 40 <= MATCH_DISTANCE * 175 / 915 * 10 <= 60  # mm


def test_moved_a_little_is_persisting() -> None:
    before = [tp(1, 1, 260, 170)]
    after = [tp(2, 1, 266, 178)]  # 10 units: 2 cm
    [m] = match_points(before, after)
    assert (m.status, m.previous, m.current) == ("persisting", before[0], after[0])
    assert m.distance == pytest.approx(10.0)


def test_moved_far_is_one_resolved_and_one_new() -> None:
    before = [tp(1, 1, 260, 170)]
    after = [tp(2, 1, 260, 230)]  # 60 units: 12 cm
    assert labels(match_points(before, after)) == [("new", None, 1), ("resolved", 1, None)]


def test_the_limit_is_inclusive() -> None:
    before = [tp(1, 1, 100, 100)]
    assert labels(match_points(before, [tp(2, 1, 100, 125)])) == [("persisting", 1, 1)]
    assert labels(match_points(before, [tp(2, 1, 100, 125.01)])) == [
        ("new", None, 1), ("resolved", 1, None)]
    assert labels(match_points(before, [tp(2, 1, 100, 140)], max_distance=50)) == [
        ("persisting", 1, 1)]


@pytest.mark.parametrize("change", [{"muscle": "levator_scapulae"}, {"side": "left"}])
def test_same_place_but_another_muscle_or_side_is_resolved_and_new(change) -> None:
    before = [tp(1, 1, 260, 170)]
    after = [tp(2, 1, 260, 170, **change)]
    assert labels(match_points(before, after)) == [("new", None, 1), ("resolved", 1, None)]


def test_the_same_muscle_on_the_other_view_persists_across_views() -> None:
    # Gluteus medius charted on the back, then on the front: the places cannot be compared.
    before = [tp(1, 1, 300, 520, muscle="gluteus_medius", view="back")]
    after = [tp(2, 1, 190, 530, muscle="gluteus_medius", view="front")]
    [m] = match_points(before, after)
    assert (m.status, m.previous, m.current) == ("persisting", before[0], after[0])
    assert m.across_views and m.distance is None
    assert tally([m]) == {"new": 0, "persisting": 1, "resolved": 0}


def test_across_views_needs_the_same_side_and_pairs_each_point_once() -> None:
    before = [tp(1, 1, 300, 520, muscle="gluteus_medius", view="back"),
              tp(1, 2, 310, 540, muscle="gluteus_medius", view="back"),
              tp(1, 3, 200, 520, muscle="gluteus_medius", side="left", view="back")]
    after = [tp(2, 1, 190, 530, muscle="gluteus_medius", view="front")]
    assert labels(match_points(before, after)) == [
        ("persisting", 1, 1), ("resolved", 2, None), ("resolved", 3, None)]


def test_a_match_on_the_same_view_comes_before_one_across_views() -> None:
    before = [tp(1, 1, 300, 520, muscle="gluteus_medius", view="back")]
    after = [tp(2, 1, 190, 530, muscle="gluteus_medius", view="front"),
             tp(2, 2, 304, 524, muscle="gluteus_medius", view="back")]
    matches = match_points(before, after)
    assert labels(matches) == [("new", None, 1), ("persisting", 1, 2)]
    assert not matches[1].across_views


def test_too_far_on_the_same_view_is_not_rescued_across_views() -> None:
    before = [tp(1, 1, 300, 420, muscle="gluteus_medius", view="back")]
    after = [tp(2, 1, 300, 520, muscle="gluteus_medius", view="back")]
    assert labels(match_points(before, after)) == [("new", None, 1), ("resolved", 1, None)]


def test_two_points_of_one_muscle_pair_one_to_one() -> None:
    before = [tp(1, 1, 260, 100), tp(1, 2, 260, 140)]
    after = [tp(2, 1, 262, 136), tp(2, 2, 258, 104)]  # listed the other way round
    matches = match_points(before, after)
    assert labels(matches) == [("persisting", 2, 1), ("persisting", 1, 2)]
    assert all(m.distance < 5 for m in matches)


def test_one_point_left_of_three_keeps_the_nearest() -> None:
    before = [tp(1, 1, 260, 100), tp(1, 2, 260, 112), tp(1, 3, 260, 124)]
    after = [tp(2, 1, 260, 114)]
    assert labels(match_points(before, after)) == [
        ("persisting", 2, 1), ("resolved", 1, None), ("resolved", 3, None)]


def test_the_pairing_is_optimal_where_nearest_first_would_lose_a_pair() -> None:
    """A at 0 and B at 20; C at 10 and D at -10. Nearest-first pairs A-C (10, tied with A-D
    and B-C) and leaves B and D 30 apart; both pair as A-D and B-C."""
    before = [tp(1, 1, 200, 300), tp(1, 2, 200, 320)]
    after = [tp(2, 1, 200, 310), tp(2, 2, 200, 290)]
    assert labels(match_points(before, after)) == [("persisting", 2, 1), ("persisting", 1, 2)]


def test_a_carried_point_matches_its_source_however_far_it_moved() -> None:
    source = tp(1, 1, 260, 170)
    decoy = tp(1, 2, 262, 172)  # same muscle, right beside the carried point's new place
    carried = tp(2, 1, 262, 300, carried_from=source.id)  # moved 130 units when re-checked
    assert labels(match_points([source, decoy], [carried])) == [
        ("persisting", 1, 1), ("resolved", 2, None)]
    # without the link it is the distance that decides
    plain = tp(2, 1, 262, 300)
    assert labels(match_points([source, decoy], [plain])) == [
        ("new", None, 1), ("resolved", 1, None), ("resolved", 2, None)]


def test_a_link_to_a_point_outside_the_comparison_falls_back_to_distance() -> None:
    """Compared with an older session than its source, a carried point matches by place."""
    older = tp(1, 1, 260, 170)
    carried = tp(3, 1, 263, 174, carried_from=9999)
    assert labels(match_points([older], [carried])) == [("persisting", 1, 1)]


def test_an_unconfirmed_carried_point_is_flagged_to_recheck() -> None:
    source = tp(1, 1, 260, 170)
    carried = tp(2, 1, 260, 170, carried_from=source.id, confirmed=False)
    [m] = match_points([source], [carried])
    assert m.status == "persisting" and m.to_recheck
    assert not match_points([source], [tp(2, 1, 260, 170)])[0].to_recheck


def test_a_constructed_history_labels_every_point() -> None:
    """Three visits: neck and shoulder points that settle, move, clear or appear."""
    v1 = [tp(1, 1, 260, 170),                                      # R upper trapezius
          tp(1, 2, 300, 260, muscle="infraspinatus"),              # R infraspinatus
          tp(1, 3, 240, 170, side="left"),                         # L upper trapezius
          tp(1, 4, 180, 450, muscle="gluteus_medius", side="left")]
    v2 = [tp(2, 1, 264, 175),                                      # R UT, 1 cm away
          tp(2, 2, 300, 330, muscle="infraspinatus"),              # 14 cm lower: another
          tp(2, 3, 182, 447, muscle="gluteus_medius", side="left"),
          tp(2, 4, 270, 120, muscle="levator_scapulae")]           # new
    v3 = [tp(3, 1, 300, 335, muscle="infraspinatus"),
          tp(3, 2, 268, 118, muscle="levator_scapulae")]
    assert labels(match_points(v1, v2)) == [
        ("persisting", 1, 1), ("new", None, 2), ("persisting", 4, 3), ("new", None, 4),
        ("resolved", 2, None), ("resolved", 3, None)]
    assert labels(match_points(v2, v3)) == [
        ("persisting", 2, 1), ("persisting", 4, 2), ("resolved", 1, None),
        ("resolved", 3, None)]
    assert tally(match_points(v1, v2)) == {"new": 2, "persisting": 2, "resolved": 2}
    assert tally(match_points(v1, v3)) == {"new": 2, "persisting": 0, "resolved": 4}


def test_empty_sessions() -> None:
    only = [tp(1, 1, 260, 170)]
    assert match_points([], []) == []
    assert labels(match_points(only, [])) == [("resolved", 1, None)]
    assert labels(match_points([], only)) == [("new", None, 1)]
    assert tally([]) == {"new": 0, "persisting": 0, "resolved": 0}


def test_the_same_points_in_any_order_give_the_same_pairs() -> None:
    rng = random.Random(3)
    before = [tp(1, n, 250 + rng.uniform(-20, 20), 150 + rng.uniform(-20, 20))
              for n in range(1, 7)]
    after = [tp(2, n, 250 + rng.uniform(-20, 20), 150 + rng.uniform(-20, 20))
             for n in range(1, 6)]
    first = match_points(before, after)
    assert match_points(before[::-1], after[::-1]) == first
    # with this seed every current point finds a partner, so the order is really tested
    assert sum(m.status == "persisting" for m in first) == 5
    assert [m.current.number for m in first if m.current] == [1, 2, 3, 4, 5]


def _best(cost: list[list[float]]) -> float:
    return min(sum(cost[i][j] for i, j in enumerate(p))
               for p in itertools.permutations(range(len(cost))))


@pytest.mark.parametrize("seed", range(40))
def test_hungarian_finds_the_least_cost(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 6)
    cost = [[rng.choice([rng.uniform(0, 30), 1e3]) for _ in range(n)] for _ in range(n)]
    got = hungarian(cost)
    assert sorted(got) == list(range(n))  # a one-to-one assignment
    assert math.isclose(sum(cost[i][j] for i, j in enumerate(got)), _best(cost))


@pytest.mark.parametrize("seed", range(20))
def test_matching_makes_the_most_pairs_then_the_shortest(seed: int) -> None:
    """Against brute force over every one-to-one pairing within the limit."""
    rng = random.Random(100 + seed)
    # crowded along one line, at about the limit apart: where nearest-first goes wrong

    def place() -> tuple[float, float]:
        return 100 + rng.uniform(-3, 3), rng.choice(range(0, 90, 10)) + rng.uniform(-3, 3)

    before = [tp(1, n, *place()) for n in range(1, rng.randint(1, 5) + 1)]
    after = [tp(2, n, *place()) for n in range(1, rng.randint(1, 5) + 1)]
    got = [m for m in match_points(before, after) if m.status == "persisting"]

    def d(a: TriggerPoint, b: TriggerPoint) -> float:
        return math.hypot(a.x - b.x, a.y - b.y)

    best = (0, 0.0)
    small, large = (before, after) if len(before) <= len(after) else (after, before)
    for chosen in itertools.permutations(large, len(small)):
        pairs = [(a, b) for a, b in zip(small, chosen, strict=True) if d(a, b) <= MATCH_DISTANCE]
        score = (len(pairs), -sum(d(a, b) for a, b in pairs))
        best = max(best, score)
    assert len(got) == best[0]
    assert math.isclose(sum(m.distance for m in got), -best[1], abs_tol=1e-9)
