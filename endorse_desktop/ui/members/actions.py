"""The Members tab's commands: tables for `ui/widgets/actions.py`.

Enter and Delete mean "edit/delete this member" only where members are listed (the list's
panel): in the search box they keep their ordinary meaning. The rest work window-wide while the
tab is shown (the list is hidden otherwise). Down and Esc in the search box are the box's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence

from endorse_desktop.ui.widgets.actions import ActionContext, ActionSpec, spec

PANEL = ActionContext.PANEL
FIELD = ActionContext.FIELD


def list_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    """Made on the members list (its context menu shows them)."""
    return (
        spec(
            "add_member",
            tr("&Add Member…"),
            ["Ctrl+Shift+N", "Ins"],
            tr("Add someone to the roster"),
            "add_member",
        ),
        spec(
            "edit_member",
            tr("&Edit Member…"),
            ["Return", "Enter", "F2"],
            tr("Change the selected member's details or eligibility"),
            "edit_selected",
            context=PANEL,
        ),
        spec(
            "delete_members",
            tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            tr("Remove the selected members (only those with no meeting or pledge records)"),
            "delete_selected",
            context=PANEL,
        ),
        spec(
            "archive_members",
            tr("A&rchive"),
            "Ctrl+Shift+A",
            tr("Keep former members' records but take them off the current roster"),
            "toggle_archived",
        ),
    )


def find_action(tr: Callable[[str], str]) -> ActionSpec:
    return spec(
        "find_member",
        tr("&Find Member"),
        QKeySequence.StandardKey.Find,
        tr("Jump to the search box"),
        "focus_search",
    )


def search_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    """Made on the search box: Down goes to the list, Esc clears the search (then the list)."""
    return (
        spec("to_list", tr("To the List"), "Down", tr("To the list"), "focus_list", context=FIELD),
        spec(
            "clear_search",
            tr("Clear the Search"),
            "Esc",
            tr("Clear the search, then go to the list"),
            "_clear_search",
            context=FIELD,
        ),
    )
