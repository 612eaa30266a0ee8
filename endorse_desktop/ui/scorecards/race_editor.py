"""Adding, changing, archiving and deleting races and candidates, each one undoable step.

The Candidates & Scorecards tab owns the lists; this class turns its commands into changes made
through the core (`core/races.py`) and pushed on the window's undo stack. A deletion the core
refuses because it would lose ratings, votes or an endorsement is explained in the core's own
words, with the offer to archive instead: nothing is ever silently lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core.races import Candidate, Race
from endorse_desktop.ui.scorecards import commands
from endorse_desktop.ui.scorecards.dialogs import CandidateDialog, RaceDialog
from endorse_desktop.ui.scorecards.pane import PanePart
from endorse_desktop.ui.shell.undo import Outcome
from endorse_desktop.ui.widgets.actions import menu_groups
from endorse_desktop.ui.widgets.core_text import in_ui

# (text, slot, shortcut, tip) → the action, made on the tab (ScorecardsTab._action)
MakeAction = Callable[[str, Callable[[], None], str, str], QAction]


class RaceEditor(PanePart):
    def shown(self, outcome: Outcome, refused_title: str) -> Outcome:
        """A change made: its name in the status bar, or the core's refusal in a warning."""
        if outcome.ok:
            self.window.show_status(outcome.text, 4000)
        elif refused_title:
            self.refused(refused_title, outcome)
        return outcome

    def refused(self, title: str, outcome: Outcome) -> None:
        QMessageBox.warning(self.owner, title, in_ui(outcome.error))

    # ----- the tab's actions for races and candidates ----------------------------------------
    def build_actions(self, action: MakeAction) -> None:
        """The Scorecards menu's race and candidate entries; `action` makes one on the tab."""
        tr = self.tr
        self.new_race_action = action(
            tr("New &Race…"), self.add_race, "Ctrl+Shift+N", tr("Add a race")
        )
        self.edit_race_action = action(
            tr("Edit Ra&ce…"), self.edit_race, "Shift+F2", tr("Change the selected race")
        )
        self.archive_race_action = action(
            tr("Archive Race"),
            self.toggle_race_archived,
            "Ctrl+Shift+H",
            tr("Hide the race from lists and the handout, keeping everything (or bring it back)"),
        )
        self.delete_race_action = action(
            tr("Delete Race"),
            self.delete_race,
            "Ctrl+Shift+Del",
            tr("Delete an empty race (a race with candidates or votes is archived instead)"),
        )
        self.new_candidate_action = action(
            tr("&New Candidate…"),
            self.add_candidate,
            "Ins",
            tr("Add a candidate to the selected race"),
        )
        self.edit_candidate_action = action(
            tr("&Edit Candidate…"),
            self.edit_candidate,
            "F2",
            tr("Change the selected candidate"),
        )
        self.archive_candidate_action = action(
            tr("&Archive Candidate"),
            self.toggle_candidate_archived,
            "Ctrl+H",
            tr("Hide the candidate from the scorecard, keeping their ratings (or bring back)"),
        )
        self.delete_candidate_action = action(
            tr("&Delete Candidate"),
            self.delete_candidate,
            "Shift+Del",
            tr("Delete a candidate with nothing recorded (others are archived instead)"),
        )

    def menu_actions(self) -> list[QAction]:
        races = (self.new_race_action, self.edit_race_action, self.archive_race_action)
        candidates = (self.new_candidate_action, self.edit_candidate_action)
        return menu_groups(
            self.owner,
            [*races, self.delete_race_action],
            [*candidates, self.archive_candidate_action, self.delete_candidate_action],
        )

    def update_actions(self, race: Race | None, candidate: Candidate | None) -> None:
        """Enabled for what is selected; Archive says Unarchive for an archived record."""
        for race_action in (
            self.edit_race_action,
            self.archive_race_action,
            self.delete_race_action,
            self.new_candidate_action,
        ):
            race_action.setEnabled(race is not None)
        for candidate_action in (
            self.edit_candidate_action,
            self.archive_candidate_action,
            self.delete_candidate_action,
        ):
            candidate_action.setEnabled(candidate is not None)
        self.archive_race_action.setText(
            self.tr("Unarchive Race") if race and race.archived else self.tr("Archive Race")
        )
        self.archive_candidate_action.setText(
            self.tr("Un&archive Candidate")
            if candidate and candidate.archived
            else self.tr("&Archive Candidate")
        )

    # ----- races ---------------------------------------------------------------------------
    @Slot()
    def add_race(self) -> None:
        dialog = RaceDialog(None, self.owner)
        race = dialog.chosen_race() if dialog.exec() == RaceDialog.DialogCode.Accepted else None
        if race is None:
            return
        text = self.tr("Add race %s") % race.title
        outcome = commands.RACES.add(self.session, self.window.undo_stack, race, text)
        if self.shown(outcome, self.tr("Race not added")).ok:
            self.tab.select_race(outcome.result.id)
            # The keyboard on the new race, so its next step (Ins: New Candidate) works at once
            # even if New Race was pressed with the focus on the window's tab bar.
            self.tab.race_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def edit_race(self) -> None:
        race = self.tab.current_race()
        if race is None:
            return

        dialog = RaceDialog(race, self.owner)
        if dialog.exec() != RaceDialog.DialogCode.Accepted:
            return
        changed = dialog.chosen_race()
        if changed is None or changed == race:
            return
        self._update_race(changed, self.tr("Edit race %s") % changed.title)

    def _update_race(self, changed: Race, text: str) -> Outcome:
        outcome = commands.RACES.edit(self.session, self.window.undo_stack, changed, text)
        return self.shown(outcome, self.tr("Race not changed"))

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
        text = self.tr("Delete race %s") % race.title
        outcome = self.shown(
            commands.RACES.delete(self.session, self.window.undo_stack, race.id, text), ""
        )
        if not outcome.ok and not race.archived and self._offer_archive(outcome):
            self.toggle_race_archived()

    # ----- candidates ----------------------------------------------------------------------
    @Slot()
    def add_candidate(self) -> None:
        race = self.tab.current_race()
        if race is None or race.id is None:
            return

        dialog = CandidateDialog(Candidate(race.id, ""), race.title, self.owner)
        if dialog.exec() != CandidateDialog.DialogCode.Accepted:
            return
        candidate = dialog.chosen_candidate()
        if candidate is None:
            return
        text = self.tr("Add candidate %s") % candidate.name
        outcome = commands.CANDIDATES.add(self.session, self.window.undo_stack, candidate, text)
        if self.shown(outcome, self.tr("Candidate not added")).ok:
            self.tab.select_candidate(outcome.result.id)

    @Slot()
    def edit_candidate(self) -> None:
        candidate = self.tab.current_candidate()
        race = self.tab.current_race()
        if candidate is None or race is None:
            return

        dialog = CandidateDialog(candidate, race.title, self.owner)
        if dialog.exec() != CandidateDialog.DialogCode.Accepted:
            return
        changed = dialog.chosen_candidate()
        if changed is None or changed == candidate:
            return
        self._update_candidate(changed, self.tr("Edit candidate %s") % changed.name)

    def _update_candidate(self, changed: Candidate, text: str) -> Outcome:
        outcome = commands.CANDIDATES.edit(self.session, self.window.undo_stack, changed, text)
        return self.shown(outcome, self.tr("Candidate not changed"))

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
        text = self.tr("Delete %s") % candidate.name
        stack = self.window.undo_stack
        outcome = self.shown(
            commands.CANDIDATES.delete(self.session, stack, candidate.id, text), ""
        )
        if not outcome.ok and not candidate.archived and self._offer_archive(outcome):
            self.toggle_candidate_archived()

    def _offer_archive(self, outcome: Outcome) -> bool:
        """The core refused a deletion that would lose data: say why and offer to archive."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Not deleted"),
            in_ui(outcome.error),
            QMessageBox.StandardButton.Cancel,
            self.owner,
        )
        archive = box.addButton(self.tr("&Archive Instead"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(archive)
        box.exec()
        return box.clickedButton() is archive
