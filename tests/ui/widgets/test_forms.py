"""FormDialog's record fields: what a dialog shows is what it gives back, field by field."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QSpinBox

from endorse_desktop.core.races import Candidate
from endorse_desktop.core.values import Value
from endorse_desktop.ui.scorecards.dialogs import CandidateDialog
from endorse_desktop.ui.values.dialog import ValueDialog
from endorse_desktop.ui.widgets.forms import FormDialog


@dataclass(frozen=True)
class Record:
    name: str = ""
    notes: str = ""
    count: int = 0
    done: bool = False
    kind: str = "a"
    untouched: str = "kept"


def test_edited_reads_every_named_input_back_into_a_copy_of_the_record(qtbot) -> None:
    dialog = FormDialog("Record")
    qtbot.addWidget(dialog)
    original = Record("Ana", "first", 2, False, "a")
    name = dialog.line("&Name:", original.name, field="name")
    notes = dialog.text_area("N&otes:", original.notes, field="notes")
    count = QSpinBox()
    count.setValue(original.count)
    dialog.row("&Count:", count, field="count")
    done = dialog.check_box("&Done", original.done, field="done")
    kind = dialog.combo("&Kind:", {"a": "A", "b": "B"}, original.kind, field="kind")

    assert dialog.edited(original) == original  # nothing typed: nothing changed
    name.setText("Bea")
    notes.setPlainText("second")
    count.setValue(5)
    done.setChecked(True)
    kind.setCurrentIndex(kind.findData("b"))
    assert dialog.edited(original) == Record("Bea", "second", 5, True, "b", "kept")


def test_a_check_box_row_is_labelled_by_its_own_text(qtbot) -> None:
    dialog = FormDialog("Record")
    qtbot.addWidget(dialog)
    box = dialog.check_box("&Done", True)
    assert box.isChecked() and box.text() == "&Done"
    assert dialog.fields == {}  # no field named: not read back


def test_the_candidate_dialog_gives_back_what_was_typed_in_each_field(qtbot) -> None:
    candidate = Candidate(1, "Ana Ruiz", party="Green", website="https://ana.example")
    dialog = CandidateDialog(candidate, "Mayor")
    qtbot.addWidget(dialog)
    dialog.party_edit.setText("Independent")
    dialog.incumbent_check.setChecked(True)
    dialog.notes_edit.setPlainText("Met the board")
    dialog.accept()
    chosen = dialog.chosen_candidate()
    assert chosen is not None
    assert (chosen.name, chosen.party, chosen.incumbent, chosen.notes) == (
        "Ana Ruiz",
        "Independent",
        True,
        "Met the board",
    )
    assert chosen.website == "https://ana.example"


def test_the_value_dialog_gives_back_weight_and_dealbreaker(qtbot) -> None:
    dialog = ValueDialog(Value("Housing", weight=3), set())
    qtbot.addWidget(dialog)
    dialog.weight_spin.setValue(5)
    dialog.dealbreaker_check.setChecked(True)
    dialog.title_es_edit.setText("Vivienda")
    dialog.accept()
    chosen = dialog.chosen_value()
    assert chosen is not None
    assert (chosen.title, chosen.weight, chosen.dealbreaker, chosen.title_es) == (
        "Housing",
        5,
        True,
        "Vivienda",
    )
