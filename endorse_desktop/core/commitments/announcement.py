"""The endorsement announcement: a press-release draft built from what the group recorded.

It says who the group endorses and for what, how the members decided, the values the decision
rests on (the candidate's strongest ratings on the group's scorecard) and the work the members
promise (the endorsement's goals). Where the record cannot say something (a quote, who to call),
the draft leaves a bracketed prompt for the facilitator to fill in; it never pre-fills anyone's
contact details. The group edits the draft freely; the edited text is kept on the endorsement.

What members "have committed to" is what they pledged (pledged, confirmed or done, the rule of
core/commitments/progress.py), summed by activity, with what is already done; a goal is only
ever called "our goal". A press release is the group's own voice, not a member's promise, so an
activity counted in releases is left out of the members' list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments.pledges import (
    activity_map,
    list_goals,
    progress,
)
from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.commitments.records import ActivityCategory
from endorse_desktop.core.endorsements import Endorsement
from endorse_desktop.core.races import (
    get_candidate,
    get_race,
)
from endorse_desktop.core.ratings import ratings_for_race
from endorse_desktop.core.scoring import (
    STRONG,
    rating_label,
)
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import list_values
from endorse_desktop.core.voting.rules import Base, Comparison
from endorse_desktop.core.voting.stored import load_vote

MOST_VALUES = 3
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class GoalLine:
    activity: str
    target: int
    unit: str
    category: ActivityCategory = ActivityCategory.PEOPLE


@dataclass(frozen=True)
class PledgedLine:
    """What members pledged for one activity (in one unit): pledged includes done."""

    activity: str
    pledged: int
    done: int
    unit: str
    category: ActivityCategory = ActivityCategory.PEOPLE
    goal: int | None = None  # the group's goal in the same unit, if it set one


# Units of work only the group itself does: a press release is the group's statement.
GROUP_UNITS = frozenset({"releases"})
PLACEHOLDER_OPEN = "["
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@dataclass(frozen=True)
class AnnouncementFacts:
    group_name: str
    candidate: str
    race_title: str
    endorsed_on: str
    today: str
    party: str = ""
    incumbent: bool = False
    stage: str = ""
    election_date: str | None = None
    vote_summary: str = ""
    status: str = "active"
    condition_text: str = ""
    values: tuple[tuple[str, str], ...] = ()  # (value title, rating label), strongest first
    goals: tuple[GoalLine, ...] = ()
    pledged: tuple[PledgedLine, ...] = ()  # member activities only
    vote_sentence: str = ""  # the vote in plain English; else vote_summary is quoted


def long_date(iso: str) -> str:
    """ "2026-06-02" → "June 2, 2026" (text that is not a date is returned as it is)."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def compose_announcement(facts: AnnouncementFacts) -> str:
    """The draft's text, paragraph by paragraph (blank lines between them)."""
    group = facts.group_name or "[Group name]"
    who = facts.candidate
    about = [part for part in (facts.party, "incumbent" if facts.incumbent else "") if part]
    described = f"{who} ({', '.join(about)})" if about else who
    paragraphs = [
        "FOR IMMEDIATE RELEASE",
        long_date(facts.today),
        f"{group} endorses {who} for {facts.race_title}",
    ]

    election = f"the {facts.stage} election" if facts.stage else "the election"
    if facts.election_date:
        election += f" on {long_date(facts.election_date)}"
    opening = f"{group} has endorsed {described} for {facts.race_title} in {election}."
    opening += f" Our members made the decision on {long_date(facts.endorsed_on)}."
    plain = facts.vote_sentence.strip()
    summary = facts.vote_summary.strip().rstrip(".")
    if plain:
        opening += f" {plain[0].upper()}{plain[1:]}"
        opening += "" if opening.endswith((".", "!", "?")) else "."
    elif summary:
        opening += f" The vote: {summary}."
    if facts.status == "conditional" and facts.condition_text.strip():
        opening += f" The endorsement carries a condition: {facts.condition_text.strip()}"
        opening += "" if opening.endswith((".", "!", "?")) else "."
    paragraphs.append(opening)

    if facts.values:
        strengths = _join([f"{title} (rated {label})" for title, label in facts.values])
        paragraphs.append(
            "Before any candidate spoke to us, our members agreed on the values we look for in "
            f"the people we support. Measured against them, {who} stood out on {strengths}."
        )
    else:
        paragraphs.append("[Say which of the group's values this endorsement rests on.]")
    paragraphs.append(f'"[A sentence from the group\'s spokesperson on why members chose {who}.]"')

    promised = [line for line in facts.pledged if line.pledged > 0]
    if promised:
        lines = [
            f"An endorsement from {group} is a promise of work, not a name on a list. Between "
            "now and election day our members have committed to:"
        ]
        lines += [pledged_line(line) for line in promised]
        paragraphs.append("\n".join(lines))
    elif facts.goals:
        lines = [
            f"An endorsement from {group} is a promise of work, not a name on a list. Between "
            "now and election day our goal is:"
        ]
        for goal in facts.goals:
            line = f"• {goal.activity}: {quantity_text(goal.target, goal.unit)}"
            if goal.category == ActivityCategory.MONEY:
                line += ", given by members directly to the campaign"
            lines.append(line)
        paragraphs.append("\n".join(lines))
    else:
        paragraphs.append(
            f"An endorsement from {group} is a promise of work, not a name on a list. "
            "[Say what the members will do: canvassing shifts, phone banks, letters to the "
            "editor…]"
        )
    paragraphs.append(f"About {group}: [one or two sentences on who you are and where you work.]")
    paragraphs.append("Press contact: [name, phone, email]")
    paragraphs.append("###")
    return "\n\n".join(paragraphs)


def pledged_line(line: PledgedLine) -> str:
    """ "• Phone bank: 4 shifts pledged, 2 done (our goal is 8 shifts)" """
    money = line.category == ActivityCategory.MONEY
    text = f"• {line.activity}: {quantity_text(line.pledged, line.unit)} pledged"
    text += f", {quantity_text(line.done, line.unit) if money else f'{line.done:,}'}"
    text += " given" if money else " done"
    if line.goal is not None:
        text += f" (our goal is {quantity_text(line.goal, line.unit)})"
    if money:
        text += ", given by members directly to the campaign"
    return text


def has_placeholders(text: str) -> bool:
    """True while a bracketed prompt ("[name, phone, email]") is still in the text."""
    start = text.find(PLACEHOLDER_OPEN)
    return start >= 0 and text.find("]", start) > start


def member_pledges(store: Store, endorsement_id: int) -> tuple[PledgedLine, ...]:
    """Pledged and done by activity, from members' pledges; the group's own work left out."""
    activities = activity_map(store)
    state = progress(store, endorsement_id)
    goals = {(g.goal.activity_id, g.unit): g.target for g in state.goals}
    return tuple(
        PledgedLine(
            total.activity_name,
            total.tally.pledged,
            total.tally.done,
            total.unit,
            total.category,
            goals.get((total.activity_id, total.unit)),
        )
        for total in state.activities
        if total.unit not in GROUP_UNITS and activities[total.activity_id].unit not in GROUP_UNITS
    )


def _ordinal(number: int) -> str:
    return ORDINALS[number - 1] if 0 < number <= len(ORDINALS) else f"{number}th"


def plain_vote_sentence(store: Store, endorsement: Endorsement) -> str:
    """ "21 of 29 members voted to endorse, above the two-thirds the group requires, on the
    second ballot." — from the stored result; "" when the endorsement came from no stored vote."""
    if endorsement.vote_id is None:
        return ""
    try:
        vote = load_vote(store, endorsement.vote_id)
    except (LookupError, ValueError):
        return ""
    result: dict[str, Any] | None = next(
        (r.result for r in reversed(vote.rounds) if r.is_final and r.result is not None), None
    )
    if not result or result.get("outcome") != "endorsed" or not result.get("rounds"):
        return ""
    last = result["rounds"][-1]
    winner = str(result.get("winner"))
    votes, base = int(last["counts"].get(winner, 0)), int(last["base"])
    if base <= 0:
        return ""
    share = Fraction(votes, base)
    threshold = vote.threshold
    if vote.base is Base.PRESENT:
        counted = f"{votes} of the {base} members present"
    elif vote.base is Base.ELIGIBLE:
        counted = f"{votes} of the {base} members entitled to vote"
    elif vote.base is Base.CONTINUING:
        counted = f"{votes} of {base} members whose ballots were still in the count"
    else:
        counted = f"{votes} of {base} members"
    if threshold.fraction == 1:
        rule = "the unanimous vote the group requires"
        where = "meeting"
    else:
        words = threshold.label.removeprefix("more than ").removeprefix("a ")
        rule = f"the {words} the group requires"
        exact = share == threshold.fraction and threshold.comparison is Comparison.AT_LEAST
        where = "exactly" if exact else "above"
    number = len(result["rounds"])
    if vote.is_ranked:
        when = (
            "on the first count of the ranked ballots"
            if number == 1
            else f"in the {_ordinal(number)} round of the instant-runoff count"
        )
    else:
        when = f"on the {_ordinal(number)} ballot"
    return f"{counted} voted to endorse, {where} {rule}, {when}."


def announcement_facts(store: Store, endorsement: Endorsement) -> AnnouncementFacts:
    settings = settings_or_default(store)
    candidate = get_candidate(store, endorsement.candidate_id)
    race = get_race(store, endorsement.race_id)
    activities = activity_map(store)
    goals = tuple(
        GoalLine(
            activities[g.activity_id].name,
            g.target,
            activities[g.activity_id].unit,
            activities[g.activity_id].category,
        )
        for g in sorted(
            list_goals(store, endorsement.id),
            key=lambda g: list(activities).index(g.activity_id),
        )
    )
    return AnnouncementFacts(
        group_name=settings.name,
        candidate=candidate.name if candidate else "[Candidate]",
        race_title=race.title if race else "[Race]",
        endorsed_on=endorsement.endorsed_on,
        today=today_iso(),
        party=candidate.party if candidate else "",
        incumbent=bool(candidate and candidate.incumbent),
        stage=race.stage if race else "",
        election_date=race.election_date if race else None,
        vote_summary=endorsement.vote_summary,
        status=endorsement.status,
        condition_text=endorsement.condition_text,
        values=strongest_values(store, endorsement),
        goals=goals,
        pledged=member_pledges(store, endorsement.id) if endorsement.id is not None else (),
        vote_sentence=plain_vote_sentence(store, endorsement),
    )


def strongest_values(store: Store, endorsement: Endorsement) -> tuple[tuple[str, str], ...]:
    """The candidate's best-rated values (Strong or Champion): by rating, then weight, order."""
    ratings = ratings_for_race(store, endorsement.race_id)
    rated = []
    for value in list_values(store):
        entry = ratings.get((endorsement.candidate_id, value.id or 0))
        if entry is not None and entry.rating is not None and entry.rating >= STRONG:
            rated.append((-entry.rating, -value.weight, value.position, value.title, entry.rating))
    rated.sort()
    return tuple((title, rating_label(rating)) for *_, title, rating in rated[:MOST_VALUES])


def draft_announcement(store: Store, endorsement: Endorsement) -> str:
    return compose_announcement(announcement_facts(store, endorsement))


def announcement_text(store: Store, endorsement: Endorsement) -> str:
    """What the group saved, or a fresh draft when nothing was saved yet."""
    return endorsement.announcement.strip() or draft_announcement(store, endorsement)
