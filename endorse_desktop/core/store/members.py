"""SQL for the members roster."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ..clock import now_iso
from .database import Store

COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "postal_code",
    "eligible",
    "eligibility_reason",
    "joined_on",
    "notes",
    "archived",
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM members"
ROSTER_ORDER = "last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
# SQLite allows 32,766 parameters; a page of the roster table is far fewer.
_SLICE = 900


def all_rows(store: Store) -> list[tuple[Any, ...]]:
    """Every member as a plain tuple in COLUMNS order, in roster order.

    Plain tuples, not sqlite3.Row: the roster is read whole each time a tab that lists members
    opens (5,000 at SPEC scale), and a Row costs more to make than the member built from it.
    """
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(f"{_SELECT} ORDER BY {ROSTER_ORDER}").fetchall()


# ----- the roster table, read a page at a time (SPEC P-5) ---------------------------------------
def roster_columns(store: Store, expressions: Sequence[str]) -> list[list[Any]]:
    """Each of these SQL expressions (from this module's callers, never typed by a user) over
    every member, as one list per expression in roster order."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(
        f"SELECT {', '.join(expressions)} FROM members ORDER BY {ROSTER_ORDER}"
    ).fetchall()
    if not found:
        return [[] for _ in expressions]
    return [list(column) for column in zip(*found, strict=True)]


def rows_by_ids(store: Store, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """These members as plain tuples in COLUMNS order (any order)."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _SLICE):
        part = ids[start : start + _SLICE]
        marks = ", ".join("?" * len(part))
        found += cursor.execute(f"{_SELECT} WHERE id IN ({marks})", part).fetchall()
    return found


def by_id(store: Store, member_id: int) -> sqlite3.Row | None:
    return store.row(f"{_SELECT} WHERE id = ?", (member_id,))


def by_email(store: Store, email: str) -> sqlite3.Row | None:
    # "email IS NOT NULL" repeats the partial index's condition: without it SQLite cannot use
    # members_email_unique and scans the whole table (5,000 lookups took seconds on import).
    return store.row(f"{_SELECT} WHERE email IS NOT NULL AND lower(email) = lower(?)", (email,))


def insert(store: Store, values: dict[str, Any]) -> int:
    """Insert a member; values may carry an id (undoing a delete puts the member back as it was)."""
    stamp = now_iso()
    fields = [name for name in COLUMNS if name in values]
    marks = ", ".join(f":{name}" for name in fields)
    cursor = store.execute(
        f"INSERT INTO members ({', '.join(fields)}, created_at, updated_at) "
        f"VALUES ({marks}, :stamp, :stamp)",
        {**values, "stamp": stamp},
    )
    return int(cursor.lastrowid or 0)


def update(store: Store, member_id: int, values: dict[str, Any]) -> None:
    fields = [name for name in COLUMNS if name in values and name != "id"]
    sets = ", ".join(f"{name} = :{name}" for name in fields)
    store.execute(
        f"UPDATE members SET {sets}, updated_at = :stamp WHERE id = :id",
        {**values, "id": member_id, "stamp": now_iso()},
    )


def delete(store: Store, member_id: int) -> None:
    store.execute("DELETE FROM members WHERE id = ?", (member_id,))


def references(store: Store, member_id: int) -> dict[str, int]:
    """How many meetings, pledges and recusals name this member (they block a delete)."""
    return {
        table: int(store.scalar(f"SELECT count(*) FROM {table} WHERE member_id = ?", (member_id,)))
        for table in ("attendance", "pledges", "recusals")
    }


def count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM members"))
