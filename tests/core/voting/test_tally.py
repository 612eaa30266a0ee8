"""Totals are always what the ballot journal replays to: ballots, take-backs, typed counts,
ranked ballots and amendments (core/voting/tally.py), key by key or from scratch alike."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_desktop.core.voting.tally import (
    BallotEvent,
    EventKind,
    RoundTally,
    TallyError,
    TallyKind,
    event_values,
    first_choice,
)

A, B, C = 11, 12, 13


def ballot(event_id: int, option: int | None) -> BallotEvent:
    return BallotEvent(event_id, EventKind.BALLOT, option_id=option)


def undo(event_id: int, target: int) -> BallotEvent:
    return BallotEvent(event_id, EventKind.UNDO, undoes=target)


def test_ballots_and_take_backs() -> None:
    tally = RoundTally.replay([A, B], [ballot(1, A), ballot(2, A), ballot(3, None), undo(4, 2)])
    assert (tally.votes, tally.blank, tally.spoiled, tally.ballots) == ({A: 1, B: 0}, 1, 1, 2)
    last = tally.last_ballot()
    assert last is not None and last.id == 3  # what Backspace would take back next


def test_taking_back_twice_or_an_unknown_event_does_not_replay() -> None:
    with pytest.raises(TallyError, match="not counted"):
        RoundTally.replay([A], [ballot(1, A), undo(2, 1), undo(3, 1)])
    with pytest.raises(TallyError, match="not on this round's ballot"):
        RoundTally.replay([A], [ballot(1, B)])


def test_typed_counts_latest_wins_and_undo_brings_back_the_one_before() -> None:
    events = [
        BallotEvent(1, EventKind.HAND_COUNT, option_id=A, tally=TallyKind.OPTION, quantity=20),
        BallotEvent(2, EventKind.HAND_COUNT, tally=TallyKind.ABSTAIN, quantity=2),
        BallotEvent(3, EventKind.HAND_COUNT, option_id=A, tally=TallyKind.OPTION, quantity=22),
        BallotEvent(4, EventKind.HAND_COUNT, tally=TallyKind.SPOILED, quantity=1),
    ]
    tally = RoundTally.replay([A, B], events)
    assert (tally.votes[A], tally.abstain, tally.spoiled, tally.ballots) == (22, 2, 1, 25)
    tally.apply(undo(5, 3))
    assert tally.votes[A] == 20


def test_amendments_add_take_back_and_set() -> None:
    events = [
        ballot(1, A),
        ballot(2, B),
        BallotEvent(3, EventKind.AMENDMENT, option_id=A, reason="found under a chair"),
        BallotEvent(4, EventKind.AMENDMENT, undoes=2, reason="read twice"),
    ]
    tally = RoundTally.replay([A, B], events)
    assert tally.votes == {A: 2, B: 0}
    hand = RoundTally.replay(
        [A],
        [
            BallotEvent(1, EventKind.HAND_COUNT, option_id=A, tally=TallyKind.OPTION, quantity=9),
            BallotEvent(
                2, EventKind.AMENDMENT, option_id=A, tally=TallyKind.OPTION, quantity=8, reason="r"
            ),
        ],
    )
    assert hand.votes[A] == 8


def test_ranked_ballots_count_their_first_choice_overvotes_and_blanks() -> None:
    assert first_choice(((A,), (B,))) == A
    assert first_choice(((), (B,))) == B  # a skipped rank
    assert first_choice(((A, B), (C,))) is None  # an overvote at the first rank: blank
    assert first_choice(((A,), (A, B))) == A
    assert first_choice(()) is None
    events = [
        BallotEvent(1, EventKind.RANKED, ranking=((A,), (B,))),
        BallotEvent(2, EventKind.RANKED, ranking=((B, C),)),
        BallotEvent(3, EventKind.RANKED, ranking=()),
    ]
    tally = RoundTally.replay([A, B, C], events)
    assert (tally.votes, tally.ranked_blank, tally.ballots) == ({A: 1, B: 0, C: 0}, 2, 3)
    assert tally.ranked_ballots() == [((A,), (B,)), ((B, C),), ()]


def rows_of(events: list[BallotEvent]) -> list[tuple[object, ...]]:
    """The events as `ballot_events` rows: their id, then what the store writes."""
    return [(e.id, *event_values(e)) for e in events]


class _Row(tuple):  # type: ignore[type-arg]
    """A ballot_events row readable both by position and by name, like sqlite3.Row."""

    NAMES = ("id", "kind", "option_id", "ranking", "tally", "quantity", "undoes", "reason")

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, str):
            key = self.NAMES.index(key)
        return super().__getitem__(key)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([A, B, None, "undo", "ranked"]), max_size=80))
def test_key_by_key_equals_replay_from_scratch(keys: list[object]) -> None:
    """The live screen's running totals never drift from a recount of the journal."""
    live = RoundTally([A, B])
    events: list[BallotEvent] = []
    for number, key in enumerate(keys, start=1):
        if key == "undo":
            last = live.last_ballot()
            if last is None:
                continue
            event = undo(number, last.id)
        elif key == "ranked":
            event = BallotEvent(number, EventKind.RANKED, ranking=((B,), (A,)))
        else:
            event = ballot(number, key)  # type: ignore[arg-type]
        live.apply(event)
        events.append(event)
    fresh = RoundTally.replay([A, B], events)
    fast = RoundTally.replay_rows([A, B], [_Row(row) for row in rows_of(events)])
    for other in (fresh, fast):
        assert (other.votes, other.blank, other.ranked_blank) == (
            live.votes,
            live.blank,
            live.ranked_blank,
        )
    assert live.votes_cast + live.blank + live.ranked_blank == live.ballots
