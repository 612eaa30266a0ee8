"""The facilitator's window: first run, group settings, tabs, projector, file switching."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from endorse_desktop.core.settings import load_settings
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog


@pytest.fixture
def window(qtbot, db_path: Path):
    win = MainWindow(Session(Store.open(db_path)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def demo_window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_empty_file_shows_welcome_then_tabs_after_creating_the_group(qtbot, window) -> None:
    assert window.pages.currentWidget() is window.welcome

    def fill_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GroupSettingsDialog)
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Lakeside Democrats")
        qtbot.keyClicks(dialog.cycle_edit, "2026 General")
        dialog.threshold_combo.setCurrentIndex(
            dialog.threshold_combo.findText("Majority", Qt.MatchFlag.MatchStartsWith)
        )
        dialog.quorum_spin.setValue(12)
        dialog.accept()

    QTimer.singleShot(0, fill_in_dialog)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tabs
    saved = load_settings(window.session.store)
    assert saved is not None
    assert (saved.name, saved.cycle, saved.quorum) == ("Lakeside Democrats", "2026 General", 12)
    assert (saved.threshold_fraction, saved.threshold_comparison) == ("1/2", "more_than")
    assert "Lakeside Democrats" in window.windowTitle()
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Values",
        "Candidates  Scorecards",
        "Meeting  Voting",
        "Commitments",
        "Members",
        "Results  Track Record",
    ]


def test_settings_dialog_refuses_a_rule_weaker_than_half(qtbot) -> None:
    from endorse_desktop.core.settings import GroupSettings

    dialog = GroupSettingsDialog(GroupSettings(name="G"))
    qtbot.addWidget(dialog)
    dialog.threshold_combo.setCurrentIndex(dialog.threshold_combo.count() - 1)
    dialog.fraction_edit.setText("2/5")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "weaker than" in dialog.error_label.text()


def test_every_tab_builds_and_the_projector_presents(qtbot, demo_window) -> None:
    for key in demo_window.tab_keys():
        tab = demo_window.show_tab(key)
        assert demo_window.tabs.currentWidget() is tab
    demo_window.projector_control.present_current()
    projector = demo_window.projector
    assert projector.isVisible()
    assert projector.current_slide is not None
    image = projector.grab()
    assert not image.isNull()


def test_opening_a_bad_file_keeps_the_current_one(
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 20)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = demo_window.session.path
    assert demo_window.open_path(junk) is False
    assert demo_window.session.path == before
    assert shown and "not an Endorse Desktop database" in shown[0]
    assert junk.read_bytes() == b"not a database at all" * 20
