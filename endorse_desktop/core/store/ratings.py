"""SQL for scorecard ratings (candidate × value)."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..clock import now_iso
from .database import Store

COLUMNS = ("candidate_id", "value_id", "rating", "evidence", "source")


def for_race(store: Store, race_id: int) -> list[sqlite3.Row]:
    return store.rows(
        "SELECT r.candidate_id, r.value_id, r.rating, r.evidence, r.source FROM ratings r "
        "JOIN candidates c ON c.id = r.candidate_id WHERE c.race_id = ?",
        (race_id,),
    )


def all_rows(store: Store) -> list[sqlite3.Row]:
    return store.rows("SELECT candidate_id, value_id, rating, evidence, source FROM ratings")


def get(store: Store, candidate_id: int, value_id: int) -> sqlite3.Row | None:
    return store.row(
        "SELECT candidate_id, value_id, rating, evidence, source FROM ratings "
        "WHERE candidate_id = ? AND value_id = ?",
        (candidate_id, value_id),
    )


def upsert(store: Store, values: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO ratings (candidate_id, value_id, rating, evidence, source, updated_at) "
        "VALUES (:candidate_id, :value_id, :rating, :evidence, :source, :stamp) "
        "ON CONFLICT (candidate_id, value_id) DO UPDATE SET rating = excluded.rating, "
        "evidence = excluded.evidence, source = excluded.source, updated_at = excluded.updated_at",
        {**values, "stamp": now_iso()},
    )


def delete(store: Store, candidate_id: int, value_id: int) -> None:
    store.execute(
        "DELETE FROM ratings WHERE candidate_id = ? AND value_id = ?", (candidate_id, value_id)
    )


def insert_row(store: Store, row: dict[str, Any]) -> None:
    """Put back a rating exactly as it was (undo of a value's deletion)."""
    upsert(store, {name: row[name] for name in COLUMNS})
