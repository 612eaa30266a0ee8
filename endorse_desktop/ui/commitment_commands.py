"""Undo commands for commitments: each redo()/undo() calls a core service, then says what changed.

`push(window, command)` runs the command's first redo(); if the core refuses (a `ValueError` or
`StoreError` with a one-line reason) the command is not kept on the stack and the reason is
returned for the caller to show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from endorse_desktop.core import commitments as core
from endorse_desktop.core.commitment_records import Activity, Goal, Pledge, PledgeStatus
from endorse_desktop.core.endorsements import (
    Endorsement,
    add_endorsement,
    remove_endorsement,
    restore_endorsement,
    set_announcement,
)
from endorse_desktop.core.races import Candidate, get_candidate
from endorse_desktop.core.store import StoreError

if TYPE_CHECKING:
    from .session import Session


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CommitmentCommands", text, None, n)


class CoreCommand(QUndoCommand):
    """A change made through the core. Subclasses give `do()` and `revert()`."""

    topics: tuple[str, ...] = ("commitments",)

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.error: Exception | None = None

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.do()
        except (ValueError, StoreError) as error:
            # Refused by the core: nothing changed, and the stack drops the command.
            self.error = error
            self.setObsolete(True)
            return
        self._notify()

    def undo(self) -> None:
        self.revert()
        self._notify()

    def _notify(self) -> None:
        for topic in self.topics:
            self.session.notify(topic)


def push(stack: object, command: CoreCommand) -> Exception | None:
    """Run and keep `command`; returns the core's refusal, or None when it was done."""
    stack.push(command)  # type: ignore[attr-defined]
    return command.error


# ----- pledges ---------------------------------------------------------------------------------
class AddPledge(CoreCommand):
    def __init__(self, session: Session, pledge: Pledge) -> None:
        super().__init__(session, _tr("Add pledge"))
        self.pledge = pledge

    def do(self) -> None:
        if self.pledge.id is None:
            self.pledge = core.add_pledge(self.session.store, self.pledge)
        else:
            core.restore_pledges(self.session.store, [self.pledge])

    def revert(self) -> None:
        assert self.pledge.id is not None
        core.delete_pledges(self.session.store, [self.pledge.id])


class EditPledge(CoreCommand):
    def __init__(self, session: Session, pledge: Pledge) -> None:
        super().__init__(session, _tr("Edit pledge"))
        self.after = pledge
        self.before: Pledge | None = None

    def do(self) -> None:
        self.before = core.update_pledge(self.session.store, self.after)

    def revert(self) -> None:
        assert self.before is not None
        core.update_pledge(self.session.store, self.before)


class DeletePledges(CoreCommand):
    def __init__(self, session: Session, ids: Sequence[int]) -> None:
        super().__init__(session, _tr("Delete %n pledge(s)", len(ids)))
        self.ids = list(ids)
        self.removed: list[Pledge] = []

    def do(self) -> None:
        self.removed = core.delete_pledges(self.session.store, self.ids)

    def revert(self) -> None:
        core.restore_pledges(self.session.store, self.removed)


class SetPledgeStatus(CoreCommand):
    def __init__(self, session: Session, ids: Sequence[int], status: PledgeStatus) -> None:
        super().__init__(session, _tr("Mark %n pledge(s) %1", len(ids)))
        self.setText(self.text().replace("%1", status.label.lower()))
        self.ids = list(ids)
        self.status = status
        self.before: Mapping[int, PledgeStatus] = {}

    def do(self) -> None:
        self.before = core.set_pledge_status(self.session.store, self.ids, self.status)

    def revert(self) -> None:
        core.restore_pledge_statuses(self.session.store, self.before)


class RecordSheetRow(CoreCommand):
    """One completed row of a paper sign-up sheet: maybe a new member, a pledge per tick."""

    topics = ("commitments", "members")

    def __init__(
        self,
        session: Session,
        endorsement_id: int,
        entry: core.SheetEntry,
        pledged_on: str,
        on_change: Callable[[core.SheetRowResult | None], None] | None = None,
    ) -> None:
        super().__init__(session, _tr("Sign-up sheet row: %1").replace("%1", entry.name))
        self.endorsement_id = endorsement_id
        self.entry = entry
        self.pledged_on = pledged_on
        self.result: core.SheetRowResult | None = None
        self.on_change = on_change

    def do(self) -> None:
        if self.result is None:
            self.result = core.record_sheet_row(
                self.session.store, self.endorsement_id, self.entry, pledged_on=self.pledged_on
            )
        else:
            core.redo_sheet_row(self.session.store, self.result)
        if self.on_change is not None:
            self.on_change(self.result)

    def revert(self) -> None:
        assert self.result is not None
        core.undo_sheet_row(self.session.store, self.result)
        if self.on_change is not None:
            self.on_change(None)


# ----- goals -----------------------------------------------------------------------------------
class AddGoal(CoreCommand):
    def __init__(self, session: Session, goal: Goal) -> None:
        super().__init__(session, _tr("Add goal"))
        self.goal = goal

    def do(self) -> None:
        if self.goal.id is None:
            self.goal = core.add_goal(self.session.store, self.goal)
        else:
            core.restore_goal(self.session.store, self.goal)

    def revert(self) -> None:
        assert self.goal.id is not None
        core.delete_goal(self.session.store, self.goal.id)


class EditGoal(CoreCommand):
    def __init__(self, session: Session, goal: Goal) -> None:
        super().__init__(session, _tr("Edit goal"))
        self.after = goal
        self.before: Goal | None = None

    def do(self) -> None:
        self.before = core.update_goal(self.session.store, self.after)

    def revert(self) -> None:
        assert self.before is not None
        core.update_goal(self.session.store, self.before)


class DeleteGoal(CoreCommand):
    def __init__(self, session: Session, goal_id: int) -> None:
        super().__init__(session, _tr("Delete goal"))
        self.goal_id = goal_id
        self.removed: Goal | None = None

    def do(self) -> None:
        self.removed = core.delete_goal(self.session.store, self.goal_id)

    def revert(self) -> None:
        assert self.removed is not None
        core.restore_goal(self.session.store, self.removed)


# ----- the activity catalog --------------------------------------------------------------------
class AddActivity(CoreCommand):
    def __init__(self, session: Session, activity: Activity) -> None:
        super().__init__(session, _tr("Add activity"))
        self.activity = activity

    def do(self) -> None:
        if self.activity.id is None:
            self.activity = core.add_activity(self.session.store, self.activity)
        else:
            core.restore_activity(self.session.store, self.activity)

    def revert(self) -> None:
        assert self.activity.id is not None
        core.delete_activity(self.session.store, self.activity.id)


class EditActivity(CoreCommand):
    """Rename, re-unit, re-group, archive or bring back an activity."""

    def __init__(self, session: Session, activity: Activity) -> None:
        super().__init__(session, _tr("Edit activity"))
        self.after = activity
        self.before: Activity | None = None

    def do(self) -> None:
        self.before = core.update_activity(self.session.store, self.after)

    def revert(self) -> None:
        assert self.before is not None
        core.update_activity(self.session.store, self.before)


class DeleteActivity(CoreCommand):
    def __init__(self, session: Session, activity_id: int) -> None:
        super().__init__(session, _tr("Delete activity"))
        self.activity_id = activity_id
        self.removed: Activity | None = None

    def do(self) -> None:
        self.removed = core.delete_activity(self.session.store, self.activity_id)

    def revert(self) -> None:
        assert self.removed is not None
        core.restore_activity(self.session.store, self.removed)


# ----- endorsements ----------------------------------------------------------------------------
class AddEndorsementByHand(CoreCommand):
    """An endorsement decided elsewhere (another meeting, an email vote), recorded here."""

    topics = ("endorsements", "races", "commitments")

    def __init__(self, session: Session, endorsement: Endorsement) -> None:
        super().__init__(session, _tr("Add endorsement"))
        self.endorsement = endorsement
        self.candidate_before: Candidate | None = None

    def do(self) -> None:
        if self.endorsement.id is None:
            self.candidate_before = get_candidate(self.session.store, self.endorsement.candidate_id)
            self.endorsement = add_endorsement(self.session.store, self.endorsement)
        else:
            restore_endorsement(self.session.store, self.endorsement)

    def revert(self) -> None:
        assert self.endorsement.id is not None and self.candidate_before is not None
        remove_endorsement(self.session.store, self.endorsement.id, self.candidate_before)


class SaveAnnouncement(CoreCommand):
    """Save the announcement text. Consecutive saves of one endorsement merge into one step."""

    topics = ("endorsements",)
    MERGE_ID = 0x414E  # "AN"

    def __init__(
        self, session: Session, endorsement_id: int, text: str, *, merge: bool = True
    ) -> None:
        super().__init__(session, _tr("Edit announcement"))
        self.endorsement_id = endorsement_id
        self.after = text
        self.before: str | None = None
        self.merge = merge

    def do(self) -> None:
        previous = set_announcement(self.session.store, self.endorsement_id, self.after)
        if self.before is None:
            self.before = previous

    def revert(self) -> None:
        assert self.before is not None
        set_announcement(self.session.store, self.endorsement_id, self.before)

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveAnnouncement) or other.error is not None or not other.merge:
            return False
        if other.endorsement_id != self.endorsement_id:
            return False
        self.after = other.after
        return True
