"""One undoable change, made through core services: the one undo idiom every feature uses.

A feature's `commands.py` describes each change as two steps and hands them to `CallCommand` (for
the caller to push) or `push_change()` (which also pushes it and returns what happened):
`do(undone)` makes the change and returns what undo needs; `undo(state)` reverses it and returns
what the next redo needs (None the first time, so `do` knows whether it is the first run). The
first redo() is the change itself, as QUndoStack expects. A change the core refuses is NOT kept
on the stack: Qt drops an obsolete command, and the error goes to `outcome.error` and `refused`.

`added`, `edited` and `removed` build the two steps for the three shapes most changes take;
`RecordServices` builds them from a core record's add/update/delete/restore services, and
`RecordCommands` pushes them: one declaration per kind of record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from endorse_desktop.core.errors import EndorseError
from endorse_desktop.ui.shell.session import Topic

if TYPE_CHECKING:
    from endorse_desktop.core.store import Store
    from endorse_desktop.ui.shell.session import Session

# What the core raises for a change it will not make (its messages are for the user).
REFUSALS = (EndorseError,)

Step = Callable[[Any], Any]
R = TypeVar("R")
P = ParamSpec("P")


@dataclass
class Outcome:
    error: Exception | None = None
    result: Any = None
    text: str = ""  # what the change is called (the undo menu's words), for a status line

    @property
    def ok(self) -> bool:
        return self.error is None


class CallCommand(QUndoCommand):
    """`after()` runs once each successful redo or undo (refresh the views). With `refused`, a
    refusal in either direction is handed to it (to show); without it, a refused undo raises."""

    def __init__(
        self,
        text: str,
        do: Step,
        undo: Step,
        after: Callable[[], None],
        *,
        refused: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.outcome = Outcome(text=text)
        self._do = do
        self._undo = undo
        self._after = after
        self._refused = refused
        self._state: Any = None
        self._undone: Any = None

    def redo(self) -> None:
        try:
            self._state = self._do(self._undone)
        except REFUSALS as error:
            # Qt drops an obsolete command instead of stacking it; the caller shows the error.
            self.outcome.error = error
            self.setObsolete(True)
            if self._refused is not None:
                self._refused(error)
            return
        self.outcome.result = self._state
        self._after()

    def undo(self) -> None:
        try:
            self._undone = self._undo(self._state)
        except REFUSALS as error:
            # Not undone (a full disk, a record changed meanwhile): Qt drops an obsolete command,
            # so the stack cannot later "redo" a change that was never taken back.
            self.setObsolete(True)
            if self._refused is None:
                raise
            self._refused(error)
            return
        self._after()


def push_session_change(
    session: Session,
    stack: QUndoStack,
    text: str,
    do: Step,
    undo: Step,
    *,
    topics: Sequence[str],
) -> Outcome:
    """A change every view of `topics` hears about (each redo and undo), through the session."""

    def after() -> None:
        for topic in topics:
            session.notify(Topic(topic))  # the tables name topics by their plain value

    return push_change(stack, text, do, undo, after)


def push(stack: QUndoStack, command: CallCommand) -> Outcome:
    outcome = command.outcome  # kept here: Qt deletes a refused (or merged) command at once
    stack.push(command)
    return outcome


def pushing(make: Callable[P, CallCommand]) -> Callable[Concatenate[QUndoStack, P], Outcome]:
    """`push` joined to a command's constructor: the result takes the stack, then the
    constructor's own arguments, makes the command, pushes it and returns its outcome."""

    def push_made(stack: QUndoStack, /, *args: P.args, **kwargs: P.kwargs) -> Outcome:
        return push(stack, make(*args, **kwargs))

    return push_made


# push_change(stack, text, do, undo, after, refused=…): a CallCommand, pushed.
push_change = pushing(CallCommand)


# ----- the three shapes of change ---------------------------------------------------------------
def added(add: Callable[[], Any], restore: Step, delete: Step) -> tuple[Step, Step]:
    """Add a record; redo puts the same record back with its id (later changes refer to it).
    `delete(record)` takes it away again."""

    def do(undone: Any) -> Any:
        if undone is None:
            return add()
        restore(undone)
        return undone

    def undo(record: Any) -> Any:
        delete(record)
        return record

    return do, undo


def edited(update: Step, record: Any) -> tuple[Step, Step]:
    """Save changes; the core returns the record as it was, which undo saves back."""

    def undo(before: Any) -> None:
        update(before)

    return (lambda _: update(record)), undo


def removed(remove: Step, restore: Step, what: Any) -> tuple[Step, Step]:
    """Remove; the core returns what was removed, which undo restores."""

    def undo(gone: Any) -> None:
        restore(gone)

    return (lambda _: remove(what)), undo


@dataclass(frozen=True)
class RecordServices(Generic[R]):
    """A stored record's core services, in the core's usual shape: `add(store, record)` returns it
    with its id, `update` returns it as it was, `delete(store, id)` returns it, `restore` puts it
    back with its id (so later changes still find it)."""

    add: Callable[[Store, R], R]
    update: Callable[[Store, R], R]
    delete: Callable[[Store, int], R]
    restore: Callable[[Store, R], object]

    def adding(self, store: Store, record: R) -> tuple[Step, Step]:
        return added(
            lambda: self.add(store, record),
            lambda again: self.restore(store, again),
            lambda stored: self.delete(store, stored.id),
        )

    def editing(self, store: Store, record: R) -> tuple[Step, Step]:
        return edited(lambda changed: self.update(store, changed), record)

    def deleting(self, store: Store, record_id: int) -> tuple[Step, Step]:
        return removed(
            lambda what: self.delete(store, what), lambda gone: self.restore(store, gone), record_id
        )


@dataclass(frozen=True)
class RecordCommands(Generic[R]):
    """A record's three undoable changes, pushed on the window's stack and heard on `topics`:
    a feature's `commands.py` declares one per kind of record (`RACES.add(session, stack, race,
    text)`), so adding, editing and deleting are written once for every record."""

    services: RecordServices[R]
    topics: Sequence[str]

    def add(self, session: Session, stack: QUndoStack, record: R, text: str) -> Outcome:
        """`outcome.result` is the record as stored (with its id); redo brings back the same id."""
        steps = self.services.adding(session.store, record)
        return push_session_change(session, stack, text, *steps, topics=self.topics)

    def edit(self, session: Session, stack: QUndoStack, record: R, text: str) -> Outcome:
        """Save changes (archiving and bringing back are changes too)."""
        steps = self.services.editing(session.store, record)
        return push_session_change(session, stack, text, *steps, topics=self.topics)

    def delete(self, session: Session, stack: QUndoStack, record_id: int, text: str) -> Outcome:
        steps = self.services.deleting(session.store, record_id)
        return push_session_change(session, stack, text, *steps, topics=self.topics)
