"""Migration 0004 moves a file made by release 0.1 into a first cycle with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from endorse_desktop.core.check import check_database
from endorse_desktop.core.store import SCHEMA_VERSION, Store
from endorse_desktop.core.store.trust import read_schema, reference_schema, schema_problem

RELEASE_FILE = Path(__file__).resolve().parent.parent / "data" / "release-0.1-sample.sqlite3"


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table the old file had, by column name (new columns left out)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name <> '_sqlite_migrations'"
            )
        ]
        found = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            found[table] = columns
        return {"__columns__": found, **_rows(conn, found)}  # type: ignore[dict-item]
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> dict[str, list[tuple]]:
    return {
        table: [
            tuple(row)
            for row in conn.execute(f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY rowid')
        ]
        for table, columns in tables.items()
    }


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    copy = tmp_path / "release-0.1.sqlite3"
    shutil.copy(RELEASE_FILE, copy)
    return copy


def test_the_release_file_is_older_than_this_version() -> None:
    conn = sqlite3.connect(f"file:{RELEASE_FILE}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM endorsements").fetchone()[0] == 2
    finally:
        conn.close()


def test_every_row_is_still_there_after_moving_into_a_first_cycle(old_file: Path) -> None:
    before = _contents(old_file)
    columns = before.pop("__columns__")
    with Store.open(old_file) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        after = _rows(store.conn, columns)  # type: ignore[arg-type]
        for table, rows in before.items():
            assert after[table] == rows, table
        assert check_database(store) == []
        # the one cycle is named from the group's settings and holds every race and meeting
        assert [tuple(row) for row in store.rows("SELECT name, is_current FROM cycles")] == [
            ("2027 Primary", 1)
        ]
        assert store.scalar("SELECT count(*) FROM races WHERE cycle_id = 1") == 3
        assert store.scalar("SELECT count(*) FROM meetings WHERE cycle_id IS NOT 1") == 0
        # each candidate is a person now, and the endorsements still name the same candidates
        assert store.scalar("SELECT count(*) FROM candidates WHERE person_id IS NULL") == 0
        assert store.scalar("SELECT count(*) FROM people") == 9
        assert [
            tuple(r)
            for r in store.rows(
                "SELECT c.name, e.status FROM endorsements e "
                "JOIN candidates c ON c.id = e.candidate_id ORDER BY e.id"
            )
        ] == [("Ana Núñez", "active"), ("Marcus Okafor", "conditional")]
        applied = tuple(store.column("SELECT name FROM _sqlite_migrations ORDER BY id"))
        assert schema_problem(read_schema(store.conn), applied) is None


def test_an_unnamed_cycle_gets_a_plain_name_and_new_races_join_it(old_file: Path) -> None:
    conn = sqlite3.connect(old_file)
    conn.execute("UPDATE group_settings SET cycle = '  '")
    conn.commit()
    conn.close()
    with Store.open(old_file) as store:
        assert store.scalar("SELECT name FROM cycles") == "First cycle"
        with store.transaction():
            store.execute(
                "INSERT INTO races (office, created_at, updated_at) VALUES ('Sheriff', 'x', 'x')"
            )
        assert store.scalar("SELECT cycle_id FROM races WHERE office = 'Sheriff'") == 1


def test_the_schema_of_a_migrated_file_is_the_schema_of_a_new_one(
    old_file: Path, tmp_path: Path
) -> None:
    with Store.open(old_file) as migrated, Store.open(tmp_path / "new.sqlite3") as new:
        assert read_schema(migrated.conn) == read_schema(new.conn)
        applied = tuple(new.column("SELECT name FROM _sqlite_migrations ORDER BY id"))
        assert read_schema(new.conn) == reference_schema(applied)
