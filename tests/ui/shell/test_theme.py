"""Light and dark themes: the facilitator's choice wins over the system and is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from endorse_desktop.ui.shell.theme import apply_theme, is_dark, save_theme, saved_theme


def test_dark_then_light_theme_switches_the_palette(qtbot) -> None:
    app = QApplication.instance()
    try:
        apply_theme(app, "dark")
        assert is_dark(app.palette())
        apply_theme(app, "light")
        assert not is_dark(app.palette())
    finally:
        apply_theme(app, "light")


def test_theme_choice_is_remembered(qtbot) -> None:
    assert saved_theme() == "system"
    save_theme("dark")
    assert saved_theme() == "dark"
