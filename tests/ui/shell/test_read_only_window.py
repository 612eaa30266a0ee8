"""A group file on a read-only medium (issue 13): the real window opens it read-only, a banner
says why editing is off, no command that would change the file is offered, and viewing, checking,
exporting and File ▸ Save a Copy work, leaving the file and its folder as they were."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from endorse_desktop.core.check import check_database
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.widgets.actions import ID_PROPERTY


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(folder.iterdir())
    }


@pytest.fixture
def stick(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The sample group on a locked stick: the file 0400 and its folder 0500."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "group.sqlite3"
    shutil.copyfile(demo_template, path)
    os.chmod(path, 0o400)
    os.chmod(folder, 0o500)
    if os.geteuid() == 0:
        # Root ignores permission bits; the folder and file still say they are read-only.
        real_access = os.access
        locked = {folder, path}

        def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
            if mode & os.W_OK and Path(str(target)).absolute() in locked:
                return False
            return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)
    yield path
    os.chmod(folder, 0o700)
    os.chmod(path, 0o600)


def _actions(window: MainWindow) -> dict[str, QAction]:
    found: dict[str, QAction] = {}
    for action in window.findChildren(QAction):
        action_id = action.property(ID_PROPERTY)
        if action_id:
            found.setdefault(str(action_id), action)
    return found


def test_a_file_on_a_read_only_medium_opens_for_viewing_with_a_banner(
    qtbot, db_path: Path, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    window = MainWindow(Session(Store.open(db_path)))
    qtbot.addWidget(window)
    window.show()
    before = _folder_state(stick.parent)

    assert window.open_path(stick), warnings
    assert warnings == []
    assert window.session.store.readonly
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "Editing is off" in banner.text() and "read-only" in banner.text()
    assert "Save a Copy" in banner.text()

    for key in window.tab_keys():
        window.show_tab(key)  # every tab is built and shown, and says nothing is wrong
    actions = _actions(window)
    for edit in (
        "undo",
        "redo",
        "import_roster",
        "edit_settings",
        "restore_dialog",
        "add_member",
        "edit_member",
        "new_meeting",
        "new_vote",
        "check_in",
    ):
        assert not actions[edit].isEnabled(), edit
    # A tab that turns an edit on again (a selection made) cannot.
    actions["edit_member"].setEnabled(True)
    assert not actions["edit_member"].isEnabled()
    for look in ("save_copy_dialog", "export_csv_dialog", "print_ballots_dialog", "show_about"):
        assert actions[look].isEnabled(), look

    # Check, export and Save a Copy work.
    assert check_database(window.session.store) == []
    out = tmp_path / "out"
    out.mkdir()
    window.export("csv", out, open_after=False)
    qtbot.waitUntil((out / "members.csv").exists, timeout=20_000)
    copy = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    actions["save_copy_dialog"].trigger()
    assert warnings == []
    with Store.open(copy) as copied:
        assert copied.scalar("SELECT count(*) FROM members") == window.session.store.scalar(
            "SELECT count(*) FROM members"
        )
    window.daily_backup()  # nothing to write beside a read-only file
    assert _folder_state(stick.parent) == before
    assert stat.S_IMODE(stick.stat().st_mode) == 0o400

    # Back to a writable file: the banner goes, the commands come back.
    assert window.open_path(db_path)
    assert not window.read_only_banner.isVisible()
    actions = _actions(window)
    assert actions["import_roster"].isEnabled() and actions["edit_settings"].isEnabled()
    assert not actions["undo"].isEnabled()  # nothing to undo yet
    window.close()
