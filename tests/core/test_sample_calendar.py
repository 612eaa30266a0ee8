"""The sample group's story is current whenever it is built: a recent endorsement meeting, pledges
since, goals coming due before an election some weeks ahead."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from endorse_desktop.core.demo import build_demo
from endorse_desktop.core.demo.calendar import SampleCalendar
from endorse_desktop.core.store import Store


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_the_calendar_reads_in_order(today: date) -> None:
    calendar = SampleCalendar(today)
    assert calendar.interview_day < calendar.meeting_day < today < calendar.election_day
    assert calendar.election_day.weekday() == 1  # a Tuesday
    assert timedelta(days=70) <= calendar.election_day - today < timedelta(days=77)
    assert calendar.later_election_day > calendar.election_day
    assert calendar.cycle == f"{calendar.election_day.year} Primary"


def test_a_sample_built_today_has_its_meeting_past_and_its_goals_before_the_election(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sample.sqlite3"
    build_demo(path)
    today = date.today().isoformat()
    with Store.open(path, readonly=True) as store:
        latest_meeting = store.scalar("SELECT max(held_on) FROM meetings")
        # the current cycle's story (the sample's earlier cycles are finished)
        current = "(SELECT id FROM cycles WHERE is_current = 1)"
        endorsed = (
            "(SELECT e.id FROM endorsements e JOIN races r ON r.id = e.race_id "
            f"WHERE r.cycle_id = {current})"
        )
        first_election = store.scalar(
            f"SELECT min(election_date) FROM races WHERE cycle_id = {current}"
        )
        last_goal = store.scalar("SELECT max(due_on) FROM goals")
        first_pledge = store.scalar(
            f"SELECT min(pledged_on) FROM pledges WHERE endorsement_id IN {endorsed}"
        )
        cycle = store.scalar("SELECT cycle FROM group_settings")
    assert latest_meeting < today < first_election
    assert last_goal < first_election
    assert latest_meeting <= first_pledge
    assert cycle == f"{first_election[:4]} Primary"
