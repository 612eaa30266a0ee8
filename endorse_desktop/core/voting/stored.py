"""A stored vote read back as plain data, and as the SPEC §5 vote record its events add up to.

`vote_record` is the one place that turns the ballot journal into a `VoteRecord`: the vote record
export, `check`, the meeting summary and the screen's result all go through it, so they cannot
disagree with each other or with `endorse-desktop count`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from typing import Any

from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.meetings import attendance
from endorse_desktop.core.names import name_key
from endorse_desktop.core.races import list_races
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import votes as repo
from endorse_desktop.core.voting.counting import (
    CountResult,
    count_vote,
)
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    ChooseOneRound,
    Lot,
    Policy,
    Threshold,
    VoteRecord,
)
from endorse_desktop.core.voting.tally import RoundTally


class Method(StrEnum):
    HAND_COUNT = "hand_count"
    PAPER_CHOOSE_ONE = "paper_choose_one"
    PAPER_RANKED = "paper_ranked"

    @property
    def record_method(self) -> str:
        return "ranked" if self is Method.PAPER_RANKED else "choose_one"


class VoteError(InvalidInputError):
    """A voting action that cannot be done; the message is one line for the facilitator."""


@dataclass(frozen=True)
class VoteOption:
    id: int
    key: int
    label: str
    candidate_id: int | None
    is_no_endorsement: bool


@dataclass(frozen=True)
class VoteRound:
    id: int
    number: int
    is_final: bool
    option_ids: tuple[int, ...]
    present: int | None
    eligible: int | None
    recused: int
    abstain: int
    spoiled: int
    result_json: str | None
    lot_eliminated_option_id: int | None
    opened_at: str
    finalized_at: str | None

    @property
    def result(self) -> dict[str, Any] | None:
        return None if self.result_json is None else json.loads(self.result_json)


@dataclass(frozen=True)
class VoteNumbers:
    """Who could vote: present and eligible members, and how many of them sat this vote out."""

    present: int | None
    eligible: int | None
    recused: int
    frozen: bool  # True once the first round is finalized: later rounds use the same numbers


@dataclass(frozen=True)
class Vote:
    id: int
    meeting_id: int
    meeting_held_on: str
    race_id: int
    question: str
    method: Method
    threshold: Threshold
    base: Base
    quorum: int | None
    policy: Policy
    no_endorsement_option: bool
    is_closed: bool
    outcome: str | None
    winner_option_id: int | None
    options: tuple[VoteOption, ...]
    rounds: tuple[VoteRound, ...]
    question_es: str = ""  # "" not written: a Spanish ballot asks from the race's Spanish title

    @property
    def is_ranked(self) -> bool:
        return self.method is Method.PAPER_RANKED

    @property
    def current_round(self) -> VoteRound:
        return self.rounds[-1]

    @cached_property
    def _options_by_id(self) -> dict[int, VoteOption]:
        return {option.id: option for option in self.options}

    def option(self, option_id: int) -> VoteOption:
        return self._options_by_id[option_id]

    def option_by_key(self, key: int) -> VoteOption | None:
        return next((option for option in self.options if option.key == key), None)

    def option_by_label(self, label: str) -> VoteOption:
        return next(option for option in self.options if option.label == label)

    def round_options(self, vote_round: VoteRound) -> tuple[VoteOption, ...]:
        return tuple(self.option(option_id) for option_id in vote_round.option_ids)

    def label_of(self, option_id: int | None) -> str:
        return "" if option_id is None else self.option(option_id).label


def _option(row: Any) -> VoteOption:
    return VoteOption(
        id=int(row["id"]),
        key=int(row["key"]),
        label=str(row["label"]),
        candidate_id=row["candidate_id"],
        is_no_endorsement=bool(row["is_no_endorsement"]),
    )


def _checked_options(rows: Sequence[Any]) -> tuple[VoteOption, ...]:
    """The vote's options, with the app's own "No endorsement" known by its flag.

    Counting and the vote record (SPEC §5) name that option by its label, so the flag and the
    label must agree: an option that looks like it but is not flagged (a candidate so named in a
    file edited by hand), or a flagged one under another label, is refused before anything is
    counted, so a candidate is never counted as "No endorsement" nor the reverse."""
    options = tuple(_option(row) for row in rows)
    reserved = name_key(NO_ENDORSEMENT)
    for option in options:
        flagged = option.is_no_endorsement and option.candidate_id is None
        if flagged != (option.label == NO_ENDORSEMENT) or (
            not flagged and name_key(option.label) == reserved
        ):
            raise VoteError(
                f'option {option.key} of this vote is not the ballot\'s own "{NO_ENDORSEMENT}" '
                "but is labelled like it; rename the candidate before counting"
                if not flagged
                else f'option {option.key} of this vote is the ballot\'s own "{NO_ENDORSEMENT}" '
                "under another label; the file was changed outside the app",
                es=(
                    f"la opción {option.key} de esta votación no es la opción propia de la "
                    f'papeleta "{NO_ENDORSEMENT}" pero tiene su mismo nombre; cambie el nombre del '
                    "candidato antes de contar"
                    if not flagged
                    else f"la opción {option.key} de esta votación es la opción propia de la "
                    f'papeleta "{NO_ENDORSEMENT}" con otro nombre; el archivo se modificó '
                    "fuera de la aplicación"
                ),
            )
    return options


def load_vote(store: Store, vote_id: int) -> Vote:
    row = repo.vote_row(store, vote_id)
    if row is None:
        raise VoteError("this vote no longer exists", es="esta votación ya no existe")
    rounds = tuple(
        VoteRound(
            id=int(r["id"]),
            number=int(r["number"]),
            is_final=r["status"] == "final",
            option_ids=tuple(repo.round_option_ids(store, int(r["id"]))),
            present=r["present"],
            eligible=r["eligible"],
            recused=int(r["recused"]),
            abstain=int(r["abstain"]),
            spoiled=int(r["spoiled"]),
            result_json=r["result_json"],
            lot_eliminated_option_id=r["lot_eliminated_option_id"],
            opened_at=str(r["opened_at"]),
            finalized_at=r["finalized_at"],
        )
        for r in repo.round_rows(store, vote_id)
    )
    return Vote(
        id=int(row["id"]),
        meeting_id=int(row["meeting_id"]),
        meeting_held_on=str(row["meeting_held_on"]),
        race_id=int(row["race_id"]),
        question=str(row["question"]),
        method=Method(row["method"]),
        threshold=Threshold(Fraction(row["threshold_fraction"]), row["threshold_comparison"]),
        base=Base(row["base"]),
        quorum=row["quorum"],
        policy=Policy(row["policy"]),
        no_endorsement_option=bool(row["no_endorsement_option"]),
        is_closed=row["status"] == "closed",
        outcome=row["outcome"],
        winner_option_id=row["winner_option_id"],
        options=_checked_options(repo.option_rows(store, vote_id)),
        rounds=rounds,
        question_es=str(row["question_es"]),
    )


def vote_ids(store: Store, meeting_id: int | None = None) -> list[int]:
    return repo.vote_ids(store, meeting_id)


def rounds_being_counted(store: Store) -> list[tuple[str, int]]:
    """(race title, round number) of every open round with ballots or counts already in it."""

    titles = {race.id: race.title for race in list_races(store, include_archived=True)}
    return [(titles.get(row[0], "?"), int(row[1])) for row in repo.rounds_being_counted(store)]


def vote_numbers(store: Store, vote: Vote) -> VoteNumbers:
    """The vote's present/eligible/recused: live from attendance until round 1 is finalized.

    A vote record (SPEC §5) carries one set of numbers for all its rounds, so the numbers taken
    when the first round is finalized hold for every later round of the same vote.
    """
    first = vote.rounds[0] if vote.rounds else None
    if first is not None and first.is_final:
        return VoteNumbers(first.present, first.eligible, first.recused, frozen=True)
    numbers = attendance(store, vote.meeting_id)
    present = numbers.present if (numbers.head_count is not None or numbers.checked_in) else None
    recused = len(repo.recused_ids(store, vote.id))
    return VoteNumbers(present, numbers.eligible, recused, frozen=False)


def round_tally(store: Store, vote: Vote, vote_round: VoteRound) -> RoundTally:
    """Replay a round's journal. Ranked rounds count every option of the vote."""
    option_ids = [o.id for o in vote.options] if vote.is_ranked else vote_round.option_ids
    return RoundTally.replay_rows(option_ids, repo.event_rows(store, vote_round.id))


def record_from_tallies(
    vote: Vote,
    numbers: VoteNumbers,
    tallies: Sequence[RoundTally],
    lots: Sequence[tuple[int, int]] = (),
) -> VoteRecord:
    """The vote record of rounds 1..len(tallies) (choose one) or of the ranked round."""
    labels = tuple(option.label for option in vote.options)
    common: dict[str, Any] = {
        "options": labels,
        "method": vote.method.record_method,
        "policy": vote.policy,
        "threshold": vote.threshold,
        "base": vote.base,
        "present": numbers.present,
        "eligible": numbers.eligible,
        "recused": numbers.recused,
        "quorum": vote.quorum,
    }
    if vote.is_ranked:
        ballots = tuple(
            tuple(tuple(vote.label_of(option) for option in rank) for rank in ranking)
            for tally in tallies
            for ranking in tally.ranked_ballots()
        )
        return VoteRecord(
            **common,
            ballots=ballots,
            lots=tuple(Lot(number, vote.label_of(option)) for number, option in lots),
        )
    rounds = tuple(
        ChooseOneRound(
            counts={vote.label_of(option): votes for option, votes in tally.votes.items()},
            abstain=tally.abstain,
            spoiled=tally.spoiled,
        )
        for tally in tallies
    )
    return VoteRecord(**common, rounds=rounds)


def vote_record(
    store: Store,
    vote: Vote,
    through_round: int | None = None,
    *,
    finalized_only: bool = False,
    tallies: Mapping[int, RoundTally] | None = None,
) -> VoteRecord:
    """The vote record its events add up to: rounds 1..through_round (default: all of them).

    With `finalized_only`, a round still being counted is left out (what `check` compares).
    Raises VoteRecordError when the events make a record SPEC §4 refuses (an over-vote, say).
    `tallies` (by round id) saves replaying rounds the caller has already replayed.
    """
    rounds = [
        r
        for r in vote.rounds
        if (through_round is None or r.number <= through_round)
        and (r.is_final or not finalized_only)
    ]
    known = tallies or {}
    replayed = [known.get(r.id) or round_tally(store, vote, r) for r in rounds]
    lots = repo.runoff_lots(store, rounds[0].id) if vote.is_ranked and rounds else []
    return record_from_tallies(vote, vote_numbers(store, vote), replayed, lots)


def count_stored_vote(store: Store, vote: Vote, through_round: int | None = None) -> CountResult:
    return count_vote(vote_record(store, vote, through_round))
