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
from endorse_desktop.core.races import Candidate, Race
from endorse_desktop.core.ratings import Rating, set_rating
from endorse_desktop.ui.shell.undo import (
    Outcome,
    added,
    edited,
    push_session_change,
    removed,
)

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

RACES = ("races",)


# ----- races -----------------------------------------------------------------------------------
def add_race(session: Session, stack: QUndoStack, race: Race, text: str) -> Outcome:
    """`outcome.result` is the race as stored (with its id); redo brings back the same id."""
    store = session.store
    do, undo = added(
        lambda: core.add_race(store, race),
        lambda again: core.restore_race(store, again),
        lambda stored: core.delete_race(store, stored.id),
    )
    return push_session_change(session, stack, text, do, undo, topics=RACES)


def update_race(session: Session, stack: QUndoStack, changed: Race, text: str) -> Outcome:
    """Edit, archive or unarchive a race."""
    do, undo = edited(lambda race: core.update_race(session.store, race), changed)
    return push_session_change(session, stack, text, do, undo, topics=RACES)


def delete_race(session: Session, stack: QUndoStack, race: Race, text: str) -> Outcome:
    store = session.store
    do, undo = removed(
        lambda race_id: core.delete_race(store, race_id),
        lambda gone: core.restore_race(store, gone),
        race.id,
    )
    return push_session_change(session, stack, text, do, undo, topics=RACES)


# ----- candidates ------------------------------------------------------------------------------
def add_candidate(session: Session, stack: QUndoStack, candidate: Candidate, text: str) -> Outcome:
    """`outcome.result` is the candidate as stored (with its id)."""
    store = session.store
    do, undo = added(
        lambda: core.add_candidate(store, candidate),
        lambda again: core.restore_candidate(store, again),
        lambda stored: core.delete_candidate(store, stored.id),
    )
    return push_session_change(session, stack, text, do, undo, topics=RACES)


def update_candidate(session: Session, stack: QUndoStack, changed: Candidate, text: str) -> Outcome:
    """Edit, archive or unarchive a candidate."""
    do, undo = edited(lambda candidate: core.update_candidate(session.store, candidate), changed)
    return push_session_change(session, stack, text, do, undo, topics=RACES)


def delete_candidate(
    session: Session, stack: QUndoStack, candidate: Candidate, text: str
) -> Outcome:
    store = session.store
    do, undo = removed(
        lambda candidate_id: core.delete_candidate(store, candidate_id),
        lambda gone: core.restore_candidate(store, gone),
        candidate.id,
    )
    return push_session_change(session, stack, text, do, undo, topics=RACES)


# ----- ratings ---------------------------------------------------------------------------------
def save_rating(session: Session, stack: QUndoStack, rating: Rating, text: str) -> Outcome:
    """One scorecard cell (an empty rating clears it); undo puts the cell back as it was."""
    do, undo = edited(lambda cell: set_rating(session.store, cell), rating)
    return push_session_change(session, stack, text, do, undo, topics=("ratings",))
