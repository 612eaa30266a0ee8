"""The Values tab's commands: one table (`ui/widgets/actions.py`).

Ctrl chords work window-wide while the tab is shown; the list's bare keys (Ins, F2, Del, Enter,
Space, Backspace) while the keyboard is in the tab, so a text field elsewhere keeps them.
"""

from __future__ import annotations

from collections.abc import Callable

from endorse_desktop.ui.widgets.actions import ActionContext, ActionSpec, spec

PANEL = ActionContext.PANEL


def values_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    return (
        spec("add", tr("&Add Value…"), "Ins", tr("Add a value"), "add_value", context=PANEL),
        spec(
            "edit",
            tr("&Edit Value…"),
            "F2",
            tr("Change the selected value's title, description, weight or dealbreaker flag"),
            "edit_selected",
            context=PANEL,
        ),
        # Edit also on Enter, as in every list; not on the menu twice.
        spec(
            "enter",
            tr("&Edit Value…"),
            ["Return", "Enter"],
            tr("Change the selected value"),
            "edit_selected",
            context=PANEL,
        ),
        spec(
            "delete",
            tr("&Delete Value"),
            "Del",
            tr("Remove the selected value and its ratings (undo puts them back)"),
            "delete_selected",
            context=PANEL,
        ),
        spec("up", tr("Move &Up"), "Ctrl+Up", tr("Move the selected value up"), "move_up"),
        spec(
            "down", tr("Move Do&wn"), "Ctrl+Down", tr("Move the selected value down"), "move_down"
        ),
        spec(
            "dot_mode",
            tr("D&ot Vote"),
            "Ctrl+D",
            tr("Tally members' dots per value, then apply them as suggested weights"),
            "set_dot_mode",
            checkable=True,
        ),
        spec(
            "add_dot",
            tr("Add a D&ot"),
            "Space",
            tr("One dot for the selected value (or press 1–9 for value number 1–9)"),
            "add_dot_for_selected",
            context=PANEL,
        ),
        spec(
            "remove_dot",
            tr("Take Back &Last Dot"),
            "Backspace",
            tr("Remove the most recent dot"),
            "remove_last_dot",
            context=PANEL,
        ),
        spec(
            "apply_dots",
            tr("Apply Dots as &Weights…"),
            "Ctrl+Shift+W",
            tr("See current and suggested weights side by side, then apply them"),
            "apply_dots",
        ),
        spec(
            "clear_dots",
            tr("&Clear Dots"),
            "Ctrl+Shift+Backspace",
            tr("Start the dot vote again from zero (undo puts the dots back)"),
            "clear_dots",
        ),
    )
