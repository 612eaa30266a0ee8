"""What every page of the Commitments tab that changes records is: it works on the session's
store through undo commands pushed on the window's `stack`, and says what happened in
`message` (a line for the status bar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


class CommitmentPage(QWidget):
    message = Signal(str)

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
