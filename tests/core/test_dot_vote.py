"""Dots into suggested weights: a rule the facilitator can state in one sentence, exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_desktop.core.dot_vote import suggested_weights, weight_changes


def test_most_dots_weigh_5_no_dots_weigh_1_the_rest_in_proportion() -> None:
    # by hand: 1 + ⌊4·d/8 + ½⌋ → 8→5, 6→4 (1+3), 4→3 (1+2), 3→3 (1+⌊2⌋), 1→2 (1+⌊1⌋), 0→1
    dots = {"housing": 8, "climate": 6, "transit": 4, "schools": 3, "records": 1, "parks": 0}
    assert suggested_weights(dots) == {
        "housing": 5,
        "climate": 4,
        "transit": 3,
        "schools": 3,
        "records": 2,
        "parks": 1,
    }


def test_exact_halves_round_up() -> None:
    # 4·1/8 = ½ → 1 + ⌊1⌋ = 2;  4·3/8 = 1½ → 1 + 2 = 3
    assert suggested_weights({"a": 8, "b": 1, "c": 3}) == {"a": 5, "b": 2, "c": 3}


def test_a_tie_at_the_top_weighs_5_each() -> None:
    assert suggested_weights({"a": 2, "b": 2, "c": 1}) == {"a": 5, "b": 5, "c": 3}


def test_no_dots_at_all_suggests_nothing_and_keeps_current_weights() -> None:
    assert suggested_weights({"a": 0, "b": 0}) == {}
    assert suggested_weights({}) == {}
    assert weight_changes({1: 3, 2: 5}, {}) == {1: (3, 3), 2: (5, 5)}


def test_weight_changes_pairs_current_with_suggested() -> None:
    assert weight_changes({1: 3, 2: 5, 3: 2}, {1: 4, 3: 1}) == {1: (3, 5), 2: (5, 1), 3: (2, 2)}


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_counts_must_be_whole_and_not_negative(bad: object) -> None:
    with pytest.raises(ValueError, match="whole number"):
        suggested_weights({"a": 2, "b": bad})  # type: ignore[dict-item]


@settings(max_examples=60)
@given(st.dictionaries(st.integers(0, 30), st.integers(0, 500), max_size=20))
def test_weights_stay_on_the_scale_and_follow_the_dots(dots: dict[int, int]) -> None:
    weights = suggested_weights(dots)
    if not any(dots.values()):
        assert weights == {}
        return
    assert set(weights) == set(dots)
    assert all(1 <= w <= 5 for w in weights.values())
    top = max(dots.values())
    for key, count in dots.items():
        assert (weights[key] == 5) >= (count == top)
        assert (weights[key] == 1) >= (count == 0)
        for other, other_count in dots.items():
            if count >= other_count:
                assert weights[key] >= weights[other]  # more dots never weigh less
