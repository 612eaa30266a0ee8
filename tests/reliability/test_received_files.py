"""SPEC §8 "files from other people", the database part (issue 13): a group's file handed over by
email or USB stick is a stranger's. Every test builds a crafted file: a trigger that would write a
marker, a view loop, a lock symlink, a killed creation, a log beside a refused file, a corrupt
page, a file with a huge free list, future-dated backups, a received 0644 file. In each case no
SQL of the sender runs, the received file is byte-for-byte unchanged, nothing outside the
database's own files is touched, and the user reads one clear sentence.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import struct
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sandbox import run_with_read_only_folder

from endorse_desktop import cli
from endorse_desktop.core.check import check_database
from endorse_desktop.core.paths import backups_dir
from endorse_desktop.core.store import (
    SCHEMA_VERSION,
    AlreadyOpenError,
    DamagedDatabaseError,
    NewerSchemaError,
    Store,
    StoreError,
    UntrustedSchemaError,
    database,
    schema,
)
from endorse_desktop.core.store.backups import (
    KEEP_BACKUPS,
    list_backups,
    make_backup,
    restore_backup,
)
from endorse_desktop.core.store.schema import APPLICATION_ID
from endorse_desktop.core.store.trust import time_limit

REPO = Path(__file__).resolve().parents[2]
MARKER = "written by the sender trigger"


# ----- helpers --------------------------------------------------------------------------------
def make_group(path: Path, members: int = 30) -> Path:
    """A small group file made by the app, closed (no log beside it)."""
    with Store.open(path) as store, store.transaction():
        for number in range(members):
            store.execute(
                "INSERT INTO members (first_name, last_name, email, created_at, updated_at) "
                "VALUES (?, ?, ?, 'x', 'x')",
                (f"First{number}", f"Last{number}" * 5, f"m{number}@example.org"),
            )
    return path


@pytest.fixture
def group(tmp_path: Path) -> Path:
    return make_group(tmp_path / "received.sqlite3")


def tamper(path: Path, *statements: str) -> None:
    """What the sender did to the file, with a plain SQLite connection of their own."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()  # the last connection: the log is folded in, none is left behind


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_set(path: Path) -> dict[str, str]:
    """Every file in the folder, by name, with its hash: nothing beside the file may change."""
    return {
        entry.name: digest(entry) if entry.is_file() else "folder"
        for entry in sorted(path.parent.iterdir())
    }


def one_sentence(text: str) -> str:
    assert "\n" not in text and "Errno" not in text and "Traceback" not in text, text
    assert "unexpected" not in text, text
    return text


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    err = capsys.readouterr().err
    return code, err


def cli_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, err = run_cli(capsys, *argv)
    assert code == 1, err
    assert err.count("\n") == 1 and err.startswith("endorse-desktop: error: "), err
    return one_sentence(err.strip())


@pytest.fixture(autouse=True)
def no_healthy_memory() -> Iterator[None]:
    """Each test is a new session: nothing is known healthy from an earlier test's close."""
    database._HEALTHY.clear()
    yield
    database._HEALTHY.clear()


# ----- 1. never execute a stranger's SQL --------------------------------------------------------
def test_every_connection_is_hardened_for_untrusted_files(group: Path) -> None:
    for readonly in (False, True):
        with Store.open(group, readonly=readonly) as store:
            assert store.scalar("PRAGMA trusted_schema") == 0
            assert store.scalar("PRAGMA cell_size_check") == 1
            assert store.scalar("PRAGMA mmap_size") == 0


TRIGGER = (
    "CREATE TRIGGER copy_contacts AFTER INSERT ON members BEGIN "
    f"INSERT INTO group_values (title, description, created_at, updated_at) "
    f"VALUES ('{MARKER}', NEW.email, 'x', 'x'); END"
)


def test_a_trigger_in_a_received_file_never_runs(
    group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(group, TRIGGER)
    before = file_set(group)
    for readonly in (False, True):
        with pytest.raises(UntrustedSchemaError) as refused:
            Store.open(group, readonly=readonly)
        message = one_sentence(str(refused.value))
        assert "copy_contacts" in message and "changed outside Endorse Desktop" in message
    roster = group.with_name("roster.csv")
    roster.write_text("first_name,last_name,email\nAna,Núñez,ana@example.org\n", encoding="utf-8")
    before = file_set(group)
    assert "changed outside" in cli_error(capsys, "import", "--db", str(group), str(roster))
    out = group.with_name("shared.json")
    assert "changed outside" in cli_error(
        capsys, "export", "json", "--db", str(group), "-o", str(out)
    )
    assert "changed outside" in cli_error(capsys, "check", "--db", str(group))
    assert file_set(group) == before  # byte for byte, and nothing written beside it
    conn = sqlite3.connect(f"{group.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM group_values").fetchone()[0] == 0
    conn.close()


def test_a_view_loop_standing_in_for_a_table_is_refused_at_once(group: Path) -> None:
    """The view would hang start-up, export and check forever; the schema check refuses it
    before any query reads it (real processes, so a hang fails the test instead of the run)."""
    tamper(
        group,
        "PRAGMA foreign_keys=OFF",
        "DROP TABLE group_values",
        "CREATE VIEW group_values AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "FROM n) SELECT i AS id, 'v' AS title, '' AS description, 3 AS weight, 0 AS dealbreaker,"
        " i AS position, 'x' AS created_at, 'x' AS updated_at FROM n ORDER BY i",
    )
    before = file_set(group)
    out = group.with_name("shared.json")
    for argv in (["check"], ["export", "json", "-o", str(out)]):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "endorse_desktop", argv[0], "--db", str(group), *argv[1:]],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            check=False,
        )
        assert time.monotonic() - started < 30
        assert result.returncode == 1, result.stderr
        assert "a view “group_values”" in one_sentence(result.stderr.strip())
    assert file_set(group) == before


def test_a_runaway_query_is_stopped_by_the_time_limit() -> None:
    conn = sqlite3.connect(":memory:")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"), time_limit(conn, 0.2):
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
        ).fetchone()
    assert time.monotonic() - started < 5
    conn.close()


def test_a_missing_column_is_named_in_one_sentence(
    group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(group, "ALTER TABLE members DROP COLUMN notes")
    before = file_set(group)
    with pytest.raises(UntrustedSchemaError, match="no column “notes” in the table “members”"):
        Store.open(group)
    assert "no column “notes”" in cli_error(capsys, "check", "--db", str(group))
    assert file_set(group) == before


# ----- 2. refused files are never changed -------------------------------------------------------
def received_with_log(source: Path, target: Path, *statements: str) -> None:
    """`source` changed by `statements` in WAL mode, copied with its log while still open: the
    pair a sender's crash or a copy of an open file hands over."""
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    for statement in statements:
        conn.execute(statement)
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + "-wal"), target.with_name(target.name + "-wal"))
    conn.close()


def test_a_log_beside_a_newer_file_is_not_folded_into_it(group: Path, tmp_path: Path) -> None:
    received = tmp_path / "inbox" / "group.sqlite3"
    received_with_log(group, received, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    wal = received.with_name(received.name + "-wal")
    assert wal.stat().st_size > 0
    hashes = (digest(received), digest(wal))
    for readonly in (False, True):
        with pytest.raises(NewerSchemaError, match="newer version"):
            Store.open(received, readonly=readonly)
    assert (digest(received), digest(wal)) == hashes


def test_a_log_that_adds_a_trigger_is_refused_and_left_alone(group: Path, tmp_path: Path) -> None:
    received = tmp_path / "inbox" / "group.sqlite3"
    received_with_log(group, received, TRIGGER)
    wal = received.with_name(received.name + "-wal")
    hashes = (digest(received), digest(wal))
    with pytest.raises(UntrustedSchemaError, match="copy_contacts"):
        Store.open(received)
    assert (digest(received), digest(wal)) == hashes


def test_an_older_file_without_its_record_of_updates_is_refused_whole(group: Path) -> None:
    tamper(group, "DROP TABLE _sqlite_migrations", "PRAGMA user_version = 1")
    before = file_set(group)
    with pytest.raises(UntrustedSchemaError, match="lost the record of its updates"):
        Store.open(group)
    assert file_set(group) == before


def build_partly(path: Path, stop_before: str, user_version: int, application_id: int) -> None:
    """A file as an older app (or a creation killed halfway by the old code) left it."""
    from sqlite_utils import Database

    conn = sqlite3.connect(path, isolation_level=None)
    schema.build_migrations().apply(Database(conn), stop_before=stop_before)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.close()


def test_a_genuine_older_file_is_migrated_whole(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    build_partly(path, "0002_activity_catalog", 1, APPLICATION_ID)
    with Store.open(path) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("SELECT count(*) FROM activities") > 0
        assert check_database(store) == []
    assert [backup.reason for backup in list_backups(path)] == ["before-update"]


def test_a_file_bricked_by_the_old_creation_is_finished_not_refused(tmp_path: Path) -> None:
    """The old code wrote application_id last: a kill left tables, no id, no version."""
    path = tmp_path / "bricked.sqlite3"
    build_partly(path, "0003_runoff_lots", 0, 0)
    with Store.open(path) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("PRAGMA application_id") == APPLICATION_ID
        assert check_database(store) == []


# ----- 3. the lock file -------------------------------------------------------------------------
def test_a_lock_symlink_is_refused_and_its_target_untouched(group: Path, tmp_path: Path) -> None:
    stand_in = tmp_path / "bashrc"
    stand_in.write_text("export PATH=$HOME/bin:$PATH\n", encoding="utf-8")
    lock = group.with_name(group.name + ".lock")
    lock.unlink(missing_ok=True)  # the app leaves an empty lock file behind after closing
    lock.symlink_to(stand_in)
    with pytest.raises(StoreError, match="is a link, not a lock file") as refused:
        Store.open(group)
    one_sentence(str(refused.value))
    assert stand_in.read_text(encoding="utf-8") == "export PATH=$HOME/bin:$PATH\n"
    assert lock.is_symlink()


def test_a_folder_in_the_locks_place_is_one_clear_sentence(group: Path) -> None:
    lock = group.with_name(group.name + ".lock")
    lock.unlink(missing_ok=True)  # the app leaves an empty lock file behind after closing
    lock.mkdir()
    with pytest.raises(StoreError, match="is a folder, not a lock file") as refused:
        Store.open(group)
    one_sentence(str(refused.value))


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_the_same_file_through_a_link_is_already_open(group: Path, link: str) -> None:
    other = group.with_name("other-name.sqlite3")
    if link == "symlink":
        other.symlink_to(group)
    else:
        os.link(group, other)
    with Store.open(group), pytest.raises(AlreadyOpenError, match="already open"):
        Store.open(other)
    # and the other way round
    with Store.open(other), pytest.raises(AlreadyOpenError, match="already open"):
        Store.open(group)


# ----- 4. atomic creation -----------------------------------------------------------------------
def test_a_failure_halfway_through_creation_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.sqlite3"
    monkeypatch.setattr(schema, "RUNOFF_LOTS_SCHEMA", "CREATE TABLE runoff_lots (x REFERENCES);")
    with pytest.raises(StoreError):
        Store.open(path)
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["new.sqlite3.lock"]
    monkeypatch.undo()
    with Store.open(path) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION


KILL_CHILD = """
import os, signal, sys
from endorse_desktop.core.store import Store, database
from endorse_desktop.core.store.schema import APPLICATION_ID

original = database.Store._migrate

def migrate_then_die(self, from_version):
    # The file's id is written in its first transaction, before any table.
    assert self.scalar("PRAGMA application_id") == APPLICATION_ID
    original(self, from_version)
    os.kill(os.getpid(), signal.SIGKILL)  # after the last migration, before the rename

database.Store._migrate = migrate_then_die
if sys.argv[2] == "demo":
    from endorse_desktop.core.demo import build_demo
    build_demo(sys.argv[1])
else:
    Store.open(sys.argv[1])
"""

DEMO_KILL_CHILD = """
import os, signal, sys
from endorse_desktop.core import demo

parts = demo._parts()

def die(context):
    os.kill(os.getpid(), signal.SIGKILL)  # the sample half built

demo._parts = lambda: [parts[0], parts[1], die]
demo.build_demo(sys.argv[1])
"""


@pytest.mark.parametrize("child", ["open", "demo", "demo halfway"])
def test_a_kill_during_creation_leaves_nothing_that_is_refused_later(
    tmp_path: Path, child: str
) -> None:
    path = tmp_path / "group.sqlite3"
    script = DEMO_KILL_CHILD if child == "demo halfway" else KILL_CHILD
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(path), child.split(maxsplit=1)[0]],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert not path.exists()  # only the temporary (and the lock) were left behind
    if child == "open":
        with Store.open(path) as store:
            assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    else:
        from endorse_desktop.core.demo import build_demo

        assert "members" in build_demo(path)
        with Store.open(path, readonly=True) as store:
            assert store.scalar("SELECT count(*) FROM members") > 0
    assert not list(tmp_path.glob(".*creating*"))


def test_a_restore_cut_short_leaves_the_current_file_as_it_was(
    group: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(group) as store:
        backup = make_backup(store, reason="manual")
        store.execute("DELETE FROM members")
    before = digest(group)
    from endorse_desktop.core.store import backups

    def cut_short(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backups, "_copy_database", cut_short)
    with pytest.raises(OSError):
        restore_backup(backup.path, group)
    assert digest(group) == before
    assert not list(group.parent.glob(".*restoring*"))
    monkeypatch.undo()
    restore_backup(backup.path, group)
    with Store.open(group, readonly=True) as store:
        assert store.scalar("SELECT count(*) FROM members") == 30
    assert stat.S_IMODE(group.stat().st_mode) == 0o600


# ----- 5. read-only media -----------------------------------------------------------------------
def test_a_read_only_location_opens_read_only_with_a_reason(
    group: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_set(group)
    real_access = os.access
    # Tests may run as root, which ignores permission bits: the folder says it is read-only.
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with Store.open(group, allow_readonly=True) as store:
        assert store.readonly
        assert store.readonly_reason is not None and "read-only" in store.readonly_reason
        one_sentence(store.readonly_reason)
        assert store.scalar("SELECT count(*) FROM members") == 30
        assert check_database(store) == []
    monkeypatch.undo()
    assert file_set(group) == before


READ_ONLY_CHILD = """
import json, sys
from pathlib import Path
from endorse_desktop import cli
from endorse_desktop.core.store import Store

path = Path(sys.argv[1])
report = {}
with Store.open(path, allow_readonly=True) as store:
    report["readonly"] = store.readonly
    report["reason"] = store.readonly_reason
    report["members"] = store.scalar("SELECT count(*) FROM members")
report["check"] = cli.main(["check", "--db", str(path)])
report["export"] = cli.main(["export", "json", "--db", str(path), "-o", sys.argv[2]])
print(json.dumps(report))
"""


def test_a_truly_read_only_medium_opens_for_view_check_and_export(
    group: Path, tmp_path: Path
) -> None:
    """A read-only filesystem (even root cannot write there), the file in WAL mode: SQLite cannot
    even create its -shm index, so the file is read as immutable."""
    import json

    folder = tmp_path / "stick"
    folder.mkdir()
    on_stick = folder / "group.sqlite3"
    shutil.copyfile(group, on_stick)
    assert on_stick.read_bytes()[18:20] == b"\x02\x02"  # WAL mode
    before = file_set(on_stick)
    out = tmp_path / "shared.json"
    result = run_with_read_only_folder(
        folder, [sys.executable, "-c", READ_ONLY_CHILD, str(on_stick), str(out)]
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["readonly"] is True and "read-only" in report["reason"]
    assert report["members"] == 30
    assert report["check"] == 0 and report["export"] == 0
    assert out.exists()
    assert file_set(on_stick) == before


# ----- 6. corrupt files -------------------------------------------------------------------------
def corrupt_a_page(path: Path) -> None:
    """Overwrite the members table's root page header with junk."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    # Only the members table's own page: the schema stays readable, so opening can succeed
    # when the damage is not checked for, and only reading members meets it.
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'members'"
    ).fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * 200)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        verdict = [("malformed",)]
    conn.close()
    assert verdict != [("ok",)]  # the crafted damage is real


def test_a_corrupt_page_is_named_and_the_newest_healthy_backup_offered(
    group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(group) as store:
        healthy = make_backup(store, reason="daily")
    corrupt_a_page(group)
    before = file_set(group)
    with pytest.raises(DamagedDatabaseError) as refused:
        Store.open(group)
    message = one_sentence(str(refused.value))
    assert "is damaged" in message and healthy.path.name in message
    error = cli_error(capsys, "check", "--db", str(group))
    assert "damaged" in error and "DatabaseError" not in error
    assert file_set(group) == before


def test_a_file_that_went_bad_is_never_backed_up_as_healthy(group: Path) -> None:
    with Store.open(group) as store:
        make_backup(store, reason="before-import")
    corrupt_a_page(group)
    # Damage the open-time check could not see (it struck after this session last closed it).
    database._remember_healthy(group)
    copies = list_backups(group)
    with Store.open(group) as store, pytest.raises(DamagedDatabaseError) as refused:
        make_backup(store, reason="daily")
    assert copies[0].path.name in one_sentence(str(refused.value))
    assert list_backups(group) == copies
    assert not list(backups_dir(group).glob("*.part"))


# ----- 7. backups -------------------------------------------------------------------------------
def add_sparse_free_list(path: Path, free_bytes: int) -> None:
    """What a sender can put in an archive: the file grows by `free_bytes` of free pages that
    are a hole on disk (only the free list's trunk pages are written), so 300 MB unpack from a
    few hundred KB. SQLite's integrity check finds nothing wrong with it."""
    head = path.read_bytes()[:100]
    page = struct.unpack(">H", head[16:18])[0] or 65536
    assert struct.unpack(">I", head[32:36])[0] == 0  # no free list yet
    used = path.stat().st_size // page
    free = free_bytes // page
    per_trunk = page // 4 - 2
    with open(path, "r+b") as handle:
        handle.truncate((used + free) * page)
        trunk, left = used + 1, free
        while left:
            leaves = min(per_trunk, left - 1)
            following = trunk + 1 + leaves if left - 1 - leaves else 0
            handle.seek((trunk - 1) * page)
            handle.write(
                struct.pack(
                    f">II{leaves}I", following, leaves, *range(trunk + 1, trunk + 1 + leaves)
                )
            )
            left -= 1 + leaves
            trunk = following
        handle.seek(28)
        handle.write(struct.pack(">III", used + free, used + 1, free))
        handle.seek(92)  # the page count above is valid for this change counter
        handle.write(head[24:28])


@pytest.mark.timeout(60, method="thread")  # the copy inside a transaction waited forever
def test_a_sparse_file_with_a_huge_free_list_makes_small_backups(group: Path) -> None:
    """300 MB of free pages, a few hundred KB on disk: each daily copy used to be 300 MB (20 kept:
    6 GB). Only live pages are copied (also from inside a transaction, which used to wait
    forever), and taking the copy leaves the received file byte for byte as it was."""
    add_sparse_free_list(group, 300 * 2**20)
    assert group.stat().st_size > 300 * 2**20 and group.stat().st_blocks * 512 < 2 * 2**20
    conn = sqlite3.connect(group)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    received = digest(group)
    with Store.open(group, readonly=True) as store:  # as the copy after finalizing is taken
        daily = make_backup(store, reason="daily")
    assert digest(group) == received
    with Store.open(group) as store:
        manual = make_backup(store, reason="manual")
        with store.transaction():
            store.execute("DELETE FROM members WHERE id = 1")
            inside = make_backup(store, reason="before-import")
        assert store.scalar("PRAGMA freelist_count") >= 300 * 2**20 // 4096 - 1
    for copy in (daily, manual, inside):
        assert copy.path.stat().st_size < 2 * 2**20, copy.reason
        conn = sqlite3.connect(copy.path)
        # What was committed when the copy was taken: the deletion was not yet.
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 30
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        conn.close()
    assert not list(backups_dir(group).glob("*.part"))


def test_future_dated_backups_never_make_a_new_copy_vanish(group: Path) -> None:
    with Store.open(group) as store:
        first = make_backup(store, reason="manual")
        for number in range(KEEP_BACKUPS):
            shutil.copyfile(
                first.path,
                backups_dir(group) / f"209901{number + 1:02d}-120000-000000-daily.sqlite3",
            )
        # Older than any real copy, though their names say 2099: a wrong clock once.
        first_seen = first.path.stat().st_mtime - 3600
        for future in backups_dir(group).glob("2099*"):
            os.utime(future, (first_seen, first_seen))
        before_import = make_backup(store, reason="before-import")
    assert before_import.path.exists()
    kept = list_backups(group)
    assert kept[0].path == before_import.path
    assert len(kept) == KEEP_BACKUPS


# ----- 8. owner-only files ----------------------------------------------------------------------
def test_a_received_0644_file_and_its_log_become_owner_only(group: Path, tmp_path: Path) -> None:
    received = tmp_path / "inbox" / "group.sqlite3"
    received_with_log(group, received, "PRAGMA user_version = 3")
    shm = received.with_name(received.name + "-shm")
    shm.write_bytes(b"")
    for name in ("", "-wal", "-shm"):
        os.chmod(received.with_name(received.name + name), 0o644)
    with Store.open(received) as store:
        for name in ("", "-wal", "-shm"):
            companion = received.with_name(received.name + name)
            assert stat.S_IMODE(companion.stat().st_mode) == 0o600, name
        store.execute("DELETE FROM group_values")
    assert stat.S_IMODE(received.stat().st_mode) == 0o600


def test_a_log_that_is_a_symlink_is_refused_and_its_target_untouched(
    group: Path, tmp_path: Path
) -> None:
    stand_in = tmp_path / "notes.txt"
    stand_in.write_text("mine\n", encoding="utf-8")
    os.chmod(stand_in, 0o644)
    group.with_name(group.name + "-wal").symlink_to(stand_in)
    with pytest.raises(StoreError, match="is a link") as refused:
        Store.open(group)
    one_sentence(str(refused.value))
    assert stand_in.read_text(encoding="utf-8") == "mine\n"
    assert stat.S_IMODE(stand_in.stat().st_mode) == 0o644
