"""The audit trail (SPEC §8): every change to a finalized round, an endorsement's status, or a
deletion is recorded with what, when, old → new and the reason given."""

from __future__ import annotations

from dataclasses import dataclass

from .store import Store
from .store import audit as repo


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    entity: str
    entity_id: int | None
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str


def audit_entries(
    store: Store, entity: str | None = None, entity_id: int | None = None
) -> list[AuditEntry]:
    return [AuditEntry(**dict(row)) for row in repo.entries(store, entity, entity_id)]


record = repo.record
