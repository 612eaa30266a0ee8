"""Issue 15: the edit dialogs take the group's texts in Spanish, and keep them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from endorse_desktop.core.commitments.records import Activity
from endorse_desktop.core.races import Race, find_race
from endorse_desktop.core.settings import GroupSettings
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import Value
from endorse_desktop.ui.commitments.activities_dialog import ActivityDialog
from endorse_desktop.ui.meeting.dialogs import NewVoteDialog
from endorse_desktop.ui.scorecards.dialogs import RaceDialog
from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog
from endorse_desktop.ui.values.dialog import ValueDialog


@pytest.fixture
def store(demo_path: Path):
    with Store.open(demo_path) as opened:
        yield opened


def accepted(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog


def test_value_race_and_activity_dialogs_keep_their_spanish(qtbot) -> None:
    value = ValueDialog(Value("Housing", title_es="Vivienda"), set())
    assert value.title_es_edit.text() == "Vivienda"
    value.title_es_edit.setText("  Vivienda asequible ")
    value.description_es_edit.setPlainText("Un techo digno para todos.")
    chosen = accepted(qtbot, value).chosen_value()  # type: ignore[attr-defined]
    assert (chosen.title_es, chosen.description_es) == (
        "Vivienda asequible",
        "Un techo digno para todos.",
    )

    race = RaceDialog(Race("Mayor"))
    race.office_es_edit.setText("Alcaldía")
    assert accepted(qtbot, race).chosen_race().title_es == "Alcaldía"  # type: ignore[attr-defined]

    activity = ActivityDialog(Activity("Phone bank", name_es="Llamadas"))
    assert activity.name_es.text() == "Llamadas"
    activity.name_es.setText("Llamadas a votantes")
    chosen_activity = accepted(qtbot, activity).chosen()  # type: ignore[attr-defined]
    assert chosen_activity.name_es == "Llamadas a votantes"


def test_the_settings_dialog_keeps_the_signup_ask_in_both_languages(qtbot) -> None:
    dialog = GroupSettingsDialog(GroupSettings(name="G", signup_ask="Help Ana win!"))
    assert dialog.ask_edit.text() == "Help Ana win!"
    dialog.ask_es_edit.setText("¡Ayude a Ana a ganar!")
    settings = accepted(qtbot, dialog).settings()  # type: ignore[attr-defined]
    assert (settings.signup_ask, settings.signup_ask_es) == (
        "Help Ana win!",
        "¡Ayude a Ana a ganar!",
    )


def test_a_new_vote_takes_its_question_in_spanish(qtbot, store) -> None:
    meeting = store.scalar("SELECT id FROM meetings ORDER BY held_on DESC LIMIT 1")
    dialog = NewVoteDialog(store, meeting)
    mayor = find_race(store, "Mayor")
    dialog.race_combo.setCurrentIndex(dialog.race_combo.findData(mayor.id))
    dialog.question_edit.setText("Shall we endorse for Mayor?")
    dialog.question_es_edit.setText("¿Respaldamos a alguien para la alcaldía?")
    vote = accepted(qtbot, dialog).created  # type: ignore[attr-defined]
    assert vote.question_es == "¿Respaldamos a alguien para la alcaldía?"
