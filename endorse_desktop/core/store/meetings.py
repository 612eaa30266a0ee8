"""SQL for meetings and attendance (who checked in)."""

from __future__ import annotations

import sqlite3

from ..clock import now_iso
from . import records
from .cycles import CURRENT
from .database import Store

TABLE = "meetings"
COLUMNS = ("held_on", "place", "title", "head_count", "notes")


def all_rows(store: Store) -> list[sqlite3.Row]:
    # the current cycle's meetings (earlier cycles' stay in the file)
    return records.select(
        store, TABLE, COLUMNS, where=f"cycle_id = {CURRENT}", order_by="held_on DESC, id DESC"
    )


def by_id(store: Store, meeting_id: int) -> sqlite3.Row | None:
    return records.select_one(store, TABLE, COLUMNS, "id = ?", (meeting_id,))


def checked_in_ids(store: Store, meeting_id: int) -> list[int]:
    """Members checked in, most recent first (the list the facilitator watches grow)."""
    return store.column(
        "SELECT member_id FROM attendance WHERE meeting_id = ? ORDER BY checked_in_at DESC, "
        "rowid DESC",
        (meeting_id,),
    )


def checked_in_count(store: Store, meeting_id: int) -> int:
    return int(store.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ?", (meeting_id,)))


def is_checked_in(store: Store, meeting_id: int, member_id: int) -> bool:
    return (
        store.scalar(
            "SELECT 1 FROM attendance WHERE meeting_id = ? AND member_id = ?",
            (meeting_id, member_id),
        )
        is not None
    )


def check_in(store: Store, meeting_id: int, member_id: int, at: str | None = None) -> None:
    store.execute(
        "INSERT INTO attendance (meeting_id, member_id, checked_in_at) VALUES (?, ?, ?)",
        (meeting_id, member_id, at or now_iso()),
    )


def check_in_time(store: Store, meeting_id: int, member_id: int) -> str | None:
    value = store.scalar(
        "SELECT checked_in_at FROM attendance WHERE meeting_id = ? AND member_id = ?",
        (meeting_id, member_id),
    )
    return None if value is None else str(value)


def check_out(store: Store, meeting_id: int, member_id: int) -> None:
    store.execute(
        "DELETE FROM attendance WHERE meeting_id = ? AND member_id = ?", (meeting_id, member_id)
    )


def roster_counts(store: Store) -> tuple[int, int]:
    """(members on the roster, of whom eligible to vote), archived members left out."""
    row = store.row("SELECT count(*), coalesce(sum(eligible), 0) FROM members WHERE archived = 0")
    return (int(row[0]), int(row[1])) if row is not None else (0, 0)


def vote_count(store: Store, meeting_id: int) -> int:
    return int(store.scalar("SELECT count(*) FROM votes WHERE meeting_id = ?", (meeting_id,)))


def delete(store: Store, meeting_id: int) -> None:
    store.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
