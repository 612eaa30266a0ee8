"""View ▸ Language: the Spanish UI, and switching without losing the file, the tab or the vote."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from endorse_desktop import APP_NAME
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.language import resolve, saved_choice
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from tests.language import ui_language


@pytest.fixture
def english_after() -> Iterator[None]:
    with ui_language("en"):
        yield


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(Session(Store.open(path)))
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def choose_language(window: MainWindow, choice: str) -> None:
    """As the facilitator does: View ▸ Language ▸ the entry."""
    action = next(a for a in window.language_menu.actions() if a.data() == choice)
    action.trigger()
    QApplication.processEvents()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def test_the_spanish_ui_shows_spanish_menus_tabs_and_qt_buttons(qtbot, demo_path: Path) -> None:
    with ui_language("es"):
        window = open_window(qtbot, demo_path)
        assert menu_titles(window)[:3] == ["&Archivo", "&Edición", "&Ver"]
        assert menu_titles(window)[-1] == "Ay&uda"
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == [
            "&Valores",
            "&Candidatos y fichas",
            "&Reunión y votación",
            "C&ompromisos",
            "M&iembros",
            "Resul&tados e historial",
        ]
        # a table built with the tab's tr (filed by lupdate under no context) is Spanish too
        window.show_tab("values")
        values_menu = window.menuBar().actions()[3].menu()
        assert "&Agregar valor…" in [action.text() for action in values_menu.actions()]
        # Qt's own words come from qtbase_es
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Cancelar"
        # plural forms and the calendar follow the language
        translate = QCoreApplication.translate
        assert translate("CommitmentCommands", "Delete %n pledge(s)", None, 1) == "Borrar 1 promesa"
        assert (
            translate("CommitmentCommands", "Delete %n pledge(s)", None, 3) == "Borrar 3 promesas"
        )
        assert QLocale().dayName(1) == "lunes"
        # Help ▸ Running an Endorsement Meeting
        from endorse_desktop.ui.shell.help import meeting_guide_html, shortcuts_html

        assert "<h2>Cómo llevar una reunión de respaldo</h2>" in meeting_guide_html()
        assert "Ventana del proyector" in shortcuts_html(window)
        window.close()


def test_switching_to_spanish_and_back_keeps_the_file_the_tab_and_the_vote(
    qtbot, demo_path: Path, english_after: None
) -> None:
    window = open_window(qtbot, demo_path)
    meeting_tab = window.show_tab("meeting")
    votes = meeting_tab.vote_combo  # type: ignore[attr-defined]
    assert votes.count() >= 2  # the sample meeting has several votes: not the one shown first
    meeting_tab.select_vote(votes.itemData(0))  # type: ignore[attr-defined]
    vote = meeting_tab.current_vote.id  # type: ignore[attr-defined]
    meeting = meeting_tab.meeting_combo.currentData()  # type: ignore[attr-defined]
    index = window.tabs.currentIndex()
    QApplication.processEvents()
    before = file_digest(demo_path)

    choose_language(window, "es")
    assert "&Reunión" in menu_titles(window)
    assert window.tabs.tabText(index) == "&Reunión y votación"
    assert saved_choice() == "es"
    choose_language(window, "en")

    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]
    assert window.tabs.currentIndex() == index
    rebuilt = window.built_tab("meeting")
    assert rebuilt is not None and rebuilt is not meeting_tab
    assert rebuilt.meeting_combo.currentData() == meeting  # type: ignore[attr-defined]
    assert rebuilt.current_vote.id == vote  # type: ignore[attr-defined]
    # every menu command is there once, in English, and still works by its key
    assert window.window_actions["toggle_projector"].text() == "&Projector Window"
    assert file_digest(demo_path) == before
    window.close()


def test_the_choice_is_the_users_not_the_files(qtbot, demo_path: Path, english_after: None) -> None:
    window = open_window(qtbot, demo_path)
    choose_language(window, "es")
    assert QSettings(APP_NAME, APP_NAME).value("language") == "es"
    ticked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
    assert ticked == ["es"]
    window.close()


def test_system_means_the_desktops_language_when_there_is_a_translation() -> None:
    assert resolve("system", QLocale("es_MX")) == "es"
    assert resolve("system", QLocale("de_DE")) == "en"
    assert resolve("en", QLocale("es_MX")) == "en"


def test_an_empty_file_shows_the_welcome_page_in_the_new_language(
    qtbot, db_path: Path, english_after: None
) -> None:
    window = open_window(qtbot, db_path)
    assert window.pages.currentWidget() is window.welcome
    choose_language(window, "es")
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.create_button.text() == "Crear nuestro grupo…"
    window.close()


STARTUP = """
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from endorse_desktop import APP_NAME
from endorse_desktop.ui.shell.app import run_app

QSettings(APP_NAME, APP_NAME).setValue("language", "es")
app = QApplication([])

def look():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    print("MENUS " + "|".join(action.text() for action in window.menuBar().actions()))

QTimer.singleShot(0, look)  # before run_app's own exit timer: the window is up by then
raise SystemExit(run_app(DB, exit_after_startup=True))
"""


def test_the_app_starts_in_the_language_the_user_chose(demo_path: Path) -> None:
    """The real start-up (ui/shell/app.run_app) in a process of its own, with the user's
    settings saying Español."""
    script = f"from pathlib import Path\nDB = Path({str(demo_path)!r})\n" + STARTUP
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    menus = next(line for line in result.stdout.splitlines() if line.startswith("MENUS "))
    assert menus.split(" ", 1)[1].split("|")[:3] == ["&Archivo", "&Edición", "&Ver"]
