"""The live numbers of the vote being counted, handed from the tally screen to the projector.

The tally screen computes a `LiveView` once per key and publishes it here; the projector's vote
slide repaints from it. Neither re-reads the database for a keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from endorse_desktop.core.voting.journal import LiveView


class LiveVoteFeed(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: LiveView | None = None

    def publish(self, view: LiveView | None) -> None:
        self.view = view
        self.changed.emit()
