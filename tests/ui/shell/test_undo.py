"""ui/shell/undo.py: the one undo idiom — a refusal is shown, never stacked, never half-done."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.ui.shell.undo import CallCommand, added, push, push_change


def test_a_refused_change_reaches_the_handler_and_not_the_stack(qapp) -> None:
    stack = QUndoStack()
    shown: list[str] = []

    def refuse(_: object) -> None:
        raise InvalidInputError("that name is taken")

    command = CallCommand("Rename", refuse, lambda _: None, lambda: None, refused=shown.append)
    outcome = push(stack, command)
    assert str(outcome.error) == "that name is taken"
    assert [str(error) for error in shown] == ["that name is taken"]
    assert stack.count() == 0 and not stack.canUndo()


def test_an_undo_the_core_refuses_is_shown_and_dropped_from_the_history(qapp) -> None:
    stack = QUndoStack()
    shown: list[str] = []
    refreshed: list[str] = []

    def cannot_take_back(_: object) -> None:
        raise InvalidInputError("checked in since; cannot remove")

    command = CallCommand(
        "Add",
        lambda _: "added",
        cannot_take_back,
        lambda: refreshed.append("x"),
        refused=shown.append,
    )
    assert push(stack, command).result == "added"
    stack.undo()
    assert [str(error) for error in shown] == ["checked in since; cannot remove"]
    assert refreshed == ["x"]  # only the change itself refreshed the views
    assert not stack.canRedo()


def test_an_added_record_comes_back_as_the_same_record_on_redo(qapp) -> None:
    stored: list[dict[str, int]] = []

    def add() -> dict[str, int]:
        stored.append({"id": 7})
        return stored[-1]

    do, undo = added(add, stored.append, stored.remove)
    stack = QUndoStack()
    outcome = push_change(stack, "Add", do, undo, lambda: None)
    assert outcome.ok and outcome.text == "Add" and stored == [{"id": 7}]
    stack.undo()
    assert stored == []
    stack.redo()
    assert stored == [outcome.result]
