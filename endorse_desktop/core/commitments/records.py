"""The records of commitments (SPEC F-7) and their fixed choices.

An **activity** is a kind of help (canvassing, a letter to the editor, a donation), grouped People /
Media / Money. A **goal** is what the group promises a campaign for one endorsement: an activity
and a target in the activity's unit ("6 shifts of canvassing by 2026-05-30"). A **pledge** is one
member's promise: an activity, a quantity and unit, and where it stands (pledged → confirmed →
done, or no-show / dropped).

Plain frozen dataclasses, shared by the services (`commitments.py`), the rollups
(`commitment_progress.py`), the documents and the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class ActivityCategory(StrEnum):
    PEOPLE = "people"
    MEDIA = "media"
    MONEY = "money"


class PledgeStatus(StrEnum):
    PLEDGED = "pledged"
    CONFIRMED = "confirmed"
    DONE = "done"
    NO_SHOW = "no_show"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    PledgeStatus.PLEDGED: "Pledged",
    PledgeStatus.CONFIRMED: "Confirmed",
    PledgeStatus.DONE: "Done",
    PledgeStatus.NO_SHOW: "No-show",
    PledgeStatus.DROPPED: "Dropped",
}

# A promise still waiting to be kept. Only these can be overdue.
OPEN_STATUSES = frozenset({PledgeStatus.PLEDGED, PledgeStatus.CONFIRMED})
# What "pledged" means in every rollup, report and slide: promises that stand or were kept.
# A no-show or a dropped pledge no longer counts toward a goal.
COUNTS_AS_PLEDGED = frozenset({PledgeStatus.PLEDGED, PledgeStatus.CONFIRMED, PledgeStatus.DONE})


class PledgeSource(StrEnum):
    SHEET = "sheet"  # typed in from a paper sign-up sheet
    TYPED = "typed"  # entered one by one


# Units a pledge may be counted in; an activity names its default, a pledge may use another.
UNITS = (
    "shifts",
    "hours",
    "doors",
    "calls",
    "texts",
    "letters",
    "events",
    "posts",
    "releases",
    "op-eds",
    "dollars",
)


@dataclass(frozen=True)
class Activity:
    name: str
    category: ActivityCategory = ActivityCategory.PEOPLE
    unit: str = "shifts"
    description: str = ""
    position: int = 0
    archived: bool = False
    id: int | None = None
    name_es: str = ""  # printed on Spanish sign-up sheets; "" not written yet


@dataclass(frozen=True)
class Goal:
    endorsement_id: int
    activity_id: int
    target: int
    due_on: str | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Pledge:
    member_id: int
    endorsement_id: int
    activity_id: int
    quantity: int = 1
    unit: str = "shifts"
    pledged_on: str = ""
    due_on: str | None = None
    status: PledgeStatus = PledgeStatus.PLEDGED
    notes: str = ""
    source: PledgeSource = PledgeSource.TYPED
    id: int | None = None


class PledgeListing(NamedTuple):
    """A pledge as a table reads it, straight from its row in the file.

    A named tuple rather than a dataclass on purpose: the pledges table builds 20,000 of these
    each time it opens (SPEC P-5), and building a tuple costs a third of a frozen dataclass.
    Status and source stay plain strings (they compare equal to their enum members).
    """

    id: int
    member_id: int
    endorsement_id: int
    activity_id: int
    quantity: int
    unit: str
    pledged_on: str
    due_on: str | None
    status: str
    notes: str
    source: str

    def to_pledge(self) -> Pledge:
        return Pledge(
            member_id=self.member_id,
            endorsement_id=self.endorsement_id,
            activity_id=self.activity_id,
            quantity=self.quantity,
            unit=self.unit,
            pledged_on=self.pledged_on,
            due_on=self.due_on,
            status=PledgeStatus(self.status),
            notes=self.notes,
            source=PledgeSource(self.source),
            id=self.id,
        )


LISTING_COLUMNS = PledgeListing._fields
