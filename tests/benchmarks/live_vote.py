"""A paper ballot round in progress on the large sample: the set-up P-2 and P-6 share."""

from __future__ import annotations

import random
from typing import Any

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.core.voting.tally import EventKind

# The keys a facilitator presses for the first four options of the Mayor's race.
OPTION_KEYS = ("1", "2", "3", "4")


def round_with_ballots(store: Store, ballots: int, seed: int = 7) -> int:
    """A choose-one paper vote on the Mayor's race with `ballots` already counted; its id.

    It is held at a new meeting with a typed head count of 20,000, so every ballot is one a
    member present could have cast. The ballots go in as journal events in one transaction,
    exactly as `BallotDesk` writes them one key at a time.
    """
    meeting = meetings.add_meeting(store, meetings.Meeting("2026-05-02", "Arena"))
    assert meeting.id is not None
    meetings.set_head_count(store, meeting.id, 20_000)
    race = int(store.scalar("SELECT id FROM races WHERE office = 'Mayor'"))
    vote = voting.create_vote(store, meeting.id, race, Method.PAPER_CHOOSE_ONE)
    options = [option.id for option in vote.options]
    rng = random.Random(seed)
    rows: list[tuple[Any, ...]] = [
        (vote.current_round.id, EventKind.BALLOT.value, rng.choice(options), "2026-05-02")
        for _ in range(ballots)
    ]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO ballot_events (round_id, kind, option_id, created_at) VALUES (?, ?, ?, ?)",
            rows,
        )
    return vote.id
