"""Actions that belong to one page of a tab: their keys work while the keyboard is in that page.

The same key may then mean "new pledge" on one page and "new goal" on another, and a key such as
Del keeps its meaning in a text field elsewhere. The tab lists the actions in its menu too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def page_action(owner: QWidget, text: str, key: str, tip: str, slot: Callable[[], None]) -> QAction:
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({native})")
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
