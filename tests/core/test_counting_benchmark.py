"""P-3: a ranked count of 10,000 ballots × 8 options in at most 0.3 s.

A benchmark, not a unit test: excluded by default, run with `pytest -m benchmark`.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable

import pytest

from endorse_desktop.core.counting import NO_ENDORSEMENT, Outcome, count_vote
from endorse_desktop.core.vote_record import parse_vote_record, recount_json_text

P3_LIMIT = 0.3


def ten_thousand_ballots() -> dict[str, object]:
    """Realistic ballots: popular candidates ranked high, ballots of every length."""
    rng = random.Random(2026)
    options = [f"Candidate {n}" for n in range(1, 8)] + [NO_ENDORSEMENT]
    appeal = dict(zip(options, [30, 25, 20, 10, 6, 4, 3, 2], strict=True))
    ballots = []
    for _ in range(10_000):
        order = sorted(options, key=lambda o: -rng.random() * appeal[o])
        ballots.append(order[: rng.randint(1, len(options))])
    return {
        "options": options,
        "method": "ranked",
        "threshold": "two_thirds",
        "base": "continuing",
        "ballots": ballots,
    }


def best_time(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.benchmark
def test_ranked_count_of_ten_thousand_ballots_by_eight_options() -> None:
    data = ten_thousand_ballots()
    record = parse_vote_record(data)
    text = json.dumps(data)
    assert count_vote(record).outcome is Outcome.ENDORSED
    assert len(count_vote(record).rounds) > 3  # several rounds of transfers, not a walkover

    counting = best_time(lambda: count_vote(record))
    from_text = best_time(lambda: recount_json_text(text))
    print(
        f"\nP-3 count_vote: {counting * 1000:.1f} ms; recount from JSON: {from_text * 1000:.1f} ms"
    )
    assert counting <= P3_LIMIT
    assert from_text <= P3_LIMIT
