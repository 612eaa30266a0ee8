"""Adding, changing, archiving and deleting races and candidates, each one undoable step.

The Candidates & Scorecards tab owns the lists; this class turns its commands into changes made
through the core (`core/races.py`) and pushed on the window's undo stack. A deletion the core
refuses because it would lose ratings, votes or an endorsement is explained in the core's own
words, with the offer to archive instead: nothing is ever silently lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core.races import Candidate, Race
from endorse_desktop.ui.scorecards import commands
from endorse_desktop.ui.scorecards.dialogs import CandidateDialog, RaceDialog
from endorse_desktop.ui.scorecards.pane import PanePart
from endorse_desktop.ui.shell.undo import Outcome, RecordCommands
from endorse_desktop.ui.widgets.actions import menu_groups
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.forms import FormDialog

# (text, slot, shortcut, tip) → the action, made on the tab (ScorecardsTab._action)
MakeAction = Callable[[str, Callable[[], None], str, str], QAction]
RecordT = TypeVar("RecordT", Race, Candidate)


@dataclass(frozen=True)
class _Kind(Generic[RecordT]):
    """What differs between the editor's race half and its candidate half."""

    commands: RecordCommands[RecordT]
    name: Callable[[RecordT], str]  # how undo texts name one ("Mayor — Ward 3", "Ana Núñez")
    not_changed: str  # the title of the warning when the core refuses a change


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
        if race is not None:
            dialog = RaceDialog(race, self.owner)
            self._edit(self._races(), race, dialog, dialog.chosen_race, self.tr("Edit race %s"))

    @Slot()
    def toggle_race_archived(self) -> None:
        race = self.tab.current_race()
        if race is not None:
            texts = (self.tr("Archive race %s"), self.tr("Unarchive race %s"))
            self._toggle_archived(self._races(), race, *texts)

    @Slot()
    def delete_race(self) -> None:
        race = self.tab.current_race()
        if race is not None:
            self._delete(self._races(), race, self.tr("Delete race %s"), self.toggle_race_archived)

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
        if candidate is not None and race is not None:
            dialog = CandidateDialog(candidate, race.title, self.owner)
            text = self.tr("Edit candidate %s")
            self._edit(self._candidates(), candidate, dialog, dialog.chosen_candidate, text)

    @Slot()
    def toggle_candidate_archived(self) -> None:
        candidate = self.tab.current_candidate()
        if candidate is not None:
            texts = (self.tr("Archive %s"), self.tr("Unarchive %s"))
            self._toggle_archived(self._candidates(), candidate, *texts)

    @Slot()
    def delete_candidate(self) -> None:
        candidate = self.tab.current_candidate()
        if candidate is not None:
            text = self.tr("Delete %s")
            self._delete(self._candidates(), candidate, text, self.toggle_candidate_archived)

    # ----- what races and candidates share ----------------------------------------------------
    def _races(self) -> _Kind[Race]:
        return _Kind(commands.RACES, lambda race: race.title, self.tr("Race not changed"))

    def _candidates(self) -> _Kind[Candidate]:
        return _Kind(
            commands.CANDIDATES, lambda candidate: candidate.name, self.tr("Candidate not changed")
        )

    def _edit(
        self,
        kind: _Kind[RecordT],
        record: RecordT,
        dialog: FormDialog,
        chosen: Callable[[], RecordT | None],
        text: str,
    ) -> None:
        """Open `dialog` on `record`; what it changed becomes one undoable step."""
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return
        changed = chosen()
        if changed is not None and changed != record:
            self._update(kind, changed, text % kind.name(changed))

    def _update(self, kind: _Kind[RecordT], changed: RecordT, text: str) -> Outcome:
        outcome = kind.commands.edit(self.session, self.window.undo_stack, changed, text)
        return self.shown(outcome, kind.not_changed)

    def _toggle_archived(
        self, kind: _Kind[RecordT], record: RecordT, archive: str, unarchive: str
    ) -> None:
        archived = not record.archived
        text = archive if archived else unarchive
        self._update(kind, replace(record, archived=archived), text % kind.name(record))

    def _delete(
        self, kind: _Kind[RecordT], record: RecordT, text: str, archive: Callable[[], None]
    ) -> None:
        """Delete `record`; when the core refuses (data would be lost), offer `archive`."""
        if record.id is None:
            return
        stack = self.window.undo_stack
        outcome = self.shown(
            kind.commands.delete(self.session, stack, record.id, text % kind.name(record)), ""
        )
        if not outcome.ok and not record.archived and self._offer_archive(outcome):
            archive()

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
