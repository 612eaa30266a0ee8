"""SPEC §8 backups: automatic copies (before a migration, when a vote is finalized, once a day on
opening), the newest 20 kept, File ▸ Restore from Backup — and never a half-written copy.

Also proven elsewhere: the copy before a migration and the newest 20 kept, owner-only
(tests/core/test_store.py); the copy when a round is finalized by the core
(tests/core/voting/test_voting.py); every copy whole after a crash (test_kill_and_power_cut.py).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from endorse_desktop.core.members import Member, add_member
from endorse_desktop.core.store import DiskFullError, Store, backups
from endorse_desktop.core.store.backups import list_backups, make_backup
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.restore_dialog import RestoreDialog
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from tests.voting_setup import new_meeting, race_id, rule


def members_in(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])


def test_a_daily_copy_on_opening_once_a_day_not_twice(window, monkeypatch) -> None:
    path = window.session.path
    window.daily_backup()
    window.daily_backup()  # opened again the same day
    [first] = list_backups(path)
    assert first.reason == "daily" and first.taken_at.date() == datetime.now().date()
    # The next day: that copy is yesterday's now.
    yesterday = first.taken_at - timedelta(days=1)
    first.path.rename(first.path.with_name(f"{yesterday:%Y%m%d-%H%M%S-%f}-daily.sqlite3"))
    window.daily_backup()
    assert [b.taken_at.date() for b in list_backups(path)] == [
        datetime.now().date(),
        yesterday.date(),
    ]


def test_an_empty_file_gets_no_daily_copy(qtbot, db_path: Path) -> None:
    window = MainWindow(Session(Store.open(db_path)))
    qtbot.addWidget(window)
    window.daily_backup()  # nothing to protect yet: the welcome page
    assert list_backups(db_path) == []
    window.close()


def test_the_app_schedules_the_daily_copy_when_it_starts(qapp, demo_path: Path, monkeypatch):
    from endorse_desktop.ui.shell import main_window
    from endorse_desktop.ui.shell.app import run_app

    scheduled: list[MainWindow] = []
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    monkeypatch.setattr(main_window, "schedule_daily_backup", scheduled.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    assert run_app(demo_path) == 0
    [window] = scheduled
    assert window.session.path == demo_path
    window.daily_backup()
    assert [b.reason for b in list_backups(demo_path)] == ["daily"]
    window.close()


def test_finalizing_in_the_meeting_tab_backs_up_the_finalized_round(qtbot, window) -> None:
    store = window.session.store
    meeting_id = new_meeting(store, 31)
    vote = voting.create_vote(
        store, meeting_id, race_id(store, "Mayor"), voting.Method.PAPER_CHOOSE_ONE, rule()
    )
    tab = window.show_tab("meeting")
    tab.select_vote(vote.id)
    tab.ask_finalize = lambda number, sentence, winner: voting.EndorsementChoice()
    tab.tally.setFocus()
    for key in "1111111111222":
        qtbot.keyClick(tab.tally, getattr(Qt.Key, f"Key_{key}"))
    tab.votes.finalize_round()
    wait_for_background_tasks()
    [copy] = list_backups(window.session.path)
    assert copy.reason == "vote-finalized"
    with Store.open(copy.path, readonly=True) as saved:
        status = saved.scalar("SELECT status FROM rounds WHERE id = ?", (vote.current_round.id,))
        assert status == "final"  # the copy holds the round as finalized


def test_restore_from_backup_lists_the_copies_asks_then_restores(qtbot, window, monkeypatch):
    """File ▸ Restore from Backup, through the real dialog: the copies are listed newest first
    with date, time and why they were made; after a confirmation the file goes back, and the
    state it left is itself backed up first."""
    path = window.session.path
    store = window.session.store
    before = members_in(path)
    make_backup(store, reason="manual")
    add_member(store, Member("After", "Backup", email="after@example.org"))
    make_backup(store, reason="vote-finalized")
    add_member(store, Member("Even", "Later", email="later@example.org"))
    copies = list_backups(path)
    questions: list[str] = []

    def confirm(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    listed: list[str] = []

    def choose_the_oldest() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        listed.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        dialog.list.setCurrentRow(1)  # newest first: row 1 is the "manual" copy
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_the_oldest)
    window.files.restore_dialog()

    assert listed == [
        f"{copy.taken_at:%Y-%m-%d %H:%M:%S} — {reason} ({copy.path.stat().st_size // 1024} KB)"
        for copy, reason in zip(
            copies, ["when a vote round was finalized", "made by hand"], strict=True
        )
    ]
    assert len(questions) == 1 and f"{copies[1].taken_at:%Y-%m-%d %H:%M}" in questions[0]
    assert members_in(path) == before  # back to the chosen copy
    assert window.session.store.scalar("SELECT count(*) FROM members") == before
    newest = list_backups(path)[0]
    assert newest.reason == "before-restore" and members_in(newest.path) == before + 2


def test_restore_answered_no_changes_nothing(qtbot, window, monkeypatch) -> None:
    path = window.session.path
    make_backup(window.session.store, reason="manual")
    add_member(window.session.store, Member("After", "Backup", email="after@example.org"))
    before = members_in(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        dialog.accept()

    QTimer.singleShot(0, accept)
    window.files.restore_dialog()
    assert members_in(path) == before
    assert [b.reason for b in list_backups(path)] == ["manual"]


def test_a_copy_cut_short_is_never_offered(store: Store, monkeypatch) -> None:
    """A crash or a full disk in the middle of a copy leaves nothing that looks like a backup."""
    make_backup(store, reason="manual")
    real_copy = backups._copy_database

    def half_then_full(conn: sqlite3.Connection, target: Path, **kwargs: object) -> None:
        real_copy(conn, target, **kwargs)
        with open(target, "r+b") as handle:  # half the pages made it to the disk …
            handle.truncate(os.path.getsize(target) // 2)
        raise OSError(errno.ENOSPC, "No space left on device")  # … then the disk was full

    monkeypatch.setattr(backups, "_copy_database", half_then_full)
    with pytest.raises(DiskFullError, match="no room on the disk"):
        make_backup(store, reason="daily")
    assert [b.reason for b in list_backups(store.path)] == ["manual"]
    assert sorted(p.name for p in backups.backups_dir(store.path).iterdir()) == [
        list_backups(store.path)[0].path.name
    ]
