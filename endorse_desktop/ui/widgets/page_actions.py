"""Actions that belong to one page of a tab: their keys work while the keyboard is in that page.

The same key may then mean "new pledge" on one page and "new goal" on another, and a key such as
Del keeps its meaning in a text field elsewhere. The tab lists the actions in its menu too.
A page-sized front to `ui/widgets/actions.py`: one spec, `ActionContext.PANEL`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from endorse_desktop.ui.widgets.actions import ActionContext, ActionSpec, make_action


def page_action(owner: QWidget, text: str, key: str, tip: str, slot: Callable[[], None]) -> QAction:
    action = make_action(ActionSpec("", text, (key,), tip, "", ActionContext.PANEL), None, owner)
    action.triggered.connect(slot)
    return action
