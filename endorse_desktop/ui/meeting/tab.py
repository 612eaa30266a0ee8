"""Meeting & Voting (SPEC F-6): attendance, quorum, and counting votes in the room.

Left, the meeting and its attendance; right, the vote being counted: its rule, the tally (keyboard
only), warnings, and what finalizing would announce. The number present and quorum stay in the
header and in the window's status bar. Every count goes through `BallotDesk` and the undo stack;
finalizing, the next round, lots and amendments go through `core.voting`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core import meetings
from endorse_desktop.core.endorsements import EndorsementError, endorsements_for_race, set_status
from endorse_desktop.core.meetings import Meeting, MeetingError
from endorse_desktop.core.members import list_members
from endorse_desktop.core.races import get_race
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.counting import Outcome
from endorse_desktop.core.voting.journal import BallotDesk, LiveView
from endorse_desktop.core.voting.record import result_to_json, vote_record_to_json
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
from endorse_desktop.ui.meeting.attendance_panel import AttendancePanel
from endorse_desktop.ui.meeting.commands import (
    BallotCommand,
    CheckInCommand,
    CheckOutCommand,
    HandCountCommand,
    HeadCountCommand,
    RankedBallotCommand,
    RecusalCommand,
    TakeBackCommand,
)
from endorse_desktop.ui.meeting.dialogs import (
    AmendDialog,
    EndorsementStatusDialog,
    FinalizeDialog,
    LotDialog,
    MeetingDialog,
    NewVoteDialog,
    NextRoundDialog,
    RecusalDialog,
)
from endorse_desktop.ui.meeting.speech_timer import (
    DEFAULT_SECONDS,
    SpeechTimer,
)
from endorse_desktop.ui.meeting.status import quorum_text
from endorse_desktop.ui.meeting.tally_panel import (
    KeyRanking,
    TallyPanel,
)
from endorse_desktop.ui.meeting.vote_feed import LiveVoteFeed
from endorse_desktop.ui.projector.vote_slide import status_lines

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

WARNING_STYLE = "color: #b35900; font-weight: bold"
METHOD_WORDS = {
    Method.PAPER_CHOOSE_ONE: "paper ballots, choose one",
    Method.PAPER_RANKED: "paper ballots, ranked",
    Method.HAND_COUNT: "hand count",
}


class MeetingTab(QWidget):
    def __init__(self, session: Session, window: MainWindow) -> None:
        super().__init__()
        self.session = session
        self.window_ = window
        self.feed = LiveVoteFeed(self)
        self.speech_timer = SpeechTimer(DEFAULT_SECONDS, self)
        self.backup_task: Any = None
        self._desk: BallotDesk | None = None
        self._meeting: Meeting | None = None
        self._quiet = False  # True while this tab is the one announcing a change
        self._build_widgets()
        self._build_actions()
        session.changed.connect(self._session_changed)
        self.reload_meetings()

    # ----- what the commands and tests use -------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.session.store

    @property
    def desk(self) -> BallotDesk | None:
        return self._desk

    @property
    def current_vote(self) -> Vote | None:
        return self._desk.vote if self._desk is not None else None

    def desk_for(self, vote_id: int) -> BallotDesk:
        if self._desk is not None and self._desk.vote_id == vote_id:
            return self._desk
        return BallotDesk(self.store, vote_id)

    def report_error(self, message: str) -> None:
        self.window_.statusBar().showMessage(message, 8000)
        self.warning_label.setText(f"⚠ {message}")
        self.warning_label.show()

    # ----- widgets -------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.setToolTip(self.tr("The meeting whose attendance and votes are shown"))
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        self.new_meeting_button = QToolButton()
        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Present and quorum"))
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.header.setFont(font)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Meeting:")))
        top.addWidget(self.meeting_combo, 1)
        top.addWidget(self.new_meeting_button)
        top.addSpacing(16)
        top.addWidget(self.header)

        self.attendance = AttendancePanel(self.store)
        self.attendance.check_in.connect(self._check_in)
        self.attendance.check_out.connect(self._check_out)
        self.attendance.head_count.connect(self._head_count)

        self.vote_combo = QComboBox()
        self.vote_combo.setAccessibleName(self.tr("Vote"))
        self.vote_combo.setToolTip(self.tr("The votes taken at this meeting"))
        self.vote_combo.currentIndexChanged.connect(self._vote_chosen)
        self.new_vote_button = QToolButton()
        vote_row = QHBoxLayout()
        vote_row.addWidget(QLabel(self.tr("Vote:")))
        vote_row.addWidget(self.vote_combo, 1)
        vote_row.addWidget(self.new_vote_button)
        self.vote_header = QLabel()
        self.vote_header.setWordWrap(True)
        self.vote_header.setTextFormat(Qt.TextFormat.RichText)
        self.tally = TallyPanel()
        self.tally.ballot_key.connect(self._ballot_key)
        self.tally.take_back.connect(self._take_back)
        self.tally.ranked_ballot.connect(self._ranked_ballot)
        self.tally.count_entered.connect(self._count_entered)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setAccessibleName(self.tr("Warnings"))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setAccessibleName(self.tr("What is needed"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        result_font = self.result_label.font()
        result_font.setBold(True)
        self.result_label.setFont(result_font)
        self.buttons_row = QHBoxLayout()

        self.timer_length = QTimeEdit(QTime(0, DEFAULT_SECONDS // 60, DEFAULT_SECONDS % 60))
        self.timer_length.setDisplayFormat("m:ss")
        self.timer_length.setAccessibleName(self.tr("Speech length"))
        self.timer_length.setToolTip(self.tr("How long each candidate may speak"))
        self.timer_length.timeChanged.connect(self._timer_length_changed)
        self.timer_display = QLabel(self.speech_timer.display())
        self.timer_display.setAccessibleName(self.tr("Time left"))
        self.speech_timer.changed.connect(self._timer_changed)
        self.timer_row = QHBoxLayout()
        timer_box = QGroupBox(self.tr("Speech timer"))
        timer_box.setLayout(self.timer_row)
        self.timer_row.addWidget(QLabel(self.tr("Length:")))
        self.timer_row.addWidget(self.timer_length)
        self.timer_row.addWidget(self.timer_display)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(vote_row)
        right_layout.addWidget(self.vote_header)
        right_layout.addWidget(self.tally, 1)
        right_layout.addWidget(self.status_line)
        right_layout.addWidget(self.warning_label)
        right_layout.addWidget(self.result_label)
        right_layout.addLayout(self.buttons_row)
        right_layout.addWidget(timer_box)
        splitter = QSplitter()
        splitter.addWidget(self.attendance)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _build_actions(self) -> None:
        def action(text: str, slot: Any, shortcut: str, tip: str) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(f"{tip} ({shortcut})")
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        tr = self.tr
        self.new_meeting_action = action(
            tr("&New Meeting…"),
            self.new_meeting,
            "Ctrl+Alt+N",
            tr("Start a new meeting: date and place"),
        )
        self.edit_meeting_action = action(
            tr("&Edit Meeting…"),
            self.edit_meeting,
            "Ctrl+Alt+M",
            tr("Change this meeting's date, place or notes"),
        )
        self.check_in_action = action(
            tr("Check &In…"),
            self.focus_check_in,
            "Ctrl+I",
            tr("Type a member's name to check them in"),
        )
        self.new_vote_action = action(
            tr("New &Vote…"), self.new_vote, "Ctrl+Shift+V", tr("Vote on a race: method and rule")
        )
        self.count_action = action(
            tr("&Count Ballots"), self.focus_tally, "Ctrl+T", tr("Put the keyboard on the tally")
        )
        self.recusals_action = action(
            tr("&Recusals…"),
            self.edit_recusals,
            "Ctrl+Alt+R",
            tr("Members who sit this vote out for a conflict of interest"),
        )
        self.finalize_action = action(
            tr("&Finalize Round…"),
            self.finalize_round,
            "Ctrl+Return",
            tr("Lock this round and announce the result"),
        )
        self.next_round_action = action(
            tr("Ne&xt Round…"),
            self.open_next_round,
            "Ctrl+Shift+N",
            tr("No decision: open the next round under the repeated-ballot rule"),
        )
        self.close_vote_action = action(
            tr("C&lose Vote"),
            self.close_vote,
            "Ctrl+Alt+C",
            tr("Stop balloting without a decision"),
        )
        self.run_count_action = action(
            tr("Run the &Ranked Count"),
            self.run_ranked_count,
            "F9",
            tr("Count the ranked ballots so far, round by round"),
        )
        self.lot_action = action(
            tr("Record a &Lot…"),
            self.record_lot,
            "Ctrl+Shift+L",
            tr("A tie for fewest votes in a ranked count: record whom the lot eliminated"),
        )
        self.amend_action = action(
            tr("&Amend Finalized Round…"),
            self.amend_round,
            "Ctrl+Shift+A",
            tr("Correct a finalized round, with a reason kept in the audit log"),
        )
        self.endorsement_action = action(
            tr("En&dorsement Status…"),
            self.edit_endorsement,
            "Ctrl+Shift+D",
            tr("Active, conditional or rescinded: the change is kept in the audit log"),
        )
        self.export_record_action = action(
            tr("&Export Vote Record…"),
            self.export_vote_record,
            "Ctrl+Alt+E",
            tr("Save this vote as a vote record (JSON) that anyone can recount"),
        )
        self.show_vote_action = action(
            tr("Show Live &Vote"),
            self.show_live_vote,
            "F6",
            tr("Put the live vote on the projector"),
        )
        self.show_result_action = action(
            tr("Show Res&ult"),
            self.show_result,
            "F7",
            tr("Put the result sentence on the projector"),
        )
        self.show_timer_action = action(
            tr("Show Speech &Timer"),
            self.show_timer,
            "F8",
            tr("Put the speech countdown on the projector"),
        )
        self.timer_start_action = action(
            tr("&Start or Pause Timer"),
            self.speech_timer.toggle,
            "Ctrl+Shift+T",
            tr("Start the speech countdown, or pause it"),
        )
        self.timer_reset_action = action(
            tr("Rese&t Timer"),
            self.speech_timer.reset,
            "Ctrl+Alt+T",
            tr("Put the countdown back to the full length"),
        )
        self.new_meeting_button.setDefaultAction(self.new_meeting_action)
        self.new_vote_button.setDefaultAction(self.new_vote_action)
        for made in (
            self.finalize_action,
            self.next_round_action,
            self.close_vote_action,
            self.run_count_action,
            self.lot_action,
            self.amend_action,
            self.recusals_action,
            self.show_vote_action,
            self.show_result_action,
        ):
            button = QToolButton()
            button.setDefaultAction(made)
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        for made in (self.timer_start_action, self.timer_reset_action, self.show_timer_action):
            button = QPushButton(made.text().replace("&", ""))
            button.setToolTip(made.toolTip())
            button.clicked.connect(made.trigger)
            self.timer_row.addWidget(button)
        self.timer_row.addStretch(1)

    def menu_title(self) -> str:
        return self.tr("&Meeting")

    def menu_actions(self) -> list[QAction]:
        return self.actions()

    # ----- meetings -------------------------------------------------------------------------------
    def reload_meetings(self, select: int | None = None) -> None:
        wanted = select if select is not None else (self._meeting.id if self._meeting else None)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for meeting in meetings.list_meetings(self.store):
            self.meeting_combo.addItem(meeting.label, meeting.id)
        self.meeting_combo.blockSignals(False)
        index = self.meeting_combo.findData(wanted) if wanted is not None else 0
        self.meeting_combo.setCurrentIndex(max(index, 0) if self.meeting_combo.count() else -1)
        self._meeting_chosen()

    def select_meeting(self, meeting_id: int) -> None:
        self.reload_meetings(select=meeting_id)

    @Slot()
    def _meeting_chosen(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        self._meeting = meetings.get_meeting(self.store, meeting_id) if meeting_id else None
        self.attendance.set_meeting(
            self._meeting.id if self._meeting else None,
            self._meeting.head_count if self._meeting else None,
        )
        self._show_header()
        status = getattr(self.window_, "meeting_status", None)
        if status is not None:
            status.show_meeting(self._meeting.id if self._meeting else None)
        self.reload_votes()

    def _show_header(self) -> None:
        if self._meeting is None or self._meeting.id is None:
            self.header.setText(self.tr("No meeting yet — Ctrl+Alt+N starts one"))
            return
        numbers = meetings.attendance(self.store, self._meeting.id)
        self.header.setText(
            quorum_text(
                numbers,
                self.tr("%d present"),
                self.tr("quorum %d ✓ met"),
                self.tr("quorum %d ✗ NOT met (%d short)"),
            )
        )

    @Slot()
    def new_meeting(self) -> None:
        dialog = MeetingDialog(None, self)
        if dialog.exec() != MeetingDialog.DialogCode.Accepted:
            return
        try:
            made = meetings.add_meeting(self.store, dialog.meeting())
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Cannot add the meeting"), str(error))
            return
        self._announce("meetings")
        assert made.id is not None
        self.select_meeting(made.id)
        self.attendance.search.setFocus()

    @Slot()
    def edit_meeting(self) -> None:
        if self._meeting is None:
            return
        dialog = MeetingDialog(self._meeting, self)
        if dialog.exec() != MeetingDialog.DialogCode.Accepted:
            return
        try:
            meetings.update_meeting(self.store, dialog.meeting())
        except MeetingError as error:
            QMessageBox.warning(self, self.tr("Cannot change the meeting"), str(error))
            return
        self._announce("meetings")
        self.reload_meetings()

    @Slot()
    def focus_check_in(self) -> None:
        self.attendance.search.setFocus()
        self.attendance.search.selectAll()

    @Slot(int)
    def _check_in(self, member_id: int) -> None:
        if self._meeting is None or self._meeting.id is None:
            return
        name = self.attendance._by_id.get(member_id)
        text = self.tr("Check in %s") % (name.name if name else member_id)
        self.window_.undo_stack.push(CheckInCommand(self, self._meeting.id, member_id, text))

    @Slot(int)
    def _check_out(self, member_id: int) -> None:
        if self._meeting is None or self._meeting.id is None:
            return
        self.window_.undo_stack.push(
            CheckOutCommand(self, self._meeting.id, member_id, self.tr("Check out"))
        )

    @Slot(object)
    def _head_count(self, count: int | None) -> None:
        if self._meeting is None or self._meeting.id is None:
            return
        if count == self._meeting.head_count:
            return
        text = self.tr("Head count %s") % ("—" if count is None else count)
        self.window_.undo_stack.push(HeadCountCommand(self, self._meeting.id, count, text))

    def attendance_changed(self, meeting_id: int) -> None:
        self._meeting = meetings.get_meeting(self.store, meeting_id)
        if self._meeting is not None:
            self.attendance.show_head_count(self._meeting.head_count)
        self.attendance.sync()
        self._show_header()
        self._announce("meetings")
        if self._desk is not None:
            self._desk.refresh_numbers()
            self.tally_changed(self._desk.vote_id)

    # ----- votes ---------------------------------------------------------------------------------
    def reload_votes(self, select: int | None = None) -> None:
        current = select if select is not None else (self._desk.vote_id if self._desk else None)
        self.vote_combo.blockSignals(True)
        self.vote_combo.clear()
        if self._meeting is not None and self._meeting.id is not None:
            for number, vote_id in enumerate(vote_ids(self.store, self._meeting.id), start=1):
                vote = load_vote(self.store, vote_id)
                race = get_race(self.store, vote.race_id)
                state = (
                    self.tr("closed")
                    if vote.is_closed
                    else self.tr("round %d") % vote.current_round.number
                )
                self.vote_combo.addItem(
                    f"{number}. {race.title if race else '?'} — {state}", vote_id
                )
        self.vote_combo.blockSignals(False)
        index = self.vote_combo.findData(current) if current is not None else -1
        if index < 0:
            index = self.vote_combo.count() - 1
        self.vote_combo.setCurrentIndex(index)
        self._vote_chosen()

    @Slot()
    def new_vote(self) -> None:
        if self._meeting is None or self._meeting.id is None:
            return
        dialog = NewVoteDialog(self.store, self._meeting.id, self)
        if dialog.exec() != NewVoteDialog.DialogCode.Accepted or dialog.created is None:
            return
        self._announce("votes")
        self.reload_votes(select=dialog.created.id)
        self.focus_tally()

    def select_vote(self, vote_id: int) -> None:
        vote = load_vote(self.store, vote_id)
        if self._meeting is None or self._meeting.id != vote.meeting_id:
            self.reload_meetings(select=vote.meeting_id)
        self.reload_votes(select=vote_id)

    @Slot()
    def _vote_chosen(self) -> None:
        vote_id = self.vote_combo.currentData()
        self._desk = BallotDesk(self.store, int(vote_id)) if vote_id is not None else None
        self._show_vote()

    def _show_vote(self) -> None:
        """Everything about the current vote (not per key: `tally_changed` does the keys)."""
        desk = self._desk
        if desk is None:
            self.vote_header.setText(self.tr("No vote at this meeting yet."))
            self.tally.set_mode(None, {}, final=False)
            self.tally.board.set_view(None)
            self.feed.publish(None)
            self.status_line.clear()
            self.warning_label.hide()
            self.result_label.clear()
            self._update_actions()
            return
        vote = desk.vote
        round_ = desk.round
        policy = None if vote.is_ranked else vote.policy
        rule = rule_summary(vote.threshold, vote.base, vote.quorum, policy)
        state = self.tr("finalized") if round_.is_final else self.tr("open")
        # ranked ballots are collected once; "round" is the count's (one word, one meaning)
        stage = self.tr("Ballots") if vote.is_ranked else self.tr("Round %d") % round_.number
        self.vote_header.setText(
            f"<b>{_html(vote.question)}</b><br>"
            + self.tr("%s (%s) · %s · %s") % (stage, state, METHOD_WORDS[vote.method], _html(rule))
        )
        labels = {option.key: option.label for option in vote.round_options(round_)}
        if vote.is_ranked:
            labels = {option.key: option.label for option in vote.options}
        self.tally.set_mode(vote.method, labels, final=round_.is_final)
        self.result_label.setText(self._result_sentence(vote))
        final = next((r for r in reversed(vote.rounds) if r.is_final and r.result), None)
        counted = final.result["rounds"] if final is not None and vote.is_ranked else None
        self.tally.show_count(vote.id, counted)  # the count's final round; PageUp goes back
        self.tally_changed(vote.id)
        self._update_actions()

    def _result_sentence(self, vote: Vote) -> str:
        final = next((r for r in reversed(vote.rounds) if r.is_final), None)
        if final is None or final.result is None:
            return ""
        facts = voting.rule_facts(vote, vote_numbers(self.store, vote))
        prefix = (
            self.tr("Announced: ")
            if vote.is_ranked
            else self.tr("Announced after round %d: ") % final.number
        )
        return prefix + outcome_sentence(final.result, facts)

    def tally_changed(self, vote_id: int) -> None:
        """After each key: new totals on the board and the projector, and the warnings."""
        desk = self._desk
        if desk is None or desk.vote_id != vote_id:
            return
        view = desk.view()
        self.tally.board.set_view(view)
        self.feed.publish(view)
        self._show_warnings(self.tally.board.shown_view() or view)  # "needed" as on the board
        if view.method is Method.HAND_COUNT:
            self.tally.show_counts(self._hand_counts(desk))

    def _show_warnings(self, view: LiveView) -> None:
        lines = status_lines(view)
        counted = self.tr("%d ballots counted") % view.ballots
        if view.method is Method.HAND_COUNT:
            counted = self.tr("%d hands counted") % view.ballots
        self.status_line.setText(
            " · ".join([counted] + [text for text, warning in lines if not warning])
        )
        warnings = [text for text, warning in lines if warning]
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def _hand_counts(self, desk: BallotDesk) -> dict[tuple[TallyKind, int | None], int]:
        counts: dict[tuple[TallyKind, int | None], int] = {
            (TallyKind.ABSTAIN, None): desk.tally.abstain,
            (TallyKind.SPOILED, None): desk.tally.spoiled,
        }
        for option in desk.vote.options:
            counts[(TallyKind.OPTION, option.key)] = desk.tally.votes.get(option.id, 0)
        return counts

    def _update_actions(self) -> None:
        vote = self.current_vote
        is_open = vote is not None and not vote.current_round.is_final
        has_meeting = self._meeting is not None
        self.edit_meeting_action.setEnabled(has_meeting)
        self.check_in_action.setEnabled(has_meeting)
        self.new_vote_action.setEnabled(has_meeting)
        self.count_action.setEnabled(is_open)
        self.finalize_action.setEnabled(is_open)
        self.recusals_action.setEnabled(vote is not None and not vote.rounds[0].is_final)
        decided_or_closed = vote is None or vote.is_closed
        self.next_round_action.setEnabled(
            vote is not None and not is_open and not decided_or_closed and not vote.is_ranked
        )
        self.close_vote_action.setEnabled(vote is not None and not vote.is_closed)
        self.run_count_action.setEnabled(vote is not None and vote.is_ranked)
        self.lot_action.setEnabled(vote is not None and vote.is_ranked and is_open)
        self.amend_action.setEnabled(vote is not None and any(r.is_final for r in vote.rounds))
        self.endorsement_action.setEnabled(vote is not None and vote.outcome == "endorsed")
        self.export_record_action.setEnabled(vote is not None)
        self.show_vote_action.setEnabled(vote is not None)
        self.show_result_action.setEnabled(vote is not None)

    # ----- counting keys --------------------------------------------------------------------------
    @Slot()
    def focus_tally(self) -> None:
        vote = self.current_vote
        if vote is not None and vote.method is Method.HAND_COUNT:
            first = min(vote.round_options(vote.current_round), key=lambda option: option.key)
            self.tally.spin(TallyKind.OPTION, first.key).setFocus()
            return
        self.tally.setFocus()

    @Slot(int)
    def _ballot_key(self, key: int) -> None:
        desk = self._desk
        if desk is None:
            return
        option = desk.vote.option_by_key(key)
        label = option.label if option and key else self.tr("blank or spoiled")
        self.window_.undo_stack.push(
            BallotCommand(self, desk.vote_id, key, self.tr("Ballot: %s") % label)
        )

    @Slot()
    def _take_back(self) -> None:
        desk = self._desk
        if desk is None or desk.tally.last_ballot() is None:
            self.window_.statusBar().showMessage(self.tr("No ballot to take back"), 3000)
            return
        self.window_.undo_stack.push(
            TakeBackCommand(self, desk.vote_id, self.tr("Take back the last ballot"))
        )

    @Slot(object)
    def _ranked_ballot(self, keys: KeyRanking) -> None:
        desk = self._desk
        if desk is None:
            return
        try:
            ranking = tuple(tuple(desk.option_for_key(key) or 0 for key in rank) for rank in keys)
        except VoteError as error:
            self.report_error(str(error))
            return
        self.window_.undo_stack.push(
            RankedBallotCommand(self, desk.vote_id, ranking, self.tr("Ranked ballot"))
        )

    @Slot(object, object, int)
    def _count_entered(self, kind: TallyKind, key: int | None, quantity: int) -> None:
        desk = self._desk
        if desk is None:
            return
        if self._hand_counts(desk).get((kind, key), 0) == quantity:
            return  # Tab through a box without changing it: nothing to record
        option = desk.vote.option_by_key(key) if key is not None else None
        what = option.label if option else kind.value
        self.window_.undo_stack.push(
            HandCountCommand(
                self,
                desk.vote_id,
                kind,
                option.id if option else None,
                quantity=quantity,
                text=self.tr("Count %s = %d") % (what, quantity),
            )
        )

    # ----- finalizing, next round, closing -------------------------------------------------------
    def ask_finalize(
        self, number: int, sentence: str, winner: str | None
    ) -> voting.EndorsementChoice | None:
        dialog = FinalizeDialog(number, sentence, winner, self)
        if dialog.exec() != FinalizeDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    @Slot()
    def finalize_round(self) -> None:
        desk = self._desk
        if desk is None or desk.round.is_final:
            return
        vote = load_vote(self.store, desk.vote_id)
        try:
            result = voting.preview(self.store, vote)
        except VoteError as error:
            QMessageBox.warning(self, self.tr("Cannot finalize yet"), str(error))
            return
        if result.outcome is Outcome.NEEDS_LOT:
            self.record_lot()
            return
        sentence = voting.sentence_for(self.store, vote, result)
        choice = self.ask_finalize(desk.round.number, sentence, result.winner)
        if choice is None:
            return
        try:
            done = voting.finalize_round(self.store, vote.id, endorsement=choice, backup=False)
        except VoteError as error:
            QMessageBox.warning(self, self.tr("Cannot finalize"), str(error))
            return
        self._backup_in_background()
        self._announce("votes")
        if done.endorsement is not None:
            self._announce("endorsements")
        self.window_.statusBar().showMessage(done.sentence, 15000)
        self.reload_votes(select=vote.id)
        projector = self.window_.projector
        if projector is not None and projector.isVisible():
            self.show_result()

    def _backup_in_background(self) -> None:
        """SPEC §8: a copy of the file when a vote is finalized, made off the GUI thread."""
        from endorse_desktop.core.store.backups import make_backup
        from endorse_desktop.ui.shell.workers import run_in_background

        path = self.store.path

        def work() -> str:
            with Store.open(path, readonly=True) as reader:
                return str(make_backup(reader, reason="vote-finalized").path)

        def done(_: object) -> None:
            self.backup_task = None

        def failed(error: Exception) -> None:
            self.backup_task = None
            self.report_error(self.tr("The backup after finalizing failed: %s") % error)

        self.backup_task = run_in_background(self, self.tr("Backing up…"), work, done, failed)

    def ask_next_round(
        self, number: int, going: list[str], tied: list[str], drops: int
    ) -> list[str] | None:
        dialog = NextRoundDialog(number, going, tied, drops, self)
        if dialog.exec() != NextRoundDialog.DialogCode.Accepted:
            return None
        return dialog.lot_losers()

    @Slot()
    def open_next_round(self) -> None:
        vote = self.current_vote
        if vote is None:
            return
        vote = load_vote(self.store, vote.id)
        try:
            going, tied, drops = voting.next_round_plan(self.store, vote)
        except VoteError as error:
            QMessageBox.information(self, self.tr("No next round"), str(error))
            return
        losers = self.ask_next_round(vote.current_round.number + 1, going, tied, drops)
        if losers is None:
            return
        try:
            voting.open_next_round(self.store, vote.id, losers)
        except VoteError as error:
            QMessageBox.warning(self, self.tr("Cannot open the next round"), str(error))
            return
        self._announce("votes")
        self.reload_votes(select=vote.id)
        self.focus_tally()
        projector = self.window_.projector
        if projector is not None and projector.isVisible():
            self.show_live_vote()

    @Slot()
    def close_vote(self) -> None:
        vote = self.current_vote
        if vote is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close the vote"),
            self.tr("Stop balloting on this race without a decision?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            voting.close_vote(self.store, vote.id)
        except VoteError as error:
            QMessageBox.warning(self, self.tr("Cannot close the vote"), str(error))
            return
        self._announce("votes")
        self.reload_votes(select=vote.id)

    # ----- ranked counts and lots ---------------------------------------------------------------
    @Slot()
    def run_ranked_count(self) -> None:
        vote = self.current_vote
        if vote is None or not vote.is_ranked:
            return
        try:
            result = voting.preview(self.store, load_vote(self.store, vote.id))
        except VoteError as error:
            self.report_error(str(error))
            return
        lines = [
            self.tr("Round %d: %s")
            % (number, ", ".join(f"{k} {v}" for k, v in entry.counts.items()))
            for number, entry in enumerate(result.rounds, start=1)
        ]
        self.result_label.setText(
            self.tr("Result so far: %s") % voting.sentence_for(self.store, vote, result)
            + "\n"
            + "\n".join(lines)
        )
        self.tally.show_count(vote.id, result_to_json(result)["rounds"])

    @Slot()
    def record_lot(self) -> None:
        vote = self.current_vote
        if vote is None or not vote.is_ranked:
            return
        try:
            result = voting.preview(self.store, load_vote(self.store, vote.id))
        except VoteError as error:
            self.report_error(str(error))
            return
        if result.outcome is not Outcome.NEEDS_LOT:
            QMessageBox.information(
                self, self.tr("No lot needed"), self.tr("The count has no tie that needs a lot.")
            )
            return
        number = len(result.rounds)
        dialog = LotDialog(number, list(result.rounds[-1].tied_for_last), self)
        if dialog.exec() != LotDialog.DialogCode.Accepted or dialog.eliminated() is None:
            return
        try:
            voting.record_runoff_lot(self.store, vote.id, number, str(dialog.eliminated()))
        except VoteError as error:
            QMessageBox.warning(self, self.tr("Cannot record the lot"), str(error))
            return
        self._announce("votes")
        self.run_ranked_count()

    # ----- amendments, recusals, endorsements, export ---------------------------------------------
    @Slot()
    def amend_round(self) -> None:
        vote = self.current_vote
        if vote is None:
            return
        vote = load_vote(self.store, vote.id)
        dialog = AmendDialog(vote, self)
        if dialog.exec() != AmendDialog.DialogCode.Accepted:
            return
        reason = dialog.reason_edit.text()
        number = int(dialog.round_combo.currentData() or 1)
        try:
            if vote.method is Method.HAND_COUNT:
                kind, option_id = dialog.option_combo.currentData()
                amended = voting.amend_hand_count(
                    self.store,
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
                    self.store, vote.id, number, dialog.option_combo.currentData(), reason
                )
            else:
                change_ranked = (
                    voting.amend_add_ranked
                    if dialog.action_combo.currentData() == "add"
                    else voting.amend_remove_ranked
                )
                amended = change_ranked(self.store, vote.id, dialog.ranking(), reason)
        except VoteError as error:
            QMessageBox.warning(self, self.tr("Amendment refused"), str(error))
            return
        self._announce("votes")
        self.reload_votes(select=vote.id)
        if amended.outcome_changed:
            QMessageBox.warning(
                self,
                self.tr("The result changed"),
                self.tr("Before: %s\nNow: %s\nReview the endorsement (Ctrl+Shift+D).")
                % (amended.sentence_before, amended.sentence_after),
            )

    @Slot()
    def edit_recusals(self) -> None:
        vote = self.current_vote
        if vote is None or self._meeting is None or self._meeting.id is None:
            return
        present = set(meetings.checked_in_ids(self.store, self._meeting.id))
        headcount = self._meeting.head_count is not None
        people = [
            (m.id, m.display_name)
            for m in list_members(self.store)
            if m.id is not None and (m.id in present or (headcount and not m.archived))
        ]
        recused = set(voting.recused_member_ids(self.store, vote.id))
        dialog = RecusalDialog(people, recused, self)
        if dialog.exec() != RecusalDialog.DialogCode.Accepted:
            return
        chosen = dialog.recused()
        reason = dialog.reason_edit.text()
        names = dict(people)
        stack = self.window_.undo_stack
        stack.beginMacro(self.tr("Recusals"))
        for member_id in sorted(chosen - recused):
            stack.push(
                RecusalCommand(
                    self,
                    vote.id,
                    member_id,
                    reason=reason,
                    recuse=True,
                    text=self.tr("Recuse %s") % names[member_id],
                )
            )
        for member_id in sorted(recused - chosen):
            stack.push(
                RecusalCommand(
                    self,
                    vote.id,
                    member_id,
                    reason="",
                    recuse=False,
                    text=self.tr("Unrecuse %s") % names[member_id],
                )
            )
        stack.endMacro()
        if self._desk is not None:
            self._desk.refresh_numbers()
            self.tally_changed(self._desk.vote_id)

    @Slot()
    def edit_endorsement(self) -> None:
        vote = self.current_vote
        if vote is None:
            return
        made = [e for e in endorsements_for_race(self.store, vote.race_id) if e.vote_id == vote.id]
        if not made or made[-1].id is None:
            QMessageBox.information(
                self, self.tr("No endorsement"), self.tr("This vote endorsed nobody.")
            )
            return
        endorsement = made[-1]
        dialog = EndorsementStatusDialog(endorsement.status, endorsement.condition_text, self)
        if dialog.exec() != EndorsementStatusDialog.DialogCode.Accepted:
            return
        status = dialog.status_combo.currentData()
        text = dialog.text_edit.text()
        try:
            set_status(
                self.store,
                endorsement.id or 0,
                status,
                condition_text=text if status == "conditional" else "",
                reason=text if status == "rescinded" else "",
            )
        except EndorsementError as error:
            QMessageBox.warning(self, self.tr("Cannot change the endorsement"), str(error))
            return
        self._announce("endorsements")
        self.window_.statusBar().showMessage(self.tr("Endorsement is now %s") % status, 5000)

    def vote_record_json(self, vote_id: int) -> dict[str, Any]:
        from endorse_desktop.core.voting.stored import vote_record

        return vote_record_to_json(vote_record(self.store, load_vote(self.store, vote_id)))

    @Slot()
    def export_vote_record(self, path: Path | None = None) -> Path | None:
        vote = self.current_vote
        if vote is None:
            return None
        if not isinstance(path, Path):
            suggestion = self.store.path.parent / f"vote-{vote.id}.json"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the vote record"), str(suggestion), "Vote records (*.json)"
            )
            if not name:
                return None
            path = Path(name)
        try:
            data = self.vote_record_json(vote.id)
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Cannot export the vote"), str(error))
            return None
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self.window_.statusBar().showMessage(self.tr("Vote record saved to %s") % path, 8000)
        return path

    # ----- projector and timer -------------------------------------------------------------------
    def presentation(self) -> tuple[str, dict[str, Any]] | None:
        vote = self.current_vote
        if vote is None:
            return None
        if vote.current_round.is_final:
            return "result", {"vote_id": vote.id}
        return "vote", {"vote_id": vote.id, "feed": self.feed}

    def _present(self, slide_id: str, **params: Any) -> None:
        projector = self.window_.ensure_projector()
        if not projector.isVisible():
            projector.show()
        projector.show_slide(slide_id, **params)

    @Slot()
    def show_live_vote(self) -> None:
        vote = self.current_vote
        if vote is not None:
            self._present("vote", vote_id=vote.id, feed=self.feed)

    @Slot()
    def show_result(self) -> None:
        vote = self.current_vote
        if vote is not None:
            self._present("result", vote_id=vote.id)

    @Slot()
    def show_timer(self) -> None:
        self._present("timer", timer=self.speech_timer)

    @Slot(QTime)
    def _timer_length_changed(self, length: QTime) -> None:
        self.speech_timer.set_length(max(length.minute() * 60 + length.second(), 1))

    @Slot()
    def _timer_changed(self) -> None:
        self.timer_display.setText(self.speech_timer.display())

    # ----- keeping up with the file ---------------------------------------------------------------
    def _announce(self, topic: str) -> None:
        self._quiet = True
        try:
            self.session.notify(topic)
        finally:
            self._quiet = False

    @Slot(str)
    def _session_changed(self, topic: str) -> None:
        if self._quiet:
            return
        if topic in ("members", "meetings"):
            self.reload_meetings()
        elif topic in ("races", "votes", "settings"):
            self.reload_votes()

    def refresh(self) -> None:
        self.reload_meetings()

    def smoke_test(self, folder: Path) -> None:
        """Visit every vote of the latest meeting, its projector slides and the vote record."""
        for index in range(self.vote_combo.count()):
            self.vote_combo.setCurrentIndex(index)
            self.grab()
            vote = self.current_vote
            if vote is not None:
                self.vote_record_json(vote.id)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
