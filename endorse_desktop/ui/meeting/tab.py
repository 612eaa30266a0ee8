"""Meeting & Voting (SPEC F-6): attendance, quorum, and counting votes in the room.

Left, the meeting and its attendance; right, the vote being counted: its rule, the tally (keyboard
only), warnings, and what finalizing would announce. The number present and quorum stay in the
header and in the window's status bar. Every count goes through `BallotDesk` and the undo stack;
finalizing, the next round, lots and amendments go through `core.voting`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
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
from endorse_desktop.core.meetings import Meeting, MeetingError
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
)
from endorse_desktop.core.voting.tally import TallyKind
from endorse_desktop.ui.meeting.actions import meeting_actions
from endorse_desktop.ui.meeting.attendance_panel import AttendancePanel
from endorse_desktop.ui.meeting.commands import (
    check_in,
    check_out,
    head_count,
)
from endorse_desktop.ui.meeting.dialogs import (
    FinalizeDialog,
    MeetingDialog,
    NextRoundDialog,
)
from endorse_desktop.ui.meeting.speech_timer import (
    DEFAULT_SECONDS,
    SpeechTimer,
)
from endorse_desktop.ui.meeting.status import quorum_text
from endorse_desktop.ui.meeting.tally_panel import (
    TallyPanel,
)
from endorse_desktop.ui.meeting.vote_controller import VoteController
from endorse_desktop.ui.meeting.vote_corrections import VoteCorrections
from endorse_desktop.ui.meeting.vote_feed import LiveVoteFeed
from endorse_desktop.ui.shell.host import TabPage
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.actions import make_actions
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.flow import flow_row
from endorse_desktop.ui.widgets.labels import big_bold_label, bold_label
from endorse_desktop.ui.widgets.live_label import LiveLabel

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session

WARNING_STYLE = "color: #b35900; font-weight: bold"


class MeetingTab(TabPage):
    # Made from meeting_actions() in _build_actions (one per table row), declared here so the
    # type checker knows them.
    new_meeting_action: QAction
    edit_meeting_action: QAction
    check_in_action: QAction
    new_vote_action: QAction
    count_action: QAction
    recusals_action: QAction
    finalize_action: QAction
    next_round_action: QAction
    close_vote_action: QAction
    run_count_action: QAction
    lot_action: QAction
    amend_action: QAction
    endorsement_action: QAction
    export_record_action: QAction
    show_vote_action: QAction
    show_result_action: QAction
    show_timer_action: QAction
    timer_start_action: QAction
    timer_reset_action: QAction

    def __init__(self, session: Session, window: TabHost) -> None:
        super().__init__(session, window)
        self.feed = LiveVoteFeed(self)
        self.speech_timer = SpeechTimer(DEFAULT_SECONDS, self)
        self.votes = VoteController(self)
        self.corrections = VoteCorrections(self)
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

    def select_vote(self, vote_id: int) -> None:
        self.votes.select_vote(vote_id)

    def reload_votes(self, select: int | None = None) -> None:
        self.votes.reload_votes(select)

    def tally_changed(self, vote_id: int) -> None:
        """A count was recorded or taken back (the undo commands call this)."""
        self.votes.tally_changed(vote_id)

    @property
    def widget(self) -> QWidget:
        return self

    def report_error(self, message: str) -> None:
        self.window_.show_status(message, 8000)
        self.warning_label.setText(f"⚠ {message}")
        self.warning_label.show()

    # ----- widgets -------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.setToolTip(self.tr("The meeting whose attendance and votes are shown"))
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        self.new_meeting_button = QToolButton()
        self.header = big_bold_label(self.tr("Present and quorum"), 1.35)
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
        self.vote_combo.currentIndexChanged.connect(self.votes._vote_chosen)
        self.new_vote_button = QToolButton()
        vote_row = QHBoxLayout()
        vote_row.addWidget(QLabel(self.tr("Vote:")))
        vote_row.addWidget(self.vote_combo, 1)
        vote_row.addWidget(self.new_vote_button)
        self.vote_header = QLabel()
        self.vote_header.setWordWrap(True)
        self.vote_header.setTextFormat(Qt.TextFormat.RichText)
        self.tally = TallyPanel()
        self.tally.count_round_shown.connect(self._count_round_shown)
        self.tally.ballot_key.connect(self.votes._ballot_key)
        self.tally.take_back.connect(self.votes._take_back)
        self.tally.ranked_ballot.connect(self.votes._ranked_ballot)
        self.tally.count_entered.connect(self.votes._count_entered)
        self.warning_label = LiveLabel()  # an over-vote's numbers change with each ballot
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setAccessibleName(self.tr("Warnings"))
        self.status_line = LiveLabel()  # new words with each ballot: no relayout of the tab
        self.status_line.setAccessibleName(self.tr("What is needed"))
        self.result_label = bold_label(self.tr("Result"), word_wrap=True)
        # The vote's commands wrap onto a second line rather than widen the window past a
        # 1280-pixel laptop screen when the tab is shown.
        self._buttons, self.buttons_row = flow_row()

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
        right_layout.addWidget(self._buttons)
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
        # `self.<id>_action` for each row: the name the rest of the tab and the tests use.
        self.action_table = make_actions(meeting_actions(self.tr), self, self)
        for key, action in self.action_table.items():
            setattr(self, f"{key}_action", action)
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
        for made in (self.timer_start_action, self.timer_reset_action, self.show_timer_action):
            timer_button = QPushButton(made.text().replace("&", ""))
            timer_button.setToolTip(made.toolTip())
            timer_button.clicked.connect(made.trigger)
            self.timer_row.addWidget(timer_button)
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
        self.window_.show_meeting_status(self._meeting.id if self._meeting else None)
        self.votes.reload_votes()

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
            QMessageBox.warning(self, self.tr("Cannot add the meeting"), in_ui(error))
            return
        self._announce(Topic.MEETINGS)
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
            QMessageBox.warning(self, self.tr("Cannot change the meeting"), in_ui(error))
            return
        self._announce(Topic.MEETINGS)
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
        self.window_.undo_stack.push(check_in(self, self._meeting.id, member_id, text))

    @Slot(int)
    def _check_out(self, member_id: int) -> None:
        if self._meeting is None or self._meeting.id is None:
            return
        self.window_.undo_stack.push(
            check_out(self, self._meeting.id, member_id, self.tr("Check out"))
        )

    @Slot(object)
    def _head_count(self, count: int | None) -> None:
        if self._meeting is None or self._meeting.id is None:
            return
        if count == self._meeting.head_count:
            return
        text = self.tr("Head count %s") % ("—" if count is None else count)
        self.window_.undo_stack.push(head_count(self, self._meeting.id, count, text))

    def attendance_changed(self, meeting_id: int) -> None:
        self._meeting = meetings.get_meeting(self.store, meeting_id)
        if self._meeting is not None:
            self.attendance.show_head_count(self._meeting.head_count)
        self.attendance.sync()
        self._show_header()
        self._announce(Topic.MEETINGS)
        if self._desk is not None:
            self._desk.refresh_numbers()
            self.votes.tally_changed(self._desk.vote_id)

    # ----- counting keys --------------------------------------------------------------------------
    @Slot()
    def focus_tally(self) -> None:
        vote = self.current_vote
        if vote is not None and vote.method is Method.HAND_COUNT:
            first = min(vote.round_options(vote.current_round), key=lambda option: option.key)
            self.tally.spin(TallyKind.OPTION, first.key).setFocus()
            return
        self.tally.setFocus()

    # ----- finalizing, next round, closing -------------------------------------------------------
    def ask_finalize(
        self, number: int, sentence: str, winner: str | None
    ) -> voting.EndorsementChoice | None:
        dialog = FinalizeDialog(number, sentence, winner, self)
        if dialog.exec() != FinalizeDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def ask_next_round(
        self, number: int, going: list[str], tied: list[str], drops: int
    ) -> list[str] | None:
        dialog = NextRoundDialog(number, going, tied, drops, self)
        if dialog.exec() != NextRoundDialog.DialogCode.Accepted:
            return None
        return dialog.lot_losers()

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
            shown = self.tally.board.count_round()  # the wall shows the board's round
            number = shown.number if shown is not None else None
            self._present("vote", vote_id=vote.id, feed=self.feed, count_round=number)

    @Slot(int)
    def _count_round_shown(self, number: int) -> None:
        """PageUp/PageDown on the board: a projected live vote steps to the same round."""
        projector, vote = self.window_.projector, self.current_vote
        slide = projector.current_slide if projector is not None else None
        if vote is not None and slide is not None and slide.slide_id == "vote":
            slide.follow_count_round(vote.id, number)

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
    def _announce(self, topic: Topic) -> None:
        self._quiet = True
        try:
            self.session.notify(topic)
        finally:
            self._quiet = False

    @Slot(str)
    def _session_changed(self, topic: str) -> None:
        if self._quiet:
            return
        if topic in (Topic.MEMBERS, Topic.MEETINGS):
            self.reload_meetings()
        elif topic in (Topic.RACES, Topic.VOTES, Topic.SETTINGS):
            self.votes.reload_votes()

    def refresh(self) -> None:
        self.reload_meetings()

    def smoke_test(self, folder: Path) -> None:
        """Visit every vote of the latest meeting, its projector slides and the vote record."""
        for index in range(self.vote_combo.count()):
            self.vote_combo.setCurrentIndex(index)
            self.grab()
            vote = self.current_vote
            if vote is not None:
                self.corrections.vote_record_json(vote.id)
