"""The result slide shows how the result came about, round by round, with who left after each."""

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
        "Round 1: Ana Núñez 17 · Bob Lee 8 · Carmen Diaz 3 — Carmen Diaz leaves",
        "Round 2: Ana Núñez 21 · Bob Lee 7",
    ]


def test_a_single_round_needs_no_round_number() -> None:
    assert round_lines([{"counts": {"Ana": 20, "No endorsement": 1}}]) == [
        "Ana 20 · “No endorsement” 1"
    ]
