"""The vote behind the Meeting & Voting tab: which vote is shown, new vote, the counting keys,
finalize, next round, close, ranked count and lots, amendments, recusals, endorsement status and
the vote record.

The tab shows and counts (attendance, the tally keys, the projector); this controller makes the
decisions that change a vote through `core.voting` and tells the tab what to show again. It asks
the facilitator through the tab (`ask_finalize`, `ask_next_round`), so a test can answer for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QMessageBox,
)

from endorse_desktop.core.races import get_race
from endorse_desktop.core.store import Store
from endorse_desktop.core.store.backups import make_backup
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.counting import CountResult
from endorse_desktop.core.voting.journal import BallotDesk, LiveView
from endorse_desktop.core.voting.record import result_to_json
from endorse_desktop.core.voting.rules import Outcome
from endorse_desktop.core.voting.sentences import outcome_sentence, rule_summary
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    VoteError,
    load_vote,
    vote_ids,
    vote_numbers,
)
from endorse_desktop.core.voting.tally import TallyKind
from endorse_desktop.ui.meeting.commands import (
    ballot,
    hand_count,
    ranked_ballot,
    take_back,
)
from endorse_desktop.ui.meeting.dialogs import (
    LotDialog,
    NewVoteDialog,
)
from endorse_desktop.ui.meeting.screen import MeetingScreen, vote_read_again
from endorse_desktop.ui.meeting.tally_panel import (
    KeyRanking,
)
from endorse_desktop.ui.meeting.vote_lines import status_lines
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.workers import run_in_background
from endorse_desktop.ui.widgets.core_text import in_ui, ui_code

METHOD_WORDS = {
    Method.PAPER_CHOOSE_ONE: "paper ballots, choose one",
    Method.PAPER_RANKED: "paper ballots, ranked",
    Method.HAND_COUNT: "hand count",
}


class VoteController(QObject):
    def __init__(self, tab: MeetingScreen) -> None:
        super().__init__(tab.widget)
        self._tab = tab
        self.backup_task: Any = None

    # ----- which vote, and what it shows ---------------------------------------------------------

    def reload_votes(self, select: int | None = None) -> None:
        current = (
            select if select is not None else (self._tab._desk.vote_id if self._tab._desk else None)
        )
        self._tab.vote_combo.blockSignals(True)
        self._tab.vote_combo.clear()
        if self._tab._meeting is not None and self._tab._meeting.id is not None:
            for number, vote_id in enumerate(
                vote_ids(self._tab.store, self._tab._meeting.id), start=1
            ):
                vote = load_vote(self._tab.store, vote_id)
                race = get_race(self._tab.store, vote.race_id)
                state = (
                    self.tr("closed")
                    if vote.is_closed
                    else self.tr("round %d") % vote.current_round.number
                )
                self._tab.vote_combo.addItem(
                    f"{number}. {race.title if race else '?'} — {state}", vote_id
                )
        self._tab.vote_combo.blockSignals(False)
        index = self._tab.vote_combo.findData(current) if current is not None else -1
        if index < 0:
            index = self._tab.vote_combo.count() - 1
        self._tab.vote_combo.setCurrentIndex(index)
        self._vote_chosen()

    def select_vote(self, vote_id: int) -> None:
        vote = load_vote(self._tab.store, vote_id)
        if self._tab._meeting is None or self._tab._meeting.id != vote.meeting_id:
            self._tab.reload_meetings(select=vote.meeting_id)
        self.reload_votes(select=vote_id)

    @Slot()
    def _vote_chosen(self) -> None:
        vote_id = self._tab.vote_combo.currentData()
        self._tab._desk = BallotDesk(self._tab.store, int(vote_id)) if vote_id is not None else None
        self._show_vote()

    def _show_vote(self) -> None:
        """Everything about the current vote (not per key: `tally_changed` does the keys)."""
        desk = self._tab._desk
        if desk is None:
            self._tab.vote_header.setText(self.tr("No vote at this meeting yet."))
            self._tab.tally.set_mode(None, {}, final=False)
            self._tab.tally.board.set_view(None)
            self._tab.feed.publish(None)
            self._tab.status_line.clear()
            self._tab.warning_label.hide()
            self._tab.result_label.clear()
            self._update_actions()
            return
        vote = desk.vote
        round_ = desk.round
        policy = None if vote.is_ranked else vote.policy
        rule = rule_summary(vote.threshold, vote.base, vote.quorum, policy, ui_code())
        state = self.tr("finalized") if round_.is_final else self.tr("open")
        # ranked ballots are collected once; "round" is the count's (one word, one meaning)
        stage = self.tr("Ballots") if vote.is_ranked else self.tr("Round %d") % round_.number
        self._tab.vote_header.setText(
            f"<b>{_html(vote.question)}</b><br>"
            + self.tr("%s (%s) · %s · %s")
            % (stage, state, self.tr(METHOD_WORDS[vote.method]), _html(rule))
        )
        labels = {option.key: option.label for option in vote.round_options(round_)}
        if vote.is_ranked:
            labels = {option.key: option.label for option in vote.options}
        self._tab.tally.set_mode(vote.method, labels, final=round_.is_final)
        final = next((r.result for r in reversed(vote.rounds) if r.is_final and r.result), None)
        counted = final["rounds"] if final is not None and vote.is_ranked else None
        self._tab.tally.show_count(vote.id, counted)  # the count's final round; PageUp goes back
        self._tab.result_label.setText(self._result_sentence(vote))
        self.tally_changed(vote.id)
        self._update_actions()

    def _result_sentence(self, vote: Vote) -> str:
        final = next((r for r in reversed(vote.rounds) if r.is_final), None)
        if final is None or final.result is None:
            return ""
        facts = voting.rule_facts(vote, vote_numbers(self._tab.store, vote))
        prefix = (
            self.tr("Announced: ")
            if vote.is_ranked
            else self.tr("Announced after round %d: ") % final.number
        )
        return prefix + outcome_sentence(final.result, facts, ui_code())

    def tally_changed(self, vote_id: int) -> None:
        """After each key: new totals on the board and the projector, and the warnings."""
        desk = self._tab._desk
        if desk is None or desk.vote_id != vote_id:
            return
        view = desk.view()
        self._tab.tally.board.set_view(view)
        self._tab.feed.publish(view)
        self._show_warnings(self._tab.tally.board.shown_view() or view)  # "needed" as shown
        if view.method is Method.HAND_COUNT:
            self._tab.tally.show_counts(self._hand_counts(desk))

    def _show_warnings(self, view: LiveView) -> None:
        lines = status_lines(view)
        counted = self.tr("%d ballots counted") % view.ballots
        if view.method is Method.HAND_COUNT:
            counted = self.tr("%d hands counted") % view.ballots
        self._tab.status_line.setText(
            " · ".join([counted] + [text for text, warning in lines if not warning])
        )
        warnings = [text for text, warning in lines if warning]
        self._tab.warning_label.setText("\n".join(warnings))
        self._tab.warning_label.setVisible(bool(warnings))

    def _hand_counts(self, desk: BallotDesk) -> dict[tuple[TallyKind, int | None], int]:
        counts: dict[tuple[TallyKind, int | None], int] = {
            (TallyKind.ABSTAIN, None): desk.tally.abstain,
            (TallyKind.SPOILED, None): desk.tally.spoiled,
        }
        for option in desk.vote.options:
            counts[(TallyKind.OPTION, option.key)] = desk.tally.votes.get(option.id, 0)
        return counts

    def _update_actions(self) -> None:
        actions = self._tab.action_table
        vote = self._tab.current_vote
        is_open = vote is not None and not vote.current_round.is_final
        has_meeting = self._tab._meeting is not None
        actions["edit_meeting"].setEnabled(has_meeting)
        actions["check_in"].setEnabled(has_meeting)
        actions["new_vote"].setEnabled(has_meeting)
        actions["count"].setEnabled(is_open)
        actions["finalize"].setEnabled(is_open)
        actions["recusals"].setEnabled(vote is not None and not vote.rounds[0].is_final)
        decided_or_closed = vote is None or vote.is_closed
        actions["next_round"].setEnabled(
            vote is not None and not is_open and not decided_or_closed and not vote.is_ranked
        )
        actions["close_vote"].setEnabled(vote is not None and not vote.is_closed)
        actions["run_count"].setEnabled(vote is not None and vote.is_ranked)
        actions["lot"].setEnabled(vote is not None and vote.is_ranked and is_open)
        actions["amend"].setEnabled(vote is not None and any(r.is_final for r in vote.rounds))
        actions["endorsement"].setEnabled(vote is not None and vote.outcome == "endorsed")
        actions["export_record"].setEnabled(vote is not None)
        actions["show_vote"].setEnabled(vote is not None)
        actions["show_result"].setEnabled(vote is not None)

    # ----- counting keys (each one event through BallotDesk, undoable) ---------------------------

    @Slot(int)
    def _ballot_key(self, key: int) -> None:
        desk = self._tab._desk
        if desk is None:
            return
        option = desk.vote.option_by_key(key)
        label = option.label if option and key else self.tr("blank or spoiled")
        self._tab.window_.undo_stack.push(
            ballot(self._tab, desk.vote_id, key, self.tr("Ballot: %s") % label)
        )

    @Slot()
    def _take_back(self) -> None:
        desk = self._tab._desk
        if desk is None or desk.tally.last_ballot() is None:
            self._tab.window_.show_status(self.tr("No ballot to take back"), 3000)
            return
        self._tab.window_.undo_stack.push(
            take_back(self._tab, desk.vote_id, self.tr("Take back the last ballot"))
        )

    @Slot(object)
    def _ranked_ballot(self, keys: KeyRanking) -> None:
        desk = self._tab._desk
        if desk is None:
            return
        try:
            ranking = tuple(tuple(desk.option_for_key(key) or 0 for key in rank) for rank in keys)
        except VoteError as error:
            self._tab.report_error(in_ui(error))
            return
        self._tab.window_.undo_stack.push(
            ranked_ballot(self._tab, desk.vote_id, ranking, self.tr("Ranked ballot"))
        )

    @Slot(object, object, int)
    def _count_entered(self, kind: TallyKind, key: int | None, quantity: int) -> None:
        desk = self._tab._desk
        if desk is None:
            return
        if self._hand_counts(desk).get((kind, key), 0) == quantity:
            return  # Tab through a box without changing it: nothing to record
        option = desk.vote.option_by_key(key) if key is not None else None
        what = option.label if option else kind.value
        self._tab.window_.undo_stack.push(
            hand_count(
                self._tab,
                desk.vote_id,
                kind,
                option.id if option else None,
                quantity=quantity,
                text=self.tr("Count %s = %d") % (what, quantity),
            )
        )

    @Slot()
    def new_vote(self) -> None:
        if self._tab._meeting is None or self._tab._meeting.id is None:
            return
        dialog = NewVoteDialog(self._tab.store, self._tab._meeting.id, self._tab.widget)
        if dialog.exec() != NewVoteDialog.DialogCode.Accepted or dialog.created is None:
            return
        self._tab._announce(Topic.VOTES)
        self.reload_votes(select=dialog.created.id)
        self._tab.focus_tally()

    @Slot()
    def finalize_round(self) -> None:
        desk = self._tab._desk
        if desk is None or desk.round.is_final:
            return
        vote = load_vote(self._tab.store, desk.vote_id)
        try:
            result = voting.preview(self._tab.store, vote)
        except VoteError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Cannot finalize yet"), in_ui(error))
            return
        if result.outcome is Outcome.NEEDS_LOT:
            self.record_lot()
            return
        sentence = voting.sentence_for(self._tab.store, vote, result, ui_code())
        choice = self._tab.ask_finalize(desk.round.number, sentence, result.winner)
        if choice is None:
            return
        try:
            done = voting.finalize_round(self._tab.store, vote.id, endorsement=choice, backup=False)
        except VoteError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Cannot finalize"), in_ui(error))
            return
        self._backup_in_background()
        self._tab._announce(Topic.VOTES)
        if done.endorsement is not None:
            self._tab._announce(Topic.ENDORSEMENTS)
        said = voting.sentence_for(self._tab.store, done.vote, done.result, ui_code())
        self._tab.window_.show_status(said, 15000)
        self.reload_votes(select=vote.id)
        projector = self._tab.window_.projector
        if projector is not None and projector.isVisible():
            self._tab.show_result()

    def _backup_in_background(self) -> None:
        """SPEC §8: a copy of the file when a vote is finalized, made off the GUI thread."""
        path = self._tab.store.path

        def work() -> str:
            with Store.open(path, readonly=True) as reader:
                return str(make_backup(reader, reason="vote-finalized").path)

        def done(_: object) -> None:
            self.backup_task = None

        def failed(error: Exception) -> None:
            self.backup_task = None
            self._tab.report_error(self.tr("The backup after finalizing failed: %s") % in_ui(error))

        self.backup_task = run_in_background(
            self._tab.widget, self.tr("Backing up…"), work, done, failed
        )

    @Slot()
    def open_next_round(self) -> None:
        vote = vote_read_again(self._tab)
        if vote is None:
            return
        try:
            going, tied, drops = voting.next_round_plan(self._tab.store, vote)
        except VoteError as error:
            QMessageBox.information(self._tab.widget, self.tr("No next round"), in_ui(error))
            return
        losers = self._tab.ask_next_round(vote.current_round.number + 1, going, tied, drops)
        if losers is None:
            return
        try:
            voting.open_next_round(self._tab.store, vote.id, losers)
        except VoteError as error:
            QMessageBox.warning(
                self._tab.widget, self.tr("Cannot open the next round"), in_ui(error)
            )
            return
        self._tab._announce(Topic.VOTES)
        self.reload_votes(select=vote.id)
        self._tab.focus_tally()
        projector = self._tab.window_.projector
        if projector is not None and projector.isVisible():
            self._tab.show_live_vote()

    @Slot()
    def close_vote(self) -> None:
        vote = self._tab.current_vote
        if vote is None:
            return
        answer = QMessageBox.question(
            self._tab.widget,
            self.tr("Close the vote"),
            self.tr("Stop balloting on this race without a decision?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            voting.close_vote(self._tab.store, vote.id)
        except VoteError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Cannot close the vote"), in_ui(error))
            return
        self._tab._announce(Topic.VOTES)
        self.reload_votes(select=vote.id)

    def _with_ranked_count(self, then: Callable[[Vote, CountResult], None]) -> None:
        """`then(vote, result)`: the current ranked vote counted as its ballots stand. Nothing
        happens for a vote that is not ranked; a refused count is said on the status line."""
        vote = self._tab.current_vote
        if vote is None or not vote.is_ranked:
            return
        try:
            result = voting.preview(self._tab.store, load_vote(self._tab.store, vote.id))
        except VoteError as error:
            self._tab.report_error(in_ui(error))
            return
        then(vote, result)

    @Slot()
    def run_ranked_count(self) -> None:
        self._with_ranked_count(self._show_ranked_count)

    def _show_ranked_count(self, vote: Vote, result: CountResult) -> None:
        lines = [
            self.tr("Round %d: %s")
            % (number, ", ".join(f"{k} {v}" for k, v in entry.counts.items()))
            for number, entry in enumerate(result.rounds, start=1)
        ]
        self._tab.result_label.setText(
            self.tr("Result so far: %s")
            % voting.sentence_for(self._tab.store, vote, result, ui_code())
            + "\n"
            + "\n".join(lines)
        )
        self._tab.tally.show_count(vote.id, result_to_json(result)["rounds"])

    @Slot()
    def record_lot(self) -> None:
        self._with_ranked_count(self._record_lot)

    def _record_lot(self, vote: Vote, result: CountResult) -> None:
        if result.outcome is not Outcome.NEEDS_LOT:
            QMessageBox.information(
                self._tab.widget,
                self.tr("No lot needed"),
                self.tr("The count has no tie that needs a lot."),
            )
            return
        number = len(result.rounds)
        dialog = LotDialog(number, list(result.rounds[-1].tied_for_last), self._tab.widget)
        if dialog.exec() != LotDialog.DialogCode.Accepted or dialog.eliminated() is None:
            return
        try:
            voting.record_runoff_lot(self._tab.store, vote.id, number, str(dialog.eliminated()))
        except VoteError as error:
            QMessageBox.warning(self._tab.widget, self.tr("Cannot record the lot"), in_ui(error))
            return
        self._tab._announce(Topic.VOTES)
        self.run_ranked_count()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
