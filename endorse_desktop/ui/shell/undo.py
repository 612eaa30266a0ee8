"""One undoable change, made through core services: the shape every tab's edits share.

`push_change(stack, text, do, undo, after)` performs `do` (through QUndoStack.push, so the first
redo() is the change itself) and returns what happened. `do(undone)` makes the change and returns
what undo needs; `undo(state)` reverses it and returns what the next redo needs (None the first
time). A change the core refuses is NOT put on the stack: the caller gets the error to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from endorse_desktop.core.errors import EndorseError

# What the core raises for a change it will not make (its messages are for the user).
REFUSALS = (EndorseError,)


@dataclass
class Outcome:
    error: Exception | None = None
    result: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None


class CallCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[Any], Any],
        undo: Callable[[Any], Any],
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.outcome = Outcome()
        self._do = do
        self._undo = undo
        self._after = after
        self._state: Any = None
        self._undone: Any = None

    def redo(self) -> None:
        try:
            self._state = self._do(self._undone)
        except REFUSALS as error:
            # Qt drops an obsolete command instead of stacking it; the caller shows the error.
            self.outcome.error = error
            self.setObsolete(True)
            return
        self.outcome.result = self._state
        self._after()

    def undo(self) -> None:
        try:
            self._undone = self._undo(self._state)
        except REFUSALS:
            # Not undone (a full disk, a record changed meanwhile): Qt drops an obsolete command,
            # so the stack cannot later "redo" a change that was never taken back.
            self.setObsolete(True)
            raise
        self._after()


def push_change(
    stack: QUndoStack,
    text: str,
    do: Callable[[Any], Any],
    undo: Callable[[Any], Any],
    after: Callable[[], None],
) -> Outcome:
    command = CallCommand(text, do, undo, after)
    outcome = command.outcome  # kept here: Qt deletes a refused command at once
    stack.push(command)
    return outcome
