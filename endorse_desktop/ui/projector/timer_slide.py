"""A countdown for candidate speeches: big digits, and near the end a colour change AND words
("30 seconds left", "Time is up"), so nobody depends on seeing the colour.

Keys while the projector window has focus: Space starts or pauses, R resets, Up/Down add or take
away 30 seconds. The meeting tab drives the same timer from the facilitator's window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent

from endorse_desktop.ui.meeting.speech_timer import (
    DEFAULT_SECONDS,
    SpeechTimer,
    TimerState,
)
from endorse_desktop.ui.widgets.text import translator

from .slide import PALETTE, Slide, projector_font, register_slide

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


_tr = translator("TimerSlide")


def timer_caption(timer: SpeechTimer) -> str:
    """The words under the digits: what state the countdown is in."""
    state = timer.state()
    if state is TimerState.DONE:
        return _tr("Time is up")
    if timer.warning():
        seconds = timer.remaining_seconds()
        if seconds >= 60:
            left = _tr("1 minute left")
        else:
            left = _tr("1 second left") if seconds == 1 else _tr("%d seconds left") % seconds
        return left if state is TimerState.RUNNING else _tr("Paused · %s") % left
    return {
        TimerState.READY: _tr("Ready"),
        TimerState.RUNNING: _tr("Speaking"),
        TimerState.PAUSED: _tr("Paused"),
    }[state]


@register_slide("timer", "Speech timer")
class TimerSlide(Slide):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self.timer = SpeechTimer(DEFAULT_SECONDS, self)
        self.timer.changed.connect(self._timer_changed)

    @classmethod
    def smoke_params(cls, session: Session) -> dict[str, Any]:
        return {"seconds": 120}

    def present(
        self, timer: SpeechTimer | None = None, seconds: int | None = None, **_: Any
    ) -> None:
        if timer is not None and timer is not self.timer:
            self.timer.changed.disconnect(self._timer_changed)
            self.timer = timer
            self.timer.changed.connect(self._timer_changed)
        elif seconds is not None:
            self.timer.set_length(seconds)
        self.update()

    @Slot()
    def _timer_changed(self) -> None:
        self.update()

    def step(self, key: Qt.Key) -> bool:
        if key == Qt.Key.Key_Space:
            self.timer.toggle()
        elif key == Qt.Key.Key_R:
            self.timer.reset()
        elif key == Qt.Key.Key_Up:
            self.timer.adjust(30)
        elif key == Qt.Key.Key_Down:
            self.timer.adjust(-30)
        else:
            return False
        return True

    def caption(self) -> str:
        return self.tr("Speech timer: %s") % self.timer.display()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        timer = self.timer
        done = timer.state() is TimerState.DONE
        colour = PALETTE.vermillion if done else PALETTE.orange if timer.warning() else PALETTE.text
        band = QRectF(0, 0, self.width(), height * 0.035)
        if done or timer.warning():
            # a band in the warning colour, for the people at the back
            painter.fillRect(band, colour)
            painter.fillRect(band.translated(0, height - band.height()), colour)
        gap = band.height() + 30
        area = QRectF(self.rect()).adjusted(40, gap, -40, -gap)
        painter.setPen(PALETTE.muted)
        painter.setFont(projector_font(height, 1.2, bold=True))
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            self.tr("Speech timer"),
        )
        painter.setPen(colour)
        digits = projector_font(height, 1.0, bold=True)
        digits.setPixelSize(max(int(height * 0.38), 28))
        painter.setFont(digits)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), timer.display())
        painter.setFont(projector_font(height, 1.6, bold=True))
        painter.drawText(
            area.adjusted(0, 0, 0, -height * 0.06),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            timer_caption(timer),
        )
        painter.end()
