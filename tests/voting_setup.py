"""Set-ups the voting tests share: a meeting in the sample group and a vote ready for ballots."""

from __future__ import annotations

from fractions import Fraction

from conftest import SAMPLE

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.rules import (
    Base,
    Comparison,
    Policy,
    Threshold,
)
from endorse_desktop.core.voting.stored import Method, Vote

TWO_THIRDS = Threshold(Fraction(2, 3), Comparison.AT_LEAST)
# after the sample group's own meeting, so the new one is the latest
MEETING_DAY = SAMPLE.today.isoformat()


def new_meeting(store: Store, present: int = 31, *, head_count: int | None = None) -> int:
    """A meeting of the sample group with `present` eligible members checked in."""
    meeting = meetings.add_meeting(store, meetings.Meeting(MEETING_DAY, "Library, Room B"))
    assert meeting.id is not None
    members = store.column("SELECT id FROM members WHERE eligible = 1 ORDER BY id")
    for member_id in members[:present]:
        meetings.check_in(store, meeting.id, member_id)
    if head_count is not None:
        meetings.set_head_count(store, meeting.id, head_count)
    return meeting.id


def race_id(store: Store, office: str) -> int:
    return int(store.scalar("SELECT id FROM races WHERE office = ?", (office,)))


def rule(
    policy: Policy = Policy.DROP_LAST,
    *,
    threshold: Threshold = TWO_THIRDS,
    base: Base = Base.VOTES_CAST,
    quorum: int | None = 15,
    no_endorsement: bool = True,
) -> voting.VoteRule:
    return voting.VoteRule(threshold, base, quorum, policy, no_endorsement)


def new_vote(
    store: Store,
    office: str = "Mayor",
    method: Method = Method.PAPER_CHOOSE_ONE,
    vote_rule: voting.VoteRule | None = None,
    *,
    present: int = 31,
    head_count: int | None = None,
) -> Vote:
    meeting_id = new_meeting(store, present, head_count=head_count)
    return voting.create_vote(
        store, meeting_id, race_id(store, office), method, vote_rule or rule()
    )
