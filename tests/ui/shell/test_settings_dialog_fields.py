"""The group settings dialog shows the saved settings and gives them back unchanged; each input
keeps the name a screen reader says."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from endorse_desktop.core.settings import GroupSettings
from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog


def test_saved_settings_come_back_unchanged(qtbot) -> None:
    saved = GroupSettings(
        name="Riverton Indivisible",
        cycle="2026 General",
        page_size="a4",
        threshold_fraction="3/5",
        threshold_comparison="more_than",
        base="present",
        quorum=12,
        policy="top_two",
        signup_ask="Knock doors for Ana",
        signup_ask_es="Toque puertas por Ana",
    )
    dialog = GroupSettingsDialog(saved)
    qtbot.addWidget(dialog)
    assert dialog.settings() == saved
    assert dialog.page_combo.currentText() == "A4"
    assert dialog.base_combo.currentText() == "members present (minus recused)"
    assert dialog.comparison_combo.currentText() == "more than"


def test_a_new_groups_choices_start_at_the_usual_ones(qtbot) -> None:
    dialog = GroupSettingsDialog(GroupSettings(), first_run=True)
    qtbot.addWidget(dialog)
    chosen = dialog.settings()
    assert (chosen.page_size, chosen.base, chosen.policy) == ("letter", "votes_cast", "keep_all")
    assert dialog.policy_combo.count() == 3


def test_every_input_has_its_spoken_name(qtbot) -> None:
    dialog = GroupSettingsDialog(GroupSettings())
    qtbot.addWidget(dialog)
    named = {
        widget.accessibleName()
        for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
        if widget.isVisibleTo(dialog)
    }
    assert {
        "Group name",
        "Cycle",
        "Paper size",
        "What the sign-up sheet asks",
        "What the sign-up sheet asks, in Spanish",
        "Threshold",
        "Counted out of",
        "Repeated ballots",
    } <= named
