"""SQL for commitments: the activity catalog, goals per endorsement, and members' pledges."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from endorse_desktop.core.commitments.records import (
    LISTING_COLUMNS,
    PledgeListing,
)

from ..clock import now_iso
from . import records
from .cycles import CURRENT
from .database import Store

if TYPE_CHECKING:
    from endorse_desktop.core.commitments.records import PledgeListing

ACTIVITIES = "activities"
ACTIVITY_COLUMNS = ("name", "category", "unit", "description", "position", "archived", "name_es")
GOALS = "goals"
GOAL_COLUMNS = ("endorsement_id", "activity_id", "target", "due_on", "notes")
PLEDGES = "pledges"
PLEDGE_COLUMNS = (
    "member_id",
    "endorsement_id",
    "activity_id",
    "quantity",
    "unit",
    "pledged_on",
    "due_on",
    "status",
    "notes",
    "source",
)
# SQLite allows 32,766 parameters; bulk changes go in slices well under that.
_SLICE = 900


def _slices(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _SLICE):
        yield ids[start : start + _SLICE]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


# ----- activities ------------------------------------------------------------------------------
def activity_rows(store: Store, include_archived: bool = True) -> list[sqlite3.Row]:
    where = "" if include_archived else "archived = 0"
    order = "CASE category WHEN 'people' THEN 0 WHEN 'media' THEN 1 ELSE 2 END, position, id"
    return records.select(store, ACTIVITIES, ACTIVITY_COLUMNS, where=where, order_by=order)


def activity_by_id(store: Store, activity_id: int) -> sqlite3.Row | None:
    found = records.select(
        store, ACTIVITIES, ACTIVITY_COLUMNS, where="id = ?", params=(activity_id,)
    )
    return found[0] if found else None


def activity_by_name(store: Store, name: str) -> sqlite3.Row | None:
    found = records.select(
        store, ACTIVITIES, ACTIVITY_COLUMNS, where="lower(name) = lower(?)", params=(name,)
    )
    return found[0] if found else None


def insert_activity(store: Store, values: Mapping[str, Any]) -> int:
    # activities keep no updated_at: only created_at is stamped
    row = {**values, "created_at": now_iso()}
    return records.insert(store, ACTIVITIES, (*ACTIVITY_COLUMNS, "created_at"), row, stamps=False)


def update_activity(store: Store, activity_id: int, values: Mapping[str, Any]) -> None:
    records.update(store, ACTIVITIES, activity_id, ACTIVITY_COLUMNS, values, stamps=False)


def delete_activity(store: Store, activity_id: int) -> None:
    store.execute("DELETE FROM activities WHERE id = ?", (activity_id,))


def next_activity_position(store: Store) -> int:
    return int(store.scalar("SELECT coalesce(max(position), -1) + 1 FROM activities"))


def activity_usage(store: Store, activity_id: int) -> dict[str, int]:
    """How many goals and pledges name this activity (they block a delete)."""
    return {
        table: int(
            store.scalar(f"SELECT count(*) FROM {table} WHERE activity_id = ?", (activity_id,))
        )
        for table in (GOALS, PLEDGES)
    }


# Goals and pledges of the current cycle's endorsements (earlier cycles' stay in the file).
IN_CURRENT_CYCLE = (
    "endorsement_id IN (SELECT e.id FROM endorsements e JOIN races r ON r.id = e.race_id "
    f"WHERE r.cycle_id = {CURRENT})"
)


# ----- goals -----------------------------------------------------------------------------------
def goal_rows(store: Store, endorsement_id: int | None = None) -> list[sqlite3.Row]:
    if endorsement_id is None:
        return records.select(
            store, GOALS, GOAL_COLUMNS, where=IN_CURRENT_CYCLE, order_by="endorsement_id, id"
        )
    return records.select(
        store, GOALS, GOAL_COLUMNS, where="endorsement_id = ?", params=(endorsement_id,)
    )


def goal_by_id(store: Store, goal_id: int) -> sqlite3.Row | None:
    return records.select_one(store, GOALS, GOAL_COLUMNS, "id = ?", (goal_id,))


def goal_for(store: Store, endorsement_id: int, activity_id: int) -> sqlite3.Row | None:
    found = records.select(
        store,
        GOALS,
        GOAL_COLUMNS,
        where="endorsement_id = ? AND activity_id = ?",
        params=(endorsement_id, activity_id),
    )
    return found[0] if found else None


def insert_goal(store: Store, values: Mapping[str, Any]) -> int:
    return records.insert(store, GOALS, GOAL_COLUMNS, values)


def update_goal(store: Store, goal_id: int, values: Mapping[str, Any]) -> None:
    records.update(store, GOALS, goal_id, GOAL_COLUMNS, values)


def delete_goal(store: Store, goal_id: int) -> None:
    store.execute("DELETE FROM goals WHERE id = ?", (goal_id,))


# ----- pledges ---------------------------------------------------------------------------------
def pledge_rows(store: Store, endorsement_id: int | None = None) -> list[sqlite3.Row]:
    if endorsement_id is None:
        return records.select(store, PLEDGES, PLEDGE_COLUMNS, where=IN_CURRENT_CYCLE)
    return records.select(
        store, PLEDGES, PLEDGE_COLUMNS, where="endorsement_id = ?", params=(endorsement_id,)
    )


def pledges_by_ids(store: Store, ids: Sequence[int]) -> list[sqlite3.Row]:
    found: list[sqlite3.Row] = []
    for part in _slices(list(ids)):
        found += records.select(
            store, PLEDGES, PLEDGE_COLUMNS, where=f"id IN ({_marks(len(part))})", params=part
        )
    return found


def insert_pledge(store: Store, values: Mapping[str, Any]) -> int:
    """Insert one pledge; values may carry an id (undo puts a pledge back as it was)."""
    return records.insert(store, PLEDGES, PLEDGE_COLUMNS, values)


def insert_pledges(store: Store, rows: Sequence[Mapping[str, Any]]) -> None:
    """Many pledges at once (the sample group's 20,000): one prepared statement."""
    stamp = now_iso()
    names = ", ".join(PLEDGE_COLUMNS)
    marks = ", ".join(f":{name}" for name in PLEDGE_COLUMNS)
    store.conn.executemany(
        f"INSERT INTO pledges ({names}, created_at, updated_at) VALUES ({marks}, :_s, :_s)",
        ({**row, "_s": stamp} for row in rows),
    )


def update_pledge(store: Store, pledge_id: int, values: Mapping[str, Any]) -> None:
    records.update(store, PLEDGES, pledge_id, PLEDGE_COLUMNS, values)


def set_statuses(store: Store, statuses: Mapping[int, str]) -> None:
    stamp = now_iso()
    store.conn.executemany(
        "UPDATE pledges SET status = ?, updated_at = ? WHERE id = ?",
        ((status, stamp, pledge_id) for pledge_id, status in statuses.items()),
    )


def delete_pledges(store: Store, ids: Sequence[int]) -> None:
    for part in _slices(list(ids)):
        store.execute(f"DELETE FROM pledges WHERE id IN ({_marks(len(part))})", part)


def listing(store: Store, endorsement_id: int | None = None) -> list[PledgeListing]:
    """The pledges as `PledgeListing` tuples, oldest first.

    No sqlite3.Row: 20,000 of these are read each time a table opens (SPEC P-5), and the table
    keeps them while it is open (SPEC P-6). SQLite hands back a new object for every value, so
    20,000 rows would hold 20,000 copies of "pledged", of the same few dates and units and of each
    member's id: rows share one copy of each instead (5 MB less at SPEC scale). The rows are
    built as the cursor steps, so the unshared copies never all exist at once either.
    """
    sql = f"SELECT {', '.join(LISTING_COLUMNS)} FROM pledges"
    params: tuple[Any, ...] = ()
    if endorsement_id is not None:
        sql += " WHERE endorsement_id = ?"
        params = (endorsement_id,)
    else:
        sql += f" WHERE {IN_CURRENT_CYCLE}"
    cursor = store.conn.cursor()
    cursor.row_factory = None
    shared: dict[Any, Any] = {}
    one = shared.setdefault  # one copy of each repeated value
    make = PledgeListing._make
    return [
        make(
            (
                i,
                one(m, m),
                e,
                a,
                q,
                one(u, u),
                one(p, p),
                one(d, d),
                one(s, s),
                one(n, n),
                one(o, o),
            )
        )
        for (i, m, e, a, q, u, p, d, s, n, o) in cursor.execute(sql + " ORDER BY id", params)
    ]


# ----- the pledges table, read a page at a time (SPEC P-5) --------------------------------------
def pledge_columns(
    store: Store, expressions: Sequence[str], endorsement_id: int | None = None
) -> list[list[Any]]:
    """Each of these SQL expressions over the current cycle's pledges (or one endorsement's;
    the expressions come from this package, never from a user), as one list per expression, the
    pledges in the order of their ids: a plain scan, no sort."""
    where, params = (
        (IN_CURRENT_CYCLE, ())
        if endorsement_id is None
        else (
            "endorsement_id = ?",
            (endorsement_id,),
        )
    )
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(
        f"SELECT {', '.join(expressions)} FROM pledges WHERE {where} ORDER BY id", params
    ).fetchall()
    if not found:
        return [[] for _ in expressions]
    return [list(column) for column in zip(*found, strict=True)]


def pledges_by_member(store: Store) -> tuple[list[int], list[int]]:
    """(member ids, pledge ids) of every pledge, by member id then pledge id: read from the
    pledges_member index alone, not the table (the pledges table opens on these, SPEC P-5)."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(
        "SELECT member_id, id FROM pledges INDEXED BY pledges_member ORDER BY member_id, id"
    ).fetchall()
    if not found:
        return [], []
    members, ids = zip(*found, strict=True)
    return list(members), list(ids)


def pledge_count(store: Store) -> int:
    """How many pledges the current cycle has."""
    return int(store.scalar(f"SELECT count(*) FROM pledges WHERE {IN_CURRENT_CYCLE}"))


def pledge_ids_where(
    store: Store,
    endorsement_id: int | None = None,
    activity_id: int | None = None,
    statuses: Collection[str] | None = None,
) -> set[int]:
    """The ids of the current cycle's pledges for this endorsement, activity and statuses (None:
    any)."""
    conditions = [IN_CURRENT_CYCLE]
    params: list[Any] = []
    for column, wanted in (("endorsement_id", endorsement_id), ("activity_id", activity_id)):
        if wanted is not None:
            conditions.append(f"{column} = ?")
            params.append(wanted)
    if statuses is not None:
        conditions.append(f"status IN ({_marks(len(statuses))})")
        params += sorted(statuses)
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(
        f"SELECT id FROM pledges WHERE {' AND '.join(conditions)}", params
    ).fetchall()
    return set(map(itemgetter(0), found))


def listing_by_ids(store: Store, ids: Sequence[int]) -> list[PledgeListing]:
    """These pledges as `PledgeListing` tuples (any order): a page of the pledges table."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    make = PledgeListing._make
    found: list[PledgeListing] = []
    for part in _slices(list(ids)):
        sql = f"SELECT {', '.join(LISTING_COLUMNS)} FROM pledges WHERE id IN ({_marks(len(part))})"
        found += map(make, cursor.execute(sql, part))
    return found


def member_names(store: Store) -> list[tuple[int, str | None]]:
    """(id, name) of every member (any order: `members.ids_in_name_order` orders them); the
    email stands in only for a member with no name."""
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: 5,000 members are read each time a table opens
    return cursor.execute(
        "SELECT id, coalesce(nullif(trim(first_name || ' ' || last_name), ''), email) FROM members"
    ).fetchall()


def present_at_latest_meeting(store: Store) -> list[sqlite3.Row]:
    """First and last names of the members checked in at the most recent meeting."""
    return store.rows(
        """
        SELECT m.first_name, m.last_name FROM attendance AS a
        JOIN members AS m ON m.id = a.member_id
        WHERE a.meeting_id = (SELECT id FROM meetings ORDER BY held_on DESC, id DESC LIMIT 1)
        ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE
        """
    )


# ----- the commitment report -------------------------------------------------------------------
def report_rows(store: Store) -> list[tuple[Any, ...]]:
    """Every pledge of the current cycle as plain tuples (endorsement id, member id, pledge id,
    activity id, quantity, unit, status, due on, notes): the commitment report's one read of
    the 20,000 pledges of a large group. A scan of the table in its own order, not by the
    endorsement index: reading every row, the index only adds a lookup per row (60 → 130 ms)."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(
        "SELECT endorsement_id, member_id, id, activity_id, quantity, unit, status, due_on, notes"
        f" FROM pledges NOT INDEXED WHERE {IN_CURRENT_CYCLE}"
    ).fetchall()


def member_contacts(store: Store) -> dict[int, tuple[str, str]]:
    """Member id → (phone, email), "" for none: what the report prints under a member's name."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute("SELECT id, phone, coalesce(email, '') FROM members")
    return {member_id: (phone or "", email) for member_id, phone, email in found}
