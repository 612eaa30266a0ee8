"""Keyboard-first: every menu command has a shortcut (or a stated reason not to), a tooltip, and
no two commands that are available together share a key."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence

from endorse_desktop.ui.shell.help import menu_actions, shortcuts_html

# Submenus filled at the moment they open (recent files, screens) and the rarely used theme and
# language choices are reached by keyboard through their menus' mnemonics; they have no shortcuts
# by design.
EXEMPT_PREFIXES = (
    "File ▸ Open Recent ▸",
    "View ▸ Projector Screen ▸",
    "View ▸ Theme ▸",
    "View ▸ Projector Language ▸",
    "View ▸ Language ▸",
)


def test_every_menu_action_has_a_shortcut_and_a_tooltip(window) -> None:
    missing_keys: list[str] = []
    missing_tips: list[str] = []
    for key in window.tab_keys():
        window.show_tab(key)
        for path, action in menu_actions(window):
            if path.startswith(EXEMPT_PREFIXES):
                continue
            if action.shortcut().isEmpty():
                missing_keys.append(path)
            if not action.toolTip() or action.toolTip() == action.text().replace("&", ""):
                missing_tips.append(path)
    assert sorted(set(missing_keys)) == []
    assert sorted(set(missing_tips)) == []


def test_no_two_available_commands_share_a_key(window) -> None:
    for key in window.tab_keys():
        window.show_tab(key)
        # One action may sit in two menus (File ▸ Import and a tab's menu): one command, one key.
        distinct = {id(action): action for _, action in menu_actions(window)}.values()
        keys = Counter(
            action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for action in distinct
            if not action.shortcut().isEmpty()
        )
        clashes = {sequence: n for sequence, n in keys.items() if n > 1}
        assert clashes == {}, f"on the {key} tab"


def test_shortcut_sheet_lists_the_commands(window) -> None:
    html = shortcuts_html(window)
    assert "F5" in html and "Present Current" in html
    assert "Ctrl+Z" in html and "Undo" in html
