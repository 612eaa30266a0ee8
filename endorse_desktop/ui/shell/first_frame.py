"""Work the window's first frame does without, done right after that frame is on screen.

Start-up is timed to the first painted window (SPEC P-1): what the facilitator cannot see in the
first frame (present and quorum in the status bar, and the code behind them) waits for it. Qt
paints a window's first frame while it handles the window's first Expose event, so work queued
from that event runs after the frame, on the event loop's next turn: before any key the
facilitator could press.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstFrame(QObject):
    """Runs `work` once, one event-loop turn after `window` is first exposed on screen."""

    def __init__(self, window: QWidget, work: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._work = work
        self.on_screen = False

    def shown(self) -> None:
        """Call from the window's showEvent: its native window exists from then on."""
        handle = self._window.windowHandle()
        if self.on_screen or handle is None:
            return
        if handle.isExposed():  # already on screen (shown again after a hide)
            self._on_screen()
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and not self.on_screen:
            watched.removeEventFilter(self)
            self._on_screen()
        return False  # the window handles its Expose (and paints) as usual

    def _on_screen(self) -> None:
        self.on_screen = True
        QTimer.singleShot(0, self, self._work)
