"""The Results & Track Record tab, driven with keys: a result, an action in office, the review
prompt, the cycle switcher and undo; the track-record slide."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from endorse_desktop.core.cycles import current_cycle, list_cycles
from endorse_desktop.core.races import list_races
from endorse_desktop.core.store import Store
from endorse_desktop.ui.results.dialogs import OfficeActionDialog, ResultDialog, ReviewDialog
from endorse_desktop.ui.results.tab import ResultsTab
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    yield win
    win.close()


def _tab(window: MainWindow) -> ResultsTab:
    tab = window.show_tab("results")
    assert isinstance(tab, ResultsTab)
    return tab


def _type(qtbot, text: str) -> None:
    for character in text:
        qtbot.keyClick(QApplication.focusWidget(), character)


def _shot(widget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("ENDORSE_SCREENSHOTS", tmp_path))
    for _ in range(3):
        QApplication.processEvents()  # the labels' new text laid out, as on a screen
    widget.grab().save(str(folder / name))


def test_a_result_is_typed_with_keys_and_undone(qtbot, window: MainWindow, tmp_path) -> None:
    tab = _tab(window)
    store = window.session.store
    page = tab.results_page
    page.view.setFocus()
    row = page.model.row_of(lambda r: r.name == "Bob Lee")
    assert row is not None
    page.select_row(row)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert isinstance(dialog, ResultDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.outcome_box)
    qtbot.keyClick(dialog.outcome_box, Qt.Key.Key_L)  # "Lost"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "4,210")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "38.5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "2027-03-02")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    bob = store.scalar("SELECT id FROM candidates WHERE name = 'Bob Lee'")
    assert tuple(
        store.row(
            "SELECT outcome, votes, share, decided_on FROM results WHERE candidate_id = ?", (bob,)
        )
    ) == ("lost", 4210, "77/200", "2027-03-02")
    shown = page.model.record_at(page.model.row_of(lambda r: r.name == "Bob Lee"))
    assert shown.share == "38.5%" and shown.result is not None
    assert "Result for Bob Lee" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM results WHERE candidate_id = ?", (bob,)) == 0


def test_a_bad_share_keeps_the_dialog_open_and_says_why(qtbot, window: MainWindow) -> None:
    tab = _tab(window)
    tab.results_page.view.setFocus()
    qtbot.keyClick(tab.results_page.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, ResultDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.outcome_box)
    dialog.share_edit.setFocus()
    _type(qtbot, "about half")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "not a percentage" in dialog.error_label.text()


def test_an_action_in_office_is_rated_with_keys_and_prompts_a_review(
    qtbot, window: MainWindow, tmp_path
) -> None:
    tab = _tab(window)
    store = window.session.store
    tab.pages.setCurrentIndex(1)
    office = tab.office_page
    row = next(i for i, o in enumerate(office.officials) if o.name == "Ana Núñez")
    office.officials_list.setCurrentRow(row)
    office.view.setFocus()
    before = store.scalar("SELECT count(*) FROM office_actions")
    qtbot.keyClick(office.view, Qt.Key.Key_Insert)
    dialog = tab.dialog
    assert isinstance(dialog, OfficeActionDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.value_box)
    qtbot.keyClick(dialog.value_box, Qt.Key.Key_V)  # "Voting access", a dealbreaker
    assert dialog.value_box.currentText() == "Voting access"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Voted against same-day registration")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    dialog.date_edit.selectAll()
    _type(qtbot, "2026-10-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O)  # "Opposes"
    assert dialog.rating_box.currentText() == "Opposes"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert store.scalar("SELECT count(*) FROM office_actions") == before + 1
    assert tuple(
        store.row(
            "SELECT action, acted_on, rating, source FROM office_actions ORDER BY id DESC LIMIT 1"
        )
    ) == ("Voted against same-day registration", "2026-10-01", 0, "record")
    assert any(p.name == "Ana Núñez" for p in office.prompts)
    assert "Ana Núñez was rated Opposes on Voting access" in office.prompt_label.text()
    assert "Voting access (dealbreaker)" in office.trends.text()
    _shot(tab, "results-in-office.png", tmp_path)


def test_review_makes_the_endorsement_conditional_with_its_audit_entry(
    qtbot, window: MainWindow
) -> None:
    tab = _tab(window)
    store = window.session.store
    [prompt] = tab.office_page.prompts  # the sample's Gregory Hale on voting access
    qtbot.keyClick(
        tab, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    dialog = tab.dialog
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.decision_box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Reopen both sites before the primary")
    dialog.accept()
    status = store.row(
        "SELECT status, condition_text FROM endorsements WHERE id = ?", (prompt.endorsement_id,)
    )
    assert tuple(status) == ("conditional", "Reopen both sites before the primary")
    actions = store.column(
        "SELECT action FROM audit_log WHERE entity = 'endorsements' AND entity_id = ? ORDER BY id",
        (prompt.endorsement_id,),
    )
    assert actions[-2:] == ["status", "reviewed"]
    assert tab.office_page.prompts == []
    window.undo_stack.undo()
    assert (
        store.scalar("SELECT status FROM endorsements WHERE id = ?", (prompt.endorsement_id,))
        == "active"
    )


def test_the_cycle_switcher_moves_the_whole_app_and_undo_moves_it_back(
    qtbot, window: MainWindow
) -> None:
    tab = _tab(window)
    store = window.session.store
    now = current_cycle(store)
    general = next(c for c in list_cycles(store) if c.name.endswith("General"))
    index = tab.cycle_box.findData(general.id)
    tab.cycle_box.setFocus()
    tab.cycle_box.setCurrentIndex(index)
    tab.cycle_box.activated.emit(index)
    assert current_cycle(store).id == general.id
    assert {r.office for r in list_races(store)} == {
        "State Senate",
        "County Commission",
        "City Council",
        "School Board",
    }
    assert window.session.settings.cycle == general.name
    names = {
        tab.results_page.model.record_at(i).name for i in range(tab.results_page.model.rowCount())
    }
    assert "Lena Brooks" in names and "Ana Núñez" in names
    window.undo_stack.undo()
    assert current_cycle(store).id == now.id
    assert tab.cycle_box.currentData() == now.id


def test_the_track_record_slide_shows_the_finished_cycles(qtbot, window: MainWindow, tmp_path):
    _tab(window)
    projector = window.ensure_projector()
    slide = projector.show_slide("track_record")
    texts = slide.texts()
    assert texts[0].startswith("Our track record: ") and "General" in texts[0]
    assert "5 of 6 endorsed candidates won (or advanced)" in texts
    assert "primaries 2 of 2 · generals 3 of 4" in texts
    assert any(t.startswith("✓ Ana Núñez — City Council — Ward 1: won") for t in texts)
    slide.resize(1920, 1080)
    _shot(slide, "projector-track-record.png", tmp_path)


def test_the_tab_shows_the_race_result_beside_what_was_delivered(
    qtbot, window: MainWindow, tmp_path
) -> None:
    tab = _tab(window)
    store = window.session.store
    current_cycle_id = current_cycle(store).id
    general = next(c for c in list_cycles(store) if c.name.endswith("General"))
    tab.cycle_box.activated.emit(tab.cycle_box.findData(general.id))
    page = tab.results_page
    page.select_row(page.model.row_of(lambda r: r.name == "Ana Núñez"))
    text = page.delivered.text()
    assert "Endorsed: Ana Núñez — Won · 58.4%" in text
    assert "Canvassing (door knocking):" in text and "done of pledged" in text
    # Ana Núñez runs for Mayor now: the same person, her earlier race at hand
    tab.cycle_box.activated.emit(tab.cycle_box.findData(current_cycle_id))
    page.select_row(page.model.row_of(lambda r: r.name == "Ana Núñez"))
    assert "Ana Núñez ran before:" in page.delivered.text()
    assert "City Council — Ward 1 — endorsed (active) — won" in page.delivered.text()
    _shot(tab, "results-tab.png", tmp_path)


def test_the_track_record_page_has_the_figures_and_the_history_of_weights(
    qtbot, window: MainWindow
) -> None:
    tab = _tab(window)
    text = tab.record_label.text()
    assert "endorsed 8 candidates: 5 won, 1 lost, 2 still to be decided" in text
    assert "4 endorsed, 3 won, 1 lost, 0 pending" in text
    # the sample's public transit weighed 2 in its earlier primary, 3 now
    assert "Public transit:" in text and "Primary 2" in text and "now 3" in text
