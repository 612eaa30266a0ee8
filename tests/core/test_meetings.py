"""Meetings and attendance: check-ins or a head count, and quorum (SPEC F-6, R-4)."""

from __future__ import annotations

import pytest

from endorse_desktop.core import meetings
from endorse_desktop.core.meetings import Meeting, MeetingError
from endorse_desktop.core.settings import load_settings


def test_check_ins_make_the_number_present_and_quorum_follows_the_group_rule(demo_store) -> None:
    meeting = meetings.add_meeting(demo_store, Meeting("2026-05-02", " Library "))
    assert meeting.id is not None and meeting.place == "Library"
    settings = load_settings(demo_store)
    assert settings is not None and settings.quorum == 15
    members = demo_store.column("SELECT id FROM members ORDER BY id")
    for member_id in members[:14]:
        meetings.check_in(demo_store, meeting.id, member_id)
    numbers = meetings.attendance(demo_store, meeting.id)
    assert (numbers.present, numbers.quorum_met, numbers.short_of_quorum) == (14, False, 1)
    meetings.check_in(demo_store, meeting.id, members[14])
    numbers = meetings.attendance(demo_store, meeting.id)
    assert (numbers.present, numbers.quorum_met) == (15, True)
    assert meetings.checked_in_ids(demo_store, meeting.id)[0] == members[14]  # latest first


def test_a_typed_head_count_is_the_number_present(demo_store) -> None:
    meeting = meetings.add_meeting(demo_store, Meeting("2026-05-02"))
    assert meeting.id is not None
    meetings.check_in(demo_store, meeting.id, demo_store.scalar("SELECT min(id) FROM members"))
    assert meetings.set_head_count(demo_store, meeting.id, 42) is None
    assert meetings.attendance(demo_store, meeting.id).present == 42
    assert meetings.set_head_count(demo_store, meeting.id, None) == 42
    assert meetings.attendance(demo_store, meeting.id).present == 1


def test_checking_in_twice_or_an_archived_member_is_refused(demo_store) -> None:
    meeting = meetings.add_meeting(demo_store, Meeting("2026-05-02"))
    assert meeting.id is not None
    first = demo_store.scalar("SELECT min(id) FROM members")
    meetings.check_in(demo_store, meeting.id, first)
    with pytest.raises(MeetingError, match="already checked in"):
        meetings.check_in(demo_store, meeting.id, first)
    with demo_store.transaction():
        demo_store.execute("UPDATE members SET archived = 1 WHERE id = ?", (first + 1,))
    with pytest.raises(MeetingError, match="archived"):
        meetings.check_in(demo_store, meeting.id, first + 1)


def test_check_out_returns_the_time_so_undo_puts_it_back(demo_store) -> None:
    meeting = meetings.add_meeting(demo_store, Meeting("2026-05-02"))
    assert meeting.id is not None
    first = demo_store.scalar("SELECT min(id) FROM members")
    meetings.check_in(demo_store, meeting.id, first, at="2026-05-02T18:00:00.000+00:00")
    at = meetings.check_out(demo_store, meeting.id, first)
    assert at == "2026-05-02T18:00:00.000+00:00"
    assert meetings.check_out(demo_store, meeting.id, first) is None
    meetings.check_in(demo_store, meeting.id, first, at=at)
    assert meetings.attendance(demo_store, meeting.id).checked_in == 1


def test_bad_dates_are_refused_and_a_meeting_with_votes_is_kept(demo_store) -> None:
    with pytest.raises(MeetingError, match="should look like"):
        meetings.add_meeting(demo_store, Meeting("May 2nd"))
    held = meetings.list_meetings(demo_store)[0]
    assert held.id is not None
    with pytest.raises(MeetingError, match="has votes"):
        meetings.delete_meeting(demo_store, held.id)
    spare = meetings.add_meeting(demo_store, Meeting("2026-06-01"))
    assert spare.id is not None
    meetings.delete_meeting(demo_store, spare.id)
    assert meetings.get_meeting(demo_store, spare.id) is None


def test_eligible_is_unknown_without_a_roster(store) -> None:
    meeting = meetings.add_meeting(store, Meeting("2026-05-02", head_count=12))
    assert meeting.id is not None
    numbers = meetings.attendance(store, meeting.id)
    assert (numbers.present, numbers.eligible, numbers.quorum) == (12, None, None)
