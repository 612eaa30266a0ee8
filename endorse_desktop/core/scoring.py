"""Scorecard arithmetic (SPEC F-4): how well a candidate matches the group's values.

Each value has a weight; each candidate gets a rating per value from 0 (Opposes) to 4 (Champion),
or None when the group does not know yet. The weighted score is

    Σ wᵢ·rᵢ / Σ 4·wᵢ    over the RATED values only,

so an unknown rating counts neither for nor against a candidate: coverage ("7 of 9 values rated")
is reported beside the score instead. Everything is exact (`Fraction`), never float: two
candidates who tie on paper must tie on the screen and in print.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import floor

OPPOSES, WEAK, MIXED, STRONG, CHAMPION = 0, 1, 2, 3, 4
MAX_RATING = CHAMPION
RATING_LABELS: Mapping[int, str] = {
    OPPOSES: "Opposes",
    WEAK: "Weak",
    MIXED: "Mixed",
    STRONG: "Strong",
    CHAMPION: "Champion",
}
UNKNOWN_LABEL = "Unknown"


def rating_label(rating: int | None) -> str:
    """ "Strong" for 3, "Unknown" for None."""
    return UNKNOWN_LABEL if rating is None else RATING_LABELS[_checked_rating(rating)]


@dataclass(frozen=True)
class ValueWeight:
    """One of the group's values as the arithmetic sees it."""

    title: str
    weight: int | Fraction
    dealbreaker: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.weight, float) or self.weight < 0:
            raise ValueError(f"the weight of {self.title!r} must be a whole number or fraction ≥ 0")


@dataclass(frozen=True)
class CandidateScore:
    score: Fraction | None  # None when no value is rated (or every rated value weighs nothing)
    rated: int
    total: int
    dealbreaker_hits: tuple[str, ...]  # titles of dealbreaker values rated Opposes, in value order

    @property
    def coverage_text(self) -> str:
        return coverage_text(self.rated, self.total)

    @property
    def percent_text(self) -> str:
        """ "73%", or "–" (en dash) when there is nothing to score yet."""
        return "–" if self.score is None else format_percent(self.score)


def score_candidate(
    values: Sequence[ValueWeight], ratings: Mapping[str, int | None]
) -> CandidateScore:
    """Score one candidate. `ratings` maps value titles to 0–4 or None; a missing title is unknown.

    Ratings for titles that are not among `values` are ignored (the value was removed).
    """
    titles = [value.title for value in values]
    if len(set(titles)) != len(titles):
        raise ValueError("two values have the same title; ratings could not tell them apart")
    earned = Fraction(0)
    possible = Fraction(0)
    rated = 0
    hits: list[str] = []
    for value in values:
        rating = ratings.get(value.title)
        if rating is None:
            continue
        rating = _checked_rating(rating)
        rated += 1
        earned += value.weight * rating
        possible += value.weight * MAX_RATING
        if value.dealbreaker and rating == OPPOSES:
            hits.append(value.title)
    score = earned / possible if possible else None
    return CandidateScore(score, rated, len(values), tuple(hits))


def coverage_text(rated: int, total: int) -> str:
    """ "7 of 9 values rated" ("1 of 1 value rated")."""
    return f"{rated} of {total} {'value' if total == 1 else 'values'} rated"


def format_percent(fraction: Fraction) -> str:
    """A fraction as a whole percentage, exactly half rounding up: 73/200 → "37%"."""
    return f"{floor(Fraction(fraction) * 100 + Fraction(1, 2))}%"


def _checked_rating(rating: int) -> int:
    # bool is an int in Python; True as a rating is a bug upstream, not a "Weak".
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= MAX_RATING:
        raise ValueError(
            f"a rating is a whole number from 0 to {MAX_RATING} or None, not {rating!r}"
        )
    return rating
