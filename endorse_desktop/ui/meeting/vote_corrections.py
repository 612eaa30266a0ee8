"""Corrections to a vote after the fact: amending a finalized round, recusals, the endorsement's
status, and the vote record any member can recount. Each keeps its reason in the audit log.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QMessageBox,
)

from endorse_desktop.core import meetings
from endorse_desktop.core.endorsements import EndorsementError, endorsements_for_race, set_status
from endorse_desktop.core.members import list_members
from endorse_desktop.core.private_files import private_text_file
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.record import vote_record_to_json
from endorse_desktop.core.voting.stored import (
    Method,
    VoteError,
    load_vote,
    vote_record,
)
from endorse_desktop.ui.meeting.commands import (
    recusal,
)
from endorse_desktop.ui.meeting.correction_dialogs import (
    AmendDialog,
    EndorsementStatusDialog,
    RecusalDialog,
)
from endorse_desktop.ui.meeting.screen import MeetingScreen, vote_read_again
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.file_dialogs import save_file_name


class VoteCorrections(QObject):
    def __init__(self, tab: MeetingScreen) -> None:
        super().__init__(tab.widget)
        self._tab = tab

    @Slot()
    def amend_round(self) -> None:
        vote = vote_read_again(self._tab)
        if vote is None:
            return
        dialog = AmendDialog(vote, self._tab.widget, store=self._tab.store)
        if dialog.exec() != AmendDialog.DialogCode.Accepted:
            return
        reason = dialog.reason_edit.text()
        number = int(dialog.round_combo.currentData() or 1)
        try:
            if vote.method is Method.HAND_COUNT:
                kind, option_id = dialog.option_combo.currentData()
                amended = voting.amend_hand_count(
                    self._tab.store,
                    vote.id,
                    number,
                    kind,
                    option_id,
                    quantity=dialog.count_spin.value(),
                    reason=reason,
                )
            elif vote.method is Method.PAPER_CHOOSE_ONE:
                change = (
                    voting.amend_add_ballot
                    if dialog.action_combo.currentData() == "add"
                    else voting.amend_remove_ballot
                )
                amended = change(
                    self._tab.store, vote.id, number, dialog.option_combo.currentData(), reason
                )
            else:
                change_ranked = (
                    voting.amend_add_ranked
                    if dialog.action_combo.currentData() == "add"
                    else voting.amend_remove_ranked
                )
                amended = change_ranked(self._tab.store, vote.id, dialog.ranking(), reason)
        except VoteError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Amendment refused"), str(error))
            return
        self._tab._announce(Topic.VOTES)
        self._tab.reload_votes(select=vote.id)
        if amended.outcome_changed:
            QMessageBox.warning(
                self._tab.widget,
                self.tr("The result changed"),
                self.tr("Before: %s\nNow: %s\nReview the endorsement (Ctrl+Shift+D).")
                % (amended.sentence_before, amended.sentence_after),
            )

    @Slot()
    def edit_recusals(self) -> None:
        vote = self._tab.current_vote
        if vote is None or self._tab._meeting is None or self._tab._meeting.id is None:
            return
        present = set(meetings.checked_in_ids(self._tab.store, self._tab._meeting.id))
        headcount = self._tab._meeting.head_count is not None
        people = [
            (m.id, m.display_name)
            for m in list_members(self._tab.store)
            if m.id is not None and (m.id in present or (headcount and not m.archived))
        ]
        recused = set(voting.recused_member_ids(self._tab.store, vote.id))
        dialog = RecusalDialog(people, recused, self._tab.widget)
        if dialog.exec() != RecusalDialog.DialogCode.Accepted:
            return
        chosen = dialog.recused()
        reason = dialog.reason_edit.text()
        names = dict(people)
        stack = self._tab.window_.undo_stack
        stack.beginMacro(self.tr("Recusals"))
        for member_id in sorted(chosen - recused):
            stack.push(
                recusal(
                    self._tab,
                    vote.id,
                    member_id,
                    reason=reason,
                    recuse=True,
                    text=self.tr("Recuse %s") % names[member_id],
                )
            )
        for member_id in sorted(recused - chosen):
            stack.push(
                recusal(
                    self._tab,
                    vote.id,
                    member_id,
                    reason="",
                    recuse=False,
                    text=self.tr("Unrecuse %s") % names[member_id],
                )
            )
        stack.endMacro()
        if self._tab._desk is not None:
            self._tab._desk.refresh_numbers()
            self._tab.tally_changed(self._tab._desk.vote_id)

    @Slot()
    def edit_endorsement(self) -> None:
        vote = self._tab.current_vote
        if vote is None:
            return
        made = [
            e for e in endorsements_for_race(self._tab.store, vote.race_id) if e.vote_id == vote.id
        ]
        if not made or made[-1].id is None:
            QMessageBox.information(
                self._tab.widget, self.tr("No endorsement"), self.tr("This vote endorsed nobody.")
            )
            return
        endorsement = made[-1]
        dialog = EndorsementStatusDialog(
            endorsement.status, endorsement.condition_text, self._tab.widget
        )
        if dialog.exec() != EndorsementStatusDialog.DialogCode.Accepted:
            return
        status = dialog.status_combo.currentData()
        text = dialog.text_edit.text()
        try:
            set_status(
                self._tab.store,
                endorsement.id or 0,
                status,
                condition_text=text if status == "conditional" else "",
                reason=text if status == "rescinded" else "",
            )
        except EndorsementError as error:
            QMessageBox.warning(
                self._tab.widget, self.tr("Cannot change the endorsement"), str(error)
            )
            return
        self._tab._announce(Topic.ENDORSEMENTS)
        self._tab.window_.show_status(self.tr("Endorsement is now %s") % status, 5000)

    def vote_record_json(self, vote_id: int) -> dict[str, Any]:
        return vote_record_to_json(
            vote_record(self._tab.store, load_vote(self._tab.store, vote_id))
        )

    @Slot()
    def export_vote_record(self, path: Path | None = None) -> Path | None:
        vote = self._tab.current_vote
        if vote is None:
            return None
        if not isinstance(path, Path):
            chosen = save_file_name(
                self._tab.widget,
                self.tr("Save the vote record"),
                f"vote-{vote.id}.json",
                "Vote records (*.json)",
            )
            if chosen is None:
                return None
            path = chosen
        try:
            data = self.vote_record_json(vote.id)
        except ValueError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Cannot export the vote"), str(error))
            return None

        try:
            # Owner-only and whole or not at all, like every file the app writes.
            with private_text_file(path) as handle:
                handle.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Cannot export the vote"), str(error))
            return None
        self._tab.window_.show_status(self.tr("Vote record saved to %s") % path, 8000)
        return path
