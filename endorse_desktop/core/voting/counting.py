"""Count endorsement votes exactly as SPEC §4 (R-1 … R-7) defines them.

Pure functions on plain data: no Qt, no database, and no floats anywhere. Every threshold
is a `fractions.Fraction` and every comparison is done on whole numbers, so 20 of 30 always
meets two-thirds and 20 of 31 never does.

Who calls what:

* the live tally screen calls `evaluate_choose_one_round` on every keystroke (O(options)),
  and `options_for_next_round` / `lot_drop_count` when a round is finalized;
* the `count` command, `check` and the PDFs call `count_vote` on a `VoteRecord`
  (see vote_record.py for the JSON side).

Interpretations
---------------
Where SPEC §4 is silent or could be read two ways, this module chooses as follows.

1. Thresholds. A rule is refused unless every tally that meets it also has more than half:
   `at_least p/q` needs p/q > 1/2, `more_than p/q` needs p/q ≥ 1/2. Fractions above 1 and
   "more than 1/1" are refused because nothing could ever meet them. A threshold is one of
   the five preset names or {"fraction": "p/q", "comparison": ...}; a bare "3/5" is refused
   because it does not say whether 3/5 itself is enough.
2. Base 0 decides nothing (R-2). `needed` still reports the R-1 formula for it (0 under
   at_least, 1 under more_than); the decision, not `needed`, guards against base 0.
3. Over-votes (R-5). The most ballots a round may hold is the members present minus those
   recused; when the number eligible is known too, it is the smaller of the two minus the
   recused (only eligible members vote, and only present ones can). Abstentions and
   spoiled ballots count as ballots here. `recused` may not exceed `present` or `eligible`.
4. Choose-one `exhausted` is always 0. Abstentions and spoiled ballots are recorded in the
   vote record; they never counted for anyone, so nothing was "exhausted".
5. Choose-one rounds list a count for every option still in the vote (0 is fine). A
   missing name therefore means "not on this round's ballot", which is only allowed for the
   candidate(s) a lot dropped after a tie (R-6). Anything else missing is an error.
6. Cuts under `drop_last` and `top_two`. The policy keeps k candidates (drop_last: all but
   one; top_two: two). Candidates strictly below the k-th highest count leave; candidates
   tied with it, when there are more of them than places left, are `tied_for_last`, and the
   lot removes as many as needed (`lot_drop_count`). The next round must leave out exactly
   that many of them. `drop_last` never removes the only remaining candidate and `top_two`
   removes nobody from two candidates: the same ballot is simply repeated. Under
   `drop_last`, two candidates with no votes are a tie for last like any other (R-6 has no
   zero-vote batch; that rule belongs to R-7).
7. A round's `eliminated` includes the lot's loser(s) when the next round shows who they
   were; `tied_for_last` keeps naming the tie, so readers can see a lot was drawn.
8. A choose-one vote ends with its last round: decided → that outcome; undecided →
   `no_decision` (the meeting stopped balloting), even if that round ended in a tie.
9. Quorum (R-4). Rounds are still counted and reported so the minutes can show them, and
   invalid rounds are still errors, but the outcome is `no_quorum` and there is no winner.
10. Ranked preferences. First, an option that appeared at an earlier rank is struck from
    later ranks (R-7 "ignored after its first appearance"); a rank left empty is skipped, a
    rank left with one name is an ordinary rank, and a rank left with two or more names is
    an overvote. When the count reaches an overvote the ballot is exhausted there, even if
    the overvoted options have already been eliminated: the ballot does not say which of
    them the voter meant at that rank, so the count cannot tell how the later ranks
    were meant either.
    A ballot whose first effective rank is an overvote counts for no one in round 1: blank.
11. Ranked ties for fewest votes. The most recent earlier round in which the tied
    candidates had different counts keeps those with the fewest there; if several are
    still tied, earlier rounds are searched again among them. Whoever is still tied after
    that is `tied_for_last` and a recorded lot settles it; `tied_for_last` is empty when
    the earlier rounds settled the tie.
12. Ranked stopping. The zero-vote batch (R-7) applies in every round. Counting stops with
    `no_decision` when, after an undecided round, at most one candidate remains or every
    remaining candidate has no votes. The round with one candidate left is still counted,
    since transfers may carry that candidate over the threshold.
13. Lots must match the count: a lot that names someone outside the tie, a lot the count
    never needed (no tie, or earlier rounds settled it), a lot for a round after counting
    stopped, or two lots for one round are errors. A lot drawn under other counts must not
    silently decide a recount.
14. "No endorsement" is the option spelled exactly so; it is never dropped or eliminated.
    In a live round `leader` may be "No endorsement"; it is None when the top is tied.
    The live helpers also accept "votes_cast", "two_thirds", "drop_last" … as plain strings
    (the settings store them so) and treat them exactly like the enum members.
15. Two options can only both reach `needed` when the ballots exceed the base, i.e. an
    over-vote; such a round decides nothing (the live screen shows the over-vote warning,
    and a vote record with an over-vote is refused before counting).
16. `VoteRecordError` is defined here and re-exported by vote_record.py, because counting
    raises it too (rounds that contradict each other are found while counting) and
    vote_record imports this module, not the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Outcome,
    Policy,
    Threshold,
    VoteRecord,
    VoteRecordError,
    _fixed_base,
    enum_value,
    is_whole_number,
    needed,
    over_vote_problem,
    parse_threshold,
    quorum_met,
    quote_name,
    show_value,
    validate_setup,
)


def _decide(counts: Mapping[str, int], need: int, base: int) -> str | None:
    """The one option whose votes reach `need`, or None. A base of 0 decides nothing."""
    if base <= 0:
        return None
    reached = [option for option, votes in counts.items() if votes >= need]
    # Under a rule stronger than half only one option can reach `need` while the ballots
    # fit in the base; two means an over-vote, and an over-voted round decides nothing.
    return reached[0] if len(reached) == 1 else None


def _outcome_of(decision: str | None) -> Outcome:
    if decision is None:
        return Outcome.NO_DECISION
    return Outcome.NO_ENDORSEMENT if decision == NO_ENDORSEMENT else Outcome.ENDORSED


def _winner_of(decision: str | None) -> str | None:
    return None if decision == NO_ENDORSEMENT else decision


# --------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class RoundResult:
    """One round as the result JSON reports it (SPEC §5); counts are in option order."""

    counts: dict[str, int]
    base: int
    needed: int
    exhausted: int
    eliminated: tuple[str, ...] = ()
    tied_for_last: tuple[str, ...] = ()

    @property
    def decision(self) -> str | None:
        """The option that reached `needed` (a candidate or "No endorsement"), or None."""
        return _decide(self.counts, self.needed, self.base)


@dataclass(frozen=True)
class CountResult:
    outcome: Outcome
    winner: str | None
    rounds: tuple[RoundResult, ...]


@dataclass(frozen=True)
class RoundStatus:
    """What the live tally shows for a choose-one round so far."""

    base: int
    needed: int
    leader: str | None  # most votes, "No endorsement" included; None if tied or empty
    decision: str | None  # the option at or above `needed`, if any
    outcome: Outcome  # what finalizing now would give (quorum included)
    still_needed: dict[str, int]  # per option: needed - votes, never below 0
    over_vote: bool  # more ballots than members who can vote: finalizing would be refused
    quorum_met: bool | None  # None when the vote has no quorum rule

    @property
    def winner(self) -> str | None:
        return self.decision if self.outcome is Outcome.ENDORSED else None


# --------------------------------------------------------------------------------------
# Choose one


def evaluate_choose_one_round(
    counts: Mapping[str, int],
    *,
    abstain: int = 0,
    spoiled: int = 0,
    threshold: Threshold,
    base: Base,
    present: int | None = None,
    eligible: int | None = None,
    recused: int = 0,
    quorum: int | None = None,
) -> RoundStatus:
    """Evaluate one choose-one round from its counts so far; O(options), for every keystroke.

    An over-vote is reported as a flag, not raised: the screen must keep showing the tally.
    A set-up that can never be counted (see `validate_setup`) or a negative count raises
    VoteRecordError. `base` and `threshold` may also be given in their JSON spelling.
    """
    # Enum members are compared by identity below: a plain "votes_cast" must become one.
    base = enum_value(Base, base, '"base"')
    threshold = parse_threshold(threshold)
    validate_setup(
        method="choose_one",
        base=base,
        present=present,
        eligible=eligible,
        recused=recused,
        quorum=quorum,
    )
    for option, votes in counts.items():
        if not is_whole_number(votes):
            raise VoteRecordError(
                f"counts must be whole numbers ≥ 0: {quote_name(option)} has {show_value(votes)}",
                es=(
                    f"los conteos deben ser números enteros ≥ 0: {quote_name(option)} "
                    f"tiene {show_value(votes)}"
                ),
            )
    for key, value in (("abstain", abstain), ("spoiled", spoiled)):
        if not is_whole_number(value):
            raise VoteRecordError(
                f'"{key}" must be a whole number ≥ 0, not {show_value(value)}',
                es=f'"{key}" debe ser un número entero ≥ 0, no {show_value(value)}',
            )
    cast = sum(counts.values())
    round_base = cast if base is Base.VOTES_CAST else _fixed_base(base, present, eligible, recused)
    need = needed(round_base, threshold)
    decision = _decide(counts, need, round_base)
    met = quorum_met(present, quorum)
    return RoundStatus(
        base=round_base,
        needed=need,
        leader=_leader(counts),
        decision=decision,
        outcome=Outcome.NO_QUORUM if met is False else _outcome_of(decision),
        still_needed={option: max(need - votes, 0) for option, votes in counts.items()},
        over_vote=over_vote_problem(
            cast + abstain + spoiled, present=present, eligible=eligible, recused=recused
        )
        is not None,
        quorum_met=met,
    )


def _leader(counts: Mapping[str, int]) -> str | None:
    top = max(counts.values(), default=0)
    leaders = [option for option, votes in counts.items() if votes == top]
    return leaders[0] if top > 0 and len(leaders) == 1 else None


@dataclass(frozen=True)
class _Cut:
    """Who a repeated-ballot policy removes after an undecided round."""

    eliminated: tuple[str, ...] = ()  # strictly below the cut line: they leave
    tied: tuple[str, ...] = ()  # tied on the cut line, more of them than places
    lot_drops: int = 0  # how many of `tied` the lot removes


def _places_kept(policy: Policy, candidates: int) -> int:
    if policy is Policy.DROP_LAST:
        return max(candidates - 1, 1)  # never drop the only candidate left
    if policy is Policy.TOP_TWO:
        return 2
    return candidates


def _policy_cut(counts: Mapping[str, int], policy: Policy) -> _Cut:
    """Apply `policy` to an undecided round's counts (R-6). "No endorsement" always stays."""
    candidates = [option for option in counts if option != NO_ENDORSEMENT]
    keep = _places_kept(policy, len(candidates))
    if keep >= len(candidates):
        return _Cut()
    line = sorted((counts[c] for c in candidates), reverse=True)[keep - 1]
    above = sum(1 for c in candidates if counts[c] > line)
    tied = tuple(c for c in candidates if counts[c] == line)
    below = tuple(c for c in candidates if counts[c] < line)
    places = keep - above
    if len(tied) == places:
        return _Cut(eliminated=below)
    return _Cut(eliminated=below, tied=tied, lot_drops=len(tied) - places)


def _check_round_matches(options_in_round: Sequence[str], result_round: RoundResult) -> None:
    if sorted(options_in_round) != sorted(result_round.counts):
        raise ValueError("options_in_round must be exactly the options counted in result_round")


def options_for_next_round(
    options_in_round: Sequence[str], result_round: RoundResult, policy: Policy
) -> list[str] | None:
    """The options on the next choose-one ballot, in order; None when the round decided.

    Applies `policy` to `result_round.counts`. When the cut falls in a tie
    (`lot_drop_count(...) > 0`), every tied candidate is still in the returned list: the
    facilitator draws the lot and the screen removes the loser(s) before the next round.
    """
    policy = enum_value(Policy, policy, '"policy"')
    _check_round_matches(options_in_round, result_round)
    if result_round.decision is not None:
        return None
    leaving = set(_policy_cut(result_round.counts, policy).eliminated)
    return [option for option in options_in_round if option not in leaving]


def lot_drop_count(result_round: RoundResult, policy: Policy) -> int:
    """How many of the candidates tied on the cut line the lot must remove (0: no lot)."""
    policy = enum_value(Policy, policy, '"policy"')
    if result_round.decision is not None:
        return 0
    return _policy_cut(result_round.counts, policy).lot_drops


def _in_order(names: set[str], order: Sequence[str]) -> tuple[str, ...]:
    return tuple(option for option in order if option in names)


def _count_choose_one(record: VoteRecord) -> tuple[str | None, tuple[RoundResult, ...]]:
    """Every physical round in turn; returns the last round's decision and the rounds."""
    results: list[RoundResult] = []
    in_vote = list(record.options)
    dropped_after: dict[str, int] = {}
    cut = _Cut()
    for number, ballot_round in enumerate(record.rounds, start=1):
        if results:
            previous = results[-1]
            if previous.decision is not None:
                raise VoteRecordError(
                    f"round {number}: the vote was already decided in round {number - 1}",
                    es=f"ronda {number}: la votación ya se decidió en la ronda {number - 1}",
                )
            gone = set(cut.eliminated) | set(_lot_losers(number, ballot_round.counts, cut))
            results[-1] = replace(previous, eliminated=_in_order(gone, in_vote))
            dropped_after.update(dict.fromkeys(gone, number - 1))
            in_vote = [option for option in in_vote if option not in gone]
        _check_round_lists(number, ballot_round.counts, in_vote, dropped_after)
        counts = {option: ballot_round.counts[option] for option in in_vote}
        status = evaluate_choose_one_round(
            counts,
            abstain=ballot_round.abstain,
            spoiled=ballot_round.spoiled,
            threshold=record.threshold,
            base=record.base,
            present=record.present,
            eligible=record.eligible,
            recused=record.recused,
        )
        cut = _Cut() if status.decision is not None else _policy_cut(counts, record.policy)
        results.append(RoundResult(counts, status.base, status.needed, 0, cut.eliminated, cut.tied))
    return results[-1].decision, tuple(results)  # a VoteRecord has at least one round


def _names(names: Sequence[str], and_word: str = "and") -> str:
    quoted = [quote_name(name) for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {and_word} {quoted[-1]}"


def _lot_losers(number: int, counts: Mapping[str, int], cut: _Cut) -> tuple[str, ...]:
    """The tied candidates left out of round `number`: those the lot dropped (R-6)."""
    losers = tuple(option for option in cut.tied if option not in counts)
    if len(losers) != cut.lot_drops:
        raise VoteRecordError(
            f"round {number}: {_names(cut.tied)} tied in round {number - 1} and the lot "
            f"drops {cut.lot_drops} of them, so round {number} must leave out "
            f"{cut.lot_drops}, not {len(losers)}",
            es=(
                f"ronda {number}: {_names(cut.tied, 'y')} empataron en la ronda "
                f"{number - 1} y el sorteo quita a {cut.lot_drops} de ellos, "
                f"así que la ronda {number} debe dejar fuera a {cut.lot_drops}, "
                f"no a {len(losers)}"
            ),
        )
    return losers


def _check_round_lists(
    number: int, counts: Mapping[str, int], in_vote: Sequence[str], dropped_after: dict[str, int]
) -> None:
    on_ballot = set(in_vote)
    for option in counts:
        if option not in on_ballot:
            after = dropped_after.get(option)
            raise VoteRecordError(
                f"round {number}: {quote_name(option)} was dropped after round {after} "
                "and cannot receive votes"
                if after is not None
                else f"round {number}: unknown option {quote_name(option)}",
                es=(
                    f"ronda {number}: {quote_name(option)} quedó fuera después de la ronda {after} "
                    "y no puede recibir votos"
                    if after is not None
                    else f"ronda {number}: opción desconocida {quote_name(option)}"
                ),
            )
    for option in in_vote:
        if option not in counts:
            raise VoteRecordError(
                f"round {number}: {quote_name(option)} has no count "
                "(write 0 if nobody voted for them)",
                es=(
                    f"ronda {number}: {quote_name(option)} no tiene conteo (escriba "
                    "0 si nadie votó por esa opción)"
                ),
            )


# --------------------------------------------------------------------------------------
# Ranked: instant runoff

_OVERVOTE: Final = -1


def _preferences(ballot: Sequence[Sequence[str]], index: Mapping[str, int]) -> tuple[int, ...]:
    """A ballot as option indexes in rank order, ending in _OVERVOTE if it reaches one.

    Done once per ballot, so each round only walks forward from where a ballot sits.
    """
    seen: set[str] = set()
    preferences: list[int] = []
    for rank in ballot:
        fresh = [option for option in rank if option not in seen]
        seen.update(rank)
        if not fresh:
            continue  # a skipped rank, or only names already ranked higher
        if len(fresh) > 1:
            preferences.append(_OVERVOTE)
            break  # nothing after an overvote can ever be reached
        preferences.append(index[fresh[0]])
    return tuple(preferences)


@dataclass(frozen=True)
class _Step:
    """What happens after an undecided ranked round; nothing eliminated means counting stops."""

    eliminated: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()
    lot_used: bool = False


def _fewest_after_history(
    candidates: Sequence[str], counts: Mapping[str, int], history: Sequence[Mapping[str, int]]
) -> tuple[str, ...]:
    """Candidates tied for fewest votes, narrowed by earlier rounds, most recent first."""
    low = min(counts[c] for c in candidates)
    tied = [c for c in candidates if counts[c] == low]
    for earlier in reversed(history):
        if len(tied) == 1:
            break
        low = min(earlier[c] for c in tied)
        tied = [c for c in tied if earlier[c] == low]  # unchanged where they were all equal
    return tuple(tied)


def _runoff_step(
    number: int,
    counts: Mapping[str, int],
    history: Sequence[Mapping[str, int]],
    lot: str | None,
) -> _Step:
    candidates = [option for option in counts if option != NO_ENDORSEMENT]
    if len(candidates) <= 1:
        return _Step()  # one candidate left and still short: no decision
    without_votes = tuple(c for c in candidates if counts[c] == 0)
    if without_votes:
        if len(without_votes) == len(candidates):
            return _Step()  # every remaining candidate would be eliminated
        return _Step(eliminated=without_votes)
    tied = _fewest_after_history(candidates, counts, history)
    if len(tied) == 1:
        return _Step(eliminated=tied)
    if lot is None:
        return _Step(tied=tied)
    if lot not in tied:
        raise VoteRecordError(
            f"lot for round {number} names {quote_name(lot)}, who was not tied for fewest "
            f"votes (tied: {_names(tied)})",
            es=(
                f"el sorteo de la ronda {number} nombra a {quote_name(lot)}, "
                f"que no estaba empatado con menos votos (empatados: {_names(tied, 'y')})"
            ),
        )
    return _Step(eliminated=(lot,), tied=tied, lot_used=True)


def _count_ranked(record: VoteRecord) -> tuple[str | None, bool, tuple[RoundResult, ...]]:
    """Instant runoff; returns the decision, whether a lot is needed, and the rounds."""
    options = record.options
    index = {option: i for i, option in enumerate(options)}
    preferences = [_preferences(ballot, index) for ballot in record.ballots]
    continuing = [True] * len(options)
    piles: list[list[int]] = [[] for _ in options]  # ballot numbers each option holds
    position = [0] * len(preferences)  # where in its preferences each ballot sits
    exhausted = 0

    def seat(ballot: int, start: int) -> None:
        """Give `ballot` to its highest continuing preference from `start`, or exhaust it."""
        nonlocal exhausted
        ranked = preferences[ballot]
        for at in range(start, len(ranked)):
            choice = ranked[at]
            if choice == _OVERVOTE:
                break
            if continuing[choice]:
                position[ballot] = at
                piles[choice].append(ballot)
                return
        exhausted += 1

    for ballot in range(len(preferences)):
        seat(ballot, 0)

    lots = {lot.round: lot.eliminated for lot in record.lots}
    used_lots: set[int] = set()
    history: list[dict[str, int]] = []
    results: list[RoundResult] = []
    first_round_votes = len(preferences) - exhausted  # fixed votes_cast base
    number = 0
    while True:  # each round eliminates at least one candidate, or counting stops
        number += 1
        counts = {options[i]: len(piles[i]) for i in range(len(options)) if continuing[i]}
        if record.base is Base.VOTES_CAST:
            base = first_round_votes
        elif record.base is Base.CONTINUING:
            base = len(preferences) - exhausted
        else:
            base = _fixed_base(record.base, record.present, record.eligible, record.recused)
        need = needed(base, record.threshold)
        decision = _decide(counts, need, base)
        step = (
            _runoff_step(number, counts, history, lots.get(number))
            if decision is None and base > 0
            else _Step()
        )
        results.append(RoundResult(counts, base, need, exhausted, step.eliminated, step.tied))
        if step.lot_used:
            used_lots.add(number)
        if not step.eliminated:
            _check_lots_used(record, used_lots, len(results))
            return decision, bool(step.tied), tuple(results)
        history.append(counts)
        for option in step.eliminated:
            continuing[index[option]] = False
        for option in step.eliminated:
            pile, piles[index[option]] = piles[index[option]], []
            for ballot in pile:
                seat(ballot, position[ballot] + 1)


def _check_lots_used(record: VoteRecord, used: set[int], rounds: int) -> None:
    for lot in record.lots:
        if lot.round in used:
            continue
        if lot.round > rounds:
            raise VoteRecordError(
                f"lot for round {show_value(lot.round)}: counting stopped after round {rounds}",
                es=(
                    f"sorteo de la ronda {show_value(lot.round)}: el conteo terminó "
                    f"después de la ronda {rounds}"
                ),
            )
        raise VoteRecordError(
            f"lot for round {show_value(lot.round)} was not needed: no tie for fewest votes "
            "in that round was left for a lot to settle",
            es=(
                f"el sorteo de la ronda {show_value(lot.round)} no hacía falta: "
                "en esa ronda no quedó ningún empate con menos votos que resolver "
                "por sorteo"
            ),
        )


# --------------------------------------------------------------------------------------
# Whole votes


def count_vote(record: VoteRecord) -> CountResult:
    """Count a vote record (SPEC §4) and return every round and the outcome.

    Raises VoteRecordError when rounds contradict each other (R-6) or a recorded lot does not
    match the count; everything else was checked when the VoteRecord was built.
    """
    needs_lot = False
    if record.method == "ranked":
        decision, needs_lot, rounds = _count_ranked(record)
    else:
        decision, rounds = _count_choose_one(record)
    if quorum_met(record.present, record.quorum) is False:
        return CountResult(Outcome.NO_QUORUM, None, rounds)
    if needs_lot:
        return CountResult(Outcome.NEEDS_LOT, None, rounds)
    return CountResult(_outcome_of(decision), _winner_of(decision), rounds)
