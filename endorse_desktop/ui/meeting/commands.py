"""Undo-stack commands for the meeting: tally keys, typed counts, check-ins, head counts, recusals.

Ctrl+Z on a ballot does not delete anything: it records an 'undo' event that takes the ballot back
(the journal only grows), and Ctrl+Shift+Z records the same choice again as a new event. Every
command's first redo() performs the action, as QUndoStack expects. A command that cannot be done
(a key with no option, a round finalized since) says why in the status bar and leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import VoteError
from endorse_desktop.core.voting.tally import BallotEvent, Ranking, TallyKind
from endorse_desktop.ui.shell.undo import REFUSALS


class MeetingHost(Protocol):
    """What the commands need from the meeting tab."""

    @property
    def store(self) -> Store: ...

    def desk_for(self, vote_id: int) -> BallotDesk: ...

    def tally_changed(self, vote_id: int) -> None: ...

    def attendance_changed(self, meeting_id: int) -> None: ...

    def report_error(self, message: str) -> None: ...


class _HostCommand(QUndoCommand):
    """Runs redo/undo through the host, turning refusals into a message instead of a crash."""

    def __init__(self, host: MeetingHost, text: str) -> None:
        super().__init__(text)
        self.host = host

    def redo(self) -> None:
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except REFUSALS as error:
            # StoreError: the disk is full or the file went read-only; nothing was recorded.
            self.setObsolete(True)
            self._changed()
            self.host.report_error(str(error))  # after the refresh, so it stays on screen
            return
        self._changed()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        raise NotImplementedError


class _TallyCommand(_HostCommand):
    def __init__(self, host: MeetingHost, vote_id: int, text: str) -> None:
        super().__init__(host, text)
        self.vote_id = vote_id

    def desk(self) -> BallotDesk:
        return self.host.desk_for(self.vote_id)

    def _changed(self) -> None:
        self.host.tally_changed(self.vote_id)


class BallotCommand(_TallyCommand):
    """One choose-one paper ballot (a number key)."""

    def __init__(self, host: MeetingHost, vote_id: int, key: int, label: str) -> None:
        super().__init__(host, vote_id, label)
        self.key = key
        self.option_id: int | None = None
        self.event_id: int | None = None

    def _redo(self) -> None:
        desk = self.desk()
        if self.event_id is None:
            self.option_id = desk.option_for_key(self.key)
            self.event_id = desk.record_key(self.key)
        else:
            self.event_id = desk.record_choice(self.option_id)

    def _undo(self) -> None:
        assert self.event_id is not None
        self.desk().take_back(self.event_id)


class TakeBackCommand(_TallyCommand):
    """Backspace: take back the last ballot; undoing it records the same ballot again."""

    def __init__(self, host: MeetingHost, vote_id: int, text: str) -> None:
        super().__init__(host, vote_id, text)
        self.taken: BallotEvent | None = None

    def _redo(self) -> None:
        desk = self.desk()
        if self.taken is None:
            self.taken = desk.take_back_last()
            if self.taken is None:
                raise VoteError("there is no ballot to take back")
        else:
            last = desk.take_back_last()
            self.taken = last if last is not None else self.taken

    def _undo(self) -> None:
        assert self.taken is not None
        desk = self.desk()
        if self.taken.ranking is not None:
            desk.record_ranked(self.taken.ranking)
        else:
            desk.record_choice(self.taken.option_id)


class RankedBallotCommand(_TallyCommand):
    def __init__(self, host: MeetingHost, vote_id: int, ranking: Ranking, text: str) -> None:
        super().__init__(host, vote_id, text)
        self.ranking = ranking
        self.event_id: int | None = None

    def _redo(self) -> None:
        self.event_id = self.desk().record_ranked(self.ranking)

    def _undo(self) -> None:
        assert self.event_id is not None
        self.desk().take_back(self.event_id)


class HandCountCommand(_TallyCommand):
    def __init__(
        self,
        host: MeetingHost,
        vote_id: int,
        tally: TallyKind,
        option_id: int | None,
        *,
        quantity: int,
        text: str,
    ) -> None:
        super().__init__(host, vote_id, text)
        self.tally, self.option_id, self.quantity = tally, option_id, quantity
        self.event_id: int | None = None

    def _redo(self) -> None:
        self.event_id = self.desk().set_count(self.tally, self.option_id, self.quantity)

    def _undo(self) -> None:
        assert self.event_id is not None
        self.desk().take_back(self.event_id)


class _AttendanceCommand(_HostCommand):
    def __init__(self, host: MeetingHost, meeting_id: int, text: str) -> None:
        super().__init__(host, text)
        self.meeting_id = meeting_id

    def _changed(self) -> None:
        self.host.attendance_changed(self.meeting_id)


class CheckInCommand(_AttendanceCommand):
    def __init__(self, host: MeetingHost, meeting_id: int, member_id: int, text: str) -> None:
        super().__init__(host, meeting_id, text)
        self.member_id = member_id
        self.at: str | None = None

    def _redo(self) -> None:
        meetings.check_in(self.host.store, self.meeting_id, self.member_id, self.at)

    def _undo(self) -> None:
        self.at = meetings.check_out(self.host.store, self.meeting_id, self.member_id)


class CheckOutCommand(_AttendanceCommand):
    def __init__(self, host: MeetingHost, meeting_id: int, member_id: int, text: str) -> None:
        super().__init__(host, meeting_id, text)
        self.member_id = member_id
        self.at: str | None = None

    def _redo(self) -> None:
        self.at = meetings.check_out(self.host.store, self.meeting_id, self.member_id)

    def _undo(self) -> None:
        meetings.check_in(self.host.store, self.meeting_id, self.member_id, self.at)


class HeadCountCommand(_AttendanceCommand):
    def __init__(self, host: MeetingHost, meeting_id: int, count: int | None, text: str) -> None:
        super().__init__(host, meeting_id, text)
        self.count = count
        self.before: int | None = None

    def _redo(self) -> None:
        self.before = meetings.set_head_count(self.host.store, self.meeting_id, self.count)

    def _undo(self) -> None:
        meetings.set_head_count(self.host.store, self.meeting_id, self.before)


class RecusalCommand(_HostCommand):
    """Recuse a member from a vote (recuse=True) or take the recusal back."""

    def __init__(
        self,
        host: MeetingHost,
        vote_id: int,
        member_id: int,
        *,
        reason: str,
        recuse: bool,
        text: str,
    ) -> None:
        super().__init__(host, text)
        self.vote_id, self.member_id, self.reason, self.recuse = vote_id, member_id, reason, recuse

    def _redo(self) -> None:
        self._set(self.recuse)

    def _undo(self) -> None:
        self._set(not self.recuse)

    def _set(self, recused: bool) -> None:
        if recused:
            voting.recuse(self.host.store, self.vote_id, self.member_id, self.reason)
        else:
            self.reason = voting.unrecuse(self.host.store, self.vote_id, self.member_id) or ""

    def _changed(self) -> None:
        self.host.tally_changed(self.vote_id)
