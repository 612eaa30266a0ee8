"""ui/scorecards/commands.py: races, candidates and ratings, each change one undo step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from endorse_desktop.core.races import Candidate, Race, get_candidate, get_race, list_candidates
from endorse_desktop.core.ratings import get_rating, ratings_for_race
from endorse_desktop.core.store import Store
from endorse_desktop.ui.scorecards import commands
from endorse_desktop.ui.shell.session import Session


@pytest.fixture
def session(qapp, demo_path: Path):
    session = Session(Store.open(demo_path))
    yield session
    session.close()


def test_race_and_candidate_added_undone_and_redone_keep_their_ids(session) -> None:
    stack = QUndoStack()
    race = commands.RACES.add(session, stack, Race("Water board"), "Add race").result
    candidate = commands.CANDIDATES.add(
        session, stack, Candidate(race.id, "Rosa Diaz"), "Add candidate"
    ).result
    stack.undo()
    stack.undo()
    assert get_race(session.store, race.id) is None
    stack.redo()
    stack.redo()
    assert get_race(session.store, race.id).office == "Water board"
    assert get_candidate(session.store, candidate.id).name == "Rosa Diaz"


def test_archiving_a_candidate_is_undone(session) -> None:
    stack = QUndoStack()
    candidate = list_candidates(session.store)[0]
    outcome = commands.CANDIDATES.edit(session, stack, replace(candidate, archived=True), "Archive")
    assert outcome.ok and outcome.text == "Archive"
    assert get_candidate(session.store, candidate.id).archived
    stack.undo()
    assert not get_candidate(session.store, candidate.id).archived


def test_deleting_a_rated_candidate_is_refused_and_not_stacked(session) -> None:
    stack = QUndoStack()
    rated = next(
        c for c in list_candidates(session.store) if ratings_for_race(session.store, c.race_id)
    )
    outcome = commands.CANDIDATES.delete(session, stack, rated.id, "Delete")
    assert outcome.error is not None and str(outcome.error)
    assert stack.count() == 0
    assert get_candidate(session.store, rated.id) is not None


def test_a_rating_saved_is_put_back_as_it_was_on_undo(session) -> None:
    stack = QUndoStack()
    candidate = list_candidates(session.store)[0]
    (cell_key, before), *_ = ratings_for_race(session.store, candidate.race_id).items()
    new_level = 1 if before.rating != 1 else 2
    commands.save_rating(session, stack, replace(before, rating=new_level), "Rate")
    assert get_rating(session.store, *cell_key).rating == new_level
    stack.undo()
    assert get_rating(session.store, *cell_key) == before
