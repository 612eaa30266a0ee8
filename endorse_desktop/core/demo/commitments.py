"""Sample commitments: goals for two endorsements and members' pledges in every status.

The meeting part (when present) creates endorsements from decided votes; with fewer than two,
this part records them by hand, as a group does for a decision made elsewhere. Small: about 60
pledges; large: 20,000 (SPEC §7).

Quantities and statuses come from the fixed seed. Dates are counted from the day the sample is
built, so that the sample always has deadlines ahead and a few pledges overdue.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from endorse_desktop.core.commitments.pledges import (
    add_goal,
    find_activity,
    list_activities,
)
from endorse_desktop.core.commitments.records import (
    ActivityCategory,
    Goal,
    PledgeSource,
    PledgeStatus,
)
from endorse_desktop.core.demo.context import DemoContext

from ..endorsements import Endorsement, add_endorsement, list_endorsements
from ..races import list_candidates, list_races
from ..store import commitments as commitments_repo

# Who the sample endorses when no vote did: (office, candidate).
HAND_ENDORSED = (("Mayor", "Ana Núñez"), ("City Council", "Marcus Okafor"))
HAND_SUMMARY = "24 of 31 members present voted to endorse (entered by hand)"

# (activity, target, due in days from today or None) for the first and second endorsement
GOALS = (
    (
        ("Canvassing (door knocking)", 12, 21),
        ("Phone bank", 8, -3),
        ("Letter to the editor", 6, 10),
        ("Press release", 1, -20),
        ("Event hosting", 2, 30),
        ("Small-dollar donation", 500, 40),
    ),
    (
        ("Canvassing (door knocking)", 12, 14),
        ("Text bank", 10, -5),
        ("Social media", 20, 7),
        ("Op-ed", 1, 25),
    ),
)
SMALL_PLEDGES_EACH = 30
LARGE_PLEDGES = 20_000
STATUS_WEIGHTS = (
    (PledgeStatus.PLEDGED, 30),
    (PledgeStatus.CONFIRMED, 20),
    (PledgeStatus.DONE, 35),
    (PledgeStatus.NO_SHOW, 8),
    (PledgeStatus.DROPPED, 7),
)
NOTES = ("", "", "", "Saturdays only", "Can drive two others", "Spanish speaker", "After 6 pm")


def build(context: DemoContext) -> None:
    store = context.store
    endorsements = _endorsements(context)
    today = context.calendar.today
    goal_count = 0
    for endorsement_id, goals in zip(endorsements, GOALS, strict=False):
        for name, target, due_in in goals:
            activity = find_activity(store, name)
            if activity is None or activity.id is None:
                continue
            due = None if due_in is None else (today + timedelta(days=due_in)).isoformat()
            add_goal(store, Goal(endorsement_id, activity.id, target, due_on=due))
            goal_count += 1
    total = LARGE_PLEDGES if context.large else SMALL_PLEDGES_EACH * len(endorsements[:2])
    rows = _pledges(context, endorsements if context.large else endorsements[:2], total, today)
    with store.transaction():
        commitments_repo.insert_pledges(store, rows)
    context.facts["endorsements"] = len(list_endorsements(store, include_rescinded=False))
    context.facts["goals"] = goal_count
    context.facts["pledges"] = len(rows)


def _endorsements(context: DemoContext) -> list[int]:
    """Ids of the active endorsements, adding the sample's two by hand if fewer exist."""
    store = context.store

    def active() -> list[int]:
        found = list_endorsements(store, include_rescinded=False)
        return [e.id for e in found if e.id is not None]

    if len(active()) >= 2:
        return active()
    endorsed = {e.candidate_id for e in list_endorsements(store)}
    races = list_races(store)
    for position, (office, name) in enumerate(HAND_ENDORSED):
        if len(active()) >= 2 or position >= len(races):
            break
        # the named candidate in the small sample; the first of the race's in the large one
        race = next((r for r in races if r.office == office), races[position])
        assert race.id is not None
        lineup = list_candidates(store, race.id)
        candidate = next((c for c in lineup if c.name == name), lineup[0] if lineup else None)
        if candidate is None or candidate.id is None or candidate.id in endorsed:
            continue
        endorsed_on = _days_ago(context.calendar.meeting_day, 7)
        add_endorsement(
            store, Endorsement(race.id, candidate.id, endorsed_on, vote_summary=HAND_SUMMARY)
        )
        endorsed.add(candidate.id)
    return active()


def _days_ago(today: date, days: int) -> str:
    return (today - timedelta(days=days)).isoformat()


def _pledges(
    context: DemoContext, endorsements: list[int], total: int, today: date
) -> list[dict[str, object]]:
    store, rng = context.store, context.rng
    member_ids = store.column("SELECT id FROM members WHERE archived = 0 ORDER BY id")
    if not member_ids or not endorsements:
        return []
    # the sample group's regulars: most pledges come from a core of active members
    regulars = member_ids[: max(12, len(member_ids) // 2)]
    catalog = [a for a in list_activities(store, include_archived=False) if a.id is not None]
    offered: dict[int, list[tuple[int, str, ActivityCategory]]] = {}
    for endorsement_id in endorsements:
        goal_ids = set(
            store.column(
                "SELECT activity_id FROM goals WHERE endorsement_id = ?", (endorsement_id,)
            )
        )
        chosen = [a for a in catalog if a.id in goal_ids] or catalog
        offered[endorsement_id] = [(a.id, a.unit, a.category) for a in chosen if a.id is not None]
    statuses = [status for status, _ in STATUS_WEIGHTS]
    weights = [weight for _, weight in STATUS_WEIGHTS]
    if context.large:
        # benchmark scale: activities drawn evenly
        picks = [
            (
                endorsements[i % len(endorsements)],
                rng.choice(offered[endorsements[i % len(endorsements)]]),
            )
            for i in range(total)
        ]
    else:
        picks = _picks_near_goals(context, endorsements, offered, total)
    rows: list[dict[str, object]] = []
    for endorsement_id, (activity_id, unit, category) in picks:
        rows.append(
            {
                "member_id": rng.choice(regulars),
                "endorsement_id": endorsement_id,
                "activity_id": activity_id,
                "quantity": _quantity(rng, unit, category),
                "unit": unit,
                "pledged_on": _days_ago(today, rng.randrange(5, 45)),
                "due_on": None
                if rng.random() < 0.5
                else (today + timedelta(days=rng.randrange(-12, 30))).isoformat(),
                "status": str(rng.choices(statuses, weights)[0]),
                "notes": rng.choice(NOTES),
                "source": str(PledgeSource.SHEET if rng.random() < 0.7 else PledgeSource.TYPED),
            }
        )
    return rows


Pick = tuple[int, tuple[int, str, ActivityCategory]]


def _picks_near_goals(
    context: DemoContext,
    endorsements: list[int],
    offered: dict[int, list[tuple[int, str, ActivityCategory]]],
    total: int,
) -> list[Pick]:
    """About as many pledges per goal as a chapter would gather: more shifts than press releases."""
    store, rng = context.store, context.rng
    picks: list[Pick] = []
    for endorsement_id in endorsements:
        targets: dict[int, int] = {
            row["activity_id"]: row["target"]
            for row in store.rows(
                "SELECT activity_id, target FROM goals WHERE endorsement_id = ?", (endorsement_id,)
            )
        }
        for activity in offered[endorsement_id]:
            activity_id, unit, category = activity
            target = targets.get(activity_id, 1)
            typical = {"shifts": 2, "posts": 4}.get(
                unit, 40 if category == ActivityCategory.MONEY else 1
            )
            wanted = max(1, round(target * rng.uniform(0.7, 1.2) / typical))
            picks += [(endorsement_id, activity)] * wanted
    rng.shuffle(picks)
    while len(picks) < total:
        endorsement_id = rng.choice(endorsements)
        people = [a for a in offered[endorsement_id] if a[1] == "shifts"] or offered[endorsement_id]
        picks.append((endorsement_id, rng.choice(people)))
    return picks[:total]


def _quantity(rng: random.Random, unit: str, category: ActivityCategory) -> int:
    if category == ActivityCategory.MONEY:
        return rng.choice((10, 20, 25, 25, 50, 100))
    if unit == "posts":
        return rng.randrange(2, 6)
    if unit == "shifts":
        return rng.choice((1, 1, 1, 2, 2, 3))
    return 1
