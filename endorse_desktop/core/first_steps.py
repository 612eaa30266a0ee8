"""The first steps of a new group, read from its file: roster → values → races → meeting.

The window shows them as a checklist after a group is created (issue 12, item 9); each step
ticks itself once the file holds what it asks for, and the list goes once all are done.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from endorse_desktop.core.meetings import list_meetings
from endorse_desktop.core.members import count_members
from endorse_desktop.core.races import list_races
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import list_values


@dataclass(frozen=True)
class FirstSteps:
    roster: bool  # at least one member
    values: bool  # at least one value
    races: bool  # at least one race, archived or not
    meeting: bool  # at least one meeting

    @property
    def all_done(self) -> bool:
        return all(astuple(self))


def first_steps(store: Store) -> FirstSteps:
    return FirstSteps(
        roster=count_members(store) > 0,
        values=bool(list_values(store)),
        races=bool(list_races(store, include_archived=True)),
        meeting=bool(list_meetings(store)),
    )
