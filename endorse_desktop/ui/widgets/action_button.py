"""A push-style button for a QAction: same text, tooltip, checked and enabled state, always."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton


def action_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAccessibleName(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    # Clicking a button must not take the keyboard away from the table being worked on.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def button_row(*actions: QAction) -> QHBoxLayout:
    row = QHBoxLayout()
    for action in actions:
        row.addWidget(action_button(action))
    row.addStretch(1)
    return row
