"""P-3: a ranked count (instant runoff) of 10,000 ballots × 8 options.

Two figures: `count_vote` on a parsed vote record (what finalizing a round and the projector's
result run), and `endorse-desktop count`'s whole path from the JSON text. The floor is the least
an instant runoff can do: a plain-Python loop over the same ballots that finds each ballot's
first continuing choice, round after round, with none of the checks, exact fractions, tie rules
or round-by-round record the real count keeps.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence

from .harness import Row, Target, best_of

P3_LIMIT_MS = 300.0
BALLOTS = 10_000


def ten_thousand_ballots() -> dict[str, object]:
    """Realistic ballots: popular candidates ranked high, ballots of every length."""
    from endorse_desktop.core.voting.rules import (
        NO_ENDORSEMENT,
    )

    rng = random.Random(2026)
    options = [f"Candidate {n}" for n in range(1, 8)] + [NO_ENDORSEMENT]
    appeal = dict(zip(options, [30, 25, 20, 10, 6, 4, 3, 2], strict=True))
    ballots = []
    for _ in range(BALLOTS):
        order = sorted(options, key=lambda option: -rng.random() * appeal[option])
        ballots.append(order[: rng.randint(1, len(options))])
    return {
        "options": options,
        "method": "ranked",
        "threshold": "two_thirds",
        "base": "continuing",
        "ballots": ballots,
    }


def bare_instant_runoff(ballots: Sequence[Sequence[str]], options: Sequence[str]) -> str:
    """The floor: first continuing choices counted round by round until two-thirds or one left."""
    continuing = set(options)
    while True:
        tally = dict.fromkeys(continuing, 0)
        for ballot in ballots:
            for choice in ballot:
                if choice in continuing:
                    tally[choice] += 1
                    break
        leader = max(tally, key=tally.__getitem__)
        if 3 * tally[leader] >= 2 * sum(tally.values()) or len(continuing) == 1:
            return leader
        continuing.remove(min(tally, key=tally.__getitem__))


def counting_rows() -> list[Row]:
    from endorse_desktop.core.voting.counting import (
        count_vote,
    )
    from endorse_desktop.core.voting.record import parse_vote_record, recount_json_text
    from endorse_desktop.core.voting.rules import (
        Outcome,
    )

    data = ten_thousand_ballots()
    record = parse_vote_record(data)
    text = json.dumps(data)
    result = count_vote(record)
    if result.outcome is not Outcome.ENDORSED or len(result.rounds) < 4:
        raise AssertionError("the benchmark's ballots should need several rounds of transfers")
    ballots, options = data["ballots"], data["options"]
    assert isinstance(ballots, list) and isinstance(options, list)
    floor = best_of(5, lambda: bare_instant_runoff(ballots, options)) * 1000
    note = (
        f"best of 5; {len(result.rounds)} counting rounds; floor: a bare instant-runoff loop over "
        "the same ballots"
    )
    return [
        Row(
            "P-3",
            "ranked count, 10,000 ballots × 8 options",
            best_of(5, lambda: count_vote(record)) * 1000,
            "ms",
            floor,
            Target(limit=P3_LIMIT_MS),
            note,
        ),
        Row(
            "P-3",
            "same, from the vote record's JSON text",
            best_of(5, lambda: recount_json_text(text)) * 1000,
            "ms",
            floor,
            Target(limit=P3_LIMIT_MS),
        ),
    ]
