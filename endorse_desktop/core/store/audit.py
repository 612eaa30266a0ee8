"""SQL for the audit log: what changed, when, from what to what, and why."""

from __future__ import annotations

import sqlite3

from ..clock import now_iso
from .database import Store


def record(
    store: Store,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    field: str | None = None,
    old_value: object = None,
    new_value: object = None,
    reason: str = "",
) -> None:
    """Add an entry; call inside the transaction that makes the change, so both land or neither."""
    store.execute(
        "INSERT INTO audit_log (at, entity, entity_id, action, field, old_value, new_value, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now_iso(),
            entity,
            entity_id,
            action,
            field,
            None if old_value is None else str(old_value),
            None if new_value is None else str(new_value),
            reason,
        ),
    )


def entries(
    store: Store, entity: str | None = None, entity_id: int | None = None
) -> list[sqlite3.Row]:
    sql = "SELECT * FROM audit_log"
    where: list[str] = []
    params: list[object] = []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return store.rows(sql + " ORDER BY id", params)
