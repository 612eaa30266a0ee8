"""Rollups and the overdue rule, checked against sums worked out by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_desktop.core.commitments.progress import (
    days_late,
    effective_due,
    goal_progress,
    is_overdue,
    percent,
    share,
    summarise,
    tally,
)
from endorse_desktop.core.commitments.records import (
    Activity,
    ActivityCategory,
    Goal,
    Pledge,
    PledgeStatus,
)

CANVASS, LETTERS, DONATION = 1, 2, 3
ACTIVITIES = {
    CANVASS: Activity("Canvassing", ActivityCategory.PEOPLE, "shifts", id=CANVASS),
    LETTERS: Activity("Letter to the editor", ActivityCategory.MEDIA, "letters", id=LETTERS),
    DONATION: Activity("Donation", ActivityCategory.MONEY, "dollars", id=DONATION),
}
NAMES = {1: "Ana Núñez", 2: "Bo Chen", 3: "Cy Dubois"}
E1, E2 = 10, 20
GOALS = [
    Goal(E1, CANVASS, target=10, due_on="2026-05-01", id=1),
    Goal(E1, LETTERS, target=5, id=2),
]
S = PledgeStatus


def pledge(pid, member, activity, amount, status, *, due=None, endorsement=E1):
    quantity, unit = amount
    return Pledge(member, endorsement, activity, quantity, unit, "2026-03-01", due, status, id=pid)


PLEDGES = [
    pledge(1, 1, CANVASS, (3, "shifts"), S.PLEDGED),
    pledge(2, 2, CANVASS, (2, "shifts"), S.CONFIRMED),
    pledge(3, 1, CANVASS, (4, "shifts"), S.DONE),
    pledge(4, 3, CANVASS, (5, "shifts"), S.NO_SHOW),
    pledge(5, 3, CANVASS, (1, "shifts"), S.DROPPED),
    pledge(6, 2, CANVASS, (200, "doors"), S.PLEDGED),  # another unit: not added to the goal
    pledge(7, 1, LETTERS, (2, "letters"), S.DONE),
    pledge(8, 2, LETTERS, (1, "letters"), S.PLEDGED, due="2026-04-10"),
]


def run(today: str = "2026-05-02"):
    return summarise(
        GOALS,
        PLEDGES,
        ACTIVITIES,
        member_names=NAMES,
        election_dates={E1: "2026-06-02"},
        today=today,
    )


def test_goal_counts_pledged_confirmed_and_done_as_pledged() -> None:
    canvass, letters = run().goals
    # 3 pledged + 2 confirmed + 4 done; the no-show (5), the dropped (1) and 200 doors left out
    assert (canvass.target, canvass.pledged, canvass.done) == (10, 9, 4)
    assert canvass.pledged_share == Fraction(9, 10)
    assert canvass.done_share == Fraction(2, 5)
    assert canvass.still_needed == 1
    assert not canvass.met
    assert (letters.pledged, letters.done, letters.still_needed) == (3, 2, 2)
    assert letters.unit == "letters"


def test_activity_totals_keep_units_apart() -> None:
    lines = [(a.activity_name, a.unit, a.tally.pledged, a.tally.done) for a in run().activities]
    assert lines == [
        ("Canvassing", "doors", 200, 0),
        ("Canvassing", "shifts", 9, 4),
        ("Letter to the editor", "letters", 3, 2),
    ]
    shifts = run().activities[1].tally
    assert (shifts.open, shifts.lapsed, shifts.pledges) == (5, 6, 5)


def test_member_totals() -> None:
    ana, bo, cy = run().members
    assert (ana.member_name, ana.pledges, ana.open, ana.done, ana.lapsed) == (
        "Ana Núñez",
        3,
        1,
        2,
        0,
    )
    assert ana.pledged_amounts == (("letters", 2), ("shifts", 7))
    assert ana.done_amounts == (("letters", 2), ("shifts", 4))
    assert (bo.pledges, bo.open, bo.done) == (3, 3, 0)
    assert bo.pledged_amounts == (("doors", 200), ("letters", 1), ("shifts", 2))
    assert (cy.pledges, cy.lapsed, cy.pledged_amounts) == (2, 2, ())


def test_overdue_list_uses_own_then_goal_then_election_due_date() -> None:
    late = run().overdue
    assert [(o.pledge.id, o.due, o.days_late) for o in late] == [
        (8, "2026-04-10", 22),  # its own due date
        (1, "2026-05-01", 1),  # the goal's due date
        (2, "2026-05-01", 1),
        (6, "2026-05-01", 1),  # doors: still the canvassing goal's date
    ]
    assert [g.goal.id for g in run().overdue_goals] == [1]


def test_nothing_is_overdue_on_its_due_day_and_letters_wait_for_election_day() -> None:
    assert [o.pledge.id for o in run("2026-04-10").overdue] == []
    # after election day, the open letter without a date of its own is overdue too
    assert {o.pledge.id for o in run("2026-06-03").overdue} == {1, 2, 6, 8}
    assert run("2026-06-03").overdue[0].days_late == 54


def test_overdue_rule() -> None:
    assert effective_due("2026-01-02", "2026-03-04", "2026-06-02") == "2026-01-02"
    assert effective_due(None, "2026-03-04", "2026-06-02") == "2026-03-04"
    assert effective_due(None, None, "2026-06-02") == "2026-06-02"
    assert effective_due(None, None, None) is None
    assert is_overdue(S.PLEDGED, "2026-05-01", "2026-05-02")
    assert is_overdue("confirmed", "2026-05-01", "2026-05-02")
    assert not is_overdue(S.PLEDGED, "2026-05-02", "2026-05-02")
    assert not is_overdue(S.DONE, "2026-05-01", "2026-05-02")
    assert not is_overdue(S.NO_SHOW, "2026-05-01", "2026-05-02")
    assert not is_overdue(S.DROPPED, "2026-05-01", "2026-05-02")
    assert not is_overdue(S.PLEDGED, None, "2026-05-02")
    assert days_late("2026-02-27", "2026-03-01") == 2


def test_shares_and_percent_round_half_up() -> None:
    # one rule for every percentage (issue 14): the scorecard's, exactly half rounding up
    assert percent(4, 6) == 67
    assert percent(199, 200) == 100
    assert percent(397, 400) == 99
    assert percent(200, 200) == 100
    assert percent(3, 2) == 150
    assert share(0, 0) == 0
    assert percent(1, 3) == 33


def test_a_goal_without_pledges_and_an_over_pledged_goal() -> None:
    goals = [Goal(E2, DONATION, target=100, id=5), Goal(E2, LETTERS, target=2, id=6)]
    pledges = [
        pledge(20, 1, LETTERS, (2, "letters"), S.DONE, endorsement=E2),
        pledge(21, 2, LETTERS, (1, "letters"), S.PLEDGED, endorsement=E2),
        pledge(22, 2, LETTERS, (9, "letters"), S.PLEDGED),  # the other endorsement
    ]
    donation, letters = goal_progress(goals, pledges, ACTIVITIES)
    assert (donation.pledged, donation.done, donation.still_needed) == (0, 0, 100)
    assert (letters.pledged, letters.done, letters.met) == (3, 2, True)
    assert letters.pledged_share == Fraction(3, 2)
    assert not letters.overdue("2030-01-01")  # met goals are never overdue


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(PledgeStatus)), st.integers(min_value=1, max_value=500)),
        max_size=40,
    )
)
def test_tally_parts_add_up(items: list[tuple[PledgeStatus, int]]) -> None:
    pledges = [pledge(i, 1, CANVASS, (q, "shifts"), s) for i, (s, q) in enumerate(items)]
    total = tally(pledges)
    assert total.pledged + total.lapsed == sum(q for _, q in items)
    assert total.pledged == total.open + total.done
    assert total.pledges == len(items)


@pytest.mark.parametrize("status", list(PledgeStatus))
def test_status_values_are_what_the_database_stores(status: PledgeStatus) -> None:
    assert status.value in ("pledged", "confirmed", "done", "no_show", "dropped")
