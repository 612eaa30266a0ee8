"""Insert, update and read rows of the plain entity tables, one shape for all of them.

Entity modules name their table and columns; these helpers build the SQL (from those fixed names,
never from user input) and stamp created_at/updated_at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from ..clock import now_iso
from .database import Store


def insert(
    store: Store,
    table: str,
    columns: Sequence[str],
    values: Mapping[str, Any],
    *,
    stamps: bool = True,
) -> int:
    """Insert the given columns (an "id" in values puts a row back under its old id: undo)."""
    fields = [name for name in ("id", *columns) if name in values]
    params = {name: values[name] for name in fields}
    names = list(fields)
    if stamps:
        params["_stamp"] = now_iso()
        names_sql = ", ".join([*names, "created_at", "updated_at"])
        marks = ", ".join([*(f":{n}" for n in names), ":_stamp", ":_stamp"])
    else:
        names_sql = ", ".join(names)
        marks = ", ".join(f":{n}" for n in names)
    cursor = store.execute(f"INSERT INTO {table} ({names_sql}) VALUES ({marks})", params)
    return int(values.get("id") or cursor.lastrowid or 0)


def update(
    store: Store,
    table: str,
    row_id: int,
    columns: Sequence[str],
    values: Mapping[str, Any],
    *,
    stamps: bool = True,
) -> None:
    fields = [name for name in columns if name in values and name != "id"]
    sets = [f"{name} = :{name}" for name in fields]
    params: dict[str, Any] = {name: values[name] for name in fields}
    if stamps:
        sets.append("updated_at = :_stamp")
        params["_stamp"] = now_iso()
    params["_id"] = row_id
    store.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE id = :_id", params)


def select(
    store: Store,
    table: str,
    columns: Sequence[str],
    *,
    where: str = "",
    params: Sequence[Any] | Mapping[str, Any] = (),
    order_by: str = "id",
) -> list[sqlite3.Row]:
    sql = f"SELECT id, {', '.join(columns)} FROM {table}"
    if where:
        sql += f" WHERE {where}"
    return store.rows(f"{sql} ORDER BY {order_by}", params)


def select_one(
    store: Store,
    table: str,
    columns: Sequence[str],
    where: str,
    params: Sequence[Any] | Mapping[str, Any],
) -> sqlite3.Row | None:
    """The one row `where` picks out (by id, by a unique title), or None."""
    found = select(store, table, columns, where=where, params=params)
    return found[0] if found else None
