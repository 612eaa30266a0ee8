"""Undoable commitment changes, each one call of `undo_command.push_change`.

Every function makes the change through the core (the first redo), puts it on the window's undo
stack and tells the session what changed; a change the core refuses never reaches the stack and
comes back as `outcome.error` for the page to show. The announcement has a command class of its
own because consecutive saves of one editing spell merge into a single undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import Activity, Goal, Pledge, PledgeStatus
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
    REFUSALS,
    Outcome,
    push_change,
)

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

COMMITMENTS = (Topic.COMMITMENTS,)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CommitmentCommands", text, None, n)


def _push(
    session: Session,
    stack: QUndoStack,
    text: str,
    do: Callable[[Any], Any],
    undo: Callable[[Any], Any],
    *,
    topics: Sequence[Topic] = COMMITMENTS,
) -> Outcome:
    def after() -> None:
        for topic in topics:
            session.notify(topic)

    return push_change(stack, text, do, undo, after)


# ----- the three shapes of change ---------------------------------------------------------------
Step = Callable[[Any], Any]


def _adder(
    add: Callable[[], Any], restore: Step, delete: Callable[[int], Any]
) -> tuple[Step, Step]:
    """Add a record; redo puts the same record back with its id (later changes refer to it)."""

    def do(undone: Any) -> Any:
        if undone is None:
            return add()
        restore(undone)
        return undone

    def undo(added: Any) -> Any:
        delete(added.id)
        return added

    return do, undo


def _editor(update: Step, record: Any) -> tuple[Step, Step]:
    """Save changes; the core returns the record as it was, which undo saves back."""

    def undo(before: Any) -> None:
        update(before)

    return (lambda _: update(record)), undo


def _remover(remove: Step, restore: Step, what: Any) -> tuple[Step, Step]:
    """Remove; the core returns what was removed, which undo restores."""

    def undo(removed: Any) -> None:
        restore(removed)

    return (lambda _: remove(what)), undo


# ----- pledges ---------------------------------------------------------------------------------
def add_pledge(session: Session, stack: QUndoStack, pledge: Pledge) -> Outcome:
    store = session.store
    do, undo = _adder(
        lambda: core.add_pledge(store, pledge),
        lambda again: core.restore_pledges(store, [again]),
        lambda pledge_id: core.delete_pledges(store, [pledge_id]),
    )
    return _push(session, stack, _tr("Add pledge"), do, undo)


def edit_pledge(session: Session, stack: QUndoStack, pledge: Pledge) -> Outcome:
    do, undo = _editor(lambda record: core.update_pledge(session.store, record), pledge)
    return _push(session, stack, _tr("Edit pledge"), do, undo)


def delete_pledges(session: Session, stack: QUndoStack, ids: Sequence[int]) -> Outcome:
    store = session.store
    do, undo = _remover(
        lambda what: core.delete_pledges(store, what),
        lambda removed: core.restore_pledges(store, removed),
        list(ids),
    )
    return _push(session, stack, _tr("Delete %n pledge(s)", len(ids)), do, undo)


def set_pledge_status(
    session: Session, stack: QUndoStack, ids: Sequence[int], status: PledgeStatus
) -> Outcome:
    store = session.store
    do, undo = _remover(
        lambda what: core.set_pledge_status(store, what, status),  # returns the old statuses
        lambda before: core.restore_pledge_statuses(store, before),
        list(ids),
    )
    text = _tr("Mark %n pledge(s) %1", len(ids)).replace("%1", status.label.lower())
    return _push(session, stack, text, do, undo)


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
    return _push(session, stack, text, do, undo, topics=(Topic.COMMITMENTS, Topic.MEMBERS))


# ----- goals and the activity catalog ----------------------------------------------------------
def add_goal(session: Session, stack: QUndoStack, goal: Goal) -> Outcome:
    store = session.store
    do, undo = _adder(
        lambda: core.add_goal(store, goal),
        lambda again: core.restore_goal(store, again),
        lambda goal_id: core.delete_goal(store, goal_id),
    )
    return _push(session, stack, _tr("Add goal"), do, undo)


def edit_goal(session: Session, stack: QUndoStack, goal: Goal) -> Outcome:
    do, undo = _editor(lambda record: core.update_goal(session.store, record), goal)
    return _push(session, stack, _tr("Edit goal"), do, undo)


def delete_goal(session: Session, stack: QUndoStack, goal_id: int) -> Outcome:
    store = session.store
    do, undo = _remover(
        lambda what: core.delete_goal(store, what),
        lambda removed: core.restore_goal(store, removed),
        goal_id,
    )
    return _push(session, stack, _tr("Delete goal"), do, undo)


def add_activity(session: Session, stack: QUndoStack, activity: Activity) -> Outcome:
    store = session.store
    do, undo = _adder(
        lambda: core.add_activity(store, activity),
        lambda again: core.restore_activity(store, again),
        lambda activity_id: core.delete_activity(store, activity_id),
    )
    return _push(session, stack, _tr("Add activity"), do, undo)


def edit_activity(session: Session, stack: QUndoStack, activity: Activity) -> Outcome:
    """Rename, re-unit, re-group, archive or bring back an activity."""
    do, undo = _editor(lambda record: core.update_activity(session.store, record), activity)
    return _push(session, stack, _tr("Edit activity"), do, undo)


def delete_activity(session: Session, stack: QUndoStack, activity_id: int) -> Outcome:
    store = session.store
    do, undo = _remover(
        lambda what: core.delete_activity(store, what),
        lambda removed: core.restore_activity(store, removed),
        activity_id,
    )
    return _push(session, stack, _tr("Delete activity"), do, undo)


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

    topics = (Topic.ENDORSEMENTS, Topic.RACES, Topic.COMMITMENTS)
    return _push(session, stack, _tr("Add endorsement"), do, undo, topics=topics)


class SaveAnnouncement(QUndoCommand):
    """Save the announcement text; consecutive saves of one endorsement merge into one step."""

    MERGE_ID = 0x414E  # "AN"

    def __init__(
        self, session: Session, endorsement_id: int, text: str, *, merge: bool = True
    ) -> None:
        super().__init__(_tr("Edit announcement"))
        self.session = session
        self.endorsement_id = endorsement_id
        self.after = text
        self.before: str | None = None
        self.merge = merge
        self.outcome = Outcome()

    def redo(self) -> None:
        try:
            previous = set_announcement(self.session.store, self.endorsement_id, self.after)
        except REFUSALS as error:
            self.outcome.error = error
            self.setObsolete(True)
            return
        if self.before is None:
            self.before = previous
        self.session.notify(Topic.ENDORSEMENTS)

    def undo(self) -> None:
        assert self.before is not None
        set_announcement(self.session.store, self.endorsement_id, self.before)
        self.session.notify(Topic.ENDORSEMENTS)

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveAnnouncement) or not other.merge:
            return False
        if other.outcome.error is not None or other.endorsement_id != self.endorsement_id:
            return False
        self.after = other.after
        return True


def save_announcement(
    session: Session, stack: QUndoStack, endorsement_id: int, text: str, *, merge: bool = True
) -> Outcome:
    command = SaveAnnouncement(session, endorsement_id, text, merge=merge)
    outcome = command.outcome  # kept here: Qt deletes a refused (or merged) command
    stack.push(command)
    return outcome
