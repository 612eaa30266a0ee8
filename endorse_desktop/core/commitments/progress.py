"""How the group is doing on what it promised: rollups and the overdue rule, as pure functions.

The rules, in one place so that the tab, the projector thermometer and the printed report agree:

* **Pledged** = the quantity of pledges whose status is pledged, confirmed or done (a promise that
  stands or was kept). No-shows and dropped pledges leave the pledged figure.
* **Done** = the quantity of pledges whose status is done.
* A goal is counted in its activity's unit. Pledges of that activity in another unit (a canvasser
  who promised "200 doors" against a goal in shifts) appear in the per-activity totals but cannot
  be added to the goal.
* A pledge is **due** by its own due date, else its goal's due date, else election day.
  It is **overdue** when it is still open (pledged or confirmed) and its due date is before today.
  A goal is overdue when its due date is before today and less than its target is done.

All arithmetic is on whole numbers; shares are `Fraction`s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from math import floor

from endorse_desktop.core.commitments.records import (
    COUNTS_AS_PLEDGED,
    OPEN_STATUSES,
    Activity,
    ActivityCategory,
    Goal,
    Pledge,
    PledgeStatus,
)
from endorse_desktop.core.names import typed_key

# Sort names as people read them ("Élodie" with the E's, not after "Zoë"): the one rule of
# core/names.py. Kept under this name for the sign-up sheet, which matches what is being typed
# (a trailing space counts there).
name_key = typed_key


# ----- the overdue rule -----------------------------------------------------------------------
def effective_due(
    pledge_due: str | None, goal_due: str | None = None, election_date: str | None = None
) -> str | None:
    """The date a pledge is due by: its own, else its goal's, else election day (ISO dates)."""
    return pledge_due or goal_due or election_date or None


def is_overdue(status: PledgeStatus | str, due: str | None, today: str) -> bool:
    """Still open and due before today. A pledge due today is not overdue yet."""
    # a plain status string works too: StrEnum members compare and hash as their values
    return status in OPEN_STATUSES and due is not None and due < today


def days_late(due: str, today: str) -> int:
    return (date.fromisoformat(today) - date.fromisoformat(due)).days


# ----- sums ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tally:
    """Quantities (in one unit) by the status of the pledges they come from."""

    by_status: Mapping[PledgeStatus, int] = field(default_factory=dict)
    pledges: int = 0  # how many pledges were added up

    def __getitem__(self, status: PledgeStatus) -> int:
        return self.by_status.get(status, 0)

    @property
    def pledged(self) -> int:
        return sum(self[status] for status in COUNTS_AS_PLEDGED)

    @property
    def done(self) -> int:
        return self[PledgeStatus.DONE]

    @property
    def open(self) -> int:
        return sum(self[status] for status in OPEN_STATUSES)

    @property
    def lapsed(self) -> int:
        return self[PledgeStatus.NO_SHOW] + self[PledgeStatus.DROPPED]


def tally(pledges: Iterable[Pledge]) -> Tally:
    sums: dict[PledgeStatus, int] = defaultdict(int)
    count = 0
    for pledge in pledges:
        sums[pledge.status] += pledge.quantity
        count += 1
    return Tally(dict(sums), count)


def share(part: int, whole: int) -> Fraction:
    """part / whole, 0 when there is no whole (a goal of 0 cannot be stored anyway)."""
    return Fraction(part, whole) if whole > 0 else Fraction(0)


def percent(part: int, whole: int) -> int:
    """Whole percent, exactly half rounding up (4 of 6 → 67): the one rule every printed and
    shown percentage follows, the scorecard's weighted score included (`scoring.format_percent`).
    """
    return whole_percent(share(part, whole))


def whole_percent(fraction: Fraction) -> int:
    """A fraction as a whole percentage, exactly half rounding up: 73/200 → 37, 2/3 → 67."""
    return floor(Fraction(fraction) * 100 + Fraction(1, 2))


# ----- per goal, per activity, per member ----------------------------------------------------
@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    activity_name: str
    category: ActivityCategory
    unit: str
    tally: Tally

    @property
    def target(self) -> int:
        return self.goal.target

    @property
    def pledged(self) -> int:
        return self.tally.pledged

    @property
    def done(self) -> int:
        return self.tally.done

    @property
    def pledged_share(self) -> Fraction:
        return share(self.pledged, self.target)

    @property
    def done_share(self) -> Fraction:
        return share(self.done, self.target)

    @property
    def still_needed(self) -> int:
        """How much more must be pledged to cover the goal (0 once covered)."""
        return max(0, self.target - self.pledged)

    @property
    def met(self) -> bool:
        return self.done >= self.target

    def overdue(self, today: str) -> bool:
        return self.goal.due_on is not None and self.goal.due_on < today and not self.met


@dataclass(frozen=True)
class ActivityTotal:
    activity_id: int
    activity_name: str
    category: ActivityCategory
    unit: str
    tally: Tally


@dataclass(frozen=True)
class MemberTotal:
    member_id: int
    member_name: str
    pledges: int  # how many pledges
    open: int  # of them still open
    done: int  # of them done
    lapsed: int  # of them no-show or dropped
    pledged_amounts: tuple[tuple[str, int], ...]  # (unit, quantity) counted as pledged
    done_amounts: tuple[tuple[str, int], ...]  # (unit, quantity) done


@dataclass(frozen=True)
class OverduePledge:
    pledge: Pledge
    member_name: str
    activity_name: str
    due: str
    days_late: int


@dataclass(frozen=True)
class Progress:
    """Everything the progress view, the thermometer and the report show for one endorsement."""

    goals: tuple[GoalProgress, ...]
    activities: tuple[ActivityTotal, ...]
    members: tuple[MemberTotal, ...]
    overdue: tuple[OverduePledge, ...]
    overdue_goals: tuple[GoalProgress, ...]


def goal_progress(
    goals: Sequence[Goal], pledges: Sequence[Pledge], activities: Mapping[int, Activity]
) -> list[GoalProgress]:
    """Each goal against the pledges of its endorsement and activity, in the activity's unit."""
    grouped: dict[tuple[int, int, str], list[Pledge]] = defaultdict(list)
    for pledge in pledges:
        grouped[(pledge.endorsement_id, pledge.activity_id, pledge.unit)].append(pledge)
    result = []
    for goal in goals:
        activity = activities[goal.activity_id]
        matching = grouped.get((goal.endorsement_id, goal.activity_id, activity.unit), [])
        result.append(
            GoalProgress(goal, activity.name, activity.category, activity.unit, tally(matching))
        )
    return result


def activity_totals(
    pledges: Sequence[Pledge], activities: Mapping[int, Activity]
) -> list[ActivityTotal]:
    """One line per activity and unit, in catalog order (people, media, money)."""
    grouped: dict[tuple[int, str], list[Pledge]] = defaultdict(list)
    for pledge in pledges:
        grouped[(pledge.activity_id, pledge.unit)].append(pledge)
    order = {activity_id: index for index, activity_id in enumerate(activities)}
    lines = [
        ActivityTotal(
            activity_id,
            activities[activity_id].name,
            activities[activity_id].category,
            unit,
            tally(group),
        )
        for (activity_id, unit), group in grouped.items()
    ]
    return sorted(lines, key=lambda line: (order.get(line.activity_id, len(order)), line.unit))


def _amounts(pledges: Iterable[Pledge]) -> tuple[tuple[str, int], ...]:
    sums: dict[str, int] = defaultdict(int)
    for pledge in pledges:
        sums[pledge.unit] += pledge.quantity
    return tuple(sorted(sums.items()))


def member_totals(pledges: Sequence[Pledge], member_names: Mapping[int, str]) -> list[MemberTotal]:
    """One line per member, by name."""
    grouped: dict[int, list[Pledge]] = defaultdict(list)
    for pledge in pledges:
        grouped[pledge.member_id].append(pledge)
    lines = []
    for member_id, group in grouped.items():
        lines.append(
            MemberTotal(
                member_id=member_id,
                member_name=member_names.get(member_id, "?"),
                pledges=len(group),
                open=sum(1 for p in group if p.status in OPEN_STATUSES),
                done=sum(1 for p in group if p.status == PledgeStatus.DONE),
                lapsed=sum(
                    1 for p in group if p.status in (PledgeStatus.NO_SHOW, PledgeStatus.DROPPED)
                ),
                pledged_amounts=_amounts(p for p in group if p.status in COUNTS_AS_PLEDGED),
                done_amounts=_amounts(p for p in group if p.status == PledgeStatus.DONE),
            )
        )
    return sorted(lines, key=lambda line: (name_key(line.member_name), line.member_id))


def overdue_pledges(
    pledges: Sequence[Pledge],
    goals: Sequence[Goal],
    activities: Mapping[int, Activity],
    *,
    member_names: Mapping[int, str],
    election_dates: Mapping[int, str | None],
    today: str,
) -> list[OverduePledge]:
    """Open pledges past their due date, the longest overdue first.

    `election_dates` maps an endorsement id to its race's election day (the last fallback).
    """
    goal_due = {(g.endorsement_id, g.activity_id): g.due_on for g in goals}
    late = []
    for pledge in pledges:
        due = effective_due(
            pledge.due_on,
            goal_due.get((pledge.endorsement_id, pledge.activity_id)),
            election_dates.get(pledge.endorsement_id),
        )
        if due is not None and is_overdue(pledge.status, due, today):
            late.append(
                OverduePledge(
                    pledge,
                    member_names.get(pledge.member_id, "?"),
                    activities[pledge.activity_id].name,
                    due,
                    days_late(due, today),
                )
            )
    return sorted(late, key=lambda item: (item.due, name_key(item.member_name), item.pledge.id))


def summarise(
    goals: Sequence[Goal],
    pledges: Sequence[Pledge],
    activities: Mapping[int, Activity],
    *,
    member_names: Mapping[int, str],
    election_dates: Mapping[int, str | None],
    today: str,
) -> Progress:
    per_goal = goal_progress(goals, pledges, activities)
    return Progress(
        goals=tuple(per_goal),
        activities=tuple(activity_totals(pledges, activities)),
        members=tuple(member_totals(pledges, member_names)),
        overdue=tuple(
            overdue_pledges(
                pledges,
                goals,
                activities,
                member_names=member_names,
                election_dates=election_dates,
                today=today,
            )
        ),
        overdue_goals=tuple(g for g in per_goal if g.overdue(today)),
    )


def quantity_text(quantity: int, unit: str) -> str:
    """ "3 shifts", "1 shift", "$25" — how a quantity reads on screen and paper."""
    if unit == "dollars":
        return f"${quantity:,}"
    if quantity == 1 and unit.endswith("s") and len(unit) > 1:
        unit = unit[:-1]
    return f"{quantity:,} {unit}"


def describe_amounts(amounts: Iterable[tuple[str, int]]) -> str:
    """ "3 shifts, $25" """
    return ", ".join(quantity_text(quantity, unit) for unit, quantity in amounts)
