"""R-1: thresholds and the exact number of votes needed, worked by hand at every boundary."""

from __future__ import annotations

from fractions import Fraction

import pytest

from endorse_desktop.core.voting.rules import (
    PRESETS,
    Comparison,
    Threshold,
    VoteRecordError,
    needed,
    parse_threshold,
    threshold_to_json,
)

MAJORITY = PRESETS["majority"]
THREE_FIFTHS = PRESETS["three_fifths"]
TWO_THIRDS = PRESETS["two_thirds"]
THREE_QUARTERS = PRESETS["three_quarters"]
UNANIMOUS = PRESETS["unanimous"]


def meets(votes: int, base: int, threshold: Threshold) -> bool:
    return votes >= needed(base, threshold)


def test_presets_are_the_rules_the_spec_names() -> None:
    spec = {
        "majority": Threshold(Fraction(1, 2), Comparison.MORE_THAN),
        "three_fifths": Threshold(Fraction(3, 5), Comparison.AT_LEAST),
        "two_thirds": Threshold(Fraction(2, 3), Comparison.AT_LEAST),
        "three_quarters": Threshold(Fraction(3, 4), Comparison.AT_LEAST),
        "unanimous": Threshold(Fraction(1), Comparison.AT_LEAST),
    }
    assert spec == PRESETS


@pytest.mark.parametrize(
    ("votes", "base", "expected"),
    [
        (20, 30, True),  # exactly two-thirds
        (19, 30, False),
        (20, 31, False),  # 31·2/3 = 20.67: 21 needed
        (21, 31, True),
        (6, 9, True),
        (5, 9, False),
        (2, 3, True),
        (1, 2, False),  # two-thirds of 2 is 1.33: both votes needed
        (2, 2, True),
        (1, 1, True),
    ],
)
def test_two_thirds_boundaries(votes: int, base: int, expected: bool) -> None:
    assert meets(votes, base, TWO_THIRDS) is expected


@pytest.mark.parametrize(
    ("votes", "base", "expected"),
    [
        (5, 10, False),  # exactly half is not a majority
        (6, 10, True),
        (5, 9, True),
        (4, 9, False),
        (1, 1, True),
        (1, 2, False),
        (2, 2, True),
        (16, 31, True),
        (15, 30, False),
        (16, 30, True),
    ],
)
def test_majority_boundaries(votes: int, base: int, expected: bool) -> None:
    assert meets(votes, base, MAJORITY) is expected


@pytest.mark.parametrize(
    ("base", "three_fifths", "three_quarters"),
    [
        (5, 3, 4),  # 3/5·5 = 3 exactly; 3/4·5 = 3.75
        (10, 6, 8),  # 6 exactly; 7.5
        (11, 7, 9),  # 6.6; 8.25
        (12, 8, 9),  # 7.2; 9 exactly
        (20, 12, 15),
        (21, 13, 16),  # 12.6; 15.75
        (1, 1, 1),
    ],
)
def test_three_fifths_and_three_quarters_needed(
    base: int, three_fifths: int, three_quarters: int
) -> None:
    assert needed(base, THREE_FIFTHS) == three_fifths
    assert needed(base, THREE_QUARTERS) == three_quarters
    assert not meets(three_fifths - 1, base, THREE_FIFTHS)
    assert not meets(three_quarters - 1, base, THREE_QUARTERS)


def test_unanimous_needs_every_vote() -> None:
    assert needed(7, UNANIMOUS) == 7
    assert meets(7, 7, UNANIMOUS)
    assert not meets(6, 7, UNANIMOUS)
    assert needed(1, UNANIMOUS) == 1


def test_needed_for_an_empty_base_follows_the_formula() -> None:
    # base 0 decides nothing; `needed` itself just applies R-1.
    assert needed(0, TWO_THIRDS) == 0
    assert needed(0, MAJORITY) == 1


def test_needed_refuses_a_negative_or_non_whole_base() -> None:
    with pytest.raises(ValueError):
        needed(-1, MAJORITY)
    with pytest.raises(ValueError):
        needed(True, MAJORITY)  # type: ignore[arg-type]


def test_needed_is_exact_where_floats_would_round_wrongly() -> None:
    # 3/5 of 5·10^17 is a whole number; float arithmetic would land a hair off.
    base = 5 * 10**17
    assert needed(base, THREE_FIFTHS) == 3 * 10**17
    assert needed(base + 1, THREE_FIFTHS) == 3 * 10**17 + 1


def test_custom_threshold_at_least_three_fifths_equals_the_preset() -> None:
    rule = parse_threshold({"fraction": "3/5", "comparison": "at_least"})
    assert rule == THREE_FIFTHS
    assert needed(10, rule) == 6


def test_custom_threshold_more_than_three_fifths() -> None:
    rule = parse_threshold({"fraction": "3/5", "comparison": "more_than"})
    assert needed(10, rule) == 7  # 6 is exactly 3/5, not more
    assert needed(11, rule) == 7  # 6.6 → 7
    assert needed(30, parse_threshold({"fraction": "2/3", "comparison": "more_than"})) == 21


def test_custom_fraction_is_reduced_and_may_be_written_with_spaces_or_whole() -> None:
    assert parse_threshold({"fraction": "4/6", "comparison": "at_least"}) == TWO_THIRDS
    assert parse_threshold({"fraction": " 2 / 3 ", "comparison": "at_least"}) == TWO_THIRDS
    # str(Fraction(1)) is "1": the settings screen writes unanimity that way.
    assert parse_threshold({"fraction": "1", "comparison": "at_least"}) == UNANIMOUS


def test_just_above_half_is_allowed() -> None:
    rule = parse_threshold({"fraction": "51/100", "comparison": "at_least"})
    assert needed(2, rule) == 2
    assert needed(100, rule) == 51
    assert parse_threshold({"fraction": "1/2", "comparison": "more_than"}) == MAJORITY


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"fraction": "1/2", "comparison": "at_least"}, "weaker than more than half"),
        ({"fraction": "2/5", "comparison": "at_least"}, "weaker than more than half"),
        ({"fraction": "2/5", "comparison": "more_than"}, "weaker than more than half"),
        ({"fraction": "0/3", "comparison": "more_than"}, "weaker than more than half"),
        ({"fraction": "4/3", "comparison": "at_least"}, "can never be met"),
        ({"fraction": "1/1", "comparison": "more_than"}, "can never be met"),
        ({"fraction": "3/0", "comparison": "at_least"}, "divides by zero"),
        ({"fraction": "two thirds", "comparison": "at_least"}, 'written like "2/3"'),
        ({"fraction": "-2/3", "comparison": "at_least"}, 'written like "2/3"'),
        ({"fraction": "0.6", "comparison": "at_least"}, 'written like "2/3"'),
        ({"fraction": 0.6, "comparison": "at_least"}, 'written like "2/3", not 0.6'),
        ({"fraction": "1234567890/3", "comparison": "at_least"}, 'written like "2/3"'),
        ({"fraction": "2/3"}, 'no "comparison"'),
        ({"comparison": "at_least"}, 'no "fraction"'),
        ({"fraction": "2/3", "comparison": "at least"}, "comparison must be one of"),
        ({"fraction": "2/3", "comparison": "at_least", "base": "present"}, "unknown threshold key"),
        ("two-thirds", 'unknown threshold "two-thirds"'),
        ("2/3", 'unknown threshold "2/3"'),
        ("Majority", "unknown threshold"),
        (0.66, "cannot be 0.66"),
        (None, "cannot be null"),
        (["two_thirds"], "cannot be a list"),
    ],
)
def test_refused_thresholds(value: object, message: str) -> None:
    with pytest.raises(VoteRecordError, match=message.replace("(", r"\(")) as raised:
        parse_threshold(value)
    assert "\n" not in str(raised.value)


def test_threshold_built_directly_is_checked_too() -> None:
    with pytest.raises(VoteRecordError, match="weaker"):
        Threshold(Fraction(1, 2), Comparison.AT_LEAST)
    with pytest.raises(VoteRecordError, match="exact"):
        Threshold(0.75, Comparison.AT_LEAST)  # type: ignore[arg-type]
    # A plain string comparison is turned into the enum.
    assert Threshold(Fraction(2, 3), "at_least") == TWO_THIRDS  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rule", "label", "description"),
    [
        (MAJORITY, "a majority", "more than half"),
        (THREE_FIFTHS, "three-fifths", "at least three-fifths"),
        (TWO_THIRDS, "two-thirds", "at least two-thirds"),
        (THREE_QUARTERS, "three-quarters", "at least three-quarters"),
        (UNANIMOUS, "unanimous", "all"),
        (Threshold(Fraction(5, 8), Comparison.AT_LEAST), "5/8", "at least 5/8"),
        (
            Threshold(Fraction(2, 3), Comparison.MORE_THAN),
            "more than two-thirds",
            "more than two-thirds",
        ),
        (Threshold(Fraction(4, 7), Comparison.MORE_THAN), "more than 4/7", "more than 4/7"),
    ],
)
def test_labels_for_result_sentences(rule: Threshold, label: str, description: str) -> None:
    assert rule.label == label
    assert rule.description == description


def test_threshold_json_form_uses_the_preset_name_when_there_is_one() -> None:
    for name, rule in PRESETS.items():
        assert threshold_to_json(rule) == name
        assert parse_threshold(threshold_to_json(rule)) == rule
    custom = Threshold(Fraction(5, 8), Comparison.MORE_THAN)
    assert threshold_to_json(custom) == {"fraction": "5/8", "comparison": "more_than"}
    assert parse_threshold(threshold_to_json(custom)) == custom
