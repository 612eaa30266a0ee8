"""SPEC §2 / §8 privacy: the file and its copies are the owner's alone, members' contact details
go nowhere the user did not export them to, and the app never touches the network.

Also proven elsewhere: CSV exports neutralise formulas (tests/cli/test_cli_members.py and
test_fuzzed_inputs.py::test_every_csv_cell_is_neutralised), the sign-up sheet never prints
contact details (tests/reports/test_commitment_documents.py).
"""

from __future__ import annotations

import ast
import os
import re
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from endorse_desktop import cli
from endorse_desktop.core.store import Store
from endorse_desktop.core.store.backups import backups_dir, list_backups, make_backup, save_copy

PACKAGE = Path(__file__).resolve().parents[2] / "endorse_desktop"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """Most desktops create files readable by everyone (umask 022): the app must not rely on a
    stricter one."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_file_its_log_its_copies_and_folders_are_owner_only(
    usual_umask: None, tmp_path: Path
) -> None:
    folder = tmp_path / "new-folder"
    path = folder / "group.sqlite3"
    with Store.open(path) as store:
        store.execute(
            "INSERT INTO members (first_name, created_at, updated_at) VALUES ('A', 'x', 'x')"
        )
        # While open: the write-ahead log and its index hold members' details too.
        for companion in ("-wal", "-shm", ".lock"):
            assert mode(path.with_name(path.name + companion)) == 0o600, companion
        backup = make_backup(store, reason="manual")
        save_copy(store, tmp_path / "copy.sqlite3")
    assert mode(folder) == 0o700  # created by the app for the file
    assert mode(path) == 0o600
    assert mode(backups_dir(path)) == 0o700
    assert mode(backup.path) == 0o600
    assert mode(tmp_path / "copy.sqlite3") == 0o600
    assert [mode(b.path) for b in list_backups(path)] == [0o600]


# ----- no network -------------------------------------------------------------------------------
NETWORK_MODULES = re.compile(
    r"^(socket|ssl|urllib|http|ftplib|smtplib|poplib|imaplib|xmlrpc|asyncio|requests|httpx|"
    r"aiohttp|PySide6\.QtNetwork|PySide6\.QtWebEngine\w*)(\.|$)"
)


def test_no_module_of_the_app_imports_anything_that_talks_to_the_network() -> None:
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            offenders += [f"{source.name}: {n}" for n in names if NETWORK_MODULES.match(n)]
    assert offenders == []


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to open a connection or look up a name is recorded and refused."""
    attempts: list[str] = []

    def refuse(what: str):  # type: ignore[no-untyped-def]
        def refused(*args: object, **kwargs: object) -> None:
            attempts.append(f"{what}{args!r}")
            raise OSError(f"network use during the test: {what}")

        return refused

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse("socket.socket")(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


# ----- contact details: what to look for ----------------------------------------------------------
def contact_details(store: Store) -> set[str]:
    """Every member's email and phone number (and phone digits alone)."""
    found: set[str] = set()
    for email, phone in store.rows("SELECT email, phone FROM members"):
        if email:
            found.add(email)
        if phone:
            found.add(phone)
            digits = re.sub(r"\D", "", phone)
            if len(digits) >= 7:
                found.add(digits)
    return found


def leaks(text: str, contacts: set[str]) -> list[str]:
    squeezed = re.sub(r"\D", "", text)
    return [c for c in contacts if c in text or (c.isdigit() and c in squeezed)]


def test_a_full_smoke_run_uses_no_network_and_leaves_no_contact_details_behind(
    qtbot,
    *,
    demo_path: Path,
    no_network: list[str],
    private_user_dirs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Every tab, every slide, every export — in this process, with the network cut off, temp
    files in a folder of our own — then every file the run left is searched for contact
    details. (The exports themselves go to a temporary folder the smoke run deletes.)"""
    from PySide6.QtCore import QSettings

    from endorse_desktop import APP_NAME
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session
    from endorse_desktop.ui.shell.smoke import run_smoke_test
    from endorse_desktop.ui.shell.workers import wait_for_background_tasks

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show()
    contacts = contact_details(window.session.store)
    assert len(contacts) > 50
    assert run_smoke_test(window) == 0
    window.daily_backup()
    wait_for_background_tasks()
    window.close()
    settings = QSettings(APP_NAME, APP_NAME)
    settings.sync()  # what Qt would write at exit (recent files, theme)
    # (Qt keeps the settings folder it saw first in this process: ask it where that is.)
    settings_file = Path(settings.fileName())

    assert no_network == []
    out, err = capfd.readouterr()
    assert "smoke test: ok" in out
    assert leaks(out + err, contacts) == []
    # What the run left on disk, outside the group's file and its backups.
    group_files = {demo_path, *(demo_path.with_name(demo_path.name + s) for s in ("-wal", "-shm"))}
    left = [
        path
        for folder in (private_user_dirs, temp, demo_path.parent)
        for path in folder.rglob("*")
        if path.is_file() and path not in group_files and backups_dir(demo_path) not in path.parents
    ]
    assert settings_file.is_file() and str(demo_path) in settings_file.read_text()  # recent files
    for path in {*left, settings_file}:
        assert leaks(path.read_bytes().decode("utf-8", "replace"), contacts) == [], path


def test_no_command_prints_contact_details(
    demo_path: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Commands print summaries, paths and counts — never an email or a phone number, not
    even when a row is refused. (Contact details leave only in the files asked for.)"""
    with Store.open(demo_path, readonly=True) as store:
        contacts = contact_details(store)
        email, phone = store.row("SELECT email, phone FROM members WHERE phone <> '' LIMIT 1")
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "first_name,last_name,email,can2_phone\n"
        f"Twin,Member,{email.upper()},{phone}\n"  # updates an existing member
        "Bad,Email,not-an-email,555-0100\n"  # refused row
        f",,,{phone}\n",
        encoding="utf-8",
    )
    vote = tmp_path / "vote.json"
    commands = [
        ["check", "--db", str(demo_path)],
        ["import", "--db", str(demo_path), str(roster)],
        ["export", "json", "--db", str(demo_path), "-o", str(tmp_path / "shared.json")],
        ["export", "csv", "--db", str(demo_path), "-o", str(tmp_path / "csv")],
        *(
            ["export", kind, "--db", str(demo_path), "-o", str(tmp_path / f"{kind}.pdf")]
            for kind in ("ballots", "scorecard", "signup", "summary", "commitments", "announcement")
        ),
        ["count", str(vote)],
        ["demo", "--db", str(tmp_path / "sample.sqlite3")],
    ]
    vote.write_text('{"options": ["A", "No endorsement"]}', encoding="utf-8")
    printed = []
    for argv in commands:
        cli.main(argv)
        out, err = capfd.readouterr()
        printed.append(out + err)
    assert all(printed)  # each said something
    assert leaks("\n".join(printed), contacts) == []
    assert "members.csv" in "".join(printed)


def test_the_projector_never_shows_members(qtbot, demo_path: Path, monkeypatch) -> None:
    """Every slide, for every race, vote and endorsement, stepped through: the strings actually
    painted never include a member's name, email, phone or postal code."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    from endorse_desktop.core.endorsements import list_endorsements
    from endorse_desktop.core.races import list_candidates, list_races
    from endorse_desktop.core.voting.stored import vote_ids
    from endorse_desktop.ui.projector.slide import SLIDE_TYPES
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    painted: list[str] = []
    draw_text = QPainter.drawText

    def recording(painter: QPainter, *args: object) -> object:
        painted.extend(str(arg) for arg in args if isinstance(arg, str))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    store = window.session.store
    projector = window.ensure_projector()
    projector.show()
    shows: list[tuple[str, dict[str, object]]] = [("title", {}), ("timer", {"seconds": 90})]
    shows += [("scorecard", {"race_id": race.id}) for race in list_races(store)]
    shows += [(slide, {"vote_id": v}) for v in vote_ids(store) for slide in ("vote", "result")]
    shows += [("thermometer", {"endorsement_id": e.id}) for e in list_endorsements(store)]
    shows += [("track_record", {})]
    assert {slide for slide, _ in shows} == set(SLIDE_TYPES)  # every kind of slide
    for slide, params in shows:
        projector.show_slide(slide, **params)
        for key in [Qt.Key.Key_Right] * 3 + [Qt.Key.Key_Down] * 3 + [Qt.Key.Key_PageDown]:
            projector.grab()
            projector.step(key)
        projector.grab()
    text = "\n".join(painted)

    candidates = {c.name for c in list_candidates(store, include_archived=True)}
    assert candidates & set(painted)  # the recording works: candidates' names were painted
    members = store.rows("SELECT first_name, last_name, email, phone, postal_code FROM members")
    names = {f"{first} {last}" for first, last, *_ in members} - candidates
    private = {value for *_, email, phone, postal in members for value in (email, phone, postal)}
    assert [name for name in names if name in text] == []
    assert [value for value in private if value and value in text] == []
    window.close()
