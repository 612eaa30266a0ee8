"""Adding, changing, archiving and deleting races and candidates, each one undoable step.

The Candidates & Scorecards tab owns the lists; this class turns its commands into changes made
through the core (`core/races.py`) and pushed on the window's undo stack. A deletion the core
refuses because it would lose ratings, votes or an endorsement is explained in the core's own
words, with the offer to archive instead: nothing is ever silently lost.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core import races as races_core
from endorse_desktop.core.races import Candidate, Race
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.undo import (
    Outcome,
    push_change,
)

if TYPE_CHECKING:
    from endorse_desktop.ui.scorecards.tab import ScorecardsTab
    from endorse_desktop.ui.shell.host import TabHost


class RaceEditor(QObject):
    def __init__(self, tab: ScorecardsTab, window: TabHost) -> None:
        super().__init__(tab)
        self.tab = tab
        self.window = window
        self.session = tab.session

    def change(self, text: str, do: Any, undo: Any, topic: Topic) -> Outcome:
        def after() -> None:
            self.session.notify(topic)

        outcome = push_change(self.window.undo_stack, text, do, undo, after)
        if outcome.error is None:
            self.window.show_status(text, 4000)
        return outcome

    def refused(self, title: str, outcome: Outcome) -> None:
        QMessageBox.warning(self.tab, title, str(outcome.error))

    # ----- races ---------------------------------------------------------------------------
    @Slot()
    def add_race(self) -> None:
        from endorse_desktop.ui.scorecards.dialogs import RaceDialog

        dialog = RaceDialog(None, self.tab)
        if dialog.exec() != RaceDialog.DialogCode.Accepted or dialog.chosen_race() is None:
            return
        race = dialog.chosen_race()
        assert race is not None
        store = self.session.store

        def do(undone: Race | None) -> Race:
            return (
                races_core.add_race(store, race) if undone is None else _restore_race(store, undone)
            )

        def undo(added: Race) -> Race:
            assert added.id is not None
            return races_core.delete_race(store, added.id)

        outcome = self.change(self.tr("Add race %s") % race.title, do, undo, Topic.RACES)
        if outcome.ok:
            self.tab.select_race(outcome.result.id)
        else:
            self.refused(self.tr("Race not added"), outcome)

    @Slot()
    def edit_race(self) -> None:
        race = self.tab.current_race()
        if race is None:
            return
        from endorse_desktop.ui.scorecards.dialogs import RaceDialog

        dialog = RaceDialog(race, self.tab)
        if dialog.exec() != RaceDialog.DialogCode.Accepted or dialog.chosen_race() is None:
            return
        changed = dialog.chosen_race()
        if changed is None or changed == race:
            return
        self._update_race(changed, self.tr("Edit race %s") % changed.title)

    def _update_race(self, changed: Race, text: str) -> Outcome:
        store = self.session.store

        def do(_: object) -> Race:
            return races_core.update_race(store, changed)

        def undo(before: Race) -> None:
            races_core.update_race(store, before)

        outcome = self.change(text, do, undo, Topic.RACES)
        if not outcome.ok:
            self.refused(self.tr("Race not changed"), outcome)
        return outcome

    @Slot()
    def toggle_race_archived(self) -> None:
        race = self.tab.current_race()
        if race is None:
            return
        archived = not race.archived
        text = self.tr("Archive race %s") if archived else self.tr("Unarchive race %s")
        self._update_race(replace(race, archived=archived), text % race.title)

    @Slot()
    def delete_race(self) -> None:
        race = self.tab.current_race()
        if race is None or race.id is None:
            return
        store = self.session.store
        race_id = race.id

        def do(_: object) -> Race:
            return races_core.delete_race(store, race_id)

        def undo(deleted: Race) -> None:
            races_core.restore_race(store, deleted)

        outcome = self.change(self.tr("Delete race %s") % race.title, do, undo, Topic.RACES)
        if not outcome.ok and not race.archived and self._offer_archive(outcome):
            self.toggle_race_archived()

    # ----- candidates ----------------------------------------------------------------------
    @Slot()
    def add_candidate(self) -> None:
        race = self.tab.current_race()
        if race is None or race.id is None:
            return
        from endorse_desktop.ui.scorecards.dialogs import CandidateDialog

        dialog = CandidateDialog(Candidate(race.id, ""), race.title, self.tab)
        if dialog.exec() != CandidateDialog.DialogCode.Accepted:
            return
        candidate = dialog.chosen_candidate()
        if candidate is None:
            return
        store = self.session.store

        def do(undone: Candidate | None) -> Candidate:
            if undone is None:
                return races_core.add_candidate(store, candidate)
            return races_core.restore_candidate(store, undone)

        def undo(added: Candidate) -> Candidate:
            assert added.id is not None
            return races_core.delete_candidate(store, added.id)

        outcome = self.change(self.tr("Add candidate %s") % candidate.name, do, undo, Topic.RACES)
        if not outcome.ok:
            self.refused(self.tr("Candidate not added"), outcome)
            return
        self.tab.select_candidate(outcome.result.id)

    @Slot()
    def edit_candidate(self) -> None:
        candidate = self.tab.current_candidate()
        race = self.tab.current_race()
        if candidate is None or race is None:
            return
        from endorse_desktop.ui.scorecards.dialogs import CandidateDialog

        dialog = CandidateDialog(candidate, race.title, self.tab)
        if dialog.exec() != CandidateDialog.DialogCode.Accepted:
            return
        changed = dialog.chosen_candidate()
        if changed is None or changed == candidate:
            return
        self._update_candidate(changed, self.tr("Edit candidate %s") % changed.name)

    def _update_candidate(self, changed: Candidate, text: str) -> Outcome:
        store = self.session.store

        def do(_: object) -> Candidate:
            return races_core.update_candidate(store, changed)

        def undo(before: Candidate) -> None:
            races_core.update_candidate(store, before)

        outcome = self.change(text, do, undo, Topic.RACES)
        if not outcome.ok:
            self.refused(self.tr("Candidate not changed"), outcome)
        return outcome

    @Slot()
    def toggle_candidate_archived(self) -> None:
        candidate = self.tab.current_candidate()
        if candidate is None:
            return
        archived = not candidate.archived
        text = self.tr("Archive %s") if archived else self.tr("Unarchive %s")
        self._update_candidate(replace(candidate, archived=archived), text % candidate.name)

    @Slot()
    def delete_candidate(self) -> None:
        candidate = self.tab.current_candidate()
        if candidate is None or candidate.id is None:
            return
        store = self.session.store
        candidate_id = candidate.id

        def do(_: object) -> Candidate:
            return races_core.delete_candidate(store, candidate_id)

        def undo(deleted: Candidate) -> None:
            races_core.restore_candidate(store, deleted)

        outcome = self.change(self.tr("Delete %s") % candidate.name, do, undo, Topic.RACES)
        if not outcome.ok and not candidate.archived and self._offer_archive(outcome):
            self.toggle_candidate_archived()

    def _offer_archive(self, outcome: Outcome) -> bool:
        """The core refused a deletion that would lose data: say why and offer to archive."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Not deleted"),
            str(outcome.error),
            QMessageBox.StandardButton.Cancel,
            self.tab,
        )
        archive = box.addButton(self.tr("&Archive Instead"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(archive)
        box.exec()
        return box.clickedButton() is archive


def _restore_race(store: Any, race: Race) -> Race:
    races_core.restore_race(store, race)
    return race
