"""Issue 15: every Print dialog asks the language; printing in Spanish or both first names the
group's texts that would print in English (a warning the facilitator can go back from)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core.document_text import Language
from endorse_desktop.core.store import Store
from endorse_desktop.ui.commitments.dialogs import SignupPrintDialog
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.widgets.print_dialogs import BallotsDialog, LanguageCombo, SummaryDialog
from tests.pdf_text import pdf_text


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    LanguageCombo.last_chosen = Language.EN


@pytest.fixture
def demo_window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_every_print_dialog_asks_the_language_and_remembers_it(qtbot, demo_window) -> None:
    ballots = BallotsDialog(demo_window.session.store)
    qtbot.addWidget(ballots)
    assert ballots.options()["lang"] == "en"
    ballots.language_combo.setCurrentIndex(ballots.language_combo.findData("en+es"))
    assert ballots.options()["lang"] == "en+es"
    summary = SummaryDialog(demo_window.session.store, None)
    qtbot.addWidget(summary)
    assert summary.language() == "en+es"  # the session's last choice
    signup = SignupPrintDialog(demo_window.session)
    qtbot.addWidget(signup)
    signup.language.setCurrentIndex(signup.language.findData("es"))
    assert signup.options()["lang"] == "es"


def answer_warnings(monkeypatch, shown: list[str], *, print_anyway: bool) -> None:
    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            accepts = box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
            if accepts == print_anyway:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_spanish_ballots_name_the_missing_office_and_cancel_prints_nothing(
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:
    shown: list[str] = []
    answer_warnings(monkeypatch, shown, print_anyway=False)
    out = tmp_path / "b.pdf"
    demo_window.export("ballots", out, open_after=False, race="Mayor", lang="en+es")
    assert len(shown) == 1 and "office of the race “Mayor" in shown[0]
    assert "print in English" in shown[0]
    qtbot.wait(200)
    assert not out.exists()


def test_print_anyway_writes_the_bilingual_ballot(qtbot, demo_window, tmp_path, monkeypatch):
    shown: list[str] = []
    answer_warnings(monkeypatch, shown, print_anyway=True)
    out = tmp_path / "b.pdf"
    demo_window.export("ballots", out, open_after=False, race="Mayor", lang="en+es")
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "PAPELETA OFICIAL" in pdf_text(out), timeout=20_000)
    assert shown


def test_english_prints_without_a_warning(qtbot, demo_window, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    answer_warnings(monkeypatch, shown, print_anyway=False)
    out = tmp_path / "b.pdf"
    demo_window.export("ballots", out, open_after=False, race="Mayor")
    qtbot.waitUntil(out.exists, timeout=20_000)
    assert shown == []
