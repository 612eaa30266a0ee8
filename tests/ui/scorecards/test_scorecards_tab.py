"""The Candidates & Scorecards tab, driven by the keyboard as a facilitator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from endorse_desktop.core.cycles import earlier_candidacies
from endorse_desktop.core.races import find_race, get_candidate, list_candidates
from endorse_desktop.core.ratings import Rating, get_rating, set_rating
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import find_value
from endorse_desktop.ui.scorecards.model import RATING_ROLE
from endorse_desktop.ui.scorecards.rating_style import rating_text
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session, Topic


@pytest.fixture
def tab(sample_window):
    tab = sample_window.show_tab("scorecards")
    tab.grid.setFocus()
    return tab


def cell_text(tab, row: int, column: int) -> str:
    return tab.grid_model.index(row, column).data()


def go_to(qtbot, tab, row: int, column: int) -> None:
    """Walk to a cell with the arrow keys, from the top-left one."""
    tab.grid.setCurrentIndex(tab.grid_model.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(tab.grid, Qt.Key.Key_Right)
    assert (tab.grid.currentIndex().row(), tab.grid.currentIndex().column()) == (row, column)


def stored(tab, row: int, column: int) -> Rating:
    candidate = tab.grid_model.candidate_at(column)
    value = tab.grid_model.value_at(row)
    return get_rating(tab.session.store, candidate.id, value.id)


def test_rate_by_keyboard_then_undo_restores_grid_and_database(qtbot, sample_window, tab) -> None:
    # Mayor race: Ana Núñez (column 0) on Workers' rights (row 2) is Unknown in the sample.
    assert tab.current_race().title == "Mayor — City of Riverton"
    go_to(qtbot, tab, 2, 0)
    before = stored(tab, 2, 0)
    assert before.rating is None
    assert cell_text(tab, 2, 0) == "Unknown"
    header_before = tab.grid_model.headerData(0, Qt.Orientation.Horizontal)

    qtbot.keyClick(tab.grid, Qt.Key.Key_4)
    assert cell_text(tab, 2, 0).startswith("Champion (4)")
    assert stored(tab, 2, 0).rating == 4
    assert "8 of 8 rated" in tab.grid_model.headerData(0, Qt.Orientation.Horizontal)
    assert (tab.grid.currentIndex().row(), tab.grid.currentIndex().column()) == (2, 0)

    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell_text(tab, 2, 0) == "Unknown"
    assert stored(tab, 2, 0) == before
    assert tab.grid_model.headerData(0, Qt.Orientation.Horizontal) == header_before

    # redo puts it back, and the place in the grid is kept throughout
    sample_window.undo_stack.redo()
    assert stored(tab, 2, 0).rating == 4
    assert (tab.grid.currentIndex().row(), tab.grid.currentIndex().column()) == (2, 0)


def test_u_marks_unknown_and_keeps_the_evidence(qtbot, sample_window, tab) -> None:
    go_to(qtbot, tab, 1, 1)  # Bob Lee on Climate action: Strong, with evidence
    before = stored(tab, 1, 1)
    assert before.rating == 3 and before.evidence
    qtbot.keyClick(tab.grid, Qt.Key.Key_U)
    after = stored(tab, 1, 1)
    assert after.rating is None
    assert after.evidence == before.evidence
    assert cell_text(tab, 1, 1).startswith("Unknown")
    assert tab.grid_model.index(1, 1).data(RATING_ROLE) is None
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(tab, 1, 1) == before


def test_delete_clears_a_cell_and_undo_brings_it_back(qtbot, sample_window, tab) -> None:
    go_to(qtbot, tab, 0, 1)
    before = stored(tab, 0, 1)
    assert before.rating == 0  # the sample's dealbreaker hit
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert stored(tab, 0, 1).is_empty
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(tab, 0, 1) == before


def test_enter_opens_the_evidence_editor(qtbot, sample_window, tab, monkeypatch) -> None:
    from endorse_desktop.ui.scorecards.dialogs import RatingDialog

    go_to(qtbot, tab, 2, 0)

    def fill_in(dialog: RatingDialog) -> int:
        dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData(2))
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("interview"))
        dialog.evidence_edit.setPlainText("Said at the forum: <b>yes</b> & more.")
        return RatingDialog.DialogCode.Accepted

    monkeypatch.setattr(RatingDialog, "exec", fill_in)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    saved = stored(tab, 2, 0)
    assert (saved.rating, saved.source) == (2, "interview")
    assert saved.evidence == "Said at the forum: <b>yes</b> & more."
    assert "Said at the forum" in tab.grid_model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_dealbreaker_hit_shows_by_colour_and_symbol(tab) -> None:
    index = tab.grid_model.index(0, 1)  # Bob Lee opposes affordable housing (a dealbreaker)
    assert index.data().startswith("✖ Opposes")
    assert index.data(Qt.ItemDataRole.BackgroundRole).name().lower() == "#d55e00"
    header = tab.grid_model.headerData(1, Qt.Orientation.Horizontal)
    assert "✖" in header and "49%" in header
    assert tab.grid_model.headerData(0, Qt.Orientation.Vertical).startswith("⚠ Affordable")


def test_scores_and_coverage_in_the_headers_match_a_hand_count(tab) -> None:
    card = tab.card
    weights = {v.title: v.weight for v in card.values}
    for column, candidate in enumerate(card.candidates):
        cells = {v.title: card.rating(candidate, v).rating for v in card.values}
        rated = {t: r for t, r in cells.items() if r is not None}
        earned = sum(weights[t] * r for t, r in rated.items())
        possible = 4 * sum(weights[t] for t in rated)
        percent = (200 * earned + possible) // (2 * possible)  # round half up, integers only
        header = tab.grid_model.headerData(column, Qt.Orientation.Horizontal)
        assert f"{percent}% · {len(rated)} of {len(cells)} rated" in header


def test_comparison_ranks_the_candidates(qtbot, tab) -> None:
    qtbot.keyClick(
        tab, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.pages.currentIndex() == 1
    model = tab.comparison_model
    names = [model.headerData(c, Qt.Orientation.Horizontal).split("\n")[0] for c in range(3)]
    assert names == ["Carmen Diaz-Whitfield", "Ana Núñez", "Bob Lee"]
    assert [model.index(1, c).data() for c in range(3)] == ["78%", "63%", "49%"]
    assert model.index(3, 2).data() == "✖ Affordable housing"


def test_deleting_a_rated_candidate_is_refused_and_archive_is_offered(
    qtbot, sample_window, tab, monkeypatch
) -> None:
    store = tab.session.store
    tab.candidate_view.setFocus()
    tab._select(tab.candidate_view, 1)  # Bob Lee, who has ratings
    bob = tab.current_candidate()
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        archive = next(b for b in box.buttons() if "Archive" in b.text())
        archive.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    qtbot.keyClick(tab.candidate_view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert shown and "archive" in shown[0] and "ratings" in shown[0]
    assert get_candidate(store, bob.id).archived
    assert get_rating(store, bob.id, find_value(store, "Climate action").id).rating == 3
    assert [c.name for c in tab.card.candidates] == ["Ana Núñez", "Carmen Diaz-Whitfield"]
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not get_candidate(store, bob.id).archived


def test_add_and_delete_an_unrated_candidate_with_undo(qtbot, sample_window, tab, monkeypatch):
    from endorse_desktop.ui.scorecards.dialogs import CandidateDialog

    store = tab.session.store
    race = find_race(store, "Mayor")

    def fill_in(dialog: CandidateDialog) -> int:
        dialog.name_edit.setText("Ωμέγα Παπαδόπουλος")
        dialog.party_edit.setText("Independent")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CandidateDialog, "exec", fill_in)
    tab.candidate_view.setFocus()
    qtbot.keyClick(tab.candidate_view, Qt.Key.Key_Insert)
    names = [c.name for c in list_candidates(store, race.id)]
    assert names[-1] == "Ωμέγα Παπαδόπουλος"
    assert tab.grid_model.columnCount() == 4
    assert tab.current_candidate().name == "Ωμέγα Παπαδόπουλος"
    qtbot.keyClick(tab.candidate_view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert "Ωμέγα Παπαδόπουλος" not in [c.name for c in list_candidates(store, race.id)]
    sample_window.undo_stack.undo()  # the deletion
    assert "Ωμέγα Παπαδόπουλος" in [c.name for c in list_candidates(store, race.id)]
    sample_window.undo_stack.undo()  # the addition
    assert len(list_candidates(store, race.id)) == 3


def test_the_grid_follows_edits_made_elsewhere(tab) -> None:
    store = tab.session.store
    candidate = tab.grid_model.candidate_at(0)
    value = tab.grid_model.value_at(2)
    set_rating(store, Rating(candidate.id, value.id, 1))
    tab.session.notify(Topic.RATINGS)
    assert cell_text(tab, 2, 0) == "Weak (1)"


def test_models_pass_qtmodeltester(qtmodeltester, tab) -> None:
    qtmodeltester.check(tab.grid_model)
    qtmodeltester.check(tab.comparison_model)
    qtmodeltester.check(tab.race_model)
    qtmodeltester.check(tab.candidate_model)


def test_present_follows_the_grid(qtbot, sample_window, tab) -> None:
    go_to(qtbot, tab, 3, 2)
    qtbot.keyClick(sample_window, Qt.Key.Key_F5)
    slide = sample_window.projector.current_slide
    assert slide.slide_id == "scorecard"
    assert (slide.focused_candidate(), slide.focused_value()) == (
        "Carmen Diaz-Whitfield",
        "Voting access",
    )
    qtbot.keyClick(tab.grid, Qt.Key.Key_Up)
    assert slide.focused_value() == "Workers' rights"


def test_an_empty_group_starts_with_its_first_race(qtbot, db_path: Path, monkeypatch) -> None:
    from endorse_desktop.core.races import list_races
    from endorse_desktop.core.settings import GroupSettings, save_settings
    from endorse_desktop.ui.scorecards.dialogs import RaceDialog

    store = Store.open(db_path)
    save_settings(store, GroupSettings(name="New Chapter"))
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.show_tab("scorecards")
    assert "No race yet" in tab.race_heading.text()
    assert tab.presentation() is None
    assert not tab.editor.new_candidate_action.isEnabled()

    def fill_in(dialog: RaceDialog) -> int:
        dialog.office_edit.setText("School Board")
        dialog.district_edit.setText("Seat 2")
        dialog.date_edit.setText("2026-13-01")
        dialog.accept()  # refused: not a date
        assert "should look like 2026-06-02" in dialog.error_label.text()
        dialog.date_edit.setText("2026-11-03")
        dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("general"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RaceDialog, "exec", fill_in)
    tab.race_view.setFocus()
    qtbot.keyClick(
        tab.race_view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    races = list_races(store)
    assert [(r.title, r.election_date, r.stage) for r in races] == [
        ("School Board — Seat 2", "2026-11-03", "general")
    ]
    assert tab.current_race().title == "School Board — Seat 2"
    assert tab.editor.new_candidate_action.isEnabled()
    assert tab.presentation() == ("scorecard", {"race_id": races[0].id})
    window.undo_stack.undo()
    assert list_races(store) == [] and tab.current_race() is None
    window.close()


def test_empty_models_pass_qtmodeltester(qtmodeltester) -> None:
    from endorse_desktop.ui.scorecards.comparison_model import ComparisonModel
    from endorse_desktop.ui.scorecards.model import ScorecardModel
    from endorse_desktop.ui.values.model import ValuesModel

    for model in (ScorecardModel(), ComparisonModel(), ValuesModel()):
        qtmodeltester.check(model)


def test_hovering_a_candidate_header_tells_score_and_coverage(qtbot, tab) -> None:
    # The tooltip (and what a screen reader says) of Ana Núñez's column header, as a mouse
    # resting on it asks for it: her score and how many values are rated.
    header = tab.grid.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 5)
    # What the mouse does: a tooltip event on the header (an error in it fails the test).
    QApplication.sendEvent(
        header.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, point, header.viewport().mapToGlobal(point)),
    )
    assert header.logicalIndexAt(point) == 0
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        text = tab.grid_model.headerData(0, Qt.Orientation.Horizontal, role)
        assert text.startswith("Ana Núñez\nWeighted score ")
        assert "values rated" in text


def test_a_returning_candidates_earlier_race_and_ratings_are_at_hand_while_rating(tab) -> None:
    """Ana Núñez stood for City Council in the sample's 2025 General: hovering her column says
    so, and each of her cells tells what the group rated her on that value then."""
    model = tab.grid_model
    names = [model.candidate_at(column).name for column in range(model.columnCount())]
    ana, bob = names.index("Ana Núñez"), names.index("Bob Lee")
    header = model.headerData(ana, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Ran before: 2025 General — City Council — Ward 1, endorsed" in header
    assert "Ran before" not in model.headerData(
        bob, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    (run,) = earlier_candidacies(tab.session.store, model.candidate_at(ana).id)
    told = 0
    for row in range(model.rowCount()):
        value = model.value_at(row)
        tip = model.data(model.index(row, ana), Qt.ItemDataRole.ToolTipRole)
        if value.id in run.ratings:
            then = rating_text(run.ratings[value.id], hit=False)
            assert f"In 2025 General (City Council — Ward 1): {then}" in tip
            told += 1
        else:
            assert "2025 General" not in tip
    assert told == len(run.ratings) > 0
