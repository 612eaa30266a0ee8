"""Undoable changes to races, candidates and ratings, each one `push_session_change`.

Every function makes the change through the core (the first redo), puts it on the window's undo
stack and tells the session's "races" or "ratings" views; a change the core refuses (a deletion
that would lose ratings, votes or an endorsement) never reaches the stack and comes back as
`outcome.error`, in the core's own words, for the tab to show; `outcome.text` names the change
for the status bar. The texts are the tab's: it knows the names the facilitator sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from endorse_desktop.core import races as core
from endorse_desktop.core.ratings import Rating, set_rating
from endorse_desktop.ui.shell.undo import (
    Outcome,
    RecordCommands,
    RecordServices,
    edited,
    push_session_change,
)

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

ON_RACES = ("races",)


# ----- races and candidates --------------------------------------------------------------------
RACES = RecordCommands(
    RecordServices(core.add_race, core.update_race, core.delete_race, core.restore_race), ON_RACES
)
CANDIDATES = RecordCommands(
    RecordServices(
        core.add_candidate, core.update_candidate, core.delete_candidate, core.restore_candidate
    ),
    ON_RACES,
)


# ----- ratings ---------------------------------------------------------------------------------
def save_rating(session: Session, stack: QUndoStack, rating: Rating, text: str) -> Outcome:
    """One scorecard cell (an empty rating clears it); undo puts the cell back as it was."""
    do, undo = edited(lambda cell: set_rating(session.store, cell), rating)
    return push_session_change(session, stack, text, do, undo, topics=("ratings",))
