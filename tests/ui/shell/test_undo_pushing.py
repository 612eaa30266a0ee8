"""`pushing`: a command's constructor and `push` in one call, as push_change is made."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from endorse_desktop.core.errors import EndorseError
from endorse_desktop.ui.shell.undo import CallCommand, pushing


def test_pushing_makes_the_command_pushes_it_and_returns_what_happened() -> None:
    stack = QUndoStack()
    names: list[str] = []
    push_rename = pushing(CallCommand)
    done = push_rename(stack, "Rename", lambda _: names.append("Bea"), lambda _: names.pop(), list)
    assert done.ok and names == ["Bea"] and stack.count() == 1
    assert stack.undoText() == "Rename"

    def refuse(_: object) -> None:
        raise EndorseError("That name is taken")

    refused = push_rename(stack, "Rename again", refuse, lambda _: None, list)
    assert not refused.ok and str(refused.error) == "That name is taken"
    assert stack.count() == 1  # a refused change is not kept on the stack
