"""The database file: created private, migrated with a backup, refused untouched when unusable."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from endorse_desktop.core.store import (
    SCHEMA_VERSION,
    AlreadyOpenError,
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    Store,
)
from endorse_desktop.core.store.backups import KEEP_BACKUPS, list_backups, make_backup

SPEC_TABLES = {
    "members",
    "group_values",
    "races",
    "candidates",
    "ratings",
    "meetings",
    "attendance",
    "votes",
    "rounds",
    "ballot_events",
    "endorsements",
    "goals",
    "pledges",
    "activities",
}


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_new_file_is_private_wal_and_fully_migrated(db_path: Path) -> None:
    with Store.open(db_path) as store:
        tables = set(store.column("SELECT name FROM sqlite_master WHERE type = 'table'"))
        assert tables >= SPEC_TABLES
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_new_file_in_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "group.sqlite3"
    with Store.open(path):
        pass
    assert path.exists()


def test_second_open_is_refused_while_first_is_open(db_path: Path) -> None:
    with Store.open(db_path), pytest.raises(AlreadyOpenError, match="already open"):
        Store.open(db_path)
    Store.open(db_path).close()  # released on close


def test_readers_may_open_while_the_app_has_it(db_path: Path) -> None:
    with Store.open(db_path), Store.open(db_path, readonly=True) as reader:
        assert reader.scalar("SELECT count(*) FROM members") == 0


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = file_bytes(db_path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open(db_path)
    assert file_bytes(db_path) == before


def test_non_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("first_name,last_name\nAna,Núñez\n" * 20, encoding="utf-8")
    before = file_bytes(path)
    with pytest.raises(NotADatabaseError, match="not an Endorse Desktop database"):
        Store.open(path)
    assert file_bytes(path) == before


def test_truncated_file_is_refused_untouched(demo_path: Path) -> None:
    data = file_bytes(demo_path)
    demo_path.write_bytes(data[: len(data) // 2])
    before = file_bytes(demo_path)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        Store.open(demo_path)
    assert file_bytes(demo_path) == before


def test_other_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = file_bytes(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        Store.open(path)
    assert file_bytes(path) == before


def test_read_only_file_is_refused_untouched(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_path.chmod(0o400)
    if os.geteuid() == 0:
        # root ignores permission bits; answer as the kernel would for the file's owner
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode: (
                False if Path(p) == demo_path and mode & os.W_OK else real_access(p, mode)
            ),
        )
    before = file_bytes(demo_path)
    with pytest.raises(ReadOnlyError, match="read-only"):
        Store.open(demo_path)
    assert file_bytes(demo_path) == before
    demo_path.chmod(0o600)


def test_transaction_rolls_back_everything_on_error(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO members (first_name, created_at, updated_at) VALUES ('Ana', 'x', 'x')"
        )
        conn.execute("INSERT INTO members (created_at, updated_at) VALUES ('x', 'x')")
    assert store.scalar("SELECT count(*) FROM members") == 0


def test_migrating_an_older_file_backs_it_up_first(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from endorse_desktop.core.store import database, schema

    with Store.open(db_path) as store:
        store.execute(
            "INSERT INTO members (first_name, created_at, updated_at) VALUES ('Ana', 'x', 'x')"
        )
    # A later release adds a migration: this file is now "older" than the app.
    shipped = schema.build_migrations

    def with_one_more():
        migrations = shipped()

        @migrations(name="9999_add_nickname")
        def add_nickname(db) -> None:
            db.execute("ALTER TABLE members ADD COLUMN nickname TEXT")

        return migrations

    monkeypatch.setattr(schema, "build_migrations", with_one_more)
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(db_path) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION + 1
        assert store.scalar("SELECT first_name FROM members WHERE nickname IS NULL") == "Ana"
    [backup] = list_backups(db_path)
    assert backup.reason == "before-update"
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [row[1] for row in copy.execute("PRAGMA table_info(members)")]
        assert "nickname" not in columns
        assert copy.execute("SELECT first_name FROM members").fetchone()[0] == "Ana"


def test_backups_are_private_and_only_the_last_twenty_kept(store: Store) -> None:
    for _ in range(KEEP_BACKUPS + 3):
        make_backup(store, reason="manual")
    found = list_backups(store.path)
    assert len(found) == KEEP_BACKUPS
    assert all(stat.S_IMODE(os.stat(b.path).st_mode) == 0o600 for b in found)
    with sqlite3.connect(found[0].path) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_ballot_events_are_append_only(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO meetings (held_on, created_at, updated_at) VALUES ('d','x','x')")
        conn.execute("INSERT INTO races (office, created_at, updated_at) VALUES ('Mayor','x','x')")
        conn.execute(
            "INSERT INTO votes (meeting_id, race_id, method, threshold_fraction, "
            "threshold_comparison, base, policy, no_endorsement_option, created_at) "
            "VALUES (1, 1, 'paper_choose_one', '2/3', 'at_least', 'votes_cast', 'keep_all', 1, 'x')"
        )
        conn.execute("INSERT INTO rounds (vote_id, number, opened_at) VALUES (1, 1, 'x')")
        conn.execute(
            "INSERT INTO ballot_events (round_id, kind, created_at) VALUES (1, 'ballot', 'x')"
        )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.execute("UPDATE ballot_events SET option_id = NULL")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.execute("DELETE FROM ballot_events")
    store.execute("UPDATE rounds SET status = 'final'")
    with pytest.raises(sqlite3.IntegrityError, match="finalized"):
        store.execute(
            "INSERT INTO ballot_events (round_id, kind, created_at) VALUES (1, 'ballot', 'x')"
        )
