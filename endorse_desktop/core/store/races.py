"""SQL for races and their candidates."""

from __future__ import annotations

import sqlite3

from ..clock import now_iso
from . import records
from .cycles import CURRENT
from .database import Store

RACES = "races"
RACE_COLUMNS = (
    "office",
    "district",
    "election_date",
    "stage",
    "notes",
    "position",
    "archived",
    "office_es",
)
CANDIDATES = "candidates"
CANDIDATE_COLUMNS = (
    "race_id",
    "name",
    "party",
    "incumbent",
    "website",
    "questionnaire_returned",
    "interview_date",
    "status",
    "notes",
    "position",
    "archived",
)


def races(store: Store, include_archived: bool) -> list[sqlite3.Row]:
    # The app works in one cycle at a time; earlier cycles' races are read by `store.cycles`.
    where = f"cycle_id = {CURRENT}" + ("" if include_archived else " AND archived = 0")
    return records.select(store, RACES, RACE_COLUMNS, where=where, order_by="position, id")


def race_by_id(store: Store, race_id: int) -> sqlite3.Row | None:
    return records.select_one(store, RACES, RACE_COLUMNS, "id = ?", (race_id,))


def candidates(store: Store, race_id: int | None, include_archived: bool) -> list[sqlite3.Row]:
    conditions = []
    params: list[object] = []
    if race_id is not None:
        conditions.append("race_id = ?")
        params.append(race_id)
    else:
        conditions.append(f"race_id IN (SELECT id FROM races WHERE cycle_id = {CURRENT})")
    if not include_archived:
        conditions.append("archived = 0")
    return records.select(
        store,
        CANDIDATES,
        CANDIDATE_COLUMNS,
        where=" AND ".join(conditions),
        params=params,
        order_by="race_id, position, id",
    )


def candidate_by_id(store: Store, candidate_id: int) -> sqlite3.Row | None:
    found = records.select(
        store, CANDIDATES, CANDIDATE_COLUMNS, where="id = ?", params=(candidate_id,)
    )
    return found[0] if found else None


def next_position(store: Store, table: str, race_id: int | None = None) -> int:
    if race_id is None:
        return int(store.scalar(f"SELECT coalesce(max(position), -1) + 1 FROM {table}"))
    return int(
        store.scalar(
            f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE race_id = ?", (race_id,)
        )
    )


def set_positions(store: Store, table: str, ordered_ids: list[int]) -> None:
    stamp = now_iso()
    store.conn.executemany(
        f"UPDATE {table} SET position = ?, updated_at = ? WHERE id = ?",
        [(position, stamp, row_id) for position, row_id in enumerate(ordered_ids)],
    )


def candidate_usage(store: Store, candidate_id: int) -> dict[str, int]:
    """What deleting this candidate would lose: rated cells, ballot options, endorsements."""
    return {
        "ratings": int(
            store.scalar(
                "SELECT count(*) FROM ratings WHERE candidate_id = ? "
                "AND (rating IS NOT NULL OR evidence <> '')",
                (candidate_id,),
            )
        ),
        "votes": int(
            store.scalar(
                "SELECT count(*) FROM vote_options WHERE candidate_id = ?", (candidate_id,)
            )
        ),
        "endorsements": int(
            store.scalar(
                "SELECT count(*) FROM endorsements WHERE candidate_id = ?", (candidate_id,)
            )
        ),
    }


def race_usage(store: Store, race_id: int) -> dict[str, int]:
    return {
        "candidates": int(
            store.scalar("SELECT count(*) FROM candidates WHERE race_id = ?", (race_id,))
        ),
        "votes": int(store.scalar("SELECT count(*) FROM votes WHERE race_id = ?", (race_id,))),
    }


def delete(store: Store, table: str, row_id: int) -> None:
    if table == CANDIDATES:
        # empty rating rows (Unknown, no evidence) carry nothing worth keeping
        store.execute("DELETE FROM ratings WHERE candidate_id = ?", (row_id,))
    store.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
