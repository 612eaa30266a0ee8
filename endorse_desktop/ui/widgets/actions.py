"""The one way the UI makes a command: a declarative `ActionSpec` table, turned into QActions.

Menus, tool buttons and Help ▸ Keyboard Shortcuts are all built from the same `QAction`s made
here, so a key, its text and its tooltip cannot disagree between them.

Where a key works (`ActionContext`) is part of the table, because it is what a facilitator feels:

* `WINDOW`: anywhere in the window, whatever has the focus — also right after clicking a tab in
  the tab bar (issue 12). A tab's window-wide commands work while that tab is shown: its page is
  hidden otherwise, and Qt ignores the shortcuts of actions whose widgets are all hidden.
* `PANEL`: while the keyboard is in the panel that owns the action (Del, Enter, Space in a list
  keep their ordinary meaning in a text field elsewhere; two pages may give one key two meanings).
* `FIELD`: only while that one widget has the focus (Esc in a search box).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from endorse_desktop.ui.widgets.flow import FlowLayout

Key = str | QKeySequence | QKeySequence.StandardKey


class ActionContext(Enum):
    WINDOW = "window"
    PANEL = "panel"
    FIELD = "field"


_QT_CONTEXT = {
    ActionContext.WINDOW: Qt.ShortcutContext.WindowShortcut,
    ActionContext.PANEL: Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ActionContext.FIELD: Qt.ShortcutContext.WidgetShortcut,
}

# The dynamic properties a made action carries, so the shortcut sheet can say where a key works.
ID_PROPERTY = "endorse_action_id"
CONTEXT_PROPERTY = "endorse_action_context"


@dataclass(frozen=True)
class ActionSpec:
    """One command. `text` and `tooltip` are already translated (tables are built with tr())."""

    id: str
    text: str
    shortcuts: tuple[Key, ...]
    tooltip: str
    handler: str  # the name of the slot on the object that handles it
    context: ActionContext = ActionContext.WINDOW
    checkable: bool = False


def spec(
    id: str,
    text: str,
    shortcut: Key | Sequence[Key],
    tooltip: str,
    handler: str,
    *,
    context: ActionContext = ActionContext.WINDOW,
    checkable: bool = False,
) -> ActionSpec:
    """An ActionSpec with one key or several (the first is the one menus show)."""
    keys = tuple(shortcut) if isinstance(shortcut, list | tuple) else (shortcut,)
    return ActionSpec(id, text, keys, tooltip, handler, context, checkable)  # type: ignore[arg-type]


def context_for(keys: Sequence[Key]) -> ActionContext:
    """The usual place for a tab command's keys: a chord with Ctrl or Alt works window-wide
    (it cannot be typing); a bare key (Ins, Del, F2, Enter, Space) belongs to the panel."""
    first = key_sequences(keys[:1])
    if not first or first[0].isEmpty():
        return ActionContext.PANEL
    # PySide6's stubs lack QKeySequence.__getitem__ (Qt's operator[]), which exists at run time.
    modifiers = first[0][0].keyboardModifiers()  # type: ignore[index]
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return ActionContext.WINDOW if modifiers & chord else ActionContext.PANEL


def key_sequences(keys: Iterable[Key]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            # every key the platform binds (setShortcut(StandardKey) keeps only the first one)
            found.extend(QKeySequence.keyBindings(key))
        else:
            found.append(QKeySequence(key))  # a QKeySequence or its text
    return found


def native_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def make_action(
    action_spec: ActionSpec,
    handler_owner: object,
    owner: QWidget,
    *,
    action: QAction | None = None,
) -> QAction:
    """The QAction for a spec: its keys work where `context` says, relative to `owner`.

    `action` lets a caller dress an action Qt made (the undo stack's Undo/Redo) from the table.
    """
    made = action if action is not None else QAction(action_spec.text, owner)
    made.setText(action_spec.text)
    made.setShortcuts(key_sequences(action_spec.shortcuts))
    made.setShortcutContext(_QT_CONTEXT[action_spec.context])
    made.setCheckable(action_spec.checkable)
    keys = native_text(made)
    made.setToolTip(f"{action_spec.tooltip} ({keys})" if keys else action_spec.tooltip)
    made.setStatusTip(action_spec.tooltip)
    made.setProperty(ID_PROPERTY, action_spec.id)
    made.setProperty(CONTEXT_PROPERTY, action_spec.context.value)
    if action_spec.handler:
        slot: Any = handler_owner
        for name in action_spec.handler.split("."):  # "speech_timer.toggle": a part's slot
            slot = getattr(slot, name)
        (made.toggled if action_spec.checkable else made.triggered).connect(slot)
    owner.addAction(made)
    return made


def make_actions(
    specs: Iterable[ActionSpec], handler_owner: object, owner: QWidget
) -> dict[str, QAction]:
    """The actions of a whole table, by id."""
    return {s.id: make_action(s, handler_owner, owner) for s in specs}


def separator(parent: QObject) -> QAction:
    made = QAction(parent)
    made.setSeparator(True)
    return made


def menu_groups(parent: QObject, *groups: Iterable[QAction]) -> list[QAction]:
    """A menu's actions: the groups in order, a separator between two groups (an empty group
    adds nothing)."""
    actions: list[QAction] = []
    for group in map(list, groups):
        if actions and group:
            actions.append(separator(parent))
        actions.extend(group)
    return actions


def action_button(action: QAction) -> QToolButton:
    """A push-style button for an action: same text, tooltip, checked and enabled state, always."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAccessibleName(plain_text(action.text()))
    # Clicking a button must not take the keyboard away from the table being worked on.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def button_row(*actions: QAction) -> FlowLayout:
    """Buttons for the actions, wrapping onto a second line where the window is narrow."""
    row = FlowLayout()
    for action in actions:
        row.addWidget(action_button(action))
    row.addStretch(1)
    return row


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks ("&&" is a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
