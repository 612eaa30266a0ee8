"""SQL for endorsements."""

from __future__ import annotations

import sqlite3

from . import records
from .cycles import CURRENT
from .database import Store

TABLE = "endorsements"
COLUMNS = (
    "race_id",
    "candidate_id",
    "vote_id",
    "endorsed_on",
    "vote_summary",
    "status",
    "condition_text",
    "rescinded_reason",
    "announcement",
    "announcement_es",
)


def all_rows(store: Store) -> list[sqlite3.Row]:
    """The current cycle's endorsements (the track record reads every cycle's itself)."""
    return records.select(
        store,
        TABLE,
        COLUMNS,
        where=f"race_id IN (SELECT id FROM races WHERE cycle_id = {CURRENT})",
        order_by="endorsed_on, id",
    )


def by_id(store: Store, endorsement_id: int) -> sqlite3.Row | None:
    return records.select_one(store, TABLE, COLUMNS, "id = ?", (endorsement_id,))


def for_race(store: Store, race_id: int) -> list[sqlite3.Row]:
    return records.select(store, TABLE, COLUMNS, where="race_id = ?", params=(race_id,))


def usage(store: Store, endorsement_id: int) -> dict[str, int]:
    """Goals and pledges that hang on an endorsement (they block removing it)."""
    return {
        table: int(
            store.scalar(
                f"SELECT count(*) FROM {table} WHERE endorsement_id = ?", (endorsement_id,)
            )
        )
        for table in ("goals", "pledges")
    }


def delete(store: Store, endorsement_id: int) -> None:
    store.execute("DELETE FROM endorsements WHERE id = ?", (endorsement_id,))
