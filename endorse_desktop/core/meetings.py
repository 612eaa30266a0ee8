"""Meetings and attendance (SPEC F-6): when and where the group met, and who was there.

Attendance is counted one of two ways: members are checked in from the roster, or the facilitator
types a head count. A typed head count, when there is one, is the meeting's number present (it is
what the room agreed on); otherwise the number checked in is. Quorum compares that full number:
members recused from a vote still count toward quorum (SPEC R-4/R-5).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import partial
from typing import Any

from endorse_desktop.core.dates import checked_day
from endorse_desktop.core.errors import InvalidInputError

from .clock import today_iso
from .members import get_member, take_back_logged
from .record_changes import existing, record_or_none, save_changes
from .settings import settings_or_default
from .store import Store, audit, records
from .store import meetings as repo


class MeetingError(InvalidInputError):
    """A meeting or attendance change that cannot be made (one line, for the facilitator)."""


@dataclass(frozen=True)
class Meeting:
    held_on: str
    place: str = ""
    title: str = ""
    head_count: int | None = None
    notes: str = ""
    id: int | None = None

    @property
    def label(self) -> str:
        """ "2026-03-14 · Riverton Library, Room B" for lists, headers and paper."""
        details = " · ".join(part for part in (self.title, self.place) if part)
        return f"{self.held_on} · {details}" if details else self.held_on


@dataclass(frozen=True)
class Attendance:
    """How many are in the room, and what that means for quorum."""

    checked_in: int
    head_count: int | None
    roster_members: int
    eligible_members: int
    quorum: int | None

    @property
    def present(self) -> int:
        return self.head_count if self.head_count is not None else self.checked_in

    @property
    def eligible(self) -> int | None:
        """Members eligible to vote, for the `eligible` base; unknown when there is no roster."""
        return self.eligible_members if self.roster_members else None

    @property
    def quorum_met(self) -> bool | None:
        return None if self.quorum is None else self.present >= self.quorum

    @property
    def short_of_quorum(self) -> int:
        return 0 if self.quorum is None else max(self.quorum - self.present, 0)


def _from_row(row: Any) -> Meeting:
    return Meeting(**dict(row))


def clean_meeting(meeting: Meeting) -> Meeting:
    cleaned = replace(
        meeting,
        held_on=(meeting.held_on or "").strip() or today_iso(),
        place=meeting.place.strip(),
        title=meeting.title.strip(),
        notes=meeting.notes.strip(),
    )
    checked_day(cleaned.held_on, MeetingError, "meeting date", "la fecha de la reunión")
    if cleaned.head_count is not None and cleaned.head_count < 0:
        raise MeetingError(
            "a head count cannot be negative", es="un conteo de asistentes no puede ser negativo"
        )
    return cleaned


def list_meetings(store: Store) -> list[Meeting]:
    """Newest first."""
    return [_from_row(row) for row in repo.all_rows(store)]


def get_meeting(store: Store, meeting_id: int) -> Meeting | None:
    return record_or_none(_from_row, repo.by_id(store, meeting_id))


def latest_meeting(store: Store) -> Meeting | None:
    rows = repo.all_rows(store)
    return _from_row(rows[0]) if rows else None


def _values(meeting: Meeting) -> dict[str, Any]:
    data = asdict(meeting)
    data.pop("id")
    return data


def add_meeting(store: Store, meeting: Meeting) -> Meeting:
    meeting = clean_meeting(meeting)
    with store.transaction():
        new_id = records.insert(store, repo.TABLE, repo.COLUMNS, _values(meeting))
    return replace(meeting, id=new_id)


def _existing_meeting(store: Store, meeting_id: int) -> Meeting:
    return existing(
        get_meeting,
        store,
        meeting_id,
        MeetingError("this meeting no longer exists", es="esta reunión ya no existe"),
    )


def update_meeting(store: Store, meeting: Meeting) -> Meeting:
    """Save changes; returns the meeting as it was (for undo)."""

    def save(meeting_id: int, meeting: Meeting, _: Meeting) -> None:
        records.update(store, repo.TABLE, meeting_id, repo.COLUMNS, _values(meeting))

    missing = MeetingError("this meeting no longer exists", es="esta reunión ya no existe")
    return save_changes(store, meeting, get_meeting, missing, clean=clean_meeting, save=save)


def delete_meeting(store: Store, meeting_id: int) -> Meeting:
    """Remove a meeting held by mistake; one that has votes is part of the record and stays."""
    meeting = _existing_meeting(store, meeting_id)
    if repo.vote_count(store, meeting_id):
        raise MeetingError(
            f"the meeting of {meeting.held_on} has votes; it cannot be deleted",
            es=f"la reunión del {meeting.held_on} tiene votaciones; no se puede eliminar",
        )
    with store.transaction():
        repo.delete(store, meeting_id)
        audit.record(store, "meetings", meeting_id, "delete", old_value=meeting.label)
    return meeting


def set_head_count(store: Store, meeting_id: int, head_count: int | None) -> int | None:
    """Type (or clear, with None) the head count; returns the previous one (for undo)."""
    meeting = _existing_meeting(store, meeting_id)
    update_meeting(store, replace(meeting, head_count=head_count))
    return meeting.head_count


def check_in(store: Store, meeting_id: int, member_id: int, at: str | None = None) -> None:
    """Mark a member present. `at` puts back an earlier check-in time (undo of a check-out)."""
    member = get_member(store, member_id)
    if member is None:
        raise MeetingError(
            "this member is no longer on the roster", es="este miembro ya no está en la lista"
        )
    if member.archived:
        raise MeetingError(
            f"{member.display_name} is archived; restore them to check them in",
            es=f"{member.display_name} está archivado; restáurelo para registrar su asistencia",
        )
    if get_meeting(store, meeting_id) is None:
        raise MeetingError("this meeting no longer exists", es="esta reunión ya no existe")
    if repo.is_checked_in(store, meeting_id, member_id):
        raise MeetingError(
            f"{member.display_name} is already checked in",
            es=f"la asistencia de {member.display_name} ya está registrada",
        )
    with store.transaction():
        repo.check_in(store, meeting_id, member_id, at)


def check_out(store: Store, meeting_id: int, member_id: int) -> str | None:
    """Undo a check-in; returns when they had checked in (None if they had not)."""
    at = repo.check_in_time(store, meeting_id, member_id)
    if at is not None:
        # Attendance decides quorum: a check-out is kept, by name only.
        check_out = partial(repo.check_out, store, meeting_id, member_id)
        take_back_logged(
            store, member_id, check_out, logged_as=("attendance", meeting_id, "check out")
        )
    return at


def checked_in_ids(store: Store, meeting_id: int) -> list[int]:
    """Most recent check-in first."""
    return repo.checked_in_ids(store, meeting_id)


def attendance(store: Store, meeting_id: int) -> Attendance:
    """The meeting's numbers, with the group's quorum rule (a vote may set its own)."""
    meeting = _existing_meeting(store, meeting_id)
    roster, eligible = repo.roster_counts(store)
    return Attendance(
        checked_in=repo.checked_in_count(store, meeting_id),
        head_count=meeting.head_count,
        roster_members=roster,
        eligible_members=eligible,
        quorum=settings_or_default(store).quorum,
    )


def meeting_with_attendance(store: Store) -> tuple[Meeting, Attendance] | None:
    """The latest meeting at which anyone was counted present, with its numbers."""
    for meeting in list_meetings(store):
        assert meeting.id is not None
        numbers = attendance(store, meeting.id)
        if numbers.present > 0:
            return meeting, numbers
    return None
