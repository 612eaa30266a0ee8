"""`export summary`: the minutes of a meeting (SPEC F-8), gathered as plain data for the PDF.

Finalized rounds are reported as they were announced (their stored result, which `check` proves
matches the ballots); a round still being counted is shown as it stands, marked as open.
Attendance is given as numbers: the minutes name no member, so they can be shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.core.meetings import (
    Meeting,
    attendance,
    get_meeting,
    latest_meeting,
)
from endorse_desktop.core.races import (
    get_candidate,
    get_race,
)
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import audit as audit_repo
from endorse_desktop.core.voting.counting import (
    VoteRecordError,
    count_vote,
)
from endorse_desktop.core.voting.record import result_to_json
from endorse_desktop.core.voting.sentences import (
    RuleFacts,
    outcome_sentence,
    rule_summary,
)
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    load_vote,
    round_tally,
    vote_ids,
    vote_numbers,
    vote_record,
)

METHOD_WORDS = {
    Method.HAND_COUNT: "Hand count",
    Method.PAPER_CHOOSE_ONE: "Paper ballots, choose one",
    Method.PAPER_RANKED: "Paper ballots, ranked (instant runoff)",
}


@dataclass(frozen=True)
class SummaryRound:
    title: str  # "Round 2": a round of balloting (choose one) or of a ranked count
    cells: dict[str, str]  # option -> "18 (58.1 %)"; absent: not on this round's ballot
    base: int
    needed: int
    exhausted: int | None  # ranked counts only
    abstain: int | None  # choose-one rounds only
    spoiled: int | None
    eliminated: tuple[str, ...]
    tied: tuple[str, ...]
    is_open: bool = False


@dataclass(frozen=True)
class SummaryVote:
    number: int
    race_title: str
    question: str
    method_text: str
    rule_text: str
    numbers_text: str
    options: tuple[str, ...]
    rounds: tuple[SummaryRound, ...]
    sentence: str
    status_text: str
    amendments: tuple[str, ...]


@dataclass(frozen=True)
class SummaryEndorsement:
    candidate: str
    race_title: str
    status_text: str
    summary: str


@dataclass(frozen=True)
class MeetingSummary:
    group_name: str
    cycle: str
    page_size: str
    meeting: Meeting | None
    present: int
    attendance_text: str
    quorum_text: str
    votes: tuple[SummaryVote, ...]
    endorsements: tuple[SummaryEndorsement, ...]
    pledges: tuple[tuple[str, int], ...]


def percent_text(votes: int, base: int) -> str:
    if base <= 0:
        return str(votes)
    tenths = (votes * 1000 + base // 2) // base
    return f"{votes} ({tenths // 10}.{tenths % 10} %)"


def gather_summary(store: Store, meeting_id: int | None = None) -> MeetingSummary:
    settings = settings_or_default(store)
    meeting = get_meeting(store, meeting_id) if meeting_id is not None else latest_meeting(store)
    if meeting_id is not None and meeting is None:
        raise ValueError(f"there is no meeting {meeting_id}")
    if meeting is None or meeting.id is None:
        return MeetingSummary(
            settings.name, settings.cycle, settings.page_size, None, 0, "", "", (), (), ()
        )
    numbers = attendance(store, meeting.id)
    if numbers.head_count is not None:
        counted = f"{numbers.head_count} present (head count; {numbers.checked_in} checked in)"
    else:
        counted = f"{numbers.checked_in} present (checked in)"
    attendance_text = f"{counted}; {numbers.eligible_members} members on the roster may vote"
    if numbers.quorum is None:
        quorum_text = "The group has no quorum rule."
    elif numbers.quorum_met:
        quorum_text = f"Quorum ({numbers.quorum}) was met."
    else:
        quorum_text = f"Quorum ({numbers.quorum}) was NOT met: {numbers.short_of_quorum} short."
    votes = tuple(
        _summary_vote(store, load_vote(store, vote_id), index)
        for index, vote_id in enumerate(vote_ids(store, meeting.id), start=1)
    )
    meeting_votes = set(vote_ids(store, meeting.id))
    endorsements = []
    pledges = []
    for endorsement in list_endorsements(store):
        if endorsement.vote_id not in meeting_votes:
            continue
        candidate = get_candidate(store, endorsement.candidate_id)
        race = get_race(store, endorsement.race_id)
        status = endorsement.status
        if status == "conditional":
            status = f"conditional: {endorsement.condition_text}"
        elif status == "rescinded":
            status = f"rescinded: {endorsement.rescinded_reason}"
        endorsements.append(
            SummaryEndorsement(
                candidate.name if candidate else "?",
                race.title if race else "?",
                status,
                endorsement.vote_summary,
            )
        )
        pledged = int(
            store.scalar("SELECT count(*) FROM pledges WHERE endorsement_id = ?", (endorsement.id,))
        )
        pledges.append((f"{endorsements[-1].candidate} — {endorsements[-1].race_title}", pledged))
    return MeetingSummary(
        group_name=settings.name,
        cycle=settings.cycle,
        page_size=settings.page_size,
        meeting=meeting,
        present=numbers.present,
        attendance_text=attendance_text,
        quorum_text=quorum_text,
        votes=votes,
        endorsements=tuple(endorsements),
        pledges=tuple(pledges),
    )


def _summary_vote(store: Store, vote: Vote, number: int) -> SummaryVote:
    race = get_race(store, vote.race_id)
    numbers = vote_numbers(store, vote)
    facts = RuleFacts(vote.threshold, vote.base, vote.is_ranked, numbers.present, vote.quorum)
    parts = [f"{numbers.present} present" if numbers.present is not None else "present unknown"]
    if numbers.eligible is not None:
        parts.append(f"{numbers.eligible} eligible")
    parts.append(f"{numbers.recused} recused for a conflict of interest")
    result, is_open = _latest_result(store, vote)
    rounds = _summary_rounds(store, vote, result, is_open) if result else ()
    sentence = outcome_sentence(result, facts) if result else "No ballots were counted."
    if is_open:
        sentence = f"Counting was still open: {sentence}"
    if vote.is_closed:
        status = "Decided" if vote.outcome in ("endorsed", "no_endorsement") else "Closed"
    else:
        status = f"In progress (round {vote.current_round.number})"
    return SummaryVote(
        number=number,
        race_title=race.title if race else "?",
        question=vote.question,
        method_text=METHOD_WORDS[vote.method],
        rule_text=rule_summary(
            vote.threshold, vote.base, vote.quorum, None if vote.is_ranked else vote.policy
        )
        + ("; “No endorsement” offered" if vote.no_endorsement_option else ""),
        numbers_text=", ".join(parts),
        options=tuple(option.label for option in vote.options),
        rounds=rounds,
        sentence=sentence,
        status_text=status,
        amendments=_amendments(store, vote),
    )


def _latest_result(store: Store, vote: Vote) -> tuple[dict[str, Any] | None, bool]:
    """The stored result of the last finalized round, or the open round counted as it stands."""
    current = vote.current_round
    if not current.is_final:
        try:
            return result_to_json(count_vote(vote_record(store, vote))), True
        except VoteRecordError:
            pass  # an over-voted open round: show what was finalized
    for vote_round in reversed(vote.rounds):
        if vote_round.is_final and vote_round.result is not None:
            return vote_round.result, False
    return None, False


def _summary_rounds(
    store: Store, vote: Vote, result: dict[str, Any], is_open: bool
) -> tuple[SummaryRound, ...]:
    rounds = []
    entries = result["rounds"]
    for index, entry in enumerate(entries, start=1):
        abstain = spoiled = None
        if not vote.is_ranked:
            physical = vote.rounds[index - 1]
            if physical.is_final:
                abstain, spoiled = physical.abstain, physical.spoiled
            else:
                tally = round_tally(store, vote, physical)
                abstain, spoiled = tally.abstain, tally.spoiled
        rounds.append(
            SummaryRound(
                title=f"Round {index}",
                cells={
                    label: percent_text(votes, entry["base"])
                    for label, votes in entry["counts"].items()
                },
                base=entry["base"],
                needed=entry["needed"],
                exhausted=entry["exhausted"] if vote.is_ranked else None,
                abstain=abstain,
                spoiled=spoiled,
                eliminated=tuple(entry["eliminated"]),
                tied=tuple(entry["tied_for_last"]),
                is_open=is_open and index == len(entries) and not vote.is_ranked,
            )
        )
    return tuple(rounds)


def _amendments(store: Store, vote: Vote) -> tuple[str, ...]:
    lines = []
    for vote_round in vote.rounds:
        for row in audit_repo.entries(store, "rounds", vote_round.id):
            if row["action"] == "amendment":
                lines.append(
                    f"Round {vote_round.number}, {row['at'][:16].replace('T', ' ')} UTC: "
                    f"{row['field']} — {row['reason']}"
                )
    return tuple(lines)


def export_summary(
    store: Store, output: Path, *, meeting: int | None = None, **_: object
) -> list[Path]:
    from endorse_desktop.reports.summary import render_summary

    render_summary(gather_summary(store, meeting), output)
    return [output]
