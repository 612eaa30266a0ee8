"""Undoable roster changes: each command calls the core services, which commit at once.

The first `redo()` makes the change. The window's undo stack is cleared whenever another file is
opened, so a command never outlives the store (or the tab) it was made in. If a change cannot be
undone or redone any more (say, a member added and then checked in at a meeting cannot simply be
removed), the command explains why and drops out of the history instead of failing silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member, MemberError
from endorse_desktop.core.roster_import import (
    ImportPlan,
    ImportSummary,
    RosterImportError,
    apply_import,
    undo_import,
)
from endorse_desktop.core.store import StoreError
from endorse_desktop.ui.shell.session import Topic

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberCommands", text)


class MembersView(Protocol):
    """What a command needs from the members tab."""

    session: Session

    def select_members(self, member_ids: Iterable[int]) -> None: ...

    def report_problem(self, message: str) -> None: ...


def _who(members: Sequence[Member]) -> str:
    if len(members) == 1:
        return members[0].display_name
    return _tr("%d members") % len(members)


class MemberCommand(QUndoCommand):
    def __init__(self, view: MembersView, text: str) -> None:
        super().__init__(text)
        self._view = view
        self._store = view.session.store

    def _run(self, change: Callable[[], Iterable[int]]) -> None:
        """Make a change; then refresh every view of the roster and select who it touched."""
        try:
            touched = list(change())
        except (MemberError, RosterImportError, StoreError) as error:
            self.setObsolete(True)  # QUndoStack then drops this command from the history
            self._view.report_problem(str(error))
            return
        self._view.session.notify(Topic.MEMBERS)
        self._view.select_members(touched)


class AddMemberCommand(MemberCommand):
    def __init__(self, view: MembersView, member: Member) -> None:
        super().__init__(view, _tr("Add %s") % member.display_name)
        self._member = member

    def redo(self) -> None:
        self._run(self._add)

    def undo(self) -> None:
        self._run(self._remove)

    def _add(self) -> list[int]:
        if self._member.id is None:
            self._member = roster.add_member(self._store, self._member)
        else:
            # Redo after undo: the same id again, so later commands still find this member.
            roster.restore_member(self._store, self._member)
        assert self._member.id is not None
        return [self._member.id]

    def _remove(self) -> list[int]:
        assert self._member.id is not None
        roster.delete_member(self._store, self._member.id)
        return []


class EditMembersCommand(MemberCommand):
    """Edit, archive or unarchive: save the members as given, undo puts back what was there."""

    def __init__(self, view: MembersView, changed: Sequence[Member], text: str) -> None:
        super().__init__(view, text)
        self._after = list(changed)
        self._before: list[Member] = []

    @classmethod
    def edit(cls, view: MembersView, member: Member) -> EditMembersCommand:
        return cls(view, [member], _tr("Edit %s") % member.display_name)

    @classmethod
    def archive(
        cls, view: MembersView, members: Sequence[Member], archived: bool
    ) -> EditMembersCommand:
        text = _tr("Archive %s") if archived else _tr("Unarchive %s")
        changed = [replace(m, archived=archived) for m in members]
        return cls(view, changed, text % _who(members))

    def redo(self) -> None:
        self._run(self._save_after)

    def undo(self) -> None:
        self._run(self._save_before)

    def _save_after(self) -> list[int]:
        self._before = roster.update_members(self._store, self._after)
        return [m.id for m in self._after if m.id is not None]

    def _save_before(self) -> list[int]:
        roster.update_members(self._store, self._before)
        return [m.id for m in self._before if m.id is not None]


class DeleteMembersCommand(MemberCommand):
    def __init__(self, view: MembersView, members: Sequence[Member]) -> None:
        super().__init__(view, _tr("Delete %s") % _who(members))
        self._ids = [m.id for m in members if m.id is not None]
        self._removed: list[Member] = []

    def redo(self) -> None:
        self._run(self._delete)

    def undo(self) -> None:
        self._run(self._restore)

    def _delete(self) -> list[int]:
        self._removed = roster.delete_members(self._store, self._ids)
        return []

    def _restore(self) -> list[int]:
        roster.restore_members(self._store, self._removed)
        return list(self._ids)


class ImportRosterCommand(MemberCommand):
    """A whole roster import as one step: undo removes whom it added and restores whom it
    changed. Each successful import's summary is appended to `summaries` for the caller."""

    def __init__(
        self,
        view: MembersView,
        plan: ImportPlan,
        mapping: Sequence[str | None],
        new_members_eligible: bool,
        summaries: list[ImportSummary],
    ) -> None:
        super().__init__(view, _tr("Import %s") % plan.file_name)
        self._plan = plan
        self._mapping = tuple(mapping)
        self._eligible = new_members_eligible
        self._summaries = summaries
        self._summary: ImportSummary | None = None

    def redo(self) -> None:
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._take_back)

    def _apply(self) -> list[int]:
        summary = apply_import(
            self._store, self._plan, self._mapping, new_members_eligible=self._eligible
        )
        self._summary = summary
        self._summaries.append(summary)
        return [*summary.added_ids, *(m.id for m in summary.replaced if m.id is not None)]

    def _take_back(self) -> list[int]:
        if self._summary is not None:
            undo_import(self._store, self._summary)
        return []
