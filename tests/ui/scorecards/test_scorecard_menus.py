"""File ▸ Import/Export ▸ Shared File (JSON) and File ▸ Print ▸ Scorecards, from the keyboard."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from endorse_desktop.core.races import find_race, list_candidates
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import find_value
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from tests.pdf_text import pdf_text

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def sample_window(qtbot, demo_path: Path):
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    window.close()


def press(qtbot, window: MainWindow, keys: str) -> None:
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())


def test_ctrl_p_prints_every_race_off_the_gui_thread(qtbot, sample_window, tmp_path, monkeypatch):
    target = tmp_path / "handout"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(qtbot, sample_window, "Ctrl+P")
    assert wait_for_background_tasks()
    pdf = target.with_suffix(".pdf")
    text = pdf_text(pdf)
    assert "Mayor — City of Riverton" in text and "State House — District 52" in text
    assert str(pdf) in sample_window.statusBar().currentMessage()


def test_print_this_race_from_the_tab(qtbot, sample_window, tmp_path, monkeypatch) -> None:
    tab = sample_window.show_tab("scorecards")
    tab.select_race(find_race(sample_window.session.store, "State House").id)
    tab.grid.setFocus()
    target = tmp_path / "one-race.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(
        tab.grid,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert wait_for_background_tasks()
    text = pdf_text(target)
    assert "Nguyễn Thị Minh" in text and "Ana Núñez" not in text


def test_export_then_import_the_shared_file(qtbot, sample_window, tmp_path, monkeypatch) -> None:
    shared = tmp_path / "ours.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(shared), ""))
    press(qtbot, sample_window, "Ctrl+Shift+J")
    assert wait_for_background_tasks()
    document = json.loads(shared.read_text("utf-8"))
    assert document["format"] == "endorse-desktop/shared" and len(document["races"]) == 3

    # A neighbouring chapter's file: one new value, one changed weight, one new candidate.
    document["values"] = [
        {"title": "Tenant protections", "weight": 4, "dealbreaker": False},
        {"title": "Climate action", "weight": 1},
    ]
    document["races"] = [
        {"office": "Mayor", "district": "City of Riverton", "candidates": [{"name": "Иван Петров"}]}
    ]
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    sample_window.undo_stack.push(_noop())  # an earlier undo step, which the import clears
    asked: list[str] = []

    def confirm(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    monkeypatch.setattr(QMessageBox, "question", confirm)
    scorecards = sample_window.show_tab("scorecards")
    press(qtbot, sample_window, "Ctrl+Alt+I")
    assert wait_for_background_tasks()
    assert asked and "added 1 value, 1 candidate; updated 1 value" in asked[0]
    store = sample_window.session.store
    assert find_value(store, "Tenant protections").weight == 4
    assert find_value(store, "Climate action").weight == 1
    mayor = find_race(store, "Mayor")
    assert "Иван Петров" in [c.name for c in list_candidates(store, mayor.id)]
    assert scorecards.grid_model.columnCount() == 4  # the open tab shows it at once
    assert sample_window.undo_stack.count() == 0
    assert "Imported theirs.json" in sample_window.statusBar().currentMessage()


def test_a_bad_shared_file_is_refused_with_its_reason(qtbot, sample_window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "endorse-desktop/shared", "version": 1, "races": [{}]}')
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    press(qtbot, sample_window, "Ctrl+Alt+I")
    assert wait_for_background_tasks()
    assert warned == ["bad.json: races[0].office: is missing"]


def test_declining_the_import_changes_nothing(qtbot, sample_window, tmp_path, monkeypatch):
    theirs = tmp_path / "theirs.json"
    theirs.write_text(
        '{"format": "endorse-desktop/shared", "version": 1, "values": [{"title": "New one"}]}'
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    press(qtbot, sample_window, "Ctrl+Alt+I")
    assert wait_for_background_tasks()
    assert find_value(sample_window.session.store, "New one") is None


def test_tab_screenshots(qtbot, sample_window) -> None:
    """The README's pictures of the two tabs (written when ENDORSE_SCREENSHOTS names a folder)."""
    values = sample_window.show_tab("values")
    values.select_row(0)
    qtbot.wait(50)
    values_image = sample_window.grab()
    scorecards = sample_window.show_tab("scorecards")
    scorecards.grid.setFocus()
    scorecards.grid.setCurrentIndex(scorecards.grid_model.index(0, 1))
    qtbot.wait(50)
    scorecards_image = sample_window.grab()
    assert values_image.width() >= 1400 and scorecards_image.width() >= 1400
    if os.environ.get("ENDORSE_SCREENSHOTS"):
        folder = Path(os.environ["ENDORSE_SCREENSHOTS"])
        values_image.save(str(folder / "values.png"))
        scorecards_image.save(str(folder / "scorecards.png"))


def _noop():
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("nothing")
