"""A round's totals, derived from its ballot events (never a counter kept on the side).

The `ballot_events` table is an append-only journal of everything the facilitator did while counting
a round. Replaying it in order gives the round's totals; `RoundTally.apply` replays one event in
constant time, so the live tally screen loads a round once and then keeps up key by key, while
`check` and the exports replay the same journal from scratch and must arrive at the same numbers.

What each kind of event means:

* ``ballot``     one choose-one paper ballot: for `option_id`, or blank/spoiled when it is NULL.
* ``ranked``     one ranked paper ballot: `ranking` lists the ranks in order, each rank a list of
                 option ids (none: a skipped rank; two or more: an overvote at that rank).
* ``hand_count`` a typed count: `tally` says what was counted (`option` with `option_id`,
                 `abstain` or `spoiled`) and `quantity` how many. The latest one for the same
                 thing wins; undoing it brings back the one before.
* ``undo``       takes back the event named in `undoes` (Backspace, Ctrl+Z). Redoing records a
                 new event rather than reviving the old one: the journal only grows.
* ``amendment``  a correction made after the round was finalized, with a `reason`: it takes an
                 event back (`undoes`), adds a ranked ballot (`ranking`), sets a typed count
                 (`quantity`), or else adds a choose-one ballot for `option_id` (NULL: blank).

Nothing here knows who cast a ballot: events carry options, never members.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from endorse_desktop.core.errors import InvalidInputError

Ranking = tuple[tuple[int, ...], ...]


class EventKind(StrEnum):
    BALLOT = "ballot"
    RANKED = "ranked"
    UNDO = "undo"
    HAND_COUNT = "hand_count"
    AMENDMENT = "amendment"


class TallyKind(StrEnum):
    """What a typed count counts."""

    OPTION = "option"
    ABSTAIN = "abstain"
    SPOILED = "spoiled"


class TallyError(InvalidInputError):
    """A journal that does not replay: an event refers to something it cannot change."""


@dataclass(frozen=True)
class BallotEvent:
    id: int
    kind: EventKind
    option_id: int | None = None
    ranking: Ranking | None = None
    tally: TallyKind | None = None
    quantity: int | None = None
    undoes: int | None = None
    reason: str | None = None

    def _is(self, kind: EventKind, carried: object) -> bool:
        """An event of `kind`, or an amendment that stands in for one: an amendment is what its
        replacement carries (`undoes`, `ranking`, `quantity`), so the rule is written once."""
        return self.kind is kind or (self.kind is EventKind.AMENDMENT and carried is not None)

    @property
    def takes_back(self) -> bool:
        return self._is(EventKind.UNDO, self.undoes)

    @property
    def is_ranked_ballot(self) -> bool:
        return self._is(EventKind.RANKED, self.ranking)

    @property
    def is_typed_count(self) -> bool:
        return self._is(EventKind.HAND_COUNT, self.quantity)

    @property
    def is_choice_ballot(self) -> bool:
        return self.kind is EventKind.BALLOT or (
            self.kind is EventKind.AMENDMENT
            and not self.takes_back
            and not self.is_ranked_ballot
            and not self.is_typed_count
        )


def ranking_to_json(ranking: Ranking) -> str:
    return json.dumps([list(rank) for rank in ranking])


def ranking_from_json(text: str) -> Ranking:
    return tuple(tuple(int(option) for option in rank) for rank in json.loads(text))


UNSAVED = 0  # the id of an event not stored yet: the store gives it its own


def event_values(event: BallotEvent) -> tuple[object, ...]:
    """The event as `ballot_events` stores it, kind to reason (`event_from_row` backwards)."""
    return (
        event.kind.value,
        event.option_id,
        None if event.ranking is None else ranking_to_json(event.ranking),
        None if event.tally is None else event.tally.value,
        event.quantity,
        event.undoes,
        event.reason,
    )


def event_from_row(row: Any) -> BallotEvent:
    """A BallotEvent from a `ballot_events` row (sqlite3.Row or dict)."""
    return BallotEvent(
        id=int(row["id"]),
        kind=EventKind(row["kind"]),
        option_id=row["option_id"],
        ranking=None if row["ranking"] is None else ranking_from_json(row["ranking"]),
        tally=None if row["tally"] is None else TallyKind(row["tally"]),
        quantity=row["quantity"],
        undoes=row["undoes"],
        reason=row["reason"],
    )


def first_choice(ranking: Ranking) -> int | None:
    """The option a ranked ballot counts for in the first round (every option still in).

    Names already ranked higher are struck, empty ranks are skipped, and a rank naming two or more
    options is an overvote that exhausts the ballot: then, and for an empty ballot, None (blank).
    """
    seen: set[int] = set()
    for rank in ranking:
        fresh = [option for option in rank if option not in seen]
        seen.update(rank)
        if len(fresh) == 1:
            return fresh[0]
        if len(fresh) > 1:
            return None
    return None


class RoundTally:
    """The totals of one round so far. Build from events with `replay`, then `apply` new ones."""

    def __init__(self, option_ids: Iterable[int]) -> None:
        self.votes: dict[int, int] = dict.fromkeys(option_ids, 0)
        self.blank = 0  # paper ballots read as blank or spoiled (key 0)
        self.ranked_blank = 0  # ranked ballots that count for no option in the first round
        self._typed: dict[tuple[TallyKind, int | None], list[BallotEvent]] = {}
        # Ballots not taken back, oldest first (dicts keep insertion order): Backspace takes the
        # last one, and ranked ballots are written out in this order. Each is kept as
        # (option id, ranking): ranking None for a choose-one ballot.
        self._live: dict[int, tuple[int | None, Ranking | None]] = {}
        # A choose-one ballot's entry is the one tuple of its option, not a tuple of its own:
        # a round of 100,000 paper ballots holds 100,000 fewer objects (5 MB, SPEC P-6).
        self._chosen: dict[int | None, tuple[int | None, None]] = {
            option: (option, None) for option in (None, *self.votes)
        }

    @classmethod
    def replay(cls, option_ids: Iterable[int], events: Iterable[BallotEvent]) -> RoundTally:
        tally = cls(option_ids)
        for event in events:
            tally.apply(event)
        return tally

    @classmethod
    def replay_rows(cls, option_ids: Iterable[int], rows: Iterable[Any]) -> RoundTally:
        """`replay` straight from `ballot_events` rows (id, kind, option_id, ranking, ...).

        Plain ballots, by far the most common rows, are counted without building an event
        object first: loading a round of 10,000 ballots stays quick.
        """
        tally = cls(option_ids)
        votes, live, chosen = tally.votes, tally._live, tally._chosen
        for row in rows:
            kind = row[1]
            if kind == "ballot":
                option_id = row[2]
                if option_id is None:
                    tally.blank += 1
                elif option_id in votes:
                    votes[option_id] += 1
                else:
                    tally.apply(event_from_row(row))  # raises: not on this round's ballot
                live[row[0]] = chosen[option_id]
            elif kind == "ranked":
                ranking = ranking_from_json(row[3])
                for rank in ranking:
                    for option in rank:
                        if option not in votes:
                            tally.apply(event_from_row(row))
                live[row[0]] = (None, ranking)
                tally._count_ranked(ranking, +1)
            else:
                tally.apply(event_from_row(row))
        return tally

    # ----- what the round holds ---------------------------------------------------------------
    @property
    def abstain(self) -> int:
        return self._typed_value(TallyKind.ABSTAIN, None)

    @property
    def spoiled(self) -> int:
        """Blank or spoiled: paper ballots keyed 0 plus any typed spoiled count."""
        return self.blank + self._typed_value(TallyKind.SPOILED, None)

    @property
    def votes_cast(self) -> int:
        return sum(self.votes.values())

    @property
    def ballots(self) -> int:
        """Every ballot or hand in the round: votes, abstentions, blank and spoiled."""
        return self.votes_cast + self.abstain + self.spoiled + self.ranked_blank

    def _event(self, event_id: int) -> BallotEvent:
        option_id, ranking = self._live[event_id]
        kind = EventKind.BALLOT if ranking is None else EventKind.RANKED
        return BallotEvent(event_id, kind, option_id=option_id, ranking=ranking)

    def last_ballot(self) -> BallotEvent | None:
        """The most recent ballot still counted (what Backspace takes back)."""
        return self._event(next(reversed(self._live))) if self._live else None

    def live_ballot(self, event_id: int) -> BallotEvent | None:
        return self._event(event_id) if event_id in self._live else None

    def ranked_ballots(self) -> list[Ranking]:
        return [ranking for _, ranking in self._live.values() if ranking is not None]

    def live_ranked(self) -> list[BallotEvent]:
        """Ranked ballots still counted, oldest first."""
        return [self._event(i) for i, (_, ranking) in self._live.items() if ranking is not None]

    def live_ballots_for(self, option_id: int | None) -> list[BallotEvent]:
        """Choose-one ballots still counted for an option (None: blank), oldest first."""
        return [
            self._event(event_id)
            for event_id, (chosen, ranking) in self._live.items()
            if ranking is None and chosen == option_id
        ]

    def typed_event(self, tally: TallyKind, option_id: int | None) -> BallotEvent | None:
        """The typed count now in force for that line, if any."""
        history = self._typed.get((tally, option_id))
        return history[-1] if history else None

    # ----- replaying ----------------------------------------------------------------------------
    def apply(self, event: BallotEvent) -> None:
        """Add one event's effect. Raises TallyError for an event that does not fit the round."""
        if event.takes_back:
            self._take_back(event)
        elif event.is_ranked_ballot:
            assert event.ranking is not None
            for rank in event.ranking:
                for option in rank:
                    self._check_option(option, event)
            self._live[event.id] = (None, event.ranking)
            self._count_ranked(event.ranking, +1)
        elif event.is_typed_count:
            if event.tally is None or event.quantity is None or event.quantity < 0:
                raise TallyError(f"event {event.id}: a typed count needs what and how many")
            if event.tally is TallyKind.OPTION:
                self._check_option(event.option_id, event)
            key = (event.tally, event.option_id if event.tally is TallyKind.OPTION else None)
            before = self._typed_value(*key)
            self._typed.setdefault(key, []).append(event)
            self._shift_typed(key, event.quantity - before)
        else:  # a choose-one ballot
            if event.option_id is not None:
                self._check_option(event.option_id, event)
            self._live[event.id] = self._chosen[event.option_id]
            self._count_choice(event.option_id, +1)

    def _take_back(self, event: BallotEvent) -> None:
        target = event.undoes
        if target is not None and target in self._live:
            option_id, ranking = self._live.pop(target)
            if ranking is not None:
                self._count_ranked(ranking, -1)
            else:
                self._count_choice(option_id, -1)
            return
        for key, history in self._typed.items():
            for index, typed in enumerate(history):
                if typed.id == target:
                    before = self._typed_value(*key)
                    del history[index]
                    self._shift_typed(key, self._typed_value(*key) - before)
                    return
        raise TallyError(f"event {event.id} takes back event {target}, which is not counted")

    def _check_option(self, option_id: int | None, event: BallotEvent) -> None:
        if option_id not in self.votes:
            raise TallyError(f"event {event.id} names an option that is not on this round's ballot")

    def _count_choice(self, option_id: int | None, step: int) -> None:
        if option_id is None:
            self.blank += step
        else:
            self.votes[option_id] += step

    def _count_ranked(self, ranking: Ranking, step: int) -> None:
        choice = first_choice(ranking)
        if choice is None:
            self.ranked_blank += step
        else:
            self.votes[choice] += step

    def _typed_value(self, tally: TallyKind, option_id: int | None) -> int:
        history = self._typed.get((tally, option_id))
        return (history[-1].quantity or 0) if history else 0

    def _shift_typed(self, key: tuple[TallyKind, int | None], change: int) -> None:
        tally, option_id = key
        if tally is TallyKind.OPTION and option_id is not None:
            self.votes[option_id] += change
        # abstain and spoiled are read from the history itself
