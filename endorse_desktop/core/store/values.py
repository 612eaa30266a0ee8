"""SQL for the group's values and the dots placed on them."""

from __future__ import annotations

import sqlite3

from ..clock import now_iso
from . import records
from .database import Store

TABLE = "group_values"
COLUMNS = (
    "title",
    "description",
    "weight",
    "dealbreaker",
    "position",
    "title_es",
    "description_es",
)


def all_rows(store: Store) -> list[sqlite3.Row]:
    return records.select(store, TABLE, COLUMNS, order_by="position, id")


def by_id(store: Store, value_id: int) -> sqlite3.Row | None:
    return records.select_one(store, TABLE, COLUMNS, "id = ?", (value_id,))


def by_title(store: Store, title: str) -> sqlite3.Row | None:
    return records.select_one(store, TABLE, COLUMNS, "title = ?", (title,))


def next_position(store: Store) -> int:
    return int(store.scalar(f"SELECT coalesce(max(position), -1) + 1 FROM {TABLE}"))


def set_positions(store: Store, ordered_ids: list[int]) -> None:
    stamp = now_iso()
    store.conn.executemany(
        f"UPDATE {TABLE} SET position = ?, updated_at = ? WHERE id = ?",
        [(position, stamp, value_id) for position, value_id in enumerate(ordered_ids)],
    )


def ratings_of(store: Store, value_id: int) -> list[sqlite3.Row]:
    return store.rows(
        "SELECT id, candidate_id, value_id, rating, evidence, source FROM ratings "
        "WHERE value_id = ? ORDER BY id",
        (value_id,),
    )


def delete(store: Store, value_id: int) -> None:
    store.execute(f"DELETE FROM {TABLE} WHERE id = ?", (value_id,))


def add_dot(store: Store, value_id: int, meeting_id: int | None) -> int:
    cursor = store.execute(
        "INSERT INTO dot_votes (value_id, meeting_id, created_at) VALUES (?, ?, ?)",
        (value_id, meeting_id, now_iso()),
    )
    return int(cursor.lastrowid or 0)


def remove_dot(store: Store, dot_id: int) -> None:
    store.execute("DELETE FROM dot_votes WHERE id = ?", (dot_id,))


def dot_counts(store: Store) -> dict[int, int]:
    return {
        int(row[0]): int(row[1])
        for row in store.rows("SELECT value_id, count(*) FROM dot_votes GROUP BY value_id")
    }


def dots(store: Store) -> list[sqlite3.Row]:
    return store.rows("SELECT id, value_id, meeting_id, created_at FROM dot_votes ORDER BY id")


def clear_dots(store: Store) -> None:
    store.execute("DELETE FROM dot_votes")


def set_weight(store: Store, value_id: int, weight: int) -> None:
    store.execute(
        f"UPDATE {TABLE} SET weight = ?, updated_at = ? WHERE id = ?", (weight, now_iso(), value_id)
    )


def latest_dot(store: Store) -> sqlite3.Row | None:
    return store.row(
        "SELECT id, value_id, meeting_id, created_at FROM dot_votes ORDER BY id DESC LIMIT 1"
    )


def insert_dot(store: Store, row: dict[str, object]) -> None:
    """Put back a dot exactly as it was (undo)."""
    store.execute(
        "INSERT INTO dot_votes (id, value_id, meeting_id, created_at) "
        "VALUES (:id, :value_id, :meeting_id, :created_at)",
        row,
    )
