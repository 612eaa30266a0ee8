"""The next start opens a file the app closed healthy without SQLite's full scan (P-1); any change
to the file since, and every received file, is scanned as before."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from platformdirs import user_state_dir

from endorse_desktop import APP_NAME
from endorse_desktop.core.store import Store, database
from endorse_desktop.core.store.healthy import KEPT, record_path


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each Store.open ran quick_check; a fresh process each time (nothing in memory)."""
    seen: list[bool] = []
    real = database.inspect_file

    def spy(path: Path, *, quick_check: bool) -> object:
        seen.append(quick_check)
        return real(path, quick_check=quick_check)

    monkeypatch.setattr(database, "inspect_file", spy)
    return seen


def new_process() -> None:
    database._HEALTHY.clear()


def closed_group(path: Path) -> Path:
    Store.open(path, create=True).close()
    new_process()
    return path


def test_the_next_start_skips_the_scan_of_a_file_the_app_closed(
    tmp_path: Path, scans: list[bool]
) -> None:
    group = closed_group(tmp_path / "group.sqlite3")
    Store.open(group).close()  # opened, looked at, closed: nothing written
    new_process()
    Store.open(group).close()
    assert scans == [False, False]
    assert stat.S_IMODE(record_path().stat().st_mode) == 0o600
    assert str(tmp_path) in record_path().read_text(encoding="utf-8")


def test_a_file_changed_since_it_was_closed_is_scanned(tmp_path: Path, scans: list[bool]) -> None:
    group = closed_group(tmp_path / "group.sqlite3")
    info = group.stat()
    os.utime(group, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    Store.open(group).close()
    assert scans == [True]


def test_a_copy_of_a_closed_file_is_scanned(tmp_path: Path, scans: list[bool]) -> None:
    group = closed_group(tmp_path / "group.sqlite3")
    copy = tmp_path / "received.sqlite3"
    copy.write_bytes(group.read_bytes())
    Store.open(copy).close()
    assert scans == [True]


def test_a_file_opened_read_only_is_not_remembered(tmp_path: Path, scans: list[bool]) -> None:
    group = tmp_path / "group.sqlite3"
    Store.open(group, create=True).close()
    record_path().unlink()
    new_process()
    Store.open(group, readonly=True).close()
    new_process()
    Store.open(group, readonly=True).close()
    assert scans == [True, True]


def test_the_record_keeps_only_the_newest_files(tmp_path: Path) -> None:
    for number in range(KEPT + 3):
        closed_group(tmp_path / f"group-{number}.sqlite3")
    lines = record_path().read_text(encoding="utf-8").splitlines()
    assert len(lines) == KEPT
    assert lines[-1].endswith(f"group-{KEPT + 2}.sqlite3")


def test_the_record_is_in_the_state_folder_platformdirs_names() -> None:
    assert record_path().parent == Path(user_state_dir(APP_NAME, appauthor=False))
