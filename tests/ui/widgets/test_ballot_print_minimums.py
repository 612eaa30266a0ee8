"""File ▸ Print ▸ Ballots… says, before anything is printed, when the options cannot fit the
layout chosen without type below the print minimums (issue 15), and `export ballots` on the
command line stops with the same news in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from endorse_desktop.core.store import Store
from endorse_desktop.exports.ballots import plan_ballots
from endorse_desktop.ui.widgets.print_dialogs import BallotsDialog, LanguageCombo


@pytest.fixture
def crowded_mayor(demo_path: Path) -> Path:
    """The sample group's mayoral race with eight options on the ballot."""
    with Store.open(demo_path) as store:
        race = store.scalar("SELECT id FROM races WHERE office = 'Mayor'")
        plan = plan_ballots(store, "Mayor")
        assert plan is not None
        with store.transaction():
            for n in range(8 - len(plan.options)):
                store.execute(
                    "INSERT INTO candidates (race_id, name, created_at, updated_at)"
                    " VALUES (?, ?, 'x', 'x')",
                    (race, f"Newcomer {n}"),
                )
        plan = plan_ballots(store, "Mayor")
        assert plan is not None and len(plan.options) == 8
    return demo_path


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_the_dialog_says_so_and_will_not_print_a_layout_that_does_not_fit(
    qtbot, crowded_mayor: Path
) -> None:
    with Store.open(crowded_mayor) as store:
        dialog = BallotsDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        titles = [dialog.race_combo.itemText(i) for i in range(dialog.race_combo.count())]
        dialog.race_combo.setCurrentIndex(next(i for i, t in enumerate(titles) if "Mayor" in t))
        choose(dialog.per_page_combo, 4)
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == (
            "These ballots do not fit 4 to a page with names of at least 12 pt and "
            "instructions of at least 10 pt: choose fewer to a page."
        )
        assert not dialog.accept_button.isEnabled()
        dialog.accept()  # Enter in the form: refused, still open
        assert dialog.isVisible() and dialog.result() == 0
        choose(dialog.per_page_combo, 1)
        assert not dialog.error_label.isVisible() and dialog.accept_button.isEnabled()
        # bilingual, ranked, 2 to a page: the longer words do not fit either, said at once
        choose(dialog.per_page_combo, 2)
        dialog.ranked_check.setChecked(True)
        choose(dialog.language_combo, "en+es")
        assert not dialog.accept_button.isEnabled()
        assert "2 to a page" in dialog.error_label.text()
        LanguageCombo.last_chosen = LanguageCombo.last_chosen.EN
        dialog.close()


def test_the_command_line_stops_with_one_sentence(cli, crowded_mayor: Path, tmp_path: Path) -> None:
    out = tmp_path / "ballots.pdf"
    args = ("export", "ballots", "--db", str(crowded_mayor), "--race", "Mayor", "-o", str(out))
    refused = cli(*args, "--per-page", "4", "--ranked", "--lang", "en+es")
    assert refused.returncode == 1
    assert refused.stdout == ""
    # (a line before it may warn of the group's texts with no Spanish)
    line = refused.stderr.strip().splitlines()[-1]
    assert "error" in line and line.endswith(
        "8 options do not fit on a ranked ballot printed 4 to a page with names of at least "
        "12 pt and instructions of at least 10 pt; print fewer to a page (1 or 2)."
    )
    assert not out.exists()
    printed = cli(*args, "--per-page", "1", "--ranked", "--lang", "en+es", "--copies", "2")
    assert printed.returncode == 0, printed.stderr
    assert out.exists()


def test_a_crowded_race_opens_at_the_most_ballots_a_page_that_fit(
    qtbot, crowded_mayor: Path
) -> None:
    """The dialog opens at 4 to a page; eight options fit only one to a page, so choosing the
    race shows that layout, ready to print, instead of a refusal to work around."""
    with Store.open(crowded_mayor) as store:
        dialog = BallotsDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        titles = [dialog.race_combo.itemText(i) for i in range(dialog.race_combo.count())]
        roomy = next(i for i, t in enumerate(titles) if "Mayor" not in t)
        crowded = next(i for i, t in enumerate(titles) if "Mayor" in t)
        dialog.race_combo.setCurrentIndex(crowded)
        assert dialog.per_page_combo.currentData() in (1, 2)
        assert not dialog.error_label.isVisible() and dialog.accept_button.isEnabled()
        dialog.race_combo.setCurrentIndex(roomy)  # back to four a page, as first shown
        assert dialog.per_page_combo.currentData() == 4
        assert dialog.accept_button.isEnabled()
        dialog.close()
