"""SQL for the single row of group settings."""

from __future__ import annotations

from typing import Any

from ..clock import now_iso
from .database import Store

FIELDS = (
    "name",
    "cycle",
    "page_size",
    "threshold_fraction",
    "threshold_comparison",
    "base",
    "quorum",
    "no_endorsement_option",
    "policy",
    "independent_expenditures",
    "signup_ask",
    "signup_ask_es",
)


def load(store: Store) -> dict[str, Any] | None:
    row = store.row(f"SELECT {', '.join(FIELDS)} FROM group_settings WHERE id = 1")
    return None if row is None else dict(row)


def save(store: Store, values: dict[str, Any]) -> None:
    stamp = now_iso()
    columns = ", ".join(FIELDS)
    marks = ", ".join(f":{field}" for field in FIELDS)
    updates = ", ".join(f"{field} = excluded.{field}" for field in FIELDS)
    with store.transaction() as conn:
        conn.execute(
            f"INSERT INTO group_settings (id, {columns}, created_at, updated_at) "
            f"VALUES (1, {marks}, :stamp, :stamp) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = :stamp",
            {**{field: values[field] for field in FIELDS}, "stamp": stamp},
        )
