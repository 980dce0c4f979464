"""Queries on a tiny atlas whose answers can be worked out by hand (tests/data/mini_atlas)."""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.validate import run_checks


@pytest.fixture(scope="module")
def mini(request) -> Atlas:
    from pathlib import Path

    return Atlas.load(Path(__file__).parent / "data" / "mini_atlas", check=False)


def names(regions) -> list[tuple[str, str, str]]:
    return [(r.muscle, r.side, r.layer) for r in regions]


def test_format_1_example_still_loads(mini: Atlas) -> None:
    assert mini.format_version == 1
    assert mini.data_version == "mini-1"
    assert set(mini.muscles) == {"alpha", "beta", "gamma"}


def test_superficial_first_then_deep(mini: Atlas) -> None:
    # (30, 30) on the front view lies in right alpha (superficial) over right gamma (deep).
    assert names(mini.muscles_at("front", 30, 30)) == [
        ("alpha", "right", "superficial"), ("gamma", "right", "deep")]


def test_shared_edge_matches_both_neighbours(mini: Atlas) -> None:
    # y = 50 is the edge alpha and beta share; covered_by keeps both.
    assert {m for m, _, _ in names(mini.muscles_at("front", 15, 50))} == {"alpha", "beta"}


def test_sides_follow_the_view(mini: Atlas) -> None:
    assert names(mini.muscles_at("front", 15, 15)) == [("alpha", "right", "superficial")]
    assert names(mini.muscles_at("back", 15, 15)) == [("alpha", "left", "superficial")]


def test_outside_the_body_answers_nothing(mini: Atlas) -> None:
    assert mini.muscles_at("front", 5, 5) == []
    assert mini.muscles_at("back", 95, 50) == []


def test_unknown_view_is_a_clear_error(mini: Atlas) -> None:
    with pytest.raises(ValueError, match="unknown view 'side'"):
        mini.muscles_at("side", 1, 1)


def test_landmark_lookup(mini: Atlas) -> None:
    assert (mini.landmark("knob", "right").x, mini.landmark("knob", "right").y) == (30, 30)
    assert mini.landmark("navel").side is None
    with pytest.raises(KeyError, match="no landmark 'knob'"):
        mini.landmark("knob", "right", view="back")


def test_checks_all_run_and_report_together(mini: Atlas) -> None:
    results = {r.name: r for r in run_checks(mini)}
    # The mini atlas lacks the required landmark set, and only that.
    assert not results["required_landmarks_present"].ok
    assert "landmark vertex (midline) is missing" in results["required_landmarks_present"].problems
    assert all(r.ok for name, r in results.items() if name != "required_landmarks_present")


# -- referral ------------------------------------------------------------------------------


def test_referral_takes_the_nearest_site(mini: Atlas) -> None:
    assert mini.referral("alpha", "right").id == "alpha_upper"  # the first, with no point
    assert mini.referral("alpha", "right", at=("front", 30, 22)).id == "alpha_upper"
    assert mini.referral("alpha", "right", at=("front", 31, 44)).id == "alpha_lower"
    assert mini.referral("alpha", "left", at=("front", 69, 44)).id == "alpha_lower"


def test_referring_to_a_point_orders_essential_then_frequency(mini: Atlas) -> None:
    hits = mini.muscles_referring_to("front", 20, 70)
    assert [(h.muscle, h.side, h.zone) for h in hits] == [
        ("gamma", "right", "essential"), ("alpha", "right", "essential")]
    spill = mini.muscles_referring_to("front", 35, 85)
    assert [(h.muscle, h.zone) for h in spill] == [("alpha", "spillover")]
    assert mini.muscles_referring_to("front", 60, 20) == []


def test_referring_to_a_landmark_and_landmarks_covered_agree(mini: Atlas) -> None:
    hits = mini.muscles_referring_to_landmark("toe", "left")
    assert [(h.muscle, h.side) for h in hits] == [("gamma", "left"), ("alpha", "left")]
    assert mini.landmarks_covered("gamma", "left") == {"essential": ["toe"], "spillover": []}
    # alpha's lower site refers beside the midline, whose corner touches the navel (50, 60)
    assert mini.landmarks_covered("alpha", "right", at=("front", 30, 45)) == {
        "essential": ["navel"], "spillover": []}
    # both of alpha's sites together: toe (upper site's essential) and navel; no spillover
    # landmark, since (35, 85) has none
    assert mini.landmarks_covered("alpha", "right") == {"essential": ["navel", "toe"],
                                                        "spillover": []}


def test_muscle_without_a_pattern_is_a_clear_error(mini: Atlas) -> None:
    with pytest.raises(KeyError, match="no referral pattern for 'beta'"):
        mini.referral("beta", "right")
