"""`export summary`: the minutes of a meeting (SPEC F-8), gathered as plain data for the PDF.

Finalized rounds are reported as they were announced (their stored result, which `check` proves
matches the ballots); a round still being counted is shown as it stands, marked as open.
Attendance is given as numbers: the minutes name no member, so they can be shared.

One word for a round: a ranked count's runoff rounds are "Round 1", "Round 2" … like a repeated
choose-one ballot's. A blank ranked ballot is counted as blank, not as exhausted (it never had a
choice to exhaust). Ballot accounting gives what the store knows (ballots returned and entered,
blank, spoiled); what it cannot know (how many were printed and handed out) says "not recorded",
for the secretary to fill in by hand.

The sentences are in the minutes' language(s) (`Language`): a bilingual document says each one
in English, then on its own line in Spanish; a table cell says both on one line ("Round 1 / Ronda
1"). Names (candidates, races, options) are said once, as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from endorse_desktop.core.bilingual import said, say
from endorse_desktop.core.document_text import Language, spanish_question
from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.core.meetings import (
    Attendance,
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
    count_vote,
)
from endorse_desktop.core.voting.record import result_to_json
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    VoteRecordError,
)
from endorse_desktop.core.voting.sentences import (
    RuleFacts,
    outcome_sentence,
    quoted,
    rule_summary,
)
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    VoteNumbers,
    load_vote,
    round_tally,
    vote_ids,
    vote_numbers,
    vote_record,
)

METHOD_WORDS = {
    Method.HAND_COUNT: ("Hand count", "Conteo a mano"),
    Method.PAPER_CHOOSE_ONE: ("Paper ballots, choose one", "Papeletas, una sola opción"),
    Method.PAPER_RANKED: (
        "Paper ballots, ranked (instant runoff)",
        "Papeletas por orden de preferencia (segunda vuelta instantánea)",
    ),
}


NOT_RECORDED = "not recorded"
NOT_RECORDED_ES = "sin registro"


@dataclass(frozen=True)
class SummaryRound:
    title: str  # "Round 2": a repeated ballot's round or a ranked count's runoff round alike
    cells: dict[str, str]  # option -> "18 (58.1 %)"; absent: not on this round's ballot
    base: int
    needed: int
    exhausted: int | None  # ranked counts only: ballots with no further choice, blanks apart
    abstain: int | None  # choose-one rounds only
    spoiled: int | None
    eliminated: tuple[str, ...]
    tied: tuple[str, ...]
    is_open: bool = False
    blank: int | None = None  # ranked counts only: blank ballots (no first choice at all)


@dataclass(frozen=True)
class BallotAccount:
    """One paper ballot handed out: what became of the sheets. None: the store cannot know."""

    title: str  # "Round 1" (the ballot of that round)
    printed: int | None
    issued: int | None
    returned: int | None  # entered at the tally: votes, blank and spoiled
    blank: int | None
    spoiled: int | None
    blank_or_spoiled: bool = False  # choose-one paper: one key for both, told apart by nobody
    not_recorded: str = NOT_RECORDED  # in the minutes' language(s)

    def text(self, value: int | None) -> str:
        return self.not_recorded if value is None else f"{value:,}"


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
    ballots: tuple[BallotAccount, ...] = ()  # paper votes only


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


def gather_summary(
    store: Store, meeting_id: int | None = None, language: Language = Language.EN
) -> MeetingSummary:
    """The minutes' data, their sentences in `language` (English, Spanish or both)."""
    settings = settings_or_default(store)
    meeting = get_meeting(store, meeting_id) if meeting_id is not None else latest_meeting(store)
    if meeting_id is not None and meeting is None:
        raise ValueError(f"there is no meeting {meeting_id}")
    if meeting is None or meeting.id is None:
        return MeetingSummary(
            settings.name, settings.cycle, settings.page_size, None, 0, "", "", (), (), ()
        )
    numbers = attendance(store, meeting.id)
    votes = tuple(
        _summary_vote(store, load_vote(store, vote_id), index, language)
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
        status = said(language, partial(_endorsement_status, endorsement.status), separator=" / ")
        if endorsement.status == "conditional":
            status = f"{status}: {endorsement.condition_text}"
        elif endorsement.status == "rescinded":
            status = f"{status}: {endorsement.rescinded_reason}"
        endorsements.append(
            SummaryEndorsement(
                candidate.name if candidate else "?",
                race.title if race else "?",
                status,
                _decided_by(store, endorsement.vote_id, endorsement.vote_summary, language),
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
        attendance_text=said(language, partial(_attendance_text, numbers)),
        quorum_text=said(language, partial(_quorum_text, numbers)),
        votes=votes,
        endorsements=tuple(endorsements),
        pledges=tuple(pledges),
    )


def _decided_by(store: Store, vote_id: int | None, stored: str, language: Language) -> str:
    """The sentence an endorsement was decided by: in English as stored when the vote was
    finalized; in Spanish said again from the vote's stored result (the record is unchanged)."""
    if not language.has_spanish or vote_id is None:
        return stored
    vote = load_vote(store, vote_id)
    result = next((r.result for r in reversed(vote.rounds) if r.is_final and r.result), None)
    if result is None:
        return stored
    numbers = vote_numbers(store, vote)
    facts = RuleFacts(vote.threshold, vote.base, vote.is_ranked, numbers.present, vote.quorum)
    return said(
        language, lambda code: stored if code == "en" else outcome_sentence(result, facts, code)
    )


def _endorsement_status(status: str, code: str) -> str:
    words = {
        "conditional": ("conditional", "condicional"),
        "rescinded": ("rescinded", "revocado"),
        "active": ("active", "vigente"),
    }.get(status)
    return say(code, *words) if words else status


def _attendance_text(numbers: Attendance, code: str) -> str:
    if numbers.head_count is not None:
        counted = say(
            code,
            f"{numbers.head_count} present (head count; {numbers.checked_in} checked in)",
            f"{numbers.head_count} presentes (conteo de asistentes; {numbers.checked_in} "
            "registrados)",
        )
    else:
        counted = say(
            code,
            f"{numbers.checked_in} present (checked in)",
            f"{numbers.checked_in} presentes (registrados)",
        )
    return say(
        code,
        f"{counted}; {numbers.eligible_members} members on the roster may vote",
        f"{counted}; {numbers.eligible_members} miembros de la lista pueden votar",
    )


def _quorum_text(numbers: Attendance, code: str) -> str:
    if numbers.quorum is None:
        return say(code, "The group has no quorum rule.", "El grupo no tiene regla de quórum.")
    if numbers.quorum_met:
        return say(
            code,
            f"Quorum ({numbers.quorum}) was met.",
            f"Hubo quórum ({numbers.quorum}).",
        )
    short = numbers.short_of_quorum
    return say(
        code,
        f"Quorum ({numbers.quorum}) was NOT met: {short} short.",
        f"NO hubo quórum ({numbers.quorum}): faltaron {short}.",
    )


def _numbers_text(numbers: VoteNumbers, code: str) -> str:
    present = numbers.present
    parts = [
        say(code, f"{present} present", f"{present} presentes")
        if present is not None
        else say(code, "present unknown", "presentes: sin dato")
    ]
    if numbers.eligible is not None:
        parts.append(
            say(code, f"{numbers.eligible} eligible", f"{numbers.eligible} con derecho a voto")
        )
    parts.append(
        say(
            code,
            f"{numbers.recused} recused for a conflict of interest",
            f"{numbers.recused} con conflicto de intereses (no votan)",
        )
    )
    return ", ".join(parts)


def _vote_sentence(
    result: dict[str, Any] | None, is_open: bool, facts: RuleFacts, code: str
) -> str:
    if not result:
        return say(code, "No ballots were counted.", "No se contó ninguna papeleta.")
    sentence = outcome_sentence(result, facts, code)
    if is_open:
        return say(code, "Counting was still open: ", "El conteo seguía abierto: ") + sentence
    return sentence


def _status_text(vote: Vote, code: str) -> str:
    if not vote.is_closed:
        number = vote.current_round.number
        return say(code, f"In progress (round {number})", f"En curso (ronda {number})")
    if vote.outcome in ("endorsed", "no_endorsement"):
        return say(code, "Decided", "Decidida")
    return say(code, "Closed", "Cerrada")


def _rule_text(vote: Vote, code: str) -> str:
    rule = rule_summary(
        vote.threshold, vote.base, vote.quorum, None if vote.is_ranked else vote.policy, code
    )
    if vote.no_endorsement_option:
        option = quoted(NO_ENDORSEMENT, code)
        rule += say(code, f"; {option} offered", f"; se ofrece {option}")
    return rule


def _round_title(number: int, code: str) -> str:
    return say(code, f"Round {number}", f"Ronda {number}")


def _summary_vote(store: Store, vote: Vote, number: int, language: Language) -> SummaryVote:
    race = get_race(store, vote.race_id)
    numbers = vote_numbers(store, vote)
    facts = RuleFacts(vote.threshold, vote.base, vote.is_ranked, numbers.present, vote.quorum)
    result, is_open = _latest_result(store, vote)
    rounds = _summary_rounds(store, vote, result, is_open, language) if result else ()

    def in_words(make: Callable[..., str], *values: Any) -> str:
        return said(language, lambda code: make(*values, code))

    return SummaryVote(
        number=number,
        race_title=race.title if race else "?",
        question=said(
            language,
            lambda code: (
                vote.question
                if code == "en"
                else spanish_question(
                    vote.question,
                    vote.question_es,
                    race.title if race else "",
                    race.title_es if race else "",
                )
            ),
        ),
        method_text=said(language, lambda code: say(code, *METHOD_WORDS[vote.method])),
        rule_text=in_words(_rule_text, vote),
        numbers_text=in_words(_numbers_text, numbers),
        options=tuple(option.label for option in vote.options),
        rounds=rounds,
        sentence=in_words(_vote_sentence, result, is_open, facts),
        status_text=said(language, partial(_status_text, vote), separator=" / "),
        amendments=_amendments(store, vote, language),
        ballots=_ballot_accounts(store, vote, language),
    )


def _ballot_accounts(store: Store, vote: Vote, language: Language) -> tuple[BallotAccount, ...]:
    """A line per paper ballot handed out (a choose-one vote's rounds; a ranked vote's one)."""
    if vote.method is Method.HAND_COUNT:
        return ()
    accounts = []
    for vote_round in vote.rounds:
        tally = round_tally(store, vote, vote_round)
        if vote.is_ranked:
            blank, spoiled = tally.ranked_blank, tally.spoiled
        else:
            # key 0 is "blank or spoiled": one number, said as such
            blank, spoiled = tally.blank, tally.spoiled - tally.blank
        if vote.is_ranked:
            title = said(
                language,
                lambda code: say(code, "Ranked ballot", "Papeleta por orden de preferencia"),
                " / ",
            )
        else:
            title = said(language, partial(_round_title, vote_round.number), " / ")
        accounts.append(
            BallotAccount(
                title=title,
                printed=None,  # printing is not recorded in the file
                issued=None,  # nor how many were handed out
                returned=tally.ballots - tally.abstain,
                blank=blank,
                spoiled=spoiled,
                blank_or_spoiled=not vote.is_ranked,
                not_recorded=said(
                    language, lambda code: say(code, NOT_RECORDED, NOT_RECORDED_ES), " / "
                ),
            )
        )
    return tuple(accounts)


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
    store: Store, vote: Vote, result: dict[str, Any], is_open: bool, language: Language
) -> tuple[SummaryRound, ...]:
    rounds = []
    entries = result["rounds"]
    ranked_blank = 0
    if vote.is_ranked:
        # the result counts blank ballots among the exhausted from round 1 on: take them out
        ranked_blank = round_tally(store, vote, vote.rounds[0]).ranked_blank
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
                title=said(language, partial(_round_title, index), " / "),
                cells={
                    label: percent_text(votes, entry["base"])
                    for label, votes in entry["counts"].items()
                },
                base=entry["base"],
                needed=entry["needed"],
                exhausted=max(0, entry["exhausted"] - ranked_blank) if vote.is_ranked else None,
                abstain=abstain,
                spoiled=spoiled,
                eliminated=tuple(entry["eliminated"]),
                tied=tuple(entry["tied_for_last"]),
                is_open=is_open and index == len(entries) and not vote.is_ranked,
                blank=ranked_blank if vote.is_ranked else None,
            )
        )
    return tuple(rounds)


def _amendments(store: Store, vote: Vote, language: Language) -> tuple[str, ...]:
    """A line per correction: its round in the minutes' language(s); what changed and why as
    the audit log keeps them."""
    lines = []
    for vote_round in vote.rounds:
        title = said(language, partial(_round_title, vote_round.number), " / ")
        for row in audit_repo.entries(store, "rounds", vote_round.id):
            if row["action"] == "amendment":
                lines.append(
                    f"{title}, {row['at'][:16].replace('T', ' ')} UTC: "
                    f"{row['field']} — {row['reason']}"
                )
    return tuple(lines)
