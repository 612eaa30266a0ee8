"""The first steps of a new group, read from its file: roster → values → races → meeting.

The window shows them as a checklist after a group is created (issue 12, item 9); each step
ticks itself once the file holds what it asks for, and the list goes once all are done.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from endorse_desktop.core.store import Store
from endorse_desktop.core.store import meetings as meeting_rows
from endorse_desktop.core.store import members as member_rows
from endorse_desktop.core.store import races as race_rows
from endorse_desktop.core.store import values as value_rows

# Read from the store's own row modules, not the services (members, races, meetings): the window
# asks at every start, and the services would bring the voting rules and the roster's name
# order into start-up (SPEC P-1) only to count rows.


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
        roster=member_rows.count(store) > 0,
        values=bool(value_rows.all_rows(store)),
        races=bool(race_rows.races(store, include_archived=True)),
        meeting=bool(meeting_rows.all_rows(store)),
    )
