"""Undoable roster changes, each one `ui.shell.undo.CallCommand` for the tab to push.

The first `redo()` makes the change through the core services, which commit at once. The window's
undo stack is cleared whenever another file is opened, so a command never outlives the store (or
the tab) it was made in. If a change cannot be undone or redone any more (say, a member added and
then checked in at a meeting cannot simply be removed), the command explains why and drops out of
the history instead of failing silently. After each step every view of the roster is refreshed
and the members the step touched are selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.roster_import import (
    ImportPlan,
    ImportSummary,
    apply_import,
    undo_import,
)
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.undo import CallCommand
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


_tr = translator("MemberCommands")


class MembersView(Protocol):
    """What a command needs from the members tab."""

    session: Session

    def select_members(self, member_ids: Iterable[int]) -> None: ...

    def report_problem(self, message: str) -> None: ...


def _who(members: Sequence[Member]) -> str:
    if len(members) == 1:
        return members[0].display_name
    return _tr("%d members") % len(members)


# A roster step returns (what the other direction needs, the ids of the members to select).
RosterStep = Callable[[Any], tuple[Any, Iterable[int]]]


def _roster_change(view: MembersView, text: str, do: RosterStep, undo: RosterStep) -> CallCommand:
    touched: list[int] = []

    def selecting(step: RosterStep) -> Callable[[Any], Any]:
        def run(state: Any) -> Any:
            after, ids = step(state)
            touched[:] = ids
            return after

        return run

    def after() -> None:
        view.session.notify(Topic.MEMBERS)
        view.select_members(touched)

    def refused(error: Exception) -> None:
        view.report_problem(in_ui(error))

    return CallCommand(text, selecting(do), selecting(undo), after, refused=refused)


def _ids(members: Iterable[Member]) -> list[int]:
    return [m.id for m in members if m.id is not None]


def add_member(view: MembersView, member: Member) -> CallCommand:
    store = view.session.store

    def do(undone: Member | None) -> tuple[Member, list[int]]:
        if undone is None:
            added = roster.add_member(store, member)
        else:
            # Redo after undo: the same id again, so later commands still find this member.
            roster.restore_member(store, undone)
            added = undone
        return added, _ids([added])

    def undo(added: Member) -> tuple[Member, list[int]]:
        assert added.id is not None
        roster.delete_member(store, added.id)
        return added, []

    return _roster_change(view, _tr("Add %s") % member.display_name, do, undo)


def _save_members(view: MembersView, changed: Sequence[Member], text: str) -> CallCommand:
    """Edit, archive or unarchive: save the members as given, undo puts back what was there."""
    store = view.session.store

    def do(_: object) -> tuple[list[Member], list[int]]:
        return roster.update_members(store, changed), _ids(changed)

    def undo(before: list[Member]) -> tuple[None, list[int]]:
        roster.update_members(store, before)
        return None, _ids(before)

    return _roster_change(view, text, do, undo)


def edit_member(view: MembersView, member: Member) -> CallCommand:
    return _save_members(view, [member], _tr("Edit %s") % member.display_name)


def archive_members(view: MembersView, members: Sequence[Member], archived: bool) -> CallCommand:
    text = _tr("Archive %s") if archived else _tr("Unarchive %s")
    changed = [replace(m, archived=archived) for m in members]
    return _save_members(view, changed, text % _who(members))


def delete_members(view: MembersView, members: Sequence[Member]) -> CallCommand:
    store = view.session.store
    ids = _ids(members)

    def do(_: object) -> tuple[list[Member], list[int]]:
        return roster.delete_members(store, ids), []

    def undo(gone: list[Member]) -> tuple[None, list[int]]:
        roster.restore_members(store, gone)
        return None, ids

    return _roster_change(view, _tr("Delete %s") % _who(members), do, undo)


def import_roster(
    view: MembersView,
    plan: ImportPlan,
    mapping: Sequence[str | None],
    new_members_eligible: bool,
    summaries: list[ImportSummary],
) -> CallCommand:
    """A whole roster import as one step: undo removes whom it added and restores whom it
    changed. Each successful import's summary is appended to `summaries` for the caller."""
    store = view.session.store
    columns = tuple(mapping)

    def do(_: object) -> tuple[ImportSummary, list[int]]:
        summary = apply_import(store, plan, columns, new_members_eligible=new_members_eligible)
        summaries.append(summary)
        return summary, [*summary.added_ids, *_ids(summary.replaced)]

    def undo(summary: ImportSummary) -> tuple[None, list[int]]:
        undo_import(store, summary)
        return None, []

    return _roster_change(view, _tr("Import %s") % plan.file_name, do, undo)
