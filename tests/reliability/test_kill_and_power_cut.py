"""SPEC §8 crash safety: a crash or a power cut loses nothing the screen showed as recorded.

The recorder (`crash_harness.py`) records ballots, sheet rows, pledge changes, member edits,
ratings, settings and finalized rounds through the core services the screens use, and says when
each change is acknowledged. These tests kill it, or freeze it and copy its files as a power cut
would leave them, and check the file against what it acknowledged.
"""

from __future__ import annotations

import random
import shutil
import signal
import sys
from pathlib import Path

import pytest
from crash_harness import Journal, RecorderServer, copy_file_set, prepare, verify

from endorse_desktop.core.check import check_database
from endorse_desktop.core.members import Member, add_members
from endorse_desktop.core.store import Store

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not hasattr(signal, "SIGKILL"),
    reason="kills and freezes processes the Linux way",
)
KILLS = 50
SNAPSHOTS = 10


def started_journal(path: Path) -> Journal:
    prepare(path)
    journal = Journal()
    with Store.open(path) as store:
        journal.settle(store)
    return journal


def test_sigkill_at_fifty_random_moments_loses_no_acknowledged_change(db_path: Path) -> None:
    journal = started_journal(db_path)
    rng = random.Random(2026)
    with RecorderServer() as server:
        for seed in range(1, KILLS + 1):
            run = server.start(db_path, seed)
            server.run_for(rng.randrange(80), rng)  # the kill lands anywhere in a change
            journal.feed(run.kill())
            # Reopened as the app reopens it after a crash; then checked against the journal.
            with Store.open(db_path) as store:
                verify(store, journal)
                journal.settle(store)
    # Enough happened for the kills to have landed on every kind of change.
    assert journal.acknowledged > 1000
    assert len(journal.ballots) > 300 and journal.sheet_rows > 20 and journal.deletions > 5
    assert len(journal.finalized) > 5


def test_a_power_cut_copy_opens_and_holds_exactly_a_prefix_of_the_changes(
    db_path: Path, tmp_path: Path
) -> None:
    """Freeze the recorder wherever it is (mid-transaction, mid-checkpoint), copy the database
    with its -wal and -shm as a power cut would leave them, and open the copy."""
    journal = started_journal(db_path)
    rng = random.Random(8)
    snapshots: list[tuple[Path, Journal]] = []
    with RecorderServer() as server:
        run = server.start(db_path, 1)
        seen = 0
        for number in range(SNAPSHOTS):
            server.run_for(rng.randrange(5, 60), rng)
            lines = run.freeze()
            journal.feed(lines[seen:])
            seen = len(lines)
            copy = copy_file_set(db_path, tmp_path / f"cut-{number}")
            snapshots.append((copy, journal.snapshot()))
            run.thaw()
        journal.feed(run.kill()[seen:])
    for copy, acknowledged_then in snapshots:
        with Store.open(copy) as store:
            verify(store, acknowledged_then)  # everything acknowledged then, nothing after
    with Store.open(db_path) as store:
        verify(store, journal)
    assert journal.acknowledged > 100


def test_a_crash_in_the_middle_of_a_checkpoint_leaves_a_file_that_opens(
    db_path: Path, tmp_path: Path
) -> None:
    """A checkpoint copies pages from the log into the file, page 1 (whose header gives the new
    size) first. Cut short, it leaves the file shorter than its header says while the log still
    holds every page: SQLite recovers that, so the app must not call it damaged."""
    with Store.open(db_path) as store:
        store.execute("PRAGMA wal_autocheckpoint = 0")
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_before = db_path.stat().st_size
        add_members(store, [Member(f"Member {n}", email=f"m{n}@example.org") for n in range(3000)])
        store.execute("PRAGMA wal_checkpoint(PASSIVE)")  # copies the pages; the log stays
        assert db_path.stat().st_size > size_before
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        cut = crashed / db_path.name
        # As on disk when the power went: page 1 and the old pages rewritten, the new ones not.
        cut.write_bytes(db_path.read_bytes()[:size_before])
        shutil.copy(db_path.with_name(db_path.name + "-wal"), crashed)
    with Store.open(cut) as store:
        assert store.scalar("SELECT count(*) FROM members") == 3000
        assert check_database(store) == []


def test_every_commit_waits_for_the_disk(store: Store) -> None:
    """Killing a process loses nothing the OS has; a power cut loses what is not on the disk.
    WAL with synchronous=FULL syncs the log at every commit (SPEC P-2 notes the cost)."""
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA synchronous") == 2  # FULL
