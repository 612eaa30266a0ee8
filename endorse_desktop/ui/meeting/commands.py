"""Undoable meeting changes: tally keys, typed counts, check-ins, head counts, recusals.

Each function builds one `ui.shell.undo.CallCommand` for the tab to push. Ctrl+Z on a ballot does
not delete anything: it records an 'undo' event that takes the ballot back (the journal only
grows), and Ctrl+Shift+Z records the same choice again as a new event. Every command's first
redo() performs the action, as QUndoStack expects. A command that cannot be done (a key with no
option, a round finalized since, a full disk) refreshes the view, says why in the status bar and
leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import VoteError
from endorse_desktop.core.voting.tally import BallotEvent, Ranking, TallyKind
from endorse_desktop.ui.shell.undo import CallCommand, Step, edited
from endorse_desktop.ui.widgets.core_text import in_ui


class MeetingHost(Protocol):
    """What the commands need from the meeting tab."""

    @property
    def store(self) -> Store: ...

    def desk_for(self, vote_id: int) -> BallotDesk: ...

    def tally_changed(self, vote_id: int) -> None: ...

    def attendance_changed(self, meeting_id: int) -> None: ...

    def report_error(self, message: str) -> None: ...


def _command(
    host: MeetingHost, text: str, do: Step, undo: Step, changed: Callable[[], None]
) -> CallCommand:
    def refused(error: Exception) -> None:
        changed()
        host.report_error(in_ui(error))  # after the refresh, so it stays on screen

    return CallCommand(text, do, undo, changed, refused=refused)


# ----- the tally -------------------------------------------------------------------------------
def _tally_command(
    host: MeetingHost,
    vote_id: int,
    text: str,
    do: Callable[[BallotDesk, Any], Any],
    undo: Callable[[BallotDesk, Any], Any],
) -> CallCommand:
    """`do` and `undo` get the vote's ballot desk as it is when they run."""
    return _command(
        host,
        text,
        lambda state: do(host.desk_for(vote_id), state),
        lambda state: undo(host.desk_for(vote_id), state),
        lambda: host.tally_changed(vote_id),
    )


def _taken_back(desk: BallotDesk, recorded: tuple[Any, int]) -> tuple[Any, int]:
    """Undo a recorded (what, event id): an 'undo' event in the journal."""
    desk.take_back(recorded[1])
    return recorded


def ballot(host: MeetingHost, vote_id: int, key: int, label: str) -> CallCommand:
    """One choose-one paper ballot (a number key)."""

    def do(desk: BallotDesk, undone: tuple[int | None, int] | None) -> tuple[int | None, int]:
        if undone is None:
            option_id = desk.option_for_key(key)
            return option_id, desk.record_key(key)
        return undone[0], desk.record_choice(undone[0])

    return _tally_command(host, vote_id, label, do, _taken_back)


def take_back(host: MeetingHost, vote_id: int, text: str) -> CallCommand:
    """Backspace: take back the last ballot; undoing it records the same ballot again."""

    def do(desk: BallotDesk, undone: BallotEvent | None) -> BallotEvent:
        taken = desk.take_back_last()
        if taken is not None:
            return taken
        if undone is None:
            raise VoteError("there is no ballot to take back")
        return undone

    def undo(desk: BallotDesk, taken: BallotEvent) -> BallotEvent:
        if taken.ranking is not None:
            desk.record_ranked(taken.ranking)
        else:
            desk.record_choice(taken.option_id)
        return taken

    return _tally_command(host, vote_id, text, do, undo)


def ranked_ballot(host: MeetingHost, vote_id: int, ranking: Ranking, text: str) -> CallCommand:
    def do(desk: BallotDesk, _: object) -> tuple[Ranking, int]:
        return ranking, desk.record_ranked(ranking)

    return _tally_command(host, vote_id, text, do, _taken_back)


def hand_count(
    host: MeetingHost,
    vote_id: int,
    tally: TallyKind,
    option_id: int | None,
    *,
    quantity: int,
    text: str,
) -> CallCommand:
    def do(desk: BallotDesk, _: object) -> tuple[int, int]:
        return quantity, desk.set_count(tally, option_id, quantity)

    return _tally_command(host, vote_id, text, do, _taken_back)


# ----- attendance ------------------------------------------------------------------------------
def _attendance_command(
    host: MeetingHost, meeting_id: int, text: str, do: Step, undo: Step
) -> CallCommand:
    return _command(host, text, do, undo, lambda: host.attendance_changed(meeting_id))


def check_in(host: MeetingHost, meeting_id: int, member_id: int, text: str) -> CallCommand:
    def do(at: str | None) -> None:  # redo checks in again at the time undo took back
        meetings.check_in(host.store, meeting_id, member_id, at)

    def undo(_: object) -> str | None:
        return meetings.check_out(host.store, meeting_id, member_id)

    return _attendance_command(host, meeting_id, text, do, undo)


def check_out(host: MeetingHost, meeting_id: int, member_id: int, text: str) -> CallCommand:
    def do(_: object) -> str | None:
        return meetings.check_out(host.store, meeting_id, member_id)

    def undo(at: str | None) -> None:
        meetings.check_in(host.store, meeting_id, member_id, at)

    return _attendance_command(host, meeting_id, text, do, undo)


def head_count(host: MeetingHost, meeting_id: int, count: int | None, text: str) -> CallCommand:
    do, undo = edited(lambda n: meetings.set_head_count(host.store, meeting_id, n), count)
    return _attendance_command(host, meeting_id, text, do, undo)


# ----- recusals --------------------------------------------------------------------------------
def recusal(
    host: MeetingHost,
    vote_id: int,
    member_id: int,
    *,
    reason: str,
    recuse: bool,
    text: str,
) -> CallCommand:
    """Recuse a member from a vote (recuse=True) or take the recusal back."""
    why = reason

    def set_recused(recused: bool) -> None:
        nonlocal why  # taking a recusal back remembers its reason for putting it back
        if recused:
            voting.recuse(host.store, vote_id, member_id, why)
        else:
            why = voting.unrecuse(host.store, vote_id, member_id) or ""

    return _command(
        host,
        text,
        lambda _: set_recused(recuse),
        lambda _: set_recused(not recuse),
        lambda: host.tally_changed(vote_id),
    )
