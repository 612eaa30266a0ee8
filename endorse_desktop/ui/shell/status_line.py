"""The status bar's lasting parts: present and quorum whatever tab is open (SPEC F-6), and the
open file's name.

Present and quorum are no part of the window's first frame (SPEC P-1): the label, its queries
and the meetings' code come one turn after it (`ui/shell/first_frame.py`), or sooner when a tab
names a meeting or asks which one is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

if TYPE_CHECKING:
    from endorse_desktop.ui.meeting.status import MeetingStatusLabel
    from endorse_desktop.ui.shell.session import Session


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, session: Session) -> None:
        super().__init__(bar)
        self._bar = bar
        self._session = session
        self.meeting: MeetingStatusLabel | None = None
        self._file = QLabel()
        bar.addPermanentWidget(self._file)

    def follow(self, session: Session, *, on_screen: bool) -> None:
        """A new file, or the words again: the meeting's label is made afresh (right away once
        the window is on screen, else after its first frame)."""
        self._session = session
        if self.meeting is not None:
            self._bar.removeWidget(self.meeting)
            self.meeting.deleteLater()
            self.meeting = None
        if on_screen:
            QTimer.singleShot(0, self, self.meeting_label)

    @Slot()
    def meeting_label(self) -> MeetingStatusLabel:
        if self.meeting is None:
            # deferred: the meetings' and roster's code, ~15 ms at start-up (python -X importtime)
            from endorse_desktop.ui.meeting.status import MeetingStatusLabel

            self.meeting = MeetingStatusLabel(self._session)
            self.meeting.refresh()  # asked for now: the latest meeting, known now
            self._bar.insertPermanentWidget(0, self.meeting)
            layout = self._bar.layout()
            if layout is not None:  # its room now, not on a later turn: the bar is on screen
                layout.activate()
        return self.meeting

    def show_file(self, path: Path) -> None:
        self._file.setText(path.name)
        self._file.setToolTip(str(path))
