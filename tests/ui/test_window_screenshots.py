"""Pictures of the first-run screen, the group settings, the projector's resting slide and the dark
theme for the README. Set ENDORSE_SCREENSHOTS to a folder (docs/screenshots) to keep them; the
test also checks what a user would see in them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from endorse_desktop.core.settings import load_settings
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog
from endorse_desktop.ui.shell.theme import apply_theme, is_dark


def _folder(tmp_path: Path) -> Path:
    return Path(os.environ.get("ENDORSE_SCREENSHOTS", tmp_path))


def test_first_run_and_settings_screenshots(qtbot, tmp_path: Path, demo_path: Path) -> None:
    folder = _folder(tmp_path)
    empty = MainWindow(Session(Store.open(tmp_path / "our-group.sqlite3")))
    qtbot.addWidget(empty)
    empty.resize(1100, 700)
    empty.show()
    assert empty.pages.currentWidget() is empty.welcome
    empty.grab().save(str(folder / "welcome.png"))
    empty.close()

    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show()
    dialog = GroupSettingsDialog(load_settings(window.session.store), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == "Riverton Indivisible"
    dialog.grab().save(str(folder / "group-settings.png"))
    dialog.close()

    window.projector_control.present_current()
    window.projector_control.blank_projector()
    window.projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.projector.current_slide.width() == 1920)
    assert window.projector.current_slide.slide_id == "title"
    window.projector.grab().save(str(folder / "projector-title.png"))
    window.close()


def test_dark_theme_screenshot(qtbot, tmp_path: Path, demo_path: Path) -> None:
    app = QApplication.instance()
    apply_theme(app, "dark")  # as at start-up: before the window exists
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.resize(1200, 720)
    try:
        window.show()
        window.show_tab("scorecards")
        assert is_dark(window.palette())
        window.grab().save(str(_folder(tmp_path) / "scorecards-dark.png"))
    finally:
        apply_theme(app, "light")
        window.close()
