"""Dot-vote arithmetic (SPEC F-3): members' dots on values, turned into suggested weights.

In the meeting each member places a few dots on the values they care most about; the facilitator
taps a key per dot. The rule that turns the tally into weights on the 1–5 scale is deliberately
simple enough to explain to the room in one sentence:

    the value with the most dots weighs 5, a value with no dots weighs 1, and the others fall in
    between in proportion to their dots, rounded to the nearest whole weight (halves round up).

    weight = 1 + ⌊4 · dots / most dots + ½⌋

Everything is exact (integers and `Fraction`): the same tally always suggests the same weights.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from fractions import Fraction
from math import floor
from typing import TypeVar

from .values import MAX_WEIGHT, MIN_WEIGHT

K = TypeVar("K", bound=Hashable)

RULE_TEXT = (
    "The value with the most dots weighs 5 and a value with no dots weighs 1; the others fall in "
    "between in proportion to their dots, rounded to the nearest whole weight."
)


def suggested_weights(dots: Mapping[K, int]) -> dict[K, int]:
    """The weight each value would get from its dots; empty when no dot was placed at all."""
    for key, count in dots.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"the dot count of {key!r} must be a whole number ≥ 0")
    most = max(dots.values(), default=0)
    if most == 0:
        return {}
    span = MAX_WEIGHT - MIN_WEIGHT
    return {
        key: MIN_WEIGHT + floor(Fraction(span * count, most) + Fraction(1, 2))
        for key, count in dots.items()
    }


def weight_changes(current: Mapping[K, int], dots: Mapping[K, int]) -> dict[K, tuple[int, int]]:
    """value → (current weight, suggested weight) for every value, changed or not.

    A value missing from `dots` has no dots. With no dots at all, every suggestion is the current
    weight (there is nothing to go on).
    """
    suggested = suggested_weights({key: dots.get(key, 0) for key in current})
    return {key: (weight, suggested.get(key, weight)) for key, weight in current.items()}
