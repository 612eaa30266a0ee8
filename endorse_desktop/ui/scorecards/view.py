"""The scorecard grid's view: the rating keys a facilitator types while the room watches.

It only reports what was pressed (rate, mark Unknown, open the evidence, clear); the tab makes
the change through the core, so every key is one stored, undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

RATING_KEYS = {
    Qt.Key.Key_0: 0,
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
}


class ScorecardView(QTableView):
    """The grid, with the rating keys. It only reports what was pressed; the tab acts on it."""

    rate_requested = Signal(QModelIndex, object)  # index, 0–4 or None (Unknown)
    evidence_requested = Signal(QModelIndex)
    clear_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index.isValid() and modifiers == Qt.KeyboardModifier.NoModifier:
            if key in RATING_KEYS:
                self.rate_requested.emit(index, RATING_KEYS[key])
                return
            if key == Qt.Key.Key_U:
                self.rate_requested.emit(index, None)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.evidence_requested.emit(index)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit(index)
                return
        super().keyPressEvent(event)
