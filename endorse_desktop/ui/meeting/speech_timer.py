"""A countdown for candidate speeches, shared by the meeting tab's controls and the projector.

The time left is worked out from a monotonic clock whenever it is asked for, so a busy GUI thread
never makes the countdown drift; the tick only tells the screens to repaint.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal, Slot

DEFAULT_SECONDS = 180
TICK_MS = 200


class TimerState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


def warning_seconds(length: int) -> int:
    """When the warning starts: the last minute of a long speech, less for short ones."""
    if length >= 240:
        return 60
    if length >= 60:
        return 30
    return max(length // 4, 1)


class SpeechTimer(QObject):
    changed = Signal()

    def __init__(self, seconds: int = DEFAULT_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chosen_ms = seconds * 1000  # the speech length set by the facilitator
        self._length_ms = self._chosen_ms  # this speech's, after any +/- 30 s
        self._warn_seconds = warning_seconds(seconds)  # fixed by the length set, not by +/- 30 s
        self._spent_ms = 0  # before the current run
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)

    # ----- reading ---------------------------------------------------------------------------
    @property
    def length_seconds(self) -> int:
        return self._chosen_ms // 1000

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def remaining_ms(self) -> int:
        spent = self._spent_ms + (self._clock.elapsed() if self.running else 0)
        return max(self._length_ms - spent, 0)

    def remaining_seconds(self) -> int:
        """Rounded up, so the display reads 0:00 only when the time is really up."""
        return -(-self.remaining_ms() // 1000)

    def state(self) -> TimerState:
        if self.remaining_ms() == 0:
            return TimerState.DONE
        if self.running:
            return TimerState.RUNNING
        return TimerState.PAUSED if self._spent_ms else TimerState.READY

    def warning(self) -> bool:
        """True near the end (and once time is up): the screens change colour AND wording."""
        return self.remaining_seconds() <= self._warn_seconds

    def display(self) -> str:
        seconds = self.remaining_seconds()
        return f"{seconds // 60}:{seconds % 60:02d}"

    def snapshot(self) -> dict[str, int | bool]:
        """Where the countdown stands, for `resume` on the timer that replaces this one."""
        spent = self._spent_ms + (self._clock.elapsed() if self.running else 0)
        return {
            "chosen_ms": self._chosen_ms,
            "length_ms": self._length_ms,
            "warn_seconds": self._warn_seconds,
            "spent_ms": spent,
            "running": self.running,
        }

    def resume(self, snapshot: dict[str, int | bool]) -> None:
        """Carry on from another timer's snapshot: the same time left, still running or not (a
        language switch rebuilds the meeting tab mid-speech)."""
        self._tick.stop()
        self._chosen_ms = int(snapshot["chosen_ms"])
        self._length_ms = int(snapshot["length_ms"])
        self._warn_seconds = int(snapshot["warn_seconds"])
        self._spent_ms = int(snapshot["spent_ms"])
        if snapshot["running"] and self.remaining_ms() > 0:
            self._clock.start()
            self._tick.start()
        self.changed.emit()

    # ----- controls --------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self.running or self.remaining_ms() == 0:
            return
        self._clock.start()
        self._tick.start()
        self.changed.emit()

    @Slot()
    def pause(self) -> None:
        if not self.running:
            return
        self._spent_ms += self._clock.elapsed()
        self._tick.stop()
        self.changed.emit()

    @Slot()
    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    @Slot()
    def reset(self) -> None:
        """Back to the full length, stopped: ready for the next speaker."""
        self._tick.stop()
        self._spent_ms = 0
        self._length_ms = self._chosen_ms
        self.changed.emit()

    def set_length(self, seconds: int) -> None:
        """A new speech length; the countdown starts again from it."""
        self._chosen_ms = max(seconds, 1) * 1000
        self._warn_seconds = warning_seconds(max(seconds, 1))
        self.reset()

    def adjust(self, seconds: int) -> None:
        """Add (or take away) time for the speech under way; reset forgets it."""
        spent = self._spent_ms + (self._clock.elapsed() if self.running else 0)
        self._length_ms = max(self._length_ms + seconds * 1000, spent)
        self.changed.emit()

    @Slot()
    def _on_tick(self) -> None:
        if self.remaining_ms() == 0:
            self._spent_ms = self._length_ms
            self._tick.stop()
        self.changed.emit()
