"""A day is a day on the calendar wherever it is typed: races, meetings, pledges and election
results refuse 2026-02-30 in their own words (meetings and pledges used to store it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from endorse_desktop.core.commitments.pledges import CommitmentError, _check_date
from endorse_desktop.core.dates import checked_day
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.meetings import Meeting, MeetingError, clean_meeting
from endorse_desktop.core.races import RaceError
from endorse_desktop.core.races import _check_date as race_date
from endorse_desktop.core.results import ResultError, parse_date


@pytest.mark.parametrize(
    ("check", "error"),
    [
        (lambda text: race_date(text, "the election date"), RaceError),
        (lambda text: _check_date(text, "the due date"), CommitmentError),
        (parse_date, ResultError),
        (lambda text: clean_meeting(Meeting(held_on=text)), MeetingError),
    ],
)
def test_no_day_that_is_not_on_the_calendar_is_kept(
    check: Callable[[str], object], error: type[Exception]
) -> None:
    with pytest.raises(error, match="2026-02-30"):
        check("2026-02-30")
    with pytest.raises(error, match="should look like"):
        check("14/03/2026")


def test_a_day_is_kept_trimmed_and_no_day_is_none() -> None:
    assert checked_day(" 2026-03-14 ", InvalidInputError) == "2026-03-14"
    assert checked_day("", InvalidInputError) is None
    assert checked_day(None, InvalidInputError) is None
    with pytest.raises(InvalidInputError, match="the due date '2026-3-14' should look like 2026"):
        checked_day("2026-3-14", InvalidInputError, "the due date")
