"""The result slide shows how the result came about, round by round, with who left after each
and why."""

from __future__ import annotations

from endorse_desktop.ui.projector.result_slide import round_lines


def test_two_rounds_read_in_order_with_who_left() -> None:
    rounds = [
        {
            "counts": {"Ana Núñez": 17, "Bob Lee": 8, "Carmen Diaz": 3},
            "eliminated": ["Carmen Diaz"],
        },
        {"counts": {"Ana Núñez": 21, "Bob Lee": 7}, "eliminated": []},
    ]
    assert round_lines(rounds) == [
        "Round 1: Ana Núñez 17 · Bob Lee 8 · Carmen Diaz 3",
        "Carmen Diaz was eliminated after round 1 with the fewest votes (3).",
        "Round 2: Ana Núñez 21 · Bob Lee 7",
    ]


def test_no_endorsement_staying_in_is_explained_and_a_lot_is_named() -> None:
    rounds = [
        {
            "counts": {"Ana": 9, "Bob": 4, "Dana": 4, "No endorsement": 0},
            "eliminated": ["Dana"],
            "tied_for_last": ["Bob", "Dana"],
        },
        {"counts": {"Ana": 12, "Bob": 5, "No endorsement": 0}, "eliminated": []},
    ]
    assert round_lines(rounds)[1] == (
        "Dana was eliminated after round 1 by lot, tied for the fewest votes."
    )
    assert round_lines(rounds)[-1] == (
        "“No endorsement” is never eliminated: it stays in every round."
    )


def test_a_single_round_needs_no_round_number() -> None:
    assert round_lines([{"counts": {"Ana": 20, "No endorsement": 1}}]) == [
        "Ana 20 · “No endorsement” 1"
    ]
