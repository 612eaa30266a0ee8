"""Issue 15: the announcement's Spanish version is written on the Commitments tab, saved (one
undo step per editing spell, apart from the English), and printed in Spanish or both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from endorse_desktop.core.endorsements import get_endorsement
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from tests.pdf_text import pdf_text


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    win.show_tab("commitments")
    yield win
    win.close()


def test_the_spanish_announcement_is_saved_undone_and_printed(qtbot, window, tmp_path) -> None:
    tab = window.show_tab("commitments")
    store = window.session.store
    endorsement_id = tab.current_endorsement()  # type: ignore[attr-defined]
    page = tab.show_page("announcement")  # type: ignore[attr-defined]
    assert get_endorsement(store, endorsement_id).announcement_es == ""
    page.editor_es.setFocus()
    qtbot.keyClicks(page.editor_es, "PARA DIFUSION INMEDIATA")
    qtbot.keyClick(page.editor_es, Qt.Key.Key_Return)
    qtbot.keyClick(page.editor_es, Qt.Key.Key_Return)
    # QTest types ASCII only: the accented words go in as a paste would put them
    page.editor_es.insertPlainText("El grupo respalda a Ana Núñez para la alcaldía.")
    page.save_now()
    saved = get_endorsement(store, endorsement_id)
    assert saved.announcement_es.endswith("para la alcaldía.")
    assert saved.announcement == ""  # the English draft is untouched
    window.undo_stack.undo()
    assert get_endorsement(store, endorsement_id).announcement_es == ""
    window.undo_stack.redo()

    out = tmp_path / "a.pdf"
    window.export("announcement", out, open_after=False, endorsement_id=endorsement_id, lang="es")
    assert wait_for_background_tasks()
    text = " ".join(pdf_text(out).split())
    assert "El grupo respalda a Ana Núñez para la alcaldía." in text
    assert "FOR IMMEDIATE RELEASE" not in text
