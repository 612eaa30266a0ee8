"""SPEC §8 / §6 bad files: a file the app cannot safely use is refused with one clear line — in a
dialog in the GUI, on stderr with a non-zero exit on the command line — and left byte for byte as
it was. A full disk is the same: the change is refused whole and said so, never half-saved.

Damaged, foreign and newer files are also covered by tests/core/test_store.py (the core's
refusals) and tests/cli/test_cli.py (`--exit-after-startup`); this module adds the GUI, the
commands, a read-only location, a file already open, and a full disk.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from sandbox import run_on_small_disk, run_with_read_only_folder

from endorse_desktop import cli
from endorse_desktop.core.members import Member, add_member
from endorse_desktop.core.settings import load_settings
from endorse_desktop.core.store import SCHEMA_VERSION, DiskFullError, Store
from endorse_desktop.core.voting import lifecycle as voting
from tests.voting_setup import new_meeting, race_id, rule

KINDS = {
    "not_sqlite": "not an Endorse Desktop database",
    "truncated": "damaged or incomplete",
    "newer": "newer version of Endorse Desktop",
    "foreign": "belongs to another program",
    "read_only": "read-only location",
    "already_open": "already open in another Endorse Desktop window",
}
ROSTER = "first_name,last_name,email\nAna,Núñez,ana@example.org\n"


@contextmanager
def bad_file(kind: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Turn the sample group at `path` into a file the app must refuse, for the block."""
    if kind == "not_sqlite":
        path.write_text("first_name,email\nAna,ana@example.org\n" * 30, encoding="utf-8")
    elif kind == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif kind in ("newer", "foreign"):
        if kind == "foreign":
            path.unlink()
        conn = sqlite3.connect(path)
        conn.execute(
            f"PRAGMA user_version = {SCHEMA_VERSION + 1}"
            if kind == "newer"
            else "CREATE TABLE bookmarks (url TEXT)"
        )
        conn.commit()
        conn.close()  # the last connection: no -wal is left behind
    elif kind == "read_only":
        path.chmod(0o400)
        if os.geteuid() == 0:
            # root ignores permission bits; answer as the kernel does for the file's owner (the
            # command-line test below uses a truly read-only filesystem instead)
            real_access = os.access
            monkeypatch.setattr(
                os,
                "access",
                lambda p, mode: (
                    False if Path(p) == path and mode & os.W_OK else real_access(p, mode)
                ),
            )
    if kind == "already_open":
        with Store.open(path):  # the other window
            yield
    else:
        yield
    path.chmod(0o600)


def one_error_line(text: str) -> str:
    assert text.count("\n") == 1, text
    assert text.startswith("endorse-desktop: error: "), text
    assert "Traceback" not in text
    return text


# ----- the command line -------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_a_command_refuses_a_bad_file_in_one_line_and_leaves_it_alone(
    kind: str, demo_path: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    with bad_file(kind, demo_path, monkeypatch):
        before = demo_path.read_bytes()
        code = cli.main(["import", "--db", str(demo_path), str(roster)])
        out, err = capsys.readouterr()
        assert demo_path.read_bytes() == before
    assert code == 1
    assert out == ""
    assert KINDS[kind] in one_error_line(err)


def test_exit_after_startup_refuses_a_file_open_in_another_window(cli, demo_path: Path) -> None:
    """Scripts never hang on a dialog: the GUI's refusal is one line on stderr, exit 1."""
    with Store.open(demo_path):  # the app, open on this file in another process
        before = demo_path.read_bytes()
        result = cli(
            "--db", str(demo_path), "--exit-after-startup", env={"QT_QPA_PLATFORM": "offscreen"}
        )
        assert demo_path.read_bytes() == before
    assert result.returncode == 1
    assert KINDS["already_open"] in one_error_line(result.stderr)


def test_the_app_opens_a_truly_read_only_folder_for_viewing_and_import_refuses(
    demo_path: Path,
) -> None:
    """The folder is on a read-only filesystem: even root cannot write there. The window opens
    the file read-only (issue 13: view, check, export, Save a Copy); an import is refused."""
    folder = demo_path.parent
    roster = folder / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    before = demo_path.read_bytes()
    env = {"QT_QPA_PLATFORM": "offscreen"}
    app = [sys.executable, "-m", "endorse_desktop", "--db", str(demo_path), "--exit-after-startup"]
    started = run_with_read_only_folder(folder, app, env)
    assert started.returncode == 0, started.stderr
    assert "startup_ms=" in started.stdout
    importer = [sys.executable, "-m", "endorse_desktop", "import", "--db", str(demo_path)]
    result = run_with_read_only_folder(folder, [*importer, str(roster)], env)
    assert result.returncode == 1, result.stderr
    assert KINDS["read_only"] in one_error_line(result.stderr)
    assert demo_path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["roster.csv", "sample.sqlite3"]


# ----- the GUI ------------------------------------------------------------------------------------
# A read-only file is not refused by the window: it opens for viewing with a banner (issue 13,
# tests/ui/shell/test_read_only_window.py); commands that write still refuse it (above).
REFUSED_BY_THE_WINDOW = [kind for kind in KINDS if kind != "read_only"]


@pytest.mark.parametrize("kind", REFUSED_BY_THE_WINDOW)
def test_the_app_says_why_in_a_dialog_and_changes_nothing(
    kind: str, qtbot, qapp, demo_path: Path, monkeypatch
) -> None:
    """Starting on a bad file: a dialog with the reason and a way out, never a traceback."""
    from PySide6.QtWidgets import QMessageBox

    from endorse_desktop.ui.shell.app import run_app

    shown: list[tuple[str, str, list[str]]] = []

    def show(box: QMessageBox) -> int:
        buttons = [button.text() for button in box.buttons()]
        shown.append((box.text(), box.informativeText(), buttons))
        return 0  # closed without choosing "Open Another File…"

    monkeypatch.setattr(QMessageBox, "exec", show)
    # Were the file taken, the app would start: return at once instead of waiting for a click.
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with bad_file(kind, demo_path, monkeypatch):
        before = demo_path.read_bytes()
        assert run_app(demo_path) == 1
        assert demo_path.read_bytes() == before
    [(text, informative, buttons)] = shown
    assert KINDS[kind] in text and "\n" not in text
    assert "The file was not changed" in informative
    assert "Open Another File…" in buttons


@pytest.mark.parametrize("kind", REFUSED_BY_THE_WINDOW)
def test_file_open_keeps_the_current_file_and_says_why(
    kind: str, qtbot, demo_template: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    current = tmp_path / "current.sqlite3"
    current.write_bytes(demo_template.read_bytes())
    window = MainWindow(Session(Store.open(current)))
    qtbot.addWidget(window)
    other = tmp_path / "other.sqlite3"
    other.write_bytes(demo_template.read_bytes())
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    with bad_file(kind, other, monkeypatch):
        before = other.read_bytes()
        assert window.open_path(other) is False
        assert other.read_bytes() == before
    assert window.session.path == current
    assert window.session.store.scalar("SELECT count(*) FROM members") > 0  # still usable
    assert len(warnings) == 1 and KINDS[kind] in warnings[0]
    window.close()


# ----- a full disk --------------------------------------------------------------------------------
def disk_full_now(store: Store) -> None:
    """No room for one more page: SQLite meets SQLITE_FULL on its next new page, exactly as on
    a full disk (the real thing is in test_a_really_full_disk_…, below)."""
    store.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count')}")


def disk_has_room(store: Store) -> None:
    store.execute("PRAGMA max_page_count = 1073741823")


def committed(path: Path) -> list[str]:
    """Everything the file holds, as SQL."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return list(conn.iterdump())


def test_a_full_disk_refuses_the_change_whole_and_says_so(demo_store: Store) -> None:
    before = committed(demo_store.path)
    disk_full_now(demo_store)
    added = 0
    with pytest.raises(DiskFullError, match=r"^the disk holding sample\.sqlite3 is full"):
        while added < 200:  # until the next change needs a new page
            late = Member("Late", email=f"late{added}@example.org", notes="x" * 2000)
            add_member(demo_store, late)
            added += 1
    after = committed(demo_store.path)
    # Only the members added before the disk filled up: the refused one is not there, even in
    # part (its row, its email index entry), and nothing else changed.
    assert len(after) == len(before) + added
    assert set(before) <= set(after)
    disk_has_room(demo_store)
    add_member(demo_store, Member("Later", email="later@example.org"))  # the file still works


def test_a_really_full_disk(tmp_path: Path) -> None:
    """A real filesystem that runs out of space, in the core and in a command: DiskFullError,
    one line, nothing half-saved, the file still checks out once there is room again."""
    folder = tmp_path / "disk"
    folder.mkdir()
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    child = Path(__file__).with_name("disk_full_child.py")
    result = run_on_small_disk(folder, "2m", [sys.executable, str(child), str(folder), str(roster)])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    core, command = report["core"], report["cli"]
    assert core["error"] == "DiskFullError"
    assert core["message"] == "the disk holding group.sqlite3 is full; nothing was saved"
    assert core["in_session"] == core["reopened"] == core["committed"]
    assert core["check"] == []
    assert command["code"] == 1
    assert "the disk holding group.sqlite3 is full" in one_error_line(command["stderr"])
    assert command["unchanged"] and command["check"] == []


@pytest.fixture
def no_message_boxes(monkeypatch) -> list[str]:
    """Message boxes are recorded instead of waiting for a click."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(
            QMessageBox, name, lambda parent, title, text, *rest, **kw: shown.append(text)
        )
    return shown


def test_a_ballot_key_on_a_full_disk_says_so_and_records_nothing(
    qtbot, demo_path: Path, no_message_boxes: list[str]
) -> None:
    from PySide6.QtCore import Qt

    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show()
    store = window.session.store
    meeting_id = new_meeting(store, 0, head_count=400)
    with store.transaction():  # a big hall: 400 ballots are no over-vote
        store.conn.executemany(
            "INSERT INTO members (first_name, created_at, updated_at) VALUES (?, 'x', 'x')",
            [(f"Voter {n}",) for n in range(400)],
        )
    vote = voting.create_vote(
        store, meeting_id, race_id(store, "Mayor"), voting.Method.PAPER_CHOOSE_ONE, rule()
    )
    tab = window.show_tab("meeting")
    tab.select_vote(vote.id)
    tab.tally.setFocus()
    qtbot.keyClick(tab.tally, Qt.Key.Key_1)
    assert tab.desk.tally.ballots == 1
    disk_full_now(store)
    for _ in range(300):  # keys go in until one needs a new page of the file
        qtbot.keyClick(tab.tally, Qt.Key.Key_1)
        if tab.warning_label.isVisible():
            break
    assert "the disk holding sample.sqlite3 is full; nothing was saved" in tab.warning_label.text()
    recorded = store.scalar(
        "SELECT count(*) FROM ballot_events WHERE round_id = ?", (vote.current_round.id,)
    )
    # The screen, the undo history and the file agree: the refused key is in none of them.
    assert tab.desk.tally.ballots == recorded == window.undo_stack.count()
    disk_has_room(store)
    qtbot.keyClick(tab.tally, Qt.Key.Key_2)
    assert tab.desk.tally.ballots == recorded + 1
    assert no_message_boxes == []  # the tally says it in place: no dialog in the middle of a count
    window.close()


def test_any_other_action_on_a_full_disk_shows_a_message(
    qtbot, qapp, demo_path: Path, no_message_boxes: list[str], monkeypatch
) -> None:
    """Actions without their own handling (here: Group Settings) reach the safety net the app
    installs when it starts: a message box with the one line, not a traceback."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from endorse_desktop.ui.shell import main_window
    from endorse_desktop.ui.shell.app import run_app
    from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)  # start, but leave the loop to us
    monkeypatch.setattr(main_window, "schedule_daily_backup", lambda window: None)
    assert run_app(demo_path) == 0
    [window] = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, main_window.MainWindow) and w.isVisible() and w.session.path == demo_path
    ]
    qtbot.addWidget(window)
    store = window.session.store
    settings = load_settings(store)
    assert settings is not None
    renamed = replace(settings, name="Renamed " + "x" * 4000)
    monkeypatch.setattr(GroupSettingsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(GroupSettingsDialog, "chosen_settings", lambda self: renamed)
    disk_full_now(store)
    QTimer.singleShot(0, window.edit_settings)  # as the menu runs it: a slot of the event loop
    qtbot.waitUntil(lambda: bool(no_message_boxes))
    assert no_message_boxes == ["the disk holding sample.sqlite3 is full; nothing was saved"]
    assert load_settings(store) == settings
    window.close()


def test_an_undo_that_cannot_be_written_leaves_nothing_to_redo(qtbot, demo_store: Store) -> None:
    """Ctrl+Z that the file refuses (here: it became read-only) is dropped from the history, so
    Ctrl+Shift+Z cannot later "redo" a change that was never taken back."""
    from PySide6.QtGui import QUndoStack

    from endorse_desktop.core import values
    from endorse_desktop.core.store import ReadOnlyError
    from endorse_desktop.ui.shell.undo import push_change

    stack = QUndoStack()
    made = push_change(
        stack,
        "Add a value",
        lambda undone: values.add_value(demo_store, values.Value("Clean water")),
        lambda value: values.delete_value(demo_store, value.id),
        lambda: None,
    )
    assert made.ok and stack.count() == 1
    demo_store.execute("PRAGMA query_only = ON")  # SQLite now refuses every write
    with pytest.raises(ReadOnlyError, match="cannot be written"):
        stack.undo()
    demo_store.execute("PRAGMA query_only = OFF")
    assert values.find_value(demo_store, "Clean water") is not None  # still there
    assert stack.count() == 0 and not stack.canRedo() and not stack.canUndo()
