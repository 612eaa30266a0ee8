"""The number present and quorum, always in the status bar whatever tab is open (SPEC F-6).

It follows the meeting chosen in the Meeting & Voting tab, or the latest meeting until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from endorse_desktop.core.errors import EndorseError
from endorse_desktop.core.meetings import Attendance, attendance, latest_meeting
from endorse_desktop.ui.shell.session import Topic

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

TOPICS = (Topic.MEETINGS, Topic.MEMBERS, Topic.SETTINGS, Topic.VOTES)


def quorum_text(numbers: Attendance, tr_present: str, tr_met: str, tr_short: str) -> str:
    text = tr_present % numbers.present
    if numbers.quorum is not None:
        text += " · " + (
            tr_met % numbers.quorum
            if numbers.quorum_met
            else tr_short % (numbers.quorum, numbers.short_of_quorum)
        )
    return text


class MeetingStatusLabel(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: int | None = None
        self._chosen = False
        self.setAccessibleName(self.tr("Present and quorum"))
        self.setToolTip(self.tr("Members present at the meeting and whether quorum is met"))
        session.changed.connect(self._changed)
        # After the first paint, so start-up stays quick; tied to this label, so a label replaced
        # (another file opened) or a window closed before then asks nothing of a closed file.
        QTimer.singleShot(0, self, self.refresh)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id, self._chosen = meeting_id, True
        self.refresh()

    @Slot(str)
    def _changed(self, topic: str) -> None:
        if topic in TOPICS:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.session.store.closed:  # a change notified while the window closes the file
            self.setText("")
            return
        try:
            if not self._chosen:
                latest = latest_meeting(self.session.store)
                self.meeting_id = latest.id if latest else None
            if self.meeting_id is None:
                self.setText(self.tr("No meeting yet"))
                return
            numbers = attendance(self.session.store, self.meeting_id)
        except EndorseError:
            self.setText("")  # the meeting was deleted meanwhile
            return
        self.setText(
            quorum_text(
                numbers,
                self.tr("Present: %d"),
                self.tr("quorum %d ✓ met"),
                self.tr("quorum %d ✗ NOT met (%d short)"),
            )
        )
