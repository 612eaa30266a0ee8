"""The Scorecards tab's own commands, as one table (`ui/widgets/actions.py`); the race and
candidate entries are `race_editor.RaceEditor`'s. Every key here is a Ctrl chord, so each works
window-wide while the tab is shown (right after a click on the tab bar too)."""

from __future__ import annotations

from collections.abc import Callable

from endorse_desktop.ui.widgets.actions import ActionSpec, spec


def scorecard_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    return (
        spec(
            "show_archived",
            tr("Show Arc&hived"),
            "Ctrl+Shift+A",
            tr("List archived races and candidates too"),
            "set_show_archived",
            checkable=True,
        ),
        spec(
            "evidence",
            tr("Rating && E&vidence…"),
            "Ctrl+Return",
            tr("Edit the selected cell's rating, evidence and source (Enter in the grid)"),
            "ratings.edit_current_evidence",
        ),
        spec(
            "compare",
            tr("Co&mparison"),
            "Ctrl+Shift+C",
            tr("Switch between the scorecard grid and the ranked comparison"),
            "set_comparison_shown",
            checkable=True,
        ),
        spec(
            "previous_race",
            tr("&Previous Race"),
            "Ctrl+PgUp",
            tr("Go to the race above"),
            "previous_race",
        ),
        spec("next_race", tr("Ne&xt Race"), "Ctrl+PgDown", tr("Go to the race below"), "next_race"),
        spec(
            "focus_races",
            tr("Go to Races"),
            "Ctrl+1",
            tr("Move the keyboard to the races"),
            "focus_races",
        ),
        spec(
            "focus_candidates",
            tr("Go to Candidates"),
            "Ctrl+2",
            tr("Move the keyboard to the candidates"),
            "focus_candidates",
        ),
        spec(
            "focus_grid",
            tr("Go to Scorecard"),
            "Ctrl+3",
            tr("Move the keyboard to the scorecard grid"),
            "focus_grid",
        ),
        spec(
            "print_race",
            tr("&Print This Race…"),
            "Ctrl+Alt+P",
            tr("Write this race's scorecard handout as a PDF and open it"),
            "print_race",
        ),
    )
