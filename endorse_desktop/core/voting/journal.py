"""Counting a round in the room: one call per key, each committed before it returns (SPEC P-2).

`BallotDesk` is the service the tally screen (and the crash-safety test) records ballots through.
It replays the round's journal once when it opens, then keeps its totals in step by applying each
event it has just committed, so a key costs one small INSERT in its own durable transaction plus a
few dictionary updates, however many ballots the round already holds. Nothing here is a counter on
the side: the totals are always what the journal replays to (`check` replays it from scratch).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from endorse_desktop.core.bilingual import Said
from endorse_desktop.core.races import get_race
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import votes as repo
from endorse_desktop.core.store.errors import ConstraintError
from endorse_desktop.core.voting.counting import (
    RoundStatus,
    evaluate_choose_one_round,
)
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Outcome,
    VoteRecordError,
    over_vote_problem,
)
from endorse_desktop.core.voting.sentences import live_words
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    VoteError,
    VoteNumbers,
    VoteRound,
    load_vote,
    round_tally,
    vote_numbers,
)
from endorse_desktop.core.voting.tally import (
    UNSAVED,
    BallotEvent,
    EventKind,
    Ranking,
    RoundTally,
    TallyKind,
    event_values,
)

BLANK_KEY = 0


@dataclass(frozen=True)
class LiveOption:
    key: int
    label: str
    votes: int
    still_needed: int | None
    percent_tenths: int | None  # share of the base in tenths of a percent (645 = 64.5 %)
    is_no_endorsement: bool

    @property
    def percent_text(self) -> str:
        return "–" if self.percent_tenths is None else f"{self.percent_tenths / 10:.1f} %"


@dataclass(frozen=True)
class LiveView:
    """Everything the tally screen and the projector show about a round, computed once per key."""

    vote_id: int
    race_title: str
    question: str
    method: Method
    round_number: int
    is_final: bool
    options: tuple[LiveOption, ...]
    blank: int  # blank or spoiled paper ballots (ranked: blank or overvoted at the first rank)
    abstain: int
    spoiled_typed: int
    ballots: int
    votes_cast: int
    base: int | None
    needed: int | None
    base_words: str
    rule_words: str
    numbers: VoteNumbers
    quorum: int | None
    quorum_met: bool | None
    over_vote: str | None  # why there are more ballots than members who can vote
    problem: str | None  # a set-up no count can accept (e.g. a quorum but no attendance)
    decision: str | None  # the option at or above `needed`
    outcome: Outcome | None  # what finalizing now would announce (choose one)

    @property
    def can_vote(self) -> int | None:
        """Members who can vote: present (or eligible, if fewer) less the recused."""
        known = [n for n in (self.numbers.present, self.numbers.eligible) if n is not None]
        return min(known) - self.numbers.recused if known else None


class BallotDesk:
    """The open round of one vote, ready to take keys."""

    def __init__(self, store: Store, vote_id: int) -> None:
        self.store = store
        self.vote_id = vote_id
        self.reload()

    # ----- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the vote and replay its current round (after finalizing, an amendment, a round)."""
        self.vote: Vote = load_vote(self.store, self.vote_id)
        self.round: VoteRound = self.vote.current_round
        self.tally: RoundTally = round_tally(self.store, self.vote, self.round)
        race = get_race(self.store, self.vote.race_id)
        self._race_title = race.title if race else ""
        # the rule in words, English with its Spanish: the same for every key of the round
        self._rule_words = live_words(self.vote.threshold, self.vote.base)
        self._keys = {
            option.key: option.id
            for option in self.vote.options
            if self.vote.is_ranked or option.id in self.round.option_ids
        }
        self.refresh_numbers()

    def refresh_numbers(self) -> None:
        """Attendance or recusals changed: re-read who can vote (cheap, not per key)."""
        self.numbers = vote_numbers(self.store, self.vote)
        self._view: LiveView | None = None

    # ----- recording ---------------------------------------------------------------------------
    def option_for_key(self, key: int) -> int | None:
        """The option a number key records in this round; VoteError if it is not on the ballot."""
        if key == BLANK_KEY and not self.vote.is_ranked:
            return None
        option_id = self._keys.get(key)
        if option_id is None:
            option = self.vote.option_by_key(key)
            if option is not None:
                raise VoteError(
                    f"{option.label} is no longer on the ballot in this round",
                    es=f"{option.label} ya no está en la papeleta de esta ronda",
                )
            raise VoteError(
                f"key {key} is not an option in this vote",
                es=f"la tecla {key} no es una opción de esta votación",
            )
        return option_id

    def record_key(self, key: int) -> int:
        """A choose-one paper ballot: key 1-9 for an option, 0 for blank/spoiled. Returns its id."""
        self._require(Method.PAPER_CHOOSE_ONE)
        option_id = self.option_for_key(key)
        return self._commit(BallotEvent(UNSAVED, EventKind.BALLOT, option_id=option_id))

    def record_choice(self, option_id: int | None) -> int:
        """Redo of a ballot taken back: the same choice as a new event."""
        self._require(Method.PAPER_CHOOSE_ONE)
        return self._commit(BallotEvent(UNSAVED, EventKind.BALLOT, option_id=option_id))

    def record_ranked(self, ranking: Ranking) -> int:
        """A ranked paper ballot: ranks of option ids (two ids in a rank: an overvote)."""
        self._require(Method.PAPER_RANKED)
        for rank in ranking:
            if len(set(rank)) != len(rank):
                raise VoteError(
                    "one rank cannot name the same option twice",
                    es="un mismo lugar no puede nombrar dos veces la misma opción",
                )
        ranking = tuple(tuple(rank) for rank in ranking)
        return self._commit(BallotEvent(UNSAVED, EventKind.RANKED, ranking=ranking))

    def set_count(self, tally: TallyKind, option_id: int | None, quantity: int) -> int:
        """A typed hand count for an option, or the abstentions or spoiled ballots."""
        self._require(Method.HAND_COUNT)
        tally = TallyKind(tally)
        if quantity < 0:
            raise VoteError("a count cannot be negative", es="un conteo no puede ser negativo")
        if tally is TallyKind.OPTION and option_id not in self.round.option_ids:
            raise VoteError(
                "that option is not on the ballot in this round",
                es="esa opción no está en la papeleta de esta ronda",
            )
        return self._commit(
            BallotEvent(
                UNSAVED,
                EventKind.HAND_COUNT,
                option_id=option_id if tally is TallyKind.OPTION else None,
                tally=tally,
                quantity=quantity,
            )
        )

    def take_back_last(self) -> BallotEvent | None:
        """Backspace: take back the most recent ballot still counted; returns it (None: none)."""
        last = self.tally.last_ballot()
        if last is None:
            return None
        self.take_back(last.id)
        return last

    def take_back(self, event_id: int) -> int:
        """Ctrl+Z: take back one ballot or typed count; returns the id of the 'undo' event."""
        known = self.tally.live_ballot(event_id) is not None or any(
            typed is not None and typed.id == event_id for typed in (self._typed_events())
        )
        if not known:
            raise VoteError("that entry is no longer counted", es="esa entrada ya no se cuenta")
        return self._commit(BallotEvent(UNSAVED, EventKind.UNDO, undoes=event_id))

    def _typed_events(self) -> list[BallotEvent | None]:
        lines = [(TallyKind.ABSTAIN, None), (TallyKind.SPOILED, None)] + [
            (TallyKind.OPTION, option_id) for option_id in self.round.option_ids
        ]
        return [self.tally.typed_event(kind, option_id) for kind, option_id in lines]

    def _require(self, method: Method) -> None:
        if self.vote.method is not method:
            raise VoteError(f"this vote is counted by {self.vote.method.value}")

    def _commit(self, event: BallotEvent) -> int:
        """Insert the event in its own transaction (durable on return), then count it."""
        if self.round.is_final:
            raise VoteError(
                f"round {self.round.number} is finalized: corrections are amendments with a reason",
                es=f"la ronda {self.round.number} está finalizada: las correcciones son enmiendas "
                "con un motivo",
            )
        try:
            with self.store.transaction():
                event_id = repo.insert_event(self.store, self.round.id, event_values(event))
        except ConstraintError as error:
            # Finalized meanwhile (another window, a script): the schema refused the event.
            self.reload()
            raise VoteError(
                str(error),
                es=(
                    "esta ronda ya se finalizó (en otra ventana): las correcciones "
                    "deben ser enmiendas con un motivo"
                ),
            ) from None
        self.tally.apply(replace(event, id=event_id))
        self._view = None
        return event_id

    # ----- what the screen shows -------------------------------------------------------------
    def view(self) -> LiveView:
        if self._view is None:
            self._view = self._make_view()
        return self._view

    def _make_view(self) -> LiveView:
        vote, tally, numbers = self.vote, self.tally, self.numbers
        base_words, rule = self._rule_words
        options = [vote.option(option_id) for option_id in sorted(self._keys.values())]
        options.sort(key=lambda option: option.key)
        counts = {option.label: tally.votes[option.id] for option in options}
        blank = tally.blank + tally.ranked_blank
        status: RoundStatus | None = None
        problem: str | None = None
        # Round 1 of a ranked count: blank ballots are already exhausted, so the continuing base
        # equals the votes cast there.
        base = Base.VOTES_CAST if vote.base is Base.CONTINUING else vote.base
        try:
            status = evaluate_choose_one_round(
                counts,
                abstain=tally.abstain,
                spoiled=tally.spoiled + tally.ranked_blank,
                threshold=vote.threshold,
                base=base,
                present=numbers.present,
                eligible=numbers.eligible,
                recused=numbers.recused,
                quorum=vote.quorum,
            )
        except VoteRecordError as error:
            problem = Said(str(error), error.es)
        over = over_vote_problem(
            tally.ballots,
            present=numbers.present,
            eligible=numbers.eligible,
            recused=numbers.recused,
        )
        live_options = tuple(
            LiveOption(
                key=option.key,
                label=option.label,
                votes=counts[option.label],
                still_needed=None if status is None else status.still_needed[option.label],
                percent_tenths=(
                    None
                    if status is None or status.base == 0
                    else (counts[option.label] * 1000 + status.base // 2) // status.base
                ),
                is_no_endorsement=option.label == NO_ENDORSEMENT,
            )
            for option in options
        )
        return LiveView(
            vote_id=vote.id,
            race_title=self._race_title,
            question=vote.question,
            method=vote.method,
            round_number=self.round.number,
            is_final=self.round.is_final,
            options=live_options,
            blank=blank,
            abstain=tally.abstain,
            spoiled_typed=tally.spoiled - tally.blank,
            ballots=tally.ballots,
            votes_cast=tally.votes_cast,
            base=None if status is None else status.base,
            needed=None if status is None else status.needed,
            base_words=base_words,
            rule_words=rule,
            numbers=numbers,
            quorum=vote.quorum,
            quorum_met=(
                None
                if vote.quorum is None
                else numbers.present is not None and numbers.present >= vote.quorum
            ),
            over_vote=over,
            problem=problem,
            decision=None if status is None else status.decision,
            outcome=None if status is None or vote.is_ranked else status.outcome,
        )
