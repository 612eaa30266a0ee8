"""A round of many paper ballots costs the tally a dictionary entry per ballot, no object of its
own (SPEC P-6: 100,000 ballot events in a round), and every count stays exact."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from endorse_desktop.core.voting.tally import BallotEvent, EventKind, RoundTally

A, B = 11, 12
BALLOTS = 20_000


def _held_per_ballot(count: Callable[[], RoundTally]) -> tuple[float, RoundTally]:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tally = count()
        return (tracemalloc.get_traced_memory()[0] - before) / BALLOTS, tally
    finally:
        tracemalloc.stop()


def test_replayed_paper_ballots_hold_under_50_bytes_each_and_count_exactly() -> None:
    # (event id, kind, option id, ranking) as the store reads them; made before measuring
    rows = [(n, "ballot", (A, B, None)[n % 3], None) for n in range(1, BALLOTS + 1)]
    per_ballot, tally = _held_per_ballot(lambda: RoundTally.replay_rows([A, B], rows))
    assert per_ballot < 50  # a (option, None) tuple of its own per ballot made it 85
    assert (tally.votes, tally.blank, tally.ballots) == ({A: 6666, B: 6667}, 6667, BALLOTS)


def test_ballots_keyed_one_by_one_hold_under_50_bytes_each_and_undo_exactly() -> None:
    events = [BallotEvent(n, EventKind.BALLOT, option_id=(A, B)[n % 2]) for n in range(BALLOTS)]

    def key_them() -> RoundTally:
        tally = RoundTally([A, B])
        for event in events:
            tally.apply(event)
        return tally

    per_ballot, tally = _held_per_ballot(key_them)
    assert per_ballot < 50  # 85 with a tuple of its own per ballot
    tally.apply(BallotEvent(BALLOTS, EventKind.UNDO, undoes=BALLOTS - 1))  # took B's last
    assert tally.votes == {A: BALLOTS // 2, B: BALLOTS // 2 - 1}
    last = tally.last_ballot()
    assert last is not None and (last.id, last.option_id) == (BALLOTS - 2, A)
