"""A ballot event is stored as `tally.event_values` writes it and read back by `event_from_row`:
every kind of event, amendments too, comes back from the file as it was counted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from endorse_desktop.core.store.votes import INSERT_EVENT
from endorse_desktop.core.voting.tally import (
    UNSAVED,
    BallotEvent,
    EventKind,
    TallyKind,
    event_from_row,
    event_values,
)

COLUMNS = ("kind", "option_id", "ranking", "tally", "quantity", "undoes", "reason")

EVENTS = [
    BallotEvent(UNSAVED, EventKind.BALLOT, option_id=3),
    BallotEvent(UNSAVED, EventKind.BALLOT),  # blank
    BallotEvent(UNSAVED, EventKind.RANKED, ranking=((2,), (1, 3), ())),
    BallotEvent(UNSAVED, EventKind.HAND_COUNT, option_id=2, tally=TallyKind.OPTION, quantity=7),
    BallotEvent(UNSAVED, EventKind.HAND_COUNT, tally=TallyKind.ABSTAIN, quantity=1),
    BallotEvent(UNSAVED, EventKind.UNDO, undoes=41),
    BallotEvent(UNSAVED, EventKind.AMENDMENT, option_id=1, reason="miscounted stack"),
    BallotEvent(UNSAVED, EventKind.AMENDMENT, undoes=12, reason="counted twice"),
]


def test_the_store_writes_the_columns_in_the_order_event_values_gives_them() -> None:
    assert f"(round_id, {', '.join(COLUMNS)}, created_at)" in INSERT_EVENT


@pytest.mark.parametrize("event", EVENTS, ids=lambda event: event.kind.value)
def test_an_event_read_back_from_its_row_is_the_event_that_was_counted(event: BallotEvent) -> None:
    row = {"id": 57, **dict(zip(COLUMNS, event_values(event), strict=True))}
    assert event_from_row(row) == replace(event, id=57)


def test_what_an_event_counts_as_survives_the_file() -> None:
    # the properties the tally sorts events by are read from the stored columns alone
    for event in EVENTS:
        back = event_from_row({"id": 1, **dict(zip(COLUMNS, event_values(event), strict=True))})
        assert (back.takes_back, back.is_ranked_ballot, back.is_typed_count) == (
            event.takes_back,
            event.is_ranked_ballot,
            event.is_typed_count,
        )
