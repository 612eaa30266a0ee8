"""The meeting tab's dialogs and the Print menu's ballots and minutes, filled in as a user would."""

from __future__ import annotations

from fractions import Fraction

import pytest
from PySide6.QtWidgets import QDialog

from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Policy,
)
from endorse_desktop.core.voting.stored import Method, load_vote
from endorse_desktop.ui.meeting.correction_dialogs import AmendDialog
from endorse_desktop.ui.meeting.dialogs import (
    FinalizeDialog,
    LotDialog,
    NewVoteDialog,
    NextRoundDialog,
)
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from endorse_desktop.ui.widgets.print_dialogs import BallotsDialog
from tests.pdf_text import pdf_pages_text
from tests.voting_setup import MEETING_DAY, new_meeting, new_vote, rule

pytestmark = pytest.mark.usefixtures("no_modal_boxes")  # tests/conftest.py


def test_new_vote_dialog_creates_the_vote_with_the_rule_as_changed(qtbot, window) -> None:
    store = window.session.store
    meeting_id = new_meeting(store, 20)
    dialog = NewVoteDialog(store, meeting_id)
    qtbot.addWidget(dialog)
    dialog.race_combo.setCurrentIndex(dialog.race_combo.findText("City Council — Ward 3"))
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(Method.PAPER_RANKED))
    editor = dialog.rule_editor
    editor.threshold_combo.setCurrentIndex(editor.threshold_combo.count() - 1)  # custom
    editor.fraction_edit.setText("2/5")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "weaker than more than half" in dialog.error_label.text()
    editor.fraction_edit.setText("3/5")
    editor.base_combo.setCurrentIndex(editor.base_combo.findData(Base.CONTINUING))
    editor.no_endorsement_check.setChecked(False)
    dialog.accept()
    vote = dialog.created
    assert vote is not None and vote.is_ranked and vote.base is Base.CONTINUING
    assert str(vote.threshold.fraction) == "3/5" and vote.threshold.comparison == "at_least"
    assert NO_ENDORSEMENT not in [o.label for o in vote.options]


def test_the_groups_two_thirds_rule_shows_as_the_two_thirds_preset(qtbot, window) -> None:
    dialog = NewVoteDialog(window.session.store, new_meeting(window.session.store, 20))
    qtbot.addWidget(dialog)
    editor = dialog.rule_editor
    assert editor.threshold_combo.currentText() == "Two-thirds (at least 2/3)"
    assert editor._custom.isHidden()


def test_a_custom_fraction_is_read_as_a_vote_record_reads_it(qtbot, window) -> None:
    """The dialog and `count` agree on what a custom rule is: "p/q" only, so 0.667 is not
    silently taken for a rule just short of two-thirds."""
    dialog = NewVoteDialog(window.session.store, new_meeting(window.session.store, 20))
    qtbot.addWidget(dialog)
    editor = dialog.rule_editor
    editor.threshold_combo.setCurrentIndex(editor.threshold_combo.count() - 1)  # custom
    for typed, refusal in (("0.667", 'written like "2/3"'), ("3/0", "divides by zero")):
        editor.fraction_edit.setText(typed)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert refusal in dialog.error_label.text()
        assert dialog.created is None
    editor.fraction_edit.setText(" 5 / 8 ")
    dialog.accept()
    assert dialog.created is not None and dialog.created.threshold.fraction == Fraction(5, 8)


def test_finalize_dialog_wants_the_condition_written(qtbot) -> None:
    dialog = FinalizeDialog(1, "Ana Núñez is endorsed: 20 of 29 votes.", "Ana Núñez")
    qtbot.addWidget(dialog)
    assert dialog.choice() == voting.EndorsementChoice()
    dialog.conditional_radio.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.condition_edit.setText("Returns the questionnaire")
    dialog.accept()
    assert dialog.choice() == voting.EndorsementChoice("conditional", "Returns the questionnaire")


def test_next_round_dialog_asks_whom_the_lot_removed(qtbot) -> None:
    dialog = NextRoundDialog(2, ["Ana", "Bob", "Cy", NO_ENDORSEMENT], ["Bob", "Cy"], 1)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Tick exactly 1" in dialog.error_label.text()
    dialog.tied_checks[1].setChecked(True)
    dialog.accept()
    assert dialog.lot_losers() == ["Cy"]


def test_lot_and_amend_dialogs_through_the_tab(qtbot, window, monkeypatch) -> None:
    store = window.session.store
    vote = new_vote(store, "City Council", Method.PAPER_RANKED, rule(base=Base.CONTINUING))
    ids = {o.key: o.id for o in vote.options}
    desk = BallotDesk(store, vote.id)
    for ranking in [((ids[1],),)] * 9 + [((ids[2],),)] * 8 + [((ids[3],),), ((ids[4],),)]:
        desk.record_ranked(ranking)
    tab = window.show_tab("meeting")
    tab.select_vote(vote.id)

    def choose_lot(dialog: LotDialog) -> QDialog.DialogCode:
        assert [r.text() for r in dialog.radios] == ["Tom Becker", "Dolores Haddad"]
        dialog.radios[0].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LotDialog, "exec", choose_lot)
    tab.ask_finalize = lambda number, sentence, winner: voting.EndorsementChoice()
    tab.votes.finalize_round()  # needs a lot: the tab asks for it first
    assert load_vote(store, vote.id).current_round.is_final is False
    assert "Result so far" in tab.result_label.text()
    tab.votes.finalize_round()
    assert wait_for_background_tasks()
    done = load_vote(store, vote.id)
    assert done.current_round.is_final and done.outcome == "endorsed"
    assert done.label_of(done.winner_option_id) == "Marcus Okafor"  # 9 of 17 continuing

    def amend(dialog: AmendDialog) -> QDialog.DialogCode:
        dialog.ranking_edit.setText("1 2")
        dialog.reason_edit.setText("A ballot found in the hat")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AmendDialog, "exec", amend)
    tab.corrections.amend_round()
    events = store.rows(
        "SELECT kind, reason FROM ballot_events WHERE round_id = ? ORDER BY id DESC LIMIT 1",
        (done.current_round.id,),
    )
    assert tuple(events[0]) == ("amendment", "A ballot found in the hat")


def test_print_ballots_dialog_suggests_copies_and_prints(qtbot, window, tmp_path) -> None:
    store = window.session.store
    new_vote(store, vote_rule=rule(Policy.DROP_LAST), present=20)  # a vote in progress: Mayor
    dialog = BallotsDialog(store)
    qtbot.addWidget(dialog)
    dialog.race_combo.setCurrentIndex(dialog.race_combo.findText("Mayor — City of Riverton"))
    assert dialog.copies_spin.value() == 22  # 20 present at the latest meeting + 10 %
    assert "20 present" in dialog.copies_note.text()
    assert dialog.options_label.text() == (
        "Ana Núñez, Bob Lee, Carmen Diaz-Whitfield, No endorsement"
    )
    dialog.serial_check.setChecked(True)
    out = tmp_path / "ballots.pdf"
    window.export("ballots", out, **dialog.options())
    assert wait_for_background_tasks()
    pages = pdf_pages_text(out)
    assert len(pages) == 6 and "0022 / 0022" in pages[-1]
    summary = tmp_path / "summary.pdf"
    window.export("summary", summary, meeting=None)
    assert wait_for_background_tasks()
    assert f"Minutes of the meeting of {MEETING_DAY}" in pdf_pages_text(summary)[0]
