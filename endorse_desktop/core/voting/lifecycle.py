"""Votes (SPEC F-6): set one up on a race, finalize its rounds, run the next, correct, endorse.

A vote's options are the race's candidates still standing plus "No endorsement" (when the rule
offers it), numbered 1-9 for the tally keys. Its rule starts as the group's and can be changed for
that vote. Each round is one physical vote; counting a round happens in `ballot_entry.py`, and what
a round adds up to is always read back from its ballot events (`stored_votes.vote_record`).

Finalizing a round stores what it counted (`round_totals`, `result_json`, and the numbers present,
eligible and recused), writes the audit log, creates the endorsement when a candidate won, and takes
a backup (SPEC §8). After that the round only changes through an amendment with a reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
from typing import Any

from endorse_desktop.core.bilingual import in_code
from endorse_desktop.core.endorsements import (
    Endorsement,
    EndorsementError,
    add_endorsement,
)
from endorse_desktop.core.meetings import (
    attendance,
    get_meeting,
)
from endorse_desktop.core.members import get_member, take_back_logged
from endorse_desktop.core.names import name_key
from endorse_desktop.core.races import (
    get_race,
    list_candidates,
)
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import (
    Store,
    audit,
)
from endorse_desktop.core.store import meetings as meetings_repo
from endorse_desktop.core.store import votes as repo
from endorse_desktop.core.store.backups import make_backup
from endorse_desktop.core.voting.counting import (
    CountResult,
    count_vote,
    lot_drop_count,
    options_for_next_round,
)
from endorse_desktop.core.voting.record import (
    result_to_json,
)
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Comparison,
    Outcome,
    Policy,
    Threshold,
    VoteRecord,
    VoteRecordError,
)
from endorse_desktop.core.voting.sentences import (
    RuleFacts,
    outcome_said,
    outcome_sentence,
)
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    VoteError,
    VoteNumbers,
    VoteRound,
    load_vote,
    round_tally,
    vote_numbers,
    vote_record,
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

MAX_OPTIONS = 9  # one number key each


@dataclass(frozen=True)
class VoteRule:
    threshold: Threshold
    base: Base
    quorum: int | None
    policy: Policy
    no_endorsement_option: bool

    def __post_init__(self) -> None:
        # "votes_cast" and Base.VOTES_CAST alike: forms and settings hand over plain strings.
        object.__setattr__(self, "base", Base(self.base))
        object.__setattr__(self, "policy", Policy(self.policy))


@dataclass(frozen=True)
class EndorsementChoice:
    """How a winning candidate is endorsed: plainly, or on a written condition."""

    status: str = "active"
    condition_text: str = ""


@dataclass(frozen=True)
class FinalizeResult:
    vote: Vote
    result: CountResult
    sentence: str
    endorsement: Endorsement | None
    vote_closed: bool


@dataclass(frozen=True)
class AmendResult:
    sentence_before: str
    sentence_after: str
    outcome_before: tuple[str | None, str | None]  # (outcome, winner)
    outcome_after: tuple[str | None, str | None]

    @property
    def outcome_changed(self) -> bool:
        """Whether the decision itself changed (not merely its numbers)."""
        return self.outcome_before != self.outcome_after


def default_rule(store: Store) -> VoteRule:
    settings = settings_or_default(store)
    return VoteRule(
        threshold=Threshold(
            Fraction(settings.threshold_fraction), Comparison(settings.threshold_comparison)
        ),
        base=Base(settings.base),
        quorum=settings.quorum,
        policy=Policy(settings.policy),
        no_endorsement_option=settings.no_endorsement_option,
    )


def rule_facts(vote: Vote, numbers: VoteNumbers) -> RuleFacts:
    return RuleFacts(vote.threshold, vote.base, vote.is_ranked, numbers.present, vote.quorum)


def ballot_options(
    store: Store, race_id: int, no_endorsement_option: bool
) -> list[tuple[int | None, str]]:
    """(candidate id, label) for the ballot: candidates still standing, then "No endorsement"."""
    standing = [(c.id, c.name) for c in list_candidates(store, race_id) if c.status != "withdrawn"]
    return standing + ([(None, NO_ENDORSEMENT)] if no_endorsement_option else [])


# ----- setting up ------------------------------------------------------------------------------
def create_vote(  # noqa: PLR0917 - the facts of a vote, in the order one states them
    store: Store,
    meeting_id: int,
    race_id: int,
    method: Method | str,
    rule: VoteRule | None = None,
    question: str = "",
    question_es: str = "",
) -> Vote:
    """A new vote with its first round open, ready for ballots. `question_es`: the question in
    Spanish for ballots and slides ("" asks it from the race, in Spanish, when the English
    question is the app's own)."""
    method = Method(method)
    rule = rule or default_rule(store)
    race = get_race(store, race_id)
    if race is None:
        raise VoteError("this race no longer exists", es="esta contienda ya no existe")
    if get_meeting(store, meeting_id) is None:
        raise VoteError("this meeting no longer exists", es="esta reunión ya no existe")
    options = ballot_options(store, race_id, rule.no_endorsement_option)
    # A candidate named like the app's own option (a file from before names were checked) would
    # be counted as it: the result would read "the group makes no endorsement".
    for candidate_id, label in options:
        if candidate_id is not None and name_key(label) == name_key(NO_ENDORSEMENT):
            raise VoteError(
                f'the candidate "{label}" looks like the ballot\'s own "{NO_ENDORSEMENT}" '
                "option; rename the candidate before voting",
                es=f"el candidato «{label}» se parece a la opción «Sin respaldo» de la papeleta; "
                "cámbiele el nombre antes de votar",
            )
    if not any(candidate_id is not None for candidate_id, _ in options):
        raise VoteError(
            f"{race.title} has no candidates to vote on",
            es=f"{race.title} no tiene candidatos por los que votar",
        )
    if len(options) > MAX_OPTIONS:
        raise VoteError(
            f"{race.title} has {len(options)} options; a tally has keys 1-9 for at most "
            f"{MAX_OPTIONS} (archive or withdraw candidates no longer running)",
            es=f"{race.title} tiene {len(options)} opciones; el conteo tiene las teclas 1-9 para "
            f"{MAX_OPTIONS} como máximo (archive o retire a los candidatos que ya no compiten)",
        )
    _check_rule(method, rule, [label for _, label in options])
    values = {
        "meeting_id": meeting_id,
        "race_id": race_id,
        "question": question.strip() or f"Whom should the group endorse for {race.title}?",
        "method": method.value,
        "threshold_fraction": str(rule.threshold.fraction),
        "threshold_comparison": rule.threshold.comparison.value,
        "base": rule.base.value,
        "quorum": rule.quorum,
        "policy": rule.policy.value,
        "no_endorsement_option": int(rule.no_endorsement_option),
        "question_es": question_es.strip(),
    }
    with store.transaction():
        vote_id = repo.insert_vote(store, values)
        option_ids = [
            repo.insert_option(
                store,
                vote_id,
                key,
                candidate_id=candidate_id,
                label=label,
                is_ne=candidate_id is None,
            )
            for key, (candidate_id, label) in enumerate(options, start=1)
        ]
        repo.insert_round(store, vote_id, 1, option_ids)
        audit.record(store, "votes", vote_id, "create", new_value=f"{race.title}: {method}")
    return load_vote(store, vote_id)


def _check_rule(method: Method, rule: VoteRule, labels: list[str]) -> None:
    """Refuse, before anything is stored, a rule or option list no count could accept."""
    if rule.base is Base.CONTINUING and method is not Method.PAPER_RANKED:
        raise VoteError(
            'counting out of "continuing ballots" is only for ranked votes',
            es="contar sobre las papeletas que siguen en juego es solo para votaciones por orden "
            "de preferencia",
        )
    try:
        VoteRecord(
            options=tuple(labels),
            method="ranked",
            threshold=rule.threshold,
            base=Base.VOTES_CAST,
            ballots=(),
        )
    except VoteRecordError as error:
        raise VoteError(str(error), es=error.es) from None


def delete_unused_vote(store: Store, vote_id: int) -> None:
    """Remove a vote set up by mistake, as long as nothing was counted in it."""
    vote = load_vote(store, vote_id)
    if repo.event_count_for_vote(store, vote_id) or any(r.is_final for r in vote.rounds):
        raise VoteError(
            "ballots were recorded in this vote; it stays in the record",
            es="ya se registraron papeletas en esta votación; queda en el registro",
        )
    with store.transaction():
        repo.delete_vote(store, vote_id)
        audit.record(store, "votes", vote_id, "delete", old_value=vote.question)


# ----- recusals ----------------------------------------------------------------------------------
def recused_member_ids(store: Store, vote_id: int) -> list[int]:
    return repo.recused_ids(store, vote_id)


def recuse(store: Store, vote_id: int, member_id: int, reason: str = "") -> None:
    """Mark a member as sitting this vote out (a conflict of interest)."""
    vote = _open_first_round_vote(store, vote_id, "recusals")
    member = get_member(store, member_id)
    if member is None:
        raise VoteError(
            "this member is no longer on the roster", es="este miembro ya no está en la lista"
        )
    if repo.recusal_reason(store, vote_id, member_id) is not None:
        raise VoteError(
            f"{member.display_name} is already recused from this vote",
            es=f"{member.display_name} ya se apartó de esta votación",
        )
    numbers = attendance(store, vote.meeting_id)
    if numbers.head_count is None and member_id not in meetings_repo.checked_in_ids(
        store, vote.meeting_id
    ):
        raise VoteError(
            f"check {member.display_name} in first: only members present can recuse",
            es=f"primero registre la asistencia de {member.display_name}: solo los miembros "
            "presentes pueden apartarse",
        )
    if len(repo.recused_ids(store, vote_id)) + 1 > numbers.present:
        raise VoteError(
            "more members would be recused than are present",
            es="se apartarían más miembros de los que están presentes",
        )
    with store.transaction():
        repo.add_recusal(store, vote_id, member_id, reason.strip())
        audit.record(store, "votes", vote_id, "recuse", new_value=member.display_name)


def unrecuse(store: Store, vote_id: int, member_id: int) -> str | None:
    """Take a recusal back; returns its reason (for undo), None if there was none."""
    _open_first_round_vote(store, vote_id, "recusals")
    reason = repo.recusal_reason(store, vote_id, member_id)
    if reason is not None:
        remove = partial(repo.remove_recusal, store, vote_id, member_id)
        take_back_logged(store, member_id, remove, logged_as=("votes", vote_id, "unrecuse"))
    return reason


def _open_first_round_vote(store: Store, vote_id: int, what: str) -> Vote:
    vote = load_vote(store, vote_id)
    if vote.rounds and vote.rounds[0].is_final:
        raise VoteError(
            f"{what} are fixed once the first round is finalized (the vote record has one set "
            "of numbers for all its rounds)",
            es=(
                "las recusaciones quedan fijas una vez finalizada la primera "
                "ronda (el registro de la votación tiene un solo conjunto de "
                "números para todas sus rondas)"
                if what == "recusals"
                else f" {what} quedan fijos una vez finalizada la primera ronda"
            ),
        )
    return vote


# ----- counting what a round adds up to ------------------------------------------------------
def preview(
    store: Store, vote: Vote, tallies: Mapping[int, RoundTally] | None = None
) -> CountResult:
    """What finalizing the current round would announce. Raises VoteError if it cannot count."""
    try:
        return count_vote(vote_record(store, vote, tallies=tallies))
    except VoteRecordError as error:
        raise VoteError(str(error), es=error.es) from None


def sentence_for(store: Store, vote: Vote, result: CountResult, code: str = "en") -> str:
    """What `result` means in words, in `code` (the UI's language; what is stored stays English)."""
    facts = rule_facts(vote, vote_numbers(store, vote))
    return outcome_sentence(result_to_json(result), facts, code)


def _winner_option_id(vote: Vote, result: CountResult) -> int | None:
    return None if result.winner is None else vote.option_by_label(result.winner).id


def _round_decided(vote: Vote, result: CountResult) -> bool:
    if vote.is_ranked or result.outcome is Outcome.NO_QUORUM:
        return True
    return result.rounds[-1].decision is not None


# ----- finalizing ----------------------------------------------------------------------------
def finalize_round(
    store: Store,
    vote_id: int,
    *,
    endorsement: EndorsementChoice | None = None,
    backup: bool = True,
) -> FinalizeResult:
    """Lock the current round with what it counted. A winner is endorsed (active by default).

    backup=False leaves the SPEC §8 backup to the caller (the GUI takes it off the GUI thread).
    """
    vote = load_vote(store, vote_id)
    current = vote.current_round
    if current.is_final:
        raise VoteError(
            f"round {current.number} is already finalized",
            es=f"la ronda {current.number} ya está finalizada",
        )
    tally = round_tally(store, vote, current)
    result = preview(store, vote, {current.id: tally})
    if result.outcome is Outcome.NEEDS_LOT:
        raise VoteError(
            "the count needs a lot to settle a tie for the fewest votes: draw it and record the "
            "result before finalizing",
            es="el conteo necesita un sorteo para resolver un empate con menos votos: hágalo y "
            "registre el resultado antes de finalizar",
        )
    numbers = vote_numbers(store, vote)
    sentence = outcome_sentence(result_to_json(result), rule_facts(vote, numbers))
    decided = _round_decided(vote, result)
    made: Endorsement | None = None
    with store.transaction():
        _store_round_result(
            store, vote, current.id, numbers=numbers, tally=tally, result=result, finalize=True
        )
        if decided:
            repo.close_vote(store, vote_id)
        audit.record(
            store, "rounds", current.id, "finalize", new_value=sentence, reason=vote.question
        )
        if result.outcome is Outcome.ENDORSED:
            made = _endorse(store, vote, result, sentence, endorsement or EndorsementChoice())
    if backup:
        make_backup(store, reason="vote-finalized")
    return FinalizeResult(load_vote(store, vote_id), result, sentence, made, decided)


def _store_round_result(
    store: Store,
    vote: Vote,
    round_id: int,
    *,
    numbers: VoteNumbers,
    tally: RoundTally,
    result: CountResult,
    finalize: bool,
) -> None:
    """Record what a round counted (totals, the announced result, the numbers it was counted
    against) and the vote's outcome so far: at finalizing, and again after an amendment."""
    repo.record_round_result(
        store,
        round_id,
        present=numbers.present,
        eligible=numbers.eligible,
        recused=numbers.recused,
        abstain=tally.abstain,
        spoiled=tally.spoiled + tally.ranked_blank,
        result_json=json.dumps(result_to_json(result), ensure_ascii=False),
        totals=dict(tally.votes),
        finalize=finalize,
    )
    repo.set_vote_result(
        store,
        vote.id,
        outcome=result.outcome.value,
        winner_option_id=_winner_option_id(vote, result),
    )


def _endorse(
    store: Store, vote: Vote, result: CountResult, sentence: str, choice: EndorsementChoice
) -> Endorsement:
    winner_id = _winner_option_id(vote, result)
    assert winner_id is not None
    candidate_id = vote.option(winner_id).candidate_id
    assert candidate_id is not None
    try:
        return add_endorsement(
            store,
            Endorsement(
                race_id=vote.race_id,
                candidate_id=candidate_id,
                endorsed_on=vote.meeting_held_on,
                vote_id=vote.id,
                vote_summary=sentence,
                status=choice.status,
                condition_text=choice.condition_text.strip(),
            ),
        )
    except EndorsementError as error:
        raise VoteError(str(error), es=error.es) from None


# ----- the next round, or stopping ------------------------------------------------------------
def next_round_plan(store: Store, vote: Vote) -> tuple[list[str], list[str], int]:
    """For an undecided choose-one round: (options going forward, tied on the cut line, how many
    of the tied the lot must remove). The tied are still in the first list."""
    if vote.is_ranked:
        raise VoteError(
            "a ranked vote counts all its rounds from one set of ballots",
            es="una votación por orden de preferencia cuenta todas sus rondas con las mismas "
            "papeletas",
        )
    current = vote.current_round
    if not current.is_final:
        raise VoteError(
            f"finalize round {current.number} first",
            es=f"primero finalice la ronda {current.number}",
        )
    if vote.is_closed:
        raise VoteError("this vote is closed", es="esta votación está cerrada")
    result = count_vote(vote_record(store, vote))
    last = result.rounds[-1]
    labels = [vote.option(option_id).label for option_id in current.option_ids]
    going = options_for_next_round(labels, last, vote.policy)
    if going is None:
        raise VoteError(
            f"round {current.number} decided the vote",
            es=f"la ronda {current.number} decidió la votación",
        )
    return going, list(last.tied_for_last), lot_drop_count(last, vote.policy)


def open_next_round(store: Store, vote_id: int, lot_losers: Sequence[str] = ()) -> Vote:
    """Open round n+1 with the options the policy keeps, less those a lot removed."""
    vote = load_vote(store, vote_id)
    going, tied, drops = next_round_plan(store, vote)
    losers = list(dict.fromkeys(lot_losers))
    if drops and (len(losers) != drops or not set(losers) <= set(tied)):
        raise VoteError(
            f"{', '.join(tied)} are tied: record which {drops} the lot removed before the "
            "next round",
            es=(
                f"{', '.join(tied)} están empatados: registre a cuáles {drops} "
                "quitó el sorteo antes de la ronda siguiente"
            ),
        )
    if not drops and losers:
        raise VoteError(
            "no lot is needed after this round", es="después de esta ronda no hace falta sorteo"
        )
    option_ids = [vote.option_by_label(label).id for label in going if label not in losers]
    current = vote.current_round
    with store.transaction():
        if losers:
            repo.set_round_lot(
                store, current.id, vote.option_by_label(losers[0]).id if drops == 1 else None
            )
            for loser in losers:
                audit.record(store, "rounds", current.id, "lot", new_value=f"{loser} leaves")
        repo.insert_round(store, vote_id, current.number + 1, option_ids)
        audit.record(store, "votes", vote_id, "next round", new_value=str(current.number + 1))
    return load_vote(store, vote_id)


def close_vote(store: Store, vote_id: int) -> Vote:
    """Stop balloting without a decision. An empty open round is discarded first."""
    vote = load_vote(store, vote_id)
    if vote.is_closed:
        return vote
    current = vote.current_round
    if not current.is_final:
        if repo.event_rows(store, current.id):
            raise VoteError(
                f"round {current.number} has ballots: finalize it first",
                es=f"la ronda {current.number} tiene papeletas: finalícela primero",
            )
        if current.number == 1:
            raise VoteError(
                "nothing was counted yet: delete the vote instead of closing it",
                es="todavía no se contó nada: elimine la votación en lugar de cerrarla",
            )
    with store.transaction():
        if not current.is_final:
            repo.delete_vote_round(store, current.id)
            audit.record(
                store,
                "rounds",
                current.id,
                "delete",
                old_value=f"round {current.number} (no ballots)",
                reason="vote closed",
            )
        repo.close_vote(store, vote_id)
        audit.record(store, "votes", vote_id, "close", new_value=vote.outcome or "no_decision")
    return load_vote(store, vote_id)


# ----- lots in a ranked count ---------------------------------------------------------------
def record_runoff_lot(store: Store, vote_id: int, runoff_round: int, eliminated: str) -> Vote:
    """Record who the lot eliminated after a ranked count's round `runoff_round`."""
    vote = load_vote(store, vote_id)
    if not vote.is_ranked:
        raise VoteError(
            "in a choose-one vote the lot is recorded when the next round opens",
            es="en una votación de una sola opción el sorteo se registra al abrir la siguiente "
            "ronda",
        )
    current = vote.current_round
    if current.is_final:
        raise VoteError(
            "this count is finalized; a correction needs an amendment",
            es="este conteo está finalizado; una corrección necesita una enmienda",
        )
    option = next((o for o in vote.options if o.label == eliminated), None)
    if option is None:
        raise VoteError(
            f"{eliminated} is not an option of this vote",
            es=f"{eliminated} no es una opción de esta votación",
        )
    with store.transaction():
        repo.add_runoff_lot(store, current.id, runoff_round, option.id)
        try:
            count_vote(vote_record(store, load_vote(store, vote_id)))
        except VoteRecordError as error:
            raise VoteError(str(error), es=error.es) from None
        audit.record(
            store,
            "rounds",
            current.id,
            "lot",
            new_value=f"after round {runoff_round}: {eliminated} eliminated",
        )
    return load_vote(store, vote_id)


# ----- amendments ------------------------------------------------------------------------------
def amend_add_ballot(
    store: Store, vote_id: int, round_number: int, option_id: int | None, reason: str
) -> AmendResult:
    """A paper ballot found after finalizing: add it (option None: a blank/spoiled ballot)."""
    vote = load_vote(store, vote_id)
    _require_method(vote, Method.PAPER_CHOOSE_ONE)
    label = vote.label_of(option_id) or "blank/spoiled"
    return _amend(store, vote, round_number, reason, f"+1 ballot: {label}", option_id=option_id)


def amend_remove_ballot(
    store: Store, vote_id: int, round_number: int, option_id: int | None, reason: str
) -> AmendResult:
    """A ballot counted by mistake: take back the latest one for that option (None: blank)."""
    vote = load_vote(store, vote_id)
    _require_method(vote, Method.PAPER_CHOOSE_ONE)
    vote_round = _round(vote, round_number)
    ballots = round_tally(store, vote, vote_round).live_ballots_for(option_id)
    label = vote.label_of(option_id) or "blank/spoiled"
    if not ballots:
        raise VoteError(
            f"round {round_number} has no ballot for {label} to take back",
            es=f"la ronda {round_number} no tiene ninguna papeleta por {label} que retirar",
        )
    return _amend(store, vote, round_number, reason, f"-1 ballot: {label}", undoes=ballots[-1].id)


def amend_add_ranked(store: Store, vote_id: int, ranking: Ranking, reason: str) -> AmendResult:
    vote = load_vote(store, vote_id)
    _require_method(vote, Method.PAPER_RANKED)
    text = describe_ranking(vote, ranking)
    ranking = tuple(tuple(rank) for rank in ranking)
    return _amend(store, vote, 1, reason, f"+1 ballot: {text}", ranking=ranking)


def amend_remove_ranked(store: Store, vote_id: int, ranking: Ranking, reason: str) -> AmendResult:
    vote = load_vote(store, vote_id)
    _require_method(vote, Method.PAPER_RANKED)
    tally = round_tally(store, vote, _round(vote, 1))
    wanted = tuple(tuple(rank) for rank in ranking)
    match = next((e for e in reversed(tally.live_ranked()) if e.ranking == wanted), None)
    text = describe_ranking(vote, ranking)
    if match is None:
        raise VoteError(
            f"no counted ballot reads {text}", es=f"ninguna papeleta contada dice {text}"
        )
    return _amend(store, vote, 1, reason, f"-1 ballot: {text}", undoes=match.id)


def amend_hand_count(
    store: Store,
    vote_id: int,
    round_number: int,
    tally: TallyKind,
    option_id: int | None,
    *,
    quantity: int,
    reason: str,
) -> AmendResult:
    vote = load_vote(store, vote_id)
    _require_method(vote, Method.HAND_COUNT)
    tally = TallyKind(tally)
    if quantity < 0:
        raise VoteError("a count cannot be negative", es="un conteo no puede ser negativo")
    what = vote.label_of(option_id) if tally is TallyKind.OPTION else tally.value
    return _amend(
        store,
        vote,
        round_number,
        reason,
        f"{what} = {quantity}",
        option_id=option_id if tally is TallyKind.OPTION else None,
        tally=tally,
        quantity=quantity,
    )


def describe_ranking(vote: Vote, ranking: Ranking) -> str:
    """ "Ana Núñez > Bob Lee = Cy > (skipped)": how a ranked ballot reads in the log."""
    ranks = [" = ".join(vote.label_of(o) for o in rank) or "(skipped)" for rank in ranking]
    return " > ".join(ranks) or "(blank)"


# How the Spanish window names each way of counting (as the new-vote dialog does).
_METHOD_ES = {
    Method.HAND_COUNT: "de conteo a mano",
    Method.PAPER_CHOOSE_ONE: "con papeletas de elegir una opción",
    Method.PAPER_RANKED: "con papeletas por orden de preferencia",
}


def _require_method(vote: Vote, method: Method) -> None:
    if vote.method is not method:
        raise VoteError(
            f"this correction is for {method.value} votes, not {vote.method.value}",
            es=(
                f"esta corrección es para votaciones {_METHOD_ES[method]}, no "
                f"{_METHOD_ES[vote.method]}"
            ),
        )


def _round(vote: Vote, number: int) -> VoteRound:
    found = next((r for r in vote.rounds if r.number == number), None)
    if found is None:
        raise VoteError(
            f"this vote has no round {number}", es=f"esta votación no tiene ronda {number}"
        )
    return found


def _amend(
    store: Store,
    vote: Vote,
    round_number: int,
    reason: str,
    change: str,
    **event: Any,
) -> AmendResult:
    """Record a correction to a finalized round: an amendment event carrying `event`'s fields
    (`BallotEvent`'s), its reason in the audit log with the change and the sentence it makes."""
    reason = reason.strip()
    if not reason:
        raise VoteError(
            "an amendment needs a reason (it goes into the audit log)",
            es="una enmienda necesita un motivo (queda en el registro de cambios)",
        )
    vote_round = _round(vote, round_number)
    if not vote_round.is_final:
        raise VoteError(
            f"round {round_number} is still open: correct it with Backspace or Ctrl+Z",
            es=f"la ronda {round_number} sigue abierta: corríjala con Retroceso o Ctrl+Z",
        )
    before = _stored_sentence(store, vote)
    outcome_before = (vote.outcome, vote.label_of(vote.winner_option_id) or None)
    with store.transaction():
        amendment = BallotEvent(UNSAVED, EventKind.AMENDMENT, reason=reason, **event)
        repo.insert_event(store, vote_round.id, event_values(amendment))
        after = _recount_finalized_rounds(store, vote.id)
        audit.record(
            store,
            "rounds",
            vote_round.id,
            "amendment",
            field=change,
            old_value=str(before),  # the audit keeps the English, as ever
            new_value=str(after),
            reason=reason,
        )
    now = load_vote(store, vote.id)
    return AmendResult(
        before, after, outcome_before, (now.outcome, now.label_of(now.winner_option_id) or None)
    )


def _stored_sentence(store: Store, vote: Vote) -> str:
    last_final = next((r for r in reversed(vote.rounds) if r.is_final), None)
    if last_final is None or last_final.result is None:
        return ""
    return outcome_said(last_final.result, rule_facts(vote, vote_numbers(store, vote)))


def _recount_finalized_rounds(store: Store, vote_id: int) -> str:
    """Store again what every finalized round adds up to; returns the latest sentence.

    Runs inside the amendment's transaction: a correction that makes the record impossible (a
    round after a now-decided round, a candidate who should not have been dropped) is refused
    and rolled back.
    """
    vote = load_vote(store, vote_id)
    numbers = vote_numbers(store, vote)
    sentence = ""
    try:
        tallies = {r.id: round_tally(store, vote, r) for r in vote.rounds}
        count_vote(vote_record(store, vote, tallies=tallies))  # the whole vote must hang together
        for vote_round in vote.rounds:
            if not vote_round.is_final:
                continue
            result = count_vote(vote_record(store, vote, vote_round.number, tallies=tallies))
            _store_round_result(
                store,
                vote,
                vote_round.id,
                numbers=numbers,
                tally=tallies[vote_round.id],
                result=result,
                finalize=False,
            )
            sentence = outcome_said(result_to_json(result), rule_facts(vote, numbers))
            if _round_decided(vote, result) and not vote.is_closed:
                repo.close_vote(store, vote_id)
    except VoteRecordError as error:
        raise VoteError(
            f"this correction cannot stand: {error}",
            es=f"esta corrección no puede quedar: {in_code(error, 'es')}",
        ) from None
    return sentence
