"""The Results & Track Record tab's commands: one table (`ui/widgets/actions.py`).

Bare keys (F2, Enter, Del, Ins) belong to the list they act on (PANEL: the results table, the
actions-in-office table); Ctrl+Alt chords work window-wide while the tab is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from endorse_desktop.ui.widgets.actions import ActionContext, ActionSpec, spec

PANEL = ActionContext.PANEL


def results_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    """Actions of the results table (owner: that table)."""
    return (
        spec(
            "enter_result",
            tr("&Enter Result…"),
            ["F2", "Return", "Enter"],
            tr("How the race came out for the selected candidate: outcome, votes, share, date"),
            "enter_result",
            context=PANEL,
        ),
        spec(
            "clear_result",
            tr("&Clear Result"),
            "Backspace",
            tr("Remove the selected candidate's result (undo puts it back)"),
            "clear_result",
            context=PANEL,
        ),
    )


def office_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    """Actions of the actions-in-office table (owner: that table)."""
    return (
        spec(
            "add_office_action",
            tr("&Rate an Action in Office…"),
            "Ins",
            tr("A vote, statement or town hall of the selected official, rated on one value"),
            "add_office_action",
            context=PANEL,
        ),
        spec(
            "delete_office_action",
            tr("&Delete Action"),
            "Del",
            tr("Remove the selected action in office (undo puts it back)"),
            "delete_office_action",
            context=PANEL,
        ),
    )


def tab_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    """The tab's window-wide commands while it is shown."""
    return (
        spec(
            "import_results",
            tr("&Import Official Results (CSV)…"),
            "Ctrl+Alt+O",
            tr("Results for this cycle's races from a CSV: race, candidate, outcome, votes, share"),
            "import_results",
        ),
        spec(
            "review",
            tr("Re&view the Endorsement…"),
            "Ctrl+Alt+V",
            tr("An endorsed official was rated Opposes on a dealbreaker: keep, condition, rescind"),
            "review_first_prompt",
        ),
        spec(
            "new_cycle",
            tr("&New Election Cycle…"),
            "Ctrl+Alt+W",
            tr("Close this cycle and open the next, carrying over what you choose"),
            "new_cycle",
        ),
        spec(
            "print_summary",
            tr("Print the &Public Summary…"),
            "Ctrl+Alt+U",
            tr("The track record on one page, for electeds and campaigns (no member data)"),
            "print_public_summary",
        ),
    )
