"""Undoable commitment changes, each one call of `ui.shell.undo.push_session_change`.

Every function makes the change through the core (the first redo), puts it on the window's undo
stack and tells the session what changed; a change the core refuses never reaches the stack and
comes back as `outcome.error` for the page to show. The announcement has a command class of its
own because consecutive saves of one editing spell merge into a single undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import Pledge, PledgeStatus
from endorse_desktop.core.endorsements import (
    Endorsement,
    add_endorsement,
    remove_endorsement,
    restore_endorsement,
    set_announcement,
)
from endorse_desktop.core.races import get_candidate
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.undo import (
    CallCommand,
    Outcome,
    RecordCommands,
    RecordServices,
    added,
    edited,
    push_session_change,
    removed,
)
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

COMMITMENTS = ("commitments",)


_tr = translator("CommitmentCommands")


# ----- pledges ---------------------------------------------------------------------------------
def add_pledge(session: Session, stack: QUndoStack, pledge: Pledge) -> Outcome:
    store = session.store
    do, undo = added(
        lambda: core.add_pledge(store, pledge),
        lambda again: core.restore_pledges(store, [again]),
        lambda pledge: core.delete_pledges(store, [pledge.id]),
    )
    return push_session_change(session, stack, _tr("Add pledge"), do, undo, topics=COMMITMENTS)


def edit_pledge(session: Session, stack: QUndoStack, pledge: Pledge) -> Outcome:
    do, undo = edited(lambda record: core.update_pledge(session.store, record), pledge)
    return push_session_change(session, stack, _tr("Edit pledge"), do, undo, topics=COMMITMENTS)


def delete_pledges(session: Session, stack: QUndoStack, ids: Sequence[int]) -> Outcome:
    store = session.store
    do, undo = removed(
        lambda what: core.delete_pledges(store, what),
        lambda gone: core.restore_pledges(store, gone),
        list(ids),
    )
    return push_session_change(
        session, stack, _tr("Delete %n pledge(s)", None, len(ids)), do, undo, topics=COMMITMENTS
    )


def set_pledge_status(
    session: Session, stack: QUndoStack, ids: Sequence[int], status: PledgeStatus
) -> Outcome:
    store = session.store
    do, undo = removed(
        lambda what: core.set_pledge_status(store, what, status),  # returns the old statuses
        lambda before: core.restore_pledge_statuses(store, before),
        list(ids),
    )
    text = _tr("Mark %n pledge(s) %1", None, len(ids)).replace("%1", status.label.lower())
    return push_session_change(session, stack, text, do, undo, topics=COMMITMENTS)


def record_sheet_row(
    session: Session,
    stack: QUndoStack,
    endorsement_id: int,
    entry: core.SheetEntry,
    *,
    pledged_on: str,
    on_change: Callable[[core.SheetRowResult | None], None],
) -> Outcome:
    """One completed row of a paper sign-up sheet: maybe a new member, and a pledge per tick.
    `on_change` hears the row saved (its result) and taken back (None)."""
    store = session.store

    def do(undone: core.SheetRowResult | None) -> core.SheetRowResult:
        if undone is None:
            result = core.record_sheet_row(store, endorsement_id, entry, pledged_on=pledged_on)
        else:
            core.redo_sheet_row(store, undone)
            result = undone
        on_change(result)
        return result

    def undo(result: core.SheetRowResult) -> core.SheetRowResult:
        core.undo_sheet_row(store, result)
        on_change(None)
        return result

    text = _tr("Sign-up sheet row: %1").replace("%1", entry.name)
    return push_session_change(session, stack, text, do, undo, topics=("commitments", "members"))


# ----- goals and the activity catalog ----------------------------------------------------------
GOALS = RecordCommands(
    RecordServices(core.add_goal, core.update_goal, core.delete_goal, core.restore_goal),
    COMMITMENTS,
)
ACTIVITIES = RecordCommands(
    RecordServices(
        core.add_activity, core.update_activity, core.delete_activity, core.restore_activity
    ),
    COMMITMENTS,
)


# ----- endorsements ----------------------------------------------------------------------------
def add_endorsement_by_hand(
    session: Session, stack: QUndoStack, endorsement: Endorsement
) -> Outcome:
    """An endorsement decided elsewhere (another meeting, an email vote), recorded here.
    `outcome.result` is (the endorsement as stored, the candidate as they were)."""
    store = session.store

    def do(undone: Any) -> Any:
        if undone is None:
            candidate = get_candidate(store, endorsement.candidate_id)
            return add_endorsement(store, endorsement), candidate
        restore_endorsement(store, undone[0])  # same id: goals added later still find it
        return undone

    def undo(state: Any) -> Any:
        added, candidate_before = state
        remove_endorsement(store, added.id, candidate_before)
        return state

    topics = ("endorsements", "races", "commitments")
    text = _tr("Add endorsement")
    return push_session_change(session, stack, text, do, undo, topics=topics)


class SaveAnnouncement(CallCommand):
    """Save the announcement text; consecutive saves of one endorsement merge into one step.

    A subclass only because Qt merges commands through `id()` and `mergeWith()`: typing an
    announcement saves often, and one Ctrl+Z should take back the whole editing spell."""

    MERGE_ID = 0x414E  # "AN"

    def __init__(
        self,
        session: Session,
        endorsement_id: int,
        text: str,
        *,
        merge: bool = True,
        spanish: bool = False,
    ) -> None:
        self.endorsement_id = endorsement_id
        self.text_after = text
        self.merge = merge
        self.spanish = spanish  # the Spanish version: its own spell of editing
        store = session.store

        def do(before: str | None) -> str:
            previous = set_announcement(store, endorsement_id, self.text_after, spanish=spanish)
            return previous if before is None else before  # the text before the first save

        def undo(before: str) -> str:
            set_announcement(store, endorsement_id, before, spanish=spanish)
            return before

        super().__init__(
            _tr("Edit announcement"), do, undo, lambda: session.notify(Topic.ENDORSEMENTS)
        )

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveAnnouncement) or not other.merge:
            return False
        if other.outcome.error is not None or other.endorsement_id != self.endorsement_id:
            return False
        if other.spanish != self.spanish:
            return False
        self.text_after = other.text_after
        return True
