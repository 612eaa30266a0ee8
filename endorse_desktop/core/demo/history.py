"""The sample group's finished earlier cycles: a primary and a general two years back.

Built last, so the current cycle's ids are what they always were, and with dice of its own, so
the other parts' seeded story is unchanged. The earlier cycles hold what issue 16 is about:

* "{year} Primary": two endorsed candidates advance to the general (the rest lose);
* "{year} General": opened by `open_cycle`, which carries both races, candidates and
  endorsements (with their goals) over; two more races; three endorsed candidates win, one
  loses; members' pledges for all of them, mostly done;
* in office since: Ana Núñez (now running for Mayor: the same person) with a good record, and
  Gregory Hale, rated Opposes on Voting access, a dealbreaker: the sample's "review the
  endorsement" prompt;
* value weights as they stood in each closed cycle (public transit mattered less back then).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction
from itertools import groupby

from endorse_desktop.core.demo.context import DemoContext

from ..accountability import OfficeAction, add_action
from ..commitments.pledges import add_goal, find_activity
from ..commitments.records import Goal, PledgeSource, PledgeStatus
from ..cycles import (
    CarryOver,
    current_cycle,
    open_cycle,
    person_of,
    rename_cycle,
    switch_cycle,
)
from ..endorsements import Endorsement, add_endorsement
from ..races import (
    Candidate,
    Race,
    add_candidate,
    add_race,
    list_candidates,
    list_races,
    update_race,
)
from ..ratings import Rating, set_rating
from ..results import Result, set_result
from ..store import commitments as commitments_repo
from ..store import cycles as cycles_repo
from ..values import list_values

ADVANCED = "advanced_general"  # the primary's winner goes on to the general election
# (office, district, name, party, endorsed, outcome, votes): a race's candidates stand together
PRIMARY_RACES = (
    ("State Senate", "District 14", "Marisol Vega", "Democratic", True, ADVANCED, 8_412),
    ("State Senate", "District 14", "Ed Carter", "Democratic", False, "lost", 5_301),
    ("County Commission", "District 2", "Gregory Hale", "Democratic", True, ADVANCED, 6_120),
    ("County Commission", "District 2", "Dana Whitt", "Democratic", False, "lost", 5_877),
)
# general-election opponents of the candidates carried over, and their results
GENERAL_OPPONENTS = {
    "State Senate": (("Frank Moreau", "Republican", 21_870), ("Marisol Vega", "", 25_764)),
    "County Commission": (("Lyle Becker", "Republican", 14_022), ("Gregory Hale", "", 14_480)),
}
GENERAL_RACES = (
    ("City Council", "Ward 1", "Ana Núñez", "Democratic", True, "won", 3_904),
    ("City Council", "Ward 1", "Rick Sorensen", "Independent", False, "lost", 2_779),
    ("School Board", "At-large", "Lena Brooks", "Nonpartisan", True, "lost", 11_210),
    ("School Board", "At-large", "Paul Grant", "Nonpartisan", False, "won", 13_160),
)
GOALS = (("Canvassing (door knocking)", 10), ("Phone bank", 6), ("Letter to the editor", 4))
# (official, value title, action, days after taking office, rating, evidence, source)
ACTIONS = (
    (
        "Ana Núñez",
        "Affordable housing",
        "Voted for the inclusionary zoning ordinance",
        40,
        4,
        "Council minutes, item 7",
        "record",
    ),
    (
        "Ana Núñez",
        "Public transit",
        "Backed the bus-lane pilot on Main Street",
        95,
        3,
        "Riverton Ledger",
        "news",
    ),
    (
        "Ana Núñez",
        "Transparent government",
        "Held a town hall on the budget",
        150,
        4,
        "Video of the meeting",
        "meeting",
    ),
    (
        "Ana Núñez",
        "Affordable housing",
        "Abstained on the rent stabilisation study",
        230,
        2,
        "Council minutes, item 3",
        "record",
    ),
    (
        "Gregory Hale",
        "Climate action",
        "Co-sponsored the flood-plain buyout",
        60,
        3,
        "Commission agenda",
        "record",
    ),
    (
        "Gregory Hale",
        "Voting access",
        "Voted to close two early-voting sites",
        180,
        0,
        "Commission minutes, item 12",
        "record",
    ),
    (
        "Marisol Vega",
        "Workers' rights",
        "Voted for the paid sick leave bill",
        120,
        4,
        "State Senate roll call",
        "record",
    ),
)
SAMPLE_SEED = 1848  # this part's own dice: the other parts keep theirs


def _first_tuesday(year: int, month: int, after: int = 1) -> date:
    day = date(year, month, after)
    return day + timedelta(days=(1 - day.weekday()) % 7)


def build(context: DemoContext) -> None:
    store, calendar = context.store, context.calendar
    rng = random.Random(SAMPLE_SEED)
    year = calendar.election_day.year - 2
    primary_day = _first_tuesday(year, 6)
    general_day = _first_tuesday(year, 11, 2)
    present = current_cycle(store)
    rename_cycle(store, present.id, calendar.cycle)

    with store.transaction():
        primary = cycles_repo.insert_cycle(
            store, f"{year} Primary", (primary_day - timedelta(days=120)).isoformat()
        )
        cycles_repo.make_current(store, primary)
        _races(context, rng, PRIMARY_RACES, "primary", primary_day)
    general = open_cycle(
        store,
        f"{year} General",
        CarryOver(advancing_races=True, endorsements=True, goals=True),
        opened_on=(primary_day + timedelta(days=1)).isoformat(),
    )
    with store.transaction():
        # public transit weighed less in that primary than it does now
        for value in list_values(store):
            if value.title == "Public transit" and value.id is not None:
                cycles_repo.put_weight(store, primary, value.id, 2, value.dealbreaker)
        _general(context, rng, general_day)
        _races(context, rng, GENERAL_RACES, "general", general_day)
        _in_office(context, general_day)
        cycles_repo.keep_weights(store, general.id)
        cycles_repo.set_closed(store, general.id, (general_day + timedelta(days=30)).isoformat())
        switch_cycle(store, present.id)
        cycles_repo.set_opened(store, present.id, (general_day + timedelta(days=31)).isoformat())
    context.facts["earlier cycles"] = 2


def _races(
    context: DemoContext,
    rng: random.Random,
    races: tuple[tuple[str, str, str, str, bool, str, int], ...],
    stage: str,
    day: date,
) -> None:
    store = context.store
    for (office, district), standing in groupby(races, key=lambda row: row[:2]):
        lineup = [row[2:] for row in standing]
        race = add_race(store, Race(office, district, day.isoformat(), stage))
        assert race.id is not None
        total = sum(votes for *_, votes in lineup)
        for name, party, endorsed, outcome, votes in lineup:
            candidate = add_candidate(
                store, Candidate(race.id, name, party=party, questionnaire_returned=endorsed)
            )
            assert candidate.id is not None
            _rate(context, rng, candidate.id, strong=endorsed)
            if endorsed:
                _endorse(context, rng, race.id, candidate.id, day)
            set_result(
                store,
                Result(
                    candidate.id,
                    outcome,
                    votes,
                    None,
                    (day + timedelta(days=14)).isoformat(),
                    "County board of elections",
                ),
            )
            assert Fraction(votes, total) <= 1


def _general(context: DemoContext, rng: random.Random, day: date) -> None:
    """The carried-over races: their opponents, and how the general came out."""
    store = context.store
    for race in list_races(store):
        opponents = GENERAL_OPPONENTS.get(race.office)
        if opponents is None or race.id is None:
            continue
        update_race(store, replace(race, election_date=day.isoformat()))
        (opponent, party, their_votes), (_, _, our_votes) = opponents
        made = add_candidate(store, Candidate(race.id, opponent, party=party))
        assert made.id is not None
        _rate(context, rng, made.id, strong=False)
        decided = (day + timedelta(days=14)).isoformat()
        source = "County board of elections"
        set_result(store, Result(made.id, "lost", their_votes, None, decided, source))
        for candidate in list_candidates(store, race.id):
            if candidate.id is not None and candidate.id != made.id:
                set_result(store, Result(candidate.id, "won", our_votes, None, decided, source))
                _pledges(context, rng, race.id, candidate.id, day)


def _rate(context: DemoContext, rng: random.Random, candidate_id: int, strong: bool) -> None:
    for value in list_values(context.store):
        if value.id is None or rng.random() < 0.2:
            continue
        low, high = (2, 4) if strong else (0, 3)
        rating = rng.randint(low, high)
        if value.dealbreaker and strong:
            rating = max(rating, 3)
        set_rating(context.store, Rating(candidate_id, value.id, rating, "", "questionnaire"))


def _endorse(
    context: DemoContext, rng: random.Random, race_id: int, candidate_id: int, day: date
) -> None:
    store = context.store
    made = add_endorsement(
        store,
        Endorsement(
            race_id,
            candidate_id,
            (day - timedelta(days=60)).isoformat(),
            vote_summary="Endorsed at the spring endorsement meeting (entered by hand)",
        ),
    )
    assert made.id is not None
    for name, target in GOALS:
        activity = find_activity(store, name)
        if activity is not None and activity.id is not None:
            add_goal(store, Goal(made.id, activity.id, target))
    _pledges(context, rng, race_id, candidate_id, day)


def _pledges(
    context: DemoContext, rng: random.Random, race_id: int, candidate_id: int, day: date
) -> None:
    store = context.store
    endorsement_id = store.scalar(
        "SELECT max(id) FROM endorsements WHERE race_id = ? AND candidate_id = ?",
        (race_id, candidate_id),
    )
    members = store.column("SELECT id FROM members WHERE archived = 0 ORDER BY id LIMIT 20")
    if endorsement_id is None or not members:
        return
    rows = []
    statuses = (PledgeStatus.DONE, PledgeStatus.DONE, PledgeStatus.DONE, PledgeStatus.NO_SHOW)
    for name, _ in GOALS:
        activity = find_activity(store, name)
        if activity is None or activity.id is None:
            continue
        for _ in range(3):
            rows.append(
                {
                    "member_id": rng.choice(members),
                    "endorsement_id": endorsement_id,
                    "activity_id": activity.id,
                    "quantity": rng.randint(1, 3),
                    "unit": activity.unit,
                    "pledged_on": (day - timedelta(days=rng.randrange(20, 50))).isoformat(),
                    "due_on": None,
                    "status": str(rng.choice(statuses)),
                    "notes": "",
                    "source": str(PledgeSource.SHEET),
                }
            )
    commitments_repo.insert_pledges(store, rows)


def _in_office(context: DemoContext, general_day: date) -> None:
    store = context.store
    sworn_in = date(general_day.year + 1, 1, 5)
    values = {value.title: value.id for value in list_values(store)}
    people: dict[str, int] = {}
    for race in list_races(store):
        assert race.id is not None
        for candidate in list_candidates(store, race.id):
            person = person_of(store, candidate.id or 0)
            if person is not None:
                people[candidate.name] = person
    for name, title, action, days, rating, evidence, source in ACTIONS:
        value_id = values.get(title)
        acted_on = min(sworn_in + timedelta(days=days), context.calendar.today - timedelta(days=7))
        if name in people and value_id is not None:
            add_action(
                store,
                OfficeAction(
                    people[name], value_id, action, acted_on.isoformat(), rating, evidence, source
                ),
            )
