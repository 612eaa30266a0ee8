"""The scorecard arithmetic of SPEC F-4, checked against sums done by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_desktop.core.scoring import (
    RATING_LABELS,
    ValueWeight,
    coverage_text,
    format_percent,
    rating_label,
    score_candidate,
)

HOUSING = ValueWeight("Housing", 5, dealbreaker=True)
CLIMATE = ValueWeight("Climate", 3)
TRANSIT = ValueWeight("Transit", 1)
VALUES = (HOUSING, CLIMATE, TRANSIT)


def test_rating_labels_follow_the_five_level_scale() -> None:
    assert [RATING_LABELS[r] for r in range(5)] == [
        "Opposes",
        "Weak",
        "Mixed",
        "Strong",
        "Champion",
    ]
    assert rating_label(None) == "Unknown"
    assert rating_label(3) == "Strong"


def test_weighted_score_by_hand() -> None:
    # (5·4 + 3·2 + 1·1) / (4·(5 + 3 + 1)) = 27/36 = 3/4
    score = score_candidate(VALUES, {"Housing": 4, "Climate": 2, "Transit": 1})
    assert score.score == Fraction(3, 4)
    assert score.percent_text == "75%"
    assert (score.rated, score.total) == (3, 3)
    assert score.coverage_text == "3 of 3 values rated"


def test_unknown_ratings_count_neither_for_nor_against() -> None:
    # Transit unknown: (5·4 + 3·2) / (4·(5 + 3)) = 26/32 = 13/16, not 26/36.
    with_unknown = score_candidate(VALUES, {"Housing": 4, "Climate": 2, "Transit": None})
    missing_key = score_candidate(VALUES, {"Housing": 4, "Climate": 2})
    without_value = score_candidate((HOUSING, CLIMATE), {"Housing": 4, "Climate": 2})
    assert with_unknown.score == missing_key.score == without_value.score == Fraction(13, 16)
    assert with_unknown.coverage_text == "2 of 3 values rated"
    assert with_unknown.percent_text == "81%"  # 81.25


def test_nothing_rated_has_no_score() -> None:
    score = score_candidate(VALUES, {"Housing": None})
    assert score.score is None
    assert score.percent_text == "–"
    assert score.coverage_text == "0 of 3 values rated"


def test_all_opposes_is_zero_not_missing() -> None:
    score = score_candidate(VALUES, {"Housing": 0, "Climate": 0, "Transit": 0})
    assert score.score == 0
    assert score.percent_text == "0%"


def test_dealbreaker_is_hit_only_when_rated_opposes() -> None:
    assert score_candidate(VALUES, {"Housing": 0}).dealbreaker_hits == ("Housing",)
    assert score_candidate(VALUES, {"Housing": 1}).dealbreaker_hits == ()
    assert score_candidate(VALUES, {"Housing": None}).dealbreaker_hits == ()
    # Opposing a value that is not a dealbreaker is just a low rating.
    assert score_candidate(VALUES, {"Climate": 0}).dealbreaker_hits == ()


def test_dealbreaker_hits_are_listed_in_value_order() -> None:
    values = (ValueWeight("B", 1, True), ValueWeight("A", 1, True), ValueWeight("C", 1, True))
    assert score_candidate(values, {"A": 0, "C": 0, "B": 0}).dealbreaker_hits == ("B", "A", "C")


@pytest.mark.parametrize(
    ("fraction", "text"),
    [
        (Fraction(1, 200), "1%"),  # 0.5 % rounds up
        (Fraction(1, 8), "13%"),  # 12.5 %
        (Fraction(29, 200), "15%"),  # 14.5 %: float arithmetic makes this 14.499999…
        (Fraction(49, 200), "25%"),  # 24.5 %
        (Fraction(249, 1000), "25%"),
        (Fraction(7, 16), "44%"),  # 43.75 %
        (Fraction(1, 3), "33%"),
        (Fraction(2, 3), "67%"),
        (Fraction(0), "0%"),
        (Fraction(1), "100%"),
    ],
)
def test_percent_rounds_exact_halves_up(fraction: Fraction, text: str) -> None:
    assert format_percent(fraction) == text


def test_a_score_at_exactly_half_a_percent_rounds_up() -> None:
    # (1·1) / (4·(1 + 1)) = 1/8 = 12.5 %
    values = (ValueWeight("A", 1), ValueWeight("B", 1))
    assert score_candidate(values, {"A": 1, "B": 0}).percent_text == "13%"


def test_coverage_text_singular() -> None:
    assert coverage_text(1, 1) == "1 of 1 value rated"
    assert coverage_text(7, 9) == "7 of 9 values rated"


def test_fractional_weights_from_a_dot_vote_stay_exact() -> None:
    values = (ValueWeight("A", Fraction(5, 2)), ValueWeight("B", Fraction(1, 2)))
    # (5/2·4 + 1/2·1) / (4·3) = 10.5/12 = 7/8
    assert score_candidate(values, {"A": 4, "B": 1}).score == Fraction(7, 8)


@pytest.mark.parametrize("bad", [5, -1, True, 2.0, "3"])
def test_ratings_outside_the_scale_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="rating"):
        score_candidate(VALUES, {"Housing": bad})  # type: ignore[dict-item]


def test_weights_must_be_exact_and_not_negative() -> None:
    with pytest.raises(ValueError, match="weight"):
        ValueWeight("A", -1)
    with pytest.raises(ValueError, match="weight"):
        ValueWeight("A", 2.5)  # type: ignore[arg-type]


def test_duplicate_value_titles_are_refused() -> None:
    with pytest.raises(ValueError, match="same title"):
        score_candidate((ValueWeight("A", 1), ValueWeight("A", 2)), {"A": 3})


def test_ratings_for_removed_values_are_ignored() -> None:
    score = score_candidate((CLIMATE,), {"Climate": 4, "Removed value": 0})
    assert (score.score, score.rated, score.total) == (Fraction(1), 1, 1)


ratings_strategy = st.lists(
    st.tuples(st.integers(1, 5), st.one_of(st.none(), st.integers(0, 4)), st.booleans()),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(ratings_strategy, st.integers(2, 7))
def test_score_is_a_fraction_between_0_and_1_unchanged_by_scaling_weights(
    rows: list[tuple[int, int | None, bool]], factor: int
) -> None:
    values = [ValueWeight(f"v{i}", w, d) for i, (w, _, d) in enumerate(rows)]
    scaled = [ValueWeight(v.title, v.weight * factor, v.dealbreaker) for v in values]
    ratings = {f"v{i}": r for i, (_, r, _) in enumerate(rows)}
    score = score_candidate(values, ratings)
    assert score.rated == sum(r is not None for _, r, _ in rows)
    assert score_candidate(scaled, ratings) == score
    if score.score is None:
        assert score.rated == 0
    else:
        assert isinstance(score.score, Fraction)
        assert 0 <= score.score <= 1
