"""The race editor's race and candidate halves: an edit, an archive and a refused deletion are
each one undo step named for the record, as the facilitator reads it in Edit ▸ Undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core.races import get_candidate, get_race
from endorse_desktop.ui.scorecards.dialogs import CandidateDialog, RaceDialog


@pytest.fixture
def tab(sample_window):
    tab = sample_window.show_tab("scorecards")
    tab.race_view.setFocus()
    return tab


def test_a_race_is_edited_and_archived_in_named_undo_steps(sample_window, tab, monkeypatch):
    store, stack = tab.session.store, sample_window.undo_stack
    race = tab.current_race()

    def fill_in(dialog: RaceDialog) -> int:
        dialog.district_edit.setText("Ward 9")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RaceDialog, "exec", fill_in)
    tab.editor.edit_race_action.trigger()
    assert get_race(store, race.id).district == "Ward 9"
    assert stack.undoText() == f"Edit race {race.office} — Ward 9"

    tab.editor.archive_race_action.trigger()
    assert get_race(store, race.id).archived
    assert stack.undoText() == f"Archive race {race.office} — Ward 9"
    stack.undo()
    stack.undo()
    assert get_race(store, race.id) == race


def test_an_unchanged_dialog_adds_no_undo_step(sample_window, tab, monkeypatch):
    before = sample_window.undo_stack.count()

    def accept_as_is(dialog: CandidateDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CandidateDialog, "exec", accept_as_is)
    tab._select(tab.candidate_view, 0)
    assert tab.current_candidate() is not None
    tab.editor.edit_candidate_action.trigger()
    assert sample_window.undo_stack.count() == before


def test_a_candidate_is_edited_and_archived_in_named_undo_steps(sample_window, tab, monkeypatch):
    store, stack = tab.session.store, sample_window.undo_stack
    tab._select(tab.candidate_view, 0)
    candidate = tab.current_candidate()

    def fill_in(dialog: CandidateDialog) -> int:
        dialog.party_edit.setText("Working Families")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CandidateDialog, "exec", fill_in)
    tab.editor.edit_candidate_action.trigger()
    assert get_candidate(store, candidate.id).party == "Working Families"
    assert stack.undoText() == f"Edit candidate {candidate.name}"
    tab.editor.archive_candidate_action.trigger()
    assert stack.undoText() == f"Archive {candidate.name}"
    assert get_candidate(store, candidate.id).archived


def test_deleting_a_race_with_candidates_is_refused_and_cancel_keeps_it(tab, monkeypatch):
    store = tab.session.store
    race = tab.current_race()
    said: list[str] = []

    def cancel(box: QMessageBox) -> int:
        said.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    tab.editor.delete_race_action.trigger()
    assert said  # the core's reason, with the offer to archive
    assert get_race(store, race.id) == race
