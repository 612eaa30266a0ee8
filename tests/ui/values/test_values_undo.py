"""ui/values/commands.py: each change of the values and the dot vote is one undo step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from endorse_desktop.core.store import Store
from endorse_desktop.core.values import Value, dot_counts, find_value, list_values
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.values import commands


@pytest.fixture
def session(qapp, demo_path: Path):
    session = Session(Store.open(demo_path))
    yield session
    session.close()


def titles(session: Session) -> list[str]:
    return [value.title for value in list_values(session.store)]


def test_added_value_goes_away_on_undo_and_comes_back_with_its_id(session) -> None:
    stack = QUndoStack()
    heard: list[str] = []
    session.changed.connect(heard.append)
    outcome = commands.add_value(session, stack, Value("Clean water", weight=2))
    assert outcome.ok and outcome.text == "Add value Clean water"
    first_id = outcome.result.id
    assert "Clean water" in titles(session) and heard == ["values"]
    stack.undo()
    assert "Clean water" not in titles(session)
    stack.redo()
    assert find_value(session.store, "Clean water").id == first_id


def test_deleted_value_and_reorder_are_taken_back(session) -> None:
    stack = QUndoStack()
    before = titles(session)
    first = list_values(session.store)[0]
    assert commands.delete_value(session, stack, first).ok
    assert first.title not in titles(session)
    ids = [value.id for value in list_values(session.store)]
    assert commands.reorder_values(session, stack, list(reversed(ids))).ok
    assert titles(session)[0] == before[-1]
    stack.undo()
    stack.undo()
    assert titles(session) == before


def test_a_refused_edit_is_not_stacked_and_says_why(session) -> None:
    stack = QUndoStack()
    first, second = list_values(session.store)[:2]
    outcome = commands.edit_value(session, stack, replace(first, title=second.title))
    assert outcome.error is not None and str(outcome.error)
    assert stack.count() == 0
    assert titles(session)[0] == first.title


def test_dots_added_taken_back_and_cleared_are_undoable(session) -> None:
    stack = QUndoStack()
    value = list_values(session.store)[0]
    start = dot_counts(session.store).get(value.id, 0)
    commands.add_dot(session, stack, value)
    commands.add_dot(session, stack, value)
    assert dot_counts(session.store).get(value.id, 0) == start + 2
    commands.remove_last_dot(session, stack)
    assert dot_counts(session.store).get(value.id, 0) == start + 1
    commands.clear_dots(session, stack)
    assert sum(dot_counts(session.store).values()) == 0
    stack.undo()
    stack.undo()
    assert dot_counts(session.store).get(value.id, 0) == start + 2
