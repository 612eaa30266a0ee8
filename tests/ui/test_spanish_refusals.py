"""Issue 15: in the Spanish window, the core's refusals are said in Spanish where a person sees
them (a dialog's error line, a message box), and the English stays what `str(error)` gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core import members as roster
from endorse_desktop.core.values import list_values
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from endorse_desktop.ui.values.dialog import ValueDialog
from tests.language import ui_language


@pytest.fixture
def spanish():
    with ui_language("es"):
        yield


@pytest.mark.usefixtures("spanish")
def test_a_taken_email_is_refused_in_spanish_in_the_member_dialog(qtbot, window) -> None:
    tab = window.show_tab("members")
    taken = next(m for m in roster.list_members(window.session.store) if m.email)
    tab.add_member()
    dialog = tab.member_dialog
    assert dialog is not None
    dialog.first_name_edit.setText("Zoë")
    dialog.email_edit.setText(taken.email.upper())
    dialog.accept()
    shown = dialog.error_label.text()
    assert shown.startswith(f"Este correo electrónico ya pertenece a {taken.display_name}")
    assert dialog.isVisible()  # still open, so the facilitator can fix the address


@pytest.mark.usefixtures("spanish")
def test_a_value_with_no_title_is_refused_in_spanish(qtbot, window) -> None:
    tab = window.show_tab("values")
    titles = {value.title for value in list_values(window.session.store)}
    dialog = ValueDialog(None, titles, tab)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("   ")
    dialog.accept()
    assert dialog.chosen_value() is None
    assert dialog.error_label.text().startswith("Un valor necesita un título")


@pytest.mark.usefixtures("spanish")
def test_a_broken_roster_is_refused_in_spanish(qtbot, window, tmp_path: Path) -> None:
    tab = window.show_tab("members")
    junk = tmp_path / "lista.csv"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    before = roster.list_members(window.session.store)
    tab.import_roster(junk)
    assert wait_for_background_tasks()
    box = tab.message_box
    assert box is not None
    assert "es un documento PDF, no un archivo CSV" in box.text()
    assert "guárdelo como CSV" in box.text()
    assert "not a CSV file" not in box.text()
    box.accept()
    assert roster.list_members(window.session.store) == before


@pytest.mark.usefixtures("spanish")
def test_a_file_that_is_not_ours_is_refused_in_spanish(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "otro.sqlite3"
    junk.write_bytes(b"not a database at all" * 20)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = window.session.path
    assert window.open_path(junk) is False
    assert window.session.path == before
    assert shown == [
        "otro.sqlite3 no es una base de datos de Endorse Desktop (no es un archivo SQLite)"
    ]


def test_the_english_window_and_str_keep_the_english(qtbot, window, tmp_path: Path) -> None:
    # The CLI prints str(error): the Spanish is only what the Spanish window shows.
    from endorse_desktop.core.store import Store, StoreError
    from endorse_desktop.ui.widgets.core_text import in_ui

    junk = tmp_path / "otro.sqlite3"
    junk.write_bytes(b"not a database at all" * 20)
    with pytest.raises(StoreError) as refused:
        Store.open(junk)
    english = "otro.sqlite3 is not an Endorse Desktop database (not an SQLite file)"
    assert str(refused.value) == english
    assert in_ui(refused.value) == english
