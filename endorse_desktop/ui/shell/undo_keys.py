"""Let Ctrl+Z reach the window's undo from a text box that has nothing of its own to undo.

A QLineEdit (and a spin box) claims Ctrl+Z for undoing its own typing. After the facilitator
has typed a name and pressed Enter to check someone in, or typed a count and pressed Enter to
record it, the box has nothing left worth undoing there: Ctrl+Z should take back the check-in or
the count. `UndoPassThrough` lets the key through to the window in that case.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class UndoPassThrough(QObject):
    """Install on a widget; `settled()` says when its own text holds nothing to undo."""

    def __init__(self, widget: QWidget, settled: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._settled = settled
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in UNDO_KEYS)
            and self._settled()
        ):
            event.ignore()  # not claimed: the window's Undo/Redo shortcut runs
            return True
        return False
