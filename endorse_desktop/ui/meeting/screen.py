"""What the vote controller and the corrections need of the Meeting tab: its widgets, its state
and the questions it asks. The tab satisfies it; naming this instead of `MeetingTab` keeps the
controllers below the tab that creates them (no import cycle, not even a type-only one)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from endorse_desktop.core.voting.stored import load_vote
from endorse_desktop.ui.meeting.commands import MeetingHost

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QLabel, QWidget

    from endorse_desktop.core.meetings import Meeting
    from endorse_desktop.core.store import Store
    from endorse_desktop.core.voting.journal import BallotDesk
    from endorse_desktop.core.voting.lifecycle import EndorsementChoice
    from endorse_desktop.core.voting.stored import Vote
    from endorse_desktop.ui.meeting.tally_panel import TallyPanel
    from endorse_desktop.ui.meeting.vote_feed import LiveVoteFeed
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Topic
    from endorse_desktop.ui.widgets.live_label import LiveLabel


class MeetingScreen(MeetingHost, Protocol):
    window_: TabHost
    feed: LiveVoteFeed
    tally: TallyPanel
    vote_combo: QComboBox
    vote_header: QLabel
    warning_label: LiveLabel
    status_line: LiveLabel
    result_label: QLabel
    _desk: BallotDesk | None
    _meeting: Meeting | None

    @property
    def action_table(self) -> Mapping[str, QAction]:
        """The tab's actions by their id in its table (`actions.py`), made once."""
        ...

    @property
    def store(self) -> Store: ...
    @property
    def current_vote(self) -> Vote | None: ...
    @property
    def widget(self) -> QWidget:
        """The tab as the parent of the dialogs and messages it opens."""
        ...

    def report_error(self, message: str) -> None: ...
    def _announce(self, topic: Topic) -> None: ...
    def focus_tally(self) -> None: ...
    def show_result(self) -> None: ...
    def show_live_vote(self) -> None: ...
    def reload_votes(self, select: int | None = None) -> None: ...
    def reload_meetings(self, select: int | None = None) -> None: ...
    def tally_changed(self, vote_id: int) -> None: ...
    def ask_finalize(
        self, number: int, sentence: str, winner: str | None
    ) -> EndorsementChoice | None: ...
    def ask_next_round(
        self, number: int, going: list[str], tied: list[str], drops: int
    ) -> list[str] | None: ...


def vote_read_again(screen: MeetingScreen) -> Vote | None:
    """The vote the tab shows, read afresh from the file (None while no vote is chosen)."""
    vote = screen.current_vote
    return None if vote is None else load_vote(screen.store, vote.id)
