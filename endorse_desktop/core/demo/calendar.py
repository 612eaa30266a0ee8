"""The sample group's dates, counted from the day the sample is built.

Whenever someone explores the sample, its story reads right: candidates were interviewed, the
endorsement meeting was held seven weeks ago, members have been pledging since, some goals are
coming due and some are past, and the election is about ten weeks away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

TUESDAY = 1  # date.weekday(); US elections fall on a Tuesday


@dataclass(frozen=True)
class SampleCalendar:
    today: date

    @property
    def meeting_day(self) -> date:
        """The endorsement meeting (the latest meeting of the sample)."""
        return self.today - timedelta(days=50)

    @property
    def interview_day(self) -> date:
        return self.meeting_day - timedelta(days=14)

    @property
    def election_day(self) -> date:
        """The primary: the first Tuesday at least ten weeks from today."""
        start = self.today + timedelta(days=70)
        return start + timedelta(days=(TUESDAY - start.weekday()) % 7)

    @property
    def later_election_day(self) -> date:
        """A second primary date, nine weeks after the first (state races)."""
        return self.election_day + timedelta(weeks=9)

    @property
    def cycle(self) -> str:
        return f"{self.election_day.year} Primary"

    def weeks_before_meeting(self, weeks: int) -> date:
        return self.meeting_day - timedelta(weeks=weeks)

    def days_from_today(self, days: int) -> date:
        return self.today + timedelta(days=days)
