"""Dialogs driven by keys alone, sent where a person's keys go: to `QApplication.focusWidget()`.

No key is sent to a widget picked by name; the widgets are read afterwards only to check what
the keys did (issue 12, items 3, 4, 7 and the recusal list of 9).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from endorse_desktop.core.races import Candidate
from endorse_desktop.core.voting.lifecycle import default_rule
from endorse_desktop.core.voting.stored import load_vote
from endorse_desktop.ui.meeting.correction_dialogs import AmendDialog, RecusalDialog
from endorse_desktop.ui.meeting.dialogs import NewVoteDialog
from endorse_desktop.ui.scorecards.dialogs import CandidateDialog, RaceDialog
from endorse_desktop.ui.shell.theme import dark_palette
from endorse_desktop.ui.values.dialog import ValueDialog
from endorse_desktop.ui.widgets.forms import ERROR_ON_DARK, ERROR_ON_LIGHT
from tests.ui.test_every_dialog import hand_count_vote
from tests.voting_setup import new_meeting

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def opened(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def test_new_vote_question_typed_after_alt_q_leaves_the_quorum_alone(qtbot, window) -> None:
    store = window.session.store
    quorum = default_rule(store).quorum
    assert quorum  # the sample group has a quorum rule, so a changed one would show
    dialog = opened(qtbot, NewVoteDialog(store, new_meeting(store), window))
    press(Qt.Key.Key_Q, ALT)
    type_text("Whom should we endorse for mayor 12")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None
    vote = load_vote(store, dialog.created.id)
    assert vote.question == "Whom should we endorse for mayor 12"
    assert vote.quorum == quorum


def test_new_race_opens_in_office_and_enter_saves_what_was_typed(qtbot, window) -> None:
    dialog = opened(qtbot, RaceDialog(None, window))
    type_text("Mayor of Elsewhere")
    press(Qt.Key.Key_Return)
    race = dialog.chosen_race()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert race is not None and race.office == "Mayor of Elsewhere"


def test_new_candidate_opens_in_name_and_space_types_a_space(qtbot, window) -> None:
    race_id = int(window.session.store.scalar("SELECT id FROM races ORDER BY id LIMIT 1"))
    dialog = opened(qtbot, CandidateDialog(Candidate(race_id, ""), "Mayor", window))
    type_text("Pat Newcomer")
    assert dialog.isVisible()  # Space did not press a button
    press(Qt.Key.Key_Return)
    candidate = dialog.chosen_candidate()
    assert candidate is not None and candidate.name == "Pat Newcomer"


def test_amend_starts_at_the_count_and_alt_r_goes_to_the_reason(qtbot, window) -> None:
    store = window.session.store
    vote = hand_count_vote(store)  # 12 for the first candidate, 2 abstained
    dialog = opened(qtbot, AmendDialog(vote, window, store=store))
    assert isinstance(dialog, AmendDialog)
    assert dialog.count_spin.value() == 12
    press(Qt.Key.Key_R, ALT)
    type_text("a tally sheet was read twice")
    assert dialog.reason_edit.text() == "a tally sheet was read twice"
    assert dialog.round_combo.currentData() == 1  # Alt+R did not land on the round
    press(Qt.Key.Key_L, ALT)  # the line: walk to "Abstained", the count follows
    for _ in range(len(vote.options)):
        press(Qt.Key.Key_Down)
    assert dialog.option_combo.currentText() == "Abstained"
    assert dialog.count_spin.value() == 2


def test_recusal_list_is_ticked_from_the_keyboard(qtbot, window) -> None:
    members = [(1, "Ana Ruiz"), (2, "Ben Okafor"), (3, "Dana Ito")]
    dialog = opened(qtbot, RecusalDialog(members, set(), window))
    assert isinstance(dialog, RecusalDialog)
    type_text("dana")
    press(Qt.Key.Key_Down)  # from the search box into the list
    press(Qt.Key.Key_Space)
    assert dialog.recused() == {3}
    press(Qt.Key.Key_Up)  # arrows move, nothing else changes
    assert dialog.recused() == {3}
    press(Qt.Key.Key_R, ALT)
    type_text("works for the Ito campaign")
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recused() == {3}


def test_a_refused_ok_keeps_the_dialog_open_with_one_readable_error(qtbot, window) -> None:
    dialog = opened(qtbot, ValueDialog(None, {"Housing"}, window))
    assert isinstance(dialog, ValueDialog)
    type_text("housing")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert "already a value called housing" in dialog.error_label.text()
    assert ERROR_ON_LIGHT in dialog.error_label.styleSheet()
    dialog.setPalette(dark_palette())  # the facilitator switches to the dark theme
    assert ERROR_ON_DARK in dialog.error_label.styleSheet()
    assert dialog.palette().color(QPalette.ColorRole.Window).lightness() < 128
