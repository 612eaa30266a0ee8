"""Undoable changes to the group's values and the dot vote, each one `push_session_change`.

Every function makes the change through the core (the first redo), puts it on the window's undo
stack and tells the session's "values" or "dots" views; a change the core refuses never reaches
the stack and comes back as `outcome.error` for the tab to show (`outcome.text` names the change
for the status bar).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from endorse_desktop.core import values as core
from endorse_desktop.core.values import DeletedValue, Dot, Value
from endorse_desktop.ui.shell.undo import (
    Outcome,
    added,
    edited,
    push_session_change,
    removed,
)
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

VALUES = ("values",)
DOTS = ("dots",)


_tr = translator("ValueCommands")


# ----- values ----------------------------------------------------------------------------------
def add_value(session: Session, stack: QUndoStack, value: Value) -> Outcome:
    """`outcome.result` is the value as stored (with its id)."""
    store = session.store

    # Not `added`: deleting a value returns what restoring it needs (its ratings too).
    def do(undone: DeletedValue | None) -> Value:
        if undone is None:
            return core.add_value(store, value)
        return core.restore_value(store, undone)

    def undo(stored: Value) -> DeletedValue:
        assert stored.id is not None
        return core.delete_value(store, stored.id)

    return push_session_change(
        session, stack, _tr("Add value %s") % value.title, do, undo, topics=VALUES
    )


def edit_value(session: Session, stack: QUndoStack, changed: Value) -> Outcome:
    steps = edited(lambda value: core.update_value(session.store, value), changed)
    return push_session_change(
        session, stack, _tr("Edit value %s") % changed.title, *steps, topics=VALUES
    )


def delete_value(session: Session, stack: QUndoStack, value: Value) -> Outcome:
    store = session.store
    steps = removed(
        lambda value_id: core.delete_value(store, value_id),
        lambda gone: core.restore_value(store, gone),
        value.id,
    )
    return push_session_change(
        session, stack, _tr("Delete value %s") % value.title, *steps, topics=VALUES
    )


def reorder_values(session: Session, stack: QUndoStack, order: list[int]) -> Outcome:
    steps = edited(lambda ids: core.reorder_values(session.store, ids), order)
    return push_session_change(session, stack, _tr("Reorder values"), *steps, topics=VALUES)


def apply_weights(session: Session, stack: QUndoStack, weights: dict[int, int]) -> Outcome:
    """The weights suggested by the dot vote, applied as one undoable step."""
    steps = edited(lambda given: core.set_weights(session.store, given), weights)
    return push_session_change(
        session, stack, _tr("Apply the dot vote as weights"), *steps, topics=VALUES
    )


# ----- the dot vote ----------------------------------------------------------------------------
def add_dot(session: Session, stack: QUndoStack, value: Value) -> Outcome:
    store = session.store
    value_id = value.id
    assert value_id is not None
    steps = added(
        lambda: core.add_dot(store, value_id),
        lambda dot: core.restore_dots(store, [dot]),
        lambda dot: core.remove_dot(store, dot.id),
    )
    return push_session_change(session, stack, _tr("Dot for %s") % value.title, *steps, topics=DOTS)


def remove_last_dot(session: Session, stack: QUndoStack) -> Outcome:
    store = session.store

    def restore(dot: Dot | None) -> None:
        if dot is not None:
            core.restore_dots(store, [dot])

    steps = removed(lambda _: core.remove_latest_dot(store), restore, None)
    return push_session_change(session, stack, _tr("Take back the last dot"), *steps, topics=DOTS)


def clear_dots(session: Session, stack: QUndoStack) -> Outcome:
    store = session.store
    steps = removed(
        lambda _: core.clear_dots(store), lambda gone: core.restore_dots(store, gone), None
    )
    return push_session_change(session, stack, _tr("Clear the dots"), *steps, topics=DOTS)
