"""Save dialogs open where a person can find the file again (issue 12, item 9): Documents, or the
folder last saved into — never the hidden data folder the group file lives in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from endorse_desktop import APP_NAME
from endorse_desktop.core.paths import data_dir, default_db_path
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.widgets.file_dialogs import documents_folder
from endorse_desktop.ui.widgets.print_dialogs import BallotsDialog, SummaryDialog


@pytest.fixture
def window(qtbot, demo_path: Path):
    """The group file where the app keeps it by default: in the (hidden) data folder."""
    # Qt reads its settings file once per process: forget a folder an earlier test saved into
    QSettings(APP_NAME, APP_NAME).remove("files/last_folder")
    data_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy2(demo_path, default_db_path())
    win = MainWindow(Session(Store.open(default_db_path())))
    qtbot.addWidget(win)
    yield win
    win.close()


def test_save_dialogs_start_in_documents_then_in_the_last_folder_used(
    window, monkeypatch, tmp_path: Path
) -> None:
    asked: list[Path] = []
    chosen = tmp_path / "handouts"
    chosen.mkdir()

    def save_name(parent, title, suggestion, name_filter):
        asked.append(Path(suggestion))
        return str(chosen / Path(suggestion).name), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(BallotsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(SummaryDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(MainWindow, "export", lambda self, *args, **kwargs: None)

    window.documents.print_ballots_dialog()
    assert asked[0].parent == documents_folder()
    assert not asked[0].is_relative_to(data_dir())
    assert asked[0].name.startswith("ballots-")
    # the next save opens where the last one went
    window.documents.print_summary_dialog()
    window.documents.print_commitment_report()
    window.files.save_copy_dialog()
    assert [path.parent for path in asked[1:]] == [chosen, chosen, chosen]


def test_a_folder_inside_the_data_folder_is_never_remembered(window, monkeypatch) -> None:
    asked: list[Path] = []

    def save_name(parent, title, suggestion, name_filter):
        asked.append(Path(suggestion))
        return str(data_dir() / "lost.pdf"), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(MainWindow, "export", lambda self, *args, **kwargs: None)
    window.documents.print_commitment_report()
    window.documents.print_commitment_report()
    assert [path.parent for path in asked] == [documents_folder(), documents_folder()]
