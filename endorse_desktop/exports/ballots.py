"""`export ballots`: paper ballots for a race (SPEC F-8), gathered here and drawn by reports.

The options are what the room will vote on: the current round of a vote in progress on that race
(round 2 leaves out whoever the policy dropped), otherwise the race's candidates still standing
plus "No endorsement" when the group offers it.

The meeting a ballot names is the one the vote being printed belongs to (ballots printed weeks
later for a new meeting's vote name that meeting), else the meeting asked for, else the latest
meeting at which anyone was counted present.

How many copies, unless asked: members present plus 10 % (for spoiled ballots and latecomers),
counting the meeting asked for, else the latest meeting at which anyone was counted present.
Before any meeting has attendance (ballots are often printed the day before) it counts the
roster's members eligible to vote instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from endorse_desktop.core.document_text import Language, joined, texts
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.meetings import (
    Meeting,
    attendance,
    get_meeting,
    meeting_with_attendance,
)
from endorse_desktop.core.races import (
    Race,
    find_race,
    list_races,
)
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import meetings as meetings_repo
from endorse_desktop.core.voting.lifecycle import ballot_options
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    load_vote,
    vote_ids,
)
from endorse_desktop.reports.ballots import (
    BallotLayoutError,
    BallotSpec,
    ballot_fits,
    default_copies,
    render_ballots,
    unfit_sentence,
)
from endorse_desktop.reports.notice import render_notice


class BallotExportError(InvalidInputError):
    pass


@dataclass(frozen=True)
class BallotPlan:
    """What the ballot dialog and the CLI need before printing: the defaults, explained."""

    race: Race
    options: tuple[str, ...]
    ranked: bool
    copies: int
    copies_reason: str
    meeting: Meeting | None
    question: str | None
    question_es: str | None = None


def open_vote_on(store: Store, race_id: int) -> Vote | None:
    for vote_id in reversed(vote_ids(store)):
        vote = load_vote(store, vote_id)
        if vote.race_id == race_id and not vote.is_closed:
            return vote
    return None


def default_race(store: Store) -> Race | None:
    """The race being voted on (latest open vote), else the first race on the list."""
    for vote_id in reversed(vote_ids(store)):
        vote = load_vote(store, vote_id)
        if not vote.is_closed:
            return next((r for r in list_races(store, True) if r.id == vote.race_id), None)
    races = list_races(store)
    return races[0] if races else None


def plan_ballots(
    store: Store,
    race_name: str | None = None,
    meeting_id: int | None = None,
    copies: int | None = None,
    ranked: bool | None = None,
) -> BallotPlan | None:
    """Defaults for printing ballots; None when the group has no races yet."""
    race = find_race(store, race_name) if race_name else default_race(store)
    if race is None:
        return None
    assert race.id is not None
    vote = open_vote_on(store, race.id)
    settings = settings_or_default(store)
    if vote is not None:
        options = tuple(o.label for o in vote.round_options(vote.current_round))
        question: str | None = vote.question
        question_es: str | None = vote.question_es
    else:
        options = tuple(
            label for _, label in ballot_options(store, race.id, settings.no_endorsement_option)
        )
        question = question_es = None
    if meeting_id is None and vote is not None:
        meeting = get_meeting(store, vote.meeting_id)
    else:
        meeting = _meeting(store, meeting_id)
    if copies is None:
        copies, reason = _default_copies(store, meeting)
    else:
        reason = "as asked"
        if copies < 1:
            raise BallotExportError("the number of copies must be at least 1")
    if ranked is None:
        ranked = vote is not None and vote.method is Method.PAPER_RANKED
    return BallotPlan(race, options, ranked, copies, reason, meeting, question, question_es)


def _meeting(store: Store, meeting_id: int | None) -> Meeting | None:
    if meeting_id is not None:
        meeting = get_meeting(store, meeting_id)
        if meeting is None:
            raise BallotExportError(f"there is no meeting {meeting_id}")
        return meeting
    found = meeting_with_attendance(store)
    return found[0] if found else None


def _default_copies(store: Store, meeting: Meeting | None) -> tuple[int, str]:
    if meeting is not None and meeting.id is not None:
        present = attendance(store, meeting.id).present
        if present:
            return default_copies(present), f"{present} present at {meeting.held_on} + 10 %"
    _, eligible = meetings_repo.roster_counts(store)
    return default_copies(eligible), f"{eligible} eligible members + 10 %"


def export_ballots(
    store: Store,
    output: Path,
    *,
    race: str | None = None,
    meeting: int | None = None,
    copies: int | None = None,
    per_page: int | None = None,
    ranked: bool | None = None,
    serial_numbers: bool = False,
    lang: Language | str | None = None,
    **_: object,
) -> list[Path]:
    language = Language.parse(lang)
    plan = plan_ballots(store, race, meeting, copies, ranked or None)
    if plan is None:
        _write_nothing_yet(store, output, language)
        return [output]
    spec = ballot_spec(store, plan, per_page or 1, serial_numbers, language)
    if not ballot_fits(spec):
        # Type never shrinks below its minimum, and the ballots are not quietly printed another
        # way than asked: the caller is told, in one sentence, to print fewer to a page.
        raise BallotLayoutError(unfit_sentence(spec))
    render_ballots(spec, output)
    return [output]


def ballot_spec(
    store: Store, plan: BallotPlan, per_page: int, serial_numbers: bool, language: Language
) -> BallotSpec:
    settings = settings_or_default(store)
    return BallotSpec(
        group_name=settings.name,
        cycle=settings.cycle,
        meeting_date=plan.meeting.held_on if plan.meeting else None,
        race_title=plan.race.title,
        question=plan.question,
        options=plan.options,
        ranked=plan.ranked,
        copies=plan.copies,
        per_page=per_page,
        serial_numbers=serial_numbers,
        page_size=settings.page_size,
        language=language,
        race_title_es=plan.race.title_es,
        question_es=plan.question_es,
    )


def plan_fits(
    store: Store, plan: BallotPlan, per_page: int, ranked: bool, language: Language
) -> bool:
    """Whether these ballots print so with type no smaller than the minimums: the Print dialog
    says so before anything is printed (`export_ballots` refuses them)."""
    return ballot_fits(replace(ballot_spec(store, plan, per_page, False, language), ranked=ranked))


def _write_nothing_yet(store: Store, output: Path, language: Language) -> None:
    settings = settings_or_default(store)
    render_notice(
        output,
        group_name=settings.name,
        cycle=settings.cycle,
        title=joined(language, "ballots_title"),
        text="\n\n".join(t.no_races_yet for t in texts(language)),
        page_size=settings.page_size,
    )
