"""Undoable changes of the Results & Track Record tab, each one `push_session_change`.

Results, actions in office and reviews tell the "results" views (a review also the
endorsements'); switching or opening a cycle changes what every tab shows, so it tells them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from endorse_desktop.core import accountability, cycles, results
from endorse_desktop.core.accountability import OfficeAction, ReviewPrompt
from endorse_desktop.core.cycles import CarryOver
from endorse_desktop.core.endorsements import get_endorsement, set_status
from endorse_desktop.core.races import list_candidates, list_races
from endorse_desktop.core.results import Result, ResultRow
from endorse_desktop.core.store import audit
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.undo import Outcome, RecordServices, push_session_change
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

RESULTS = (Topic.RESULTS,)
REVIEWED = (Topic.RESULTS, Topic.ENDORSEMENTS, Topic.RACES)
# a cycle change: every view re-reads (CYCLES first, so a tab can drop what it was showing)
EVERYTHING = (
    Topic.CYCLES,
    Topic.SETTINGS,
    Topic.RACES,
    Topic.RATINGS,
    Topic.MEETINGS,
    Topic.VOTES,
    Topic.ENDORSEMENTS,
    Topic.COMMITMENTS,
    Topic.RESULTS,
)


_tr = translator("ResultCommands")


def _put_back(session: Session, candidate_id: int, before: Result | None) -> None:
    if before is None:
        results.clear_result(session.store, candidate_id)
    else:
        results.set_result(session.store, before)


def set_result(session: Session, stack: QUndoStack, result: Result, name: str) -> Outcome:
    """Record a candidate's result; undo puts back the one it replaced (or none)."""

    def do(_: object) -> Result | None:
        return results.set_result(session.store, result)

    def undo(before: Result | None) -> None:
        _put_back(session, result.candidate_id, before)

    return push_session_change(
        session, stack, _tr("Result for %s") % name, do, undo, topics=RESULTS
    )


def clear_result(session: Session, stack: QUndoStack, candidate_id: int, name: str) -> Outcome:
    def do(_: object) -> Result | None:
        return results.clear_result(session.store, candidate_id)

    def undo(before: Result | None) -> None:
        _put_back(session, candidate_id, before)

    return push_session_change(
        session, stack, _tr("Clear the result for %s") % name, do, undo, topics=RESULTS
    )


def import_results(
    session: Session, stack: QUndoStack, rows: list[ResultRow], source: str
) -> Outcome:
    """A file of official results, all in one step; undo puts every earlier result back."""
    store = session.store

    def do(_: object) -> dict[int, Result | None]:
        before: dict[int, Result | None] = {}
        for race in list_races(store, include_archived=True):
            assert race.id is not None
            for candidate in list_candidates(store, race.id, True):
                if candidate.id is not None:
                    before[candidate.id] = results.get_result(store, candidate.id)
        results.apply_results(store, rows, source)
        return before

    def undo(before: dict[int, Result | None]) -> None:
        with store.transaction():
            for candidate_id, result in before.items():
                if results.get_result(store, candidate_id) != result:
                    _put_back(session, candidate_id, result)

    return push_session_change(
        session, stack, _tr("Import results from %s") % source, do, undo, topics=RESULTS
    )


ACTIONS = RecordServices[OfficeAction](
    accountability.add_action,
    accountability.update_action,
    accountability.delete_action,
    accountability.restore_action,
)


def add_office_action(session: Session, stack: QUndoStack, action: OfficeAction) -> Outcome:
    steps = ACTIONS.adding(session.store, action)
    return push_session_change(
        session, stack, _tr("Rate an action in office: %s") % action.action, *steps, topics=RESULTS
    )


def delete_office_action(session: Session, stack: QUndoStack, action: OfficeAction) -> Outcome:
    assert action.id is not None
    steps = ACTIONS.deleting(session.store, action.id)
    return push_session_change(
        session, stack, _tr("Delete the action %s") % action.action, *steps, topics=RESULTS
    )


def review_endorsement(
    session: Session, stack: QUndoStack, prompt: ReviewPrompt, decision: str, reason: str
) -> Outcome:
    """Answer "review the endorsement"; undo puts the endorsement's status back (audited)."""
    store = session.store

    def do(_: object) -> str:
        return accountability.review_endorsement(store, prompt, decision, reason)

    def undo(before: str) -> None:
        found = get_endorsement(store, prompt.endorsement_id)
        with store.transaction():
            if found is not None and found.status != before:
                set_status(
                    store,
                    prompt.endorsement_id,
                    before,
                    condition_text=found.condition_text or _tr("as before the review"),
                    reason=_tr("review undone"),
                )
            audit.record(
                store,
                "endorsements",
                prompt.endorsement_id,
                "review undone",
                field="office_action",
                old_value=prompt.action_id,
            )

    return push_session_change(
        session,
        stack,
        _tr("Review the endorsement of %s") % prompt.name,
        do,
        undo,
        topics=REVIEWED,
    )


def switch_cycle(session: Session, stack: QUndoStack, cycle_id: int, name: str) -> Outcome:
    def do(_: object) -> int:
        return cycles.switch_cycle(session.store, cycle_id)

    def undo(before: int) -> None:
        cycles.switch_cycle(session.store, before)

    return push_session_change(
        session, stack, _tr("Work in the cycle %s") % name, do, undo, topics=EVERYTHING
    )


def open_cycle(session: Session, stack: QUndoStack, name: str, carry: CarryOver) -> Outcome:
    """A new cycle becomes the current one. Undo goes back to working in the previous cycle
    (the new, possibly filled one stays in the file: nothing typed into it is lost)."""

    def do(undone: int | None) -> int:
        if undone is None:
            before = cycles.current_cycle(session.store).id
            cycles.open_cycle(session.store, name, carry)
            return before
        return cycles.switch_cycle(session.store, undone)

    def undo(before: int) -> int:
        now = cycles.current_cycle(session.store).id
        cycles.switch_cycle(session.store, before)
        return now

    return push_session_change(
        session, stack, _tr("Open the cycle %s") % name, do, undo, topics=EVERYTHING
    )
