"""Endorsements (SPEC F-6): the group's decision for a candidate, from a vote or made elsewhere.

Status changes (active → conditional → rescinded …) are kept in the audit log with their reason.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from endorse_desktop.core.errors import InvalidInputError

from .clock import today_iso
from .races import Candidate, get_candidate, get_race, update_candidate
from .record_changes import record_or_none, refuse_unless_one_of
from .store import Store, audit, records
from .store import endorsements as repo

STATUSES = ("active", "conditional", "rescinded")


class EndorsementError(InvalidInputError):
    pass


@dataclass(frozen=True)
class Endorsement:
    race_id: int
    candidate_id: int
    endorsed_on: str
    vote_id: int | None = None
    vote_summary: str = ""
    status: str = "active"
    condition_text: str = ""
    rescinded_reason: str = ""
    announcement: str = ""
    id: int | None = None
    announcement_es: str = ""  # the group's Spanish release; "" not written yet


def _from_row(row: Any) -> Endorsement:
    return Endorsement(**dict(row))


def list_endorsements(store: Store, include_rescinded: bool = True) -> list[Endorsement]:
    found = [_from_row(row) for row in repo.all_rows(store)]
    return [e for e in found if include_rescinded or e.status != "rescinded"]


def get_endorsement(store: Store, endorsement_id: int) -> Endorsement | None:
    return record_or_none(_from_row, repo.by_id(store, endorsement_id))


def endorsements_for_race(store: Store, race_id: int) -> list[Endorsement]:
    return [_from_row(row) for row in repo.for_race(store, race_id)]


def describe(store: Store, endorsement: Endorsement) -> str:
    """ "Ana Núñez — Mayor", for lists, sheets and reports."""
    candidate = get_candidate(store, endorsement.candidate_id)
    race = get_race(store, endorsement.race_id)
    return f"{candidate.name if candidate else '?'} — {race.title if race else '?'}"


def _check_status(status: str, condition_text: str, rescinded_reason: str) -> None:
    refuse_unless_one_of(status, STATUSES, "status", EndorsementError)
    if status == "conditional" and not condition_text.strip():
        raise EndorsementError(
            "a conditional endorsement needs its condition written down",
            es="un respaldo condicional necesita que se escriba su condición",
        )
    if status == "rescinded" and not rescinded_reason.strip():
        raise EndorsementError(
            "say why the endorsement is rescinded", es="diga por qué se retira el respaldo"
        )


def add_endorsement(store: Store, endorsement: Endorsement) -> Endorsement:
    """Record an endorsement and mark the candidate endorsed, in one transaction."""
    candidate = get_candidate(store, endorsement.candidate_id)
    if candidate is None or candidate.race_id != endorsement.race_id:
        raise EndorsementError(
            "that candidate is not in that race", es="ese candidato no está en esa contienda"
        )
    endorsement = replace(endorsement, endorsed_on=endorsement.endorsed_on or today_iso())
    _check_status(endorsement.status, endorsement.condition_text, endorsement.rescinded_reason)
    data = asdict(endorsement)
    data.pop("id")
    with store.transaction():
        new_id = records.insert(store, repo.TABLE, repo.COLUMNS, data)
        audit.record(
            store,
            "endorsements",
            new_id,
            "create",
            new_value=f"{candidate.name}: {endorsement.status}",
            reason=endorsement.vote_summary,
        )
        if candidate.status != "endorsed" and endorsement.status != "rescinded":
            update_candidate(store, replace(candidate, status="endorsed"))
    return replace(endorsement, id=new_id)


def set_status(
    store: Store,
    endorsement_id: int,
    status: str,
    *,
    condition_text: str = "",
    reason: str = "",
) -> Endorsement:
    """Change an endorsement's status; the change and its reason go into the audit log.
    Returns the endorsement as it was."""
    before = get_endorsement(store, endorsement_id)
    if before is None:
        raise EndorsementError("this endorsement no longer exists", es="este respaldo ya no existe")
    after = replace(
        before,
        status=status,
        condition_text=condition_text.strip() if status == "conditional" else before.condition_text,
        rescinded_reason=reason.strip() if status == "rescinded" else before.rescinded_reason,
    )
    _check_status(after.status, after.condition_text, after.rescinded_reason)
    with store.transaction():
        records.update(store, repo.TABLE, endorsement_id, repo.COLUMNS, asdict(after))
        audit.record(
            store,
            "endorsements",
            endorsement_id,
            "status",
            field="status",
            old_value=before.status,
            new_value=status,
            reason=reason or condition_text,
        )
        if status == "rescinded":
            candidate = get_candidate(store, before.candidate_id)
            if candidate is not None and candidate.status == "endorsed":
                update_candidate(store, replace(candidate, status="not_endorsed"))
    return before


def set_announcement(store: Store, endorsement_id: int, text: str, *, spanish: bool = False) -> str:
    """Save the press-release draft (its Spanish version with `spanish`); returns the previous
    text (for undo)."""
    before = get_endorsement(store, endorsement_id)
    if before is None:
        raise EndorsementError("this endorsement no longer exists", es="este respaldo ya no existe")
    column = "announcement_es" if spanish else "announcement"
    with store.transaction():
        records.update(store, repo.TABLE, endorsement_id, (column,), {column: text})
    return before.announcement_es if spanish else before.announcement


def remove_endorsement(store: Store, endorsement_id: int, candidate_before: Candidate) -> None:
    """Take back an endorsement added by mistake (undo of a hand-added one).

    Only an endorsement that nothing hangs on yet can go; the candidate gets back the status they
    had before (`candidate_before`). Decided votes are never undone this way: rescind instead.
    """
    endorsement = get_endorsement(store, endorsement_id)
    if endorsement is None:
        return
    if endorsement.vote_id is not None:
        raise EndorsementError(
            "an endorsement decided by a vote is rescinded, not removed",
            es="un respaldo decidido por votación se retira, no se elimina",
        )
    used = {name: n for name, n in repo.usage(store, endorsement_id).items() if n}
    if used:
        what = ", ".join(f"{n} {name}" for name, n in used.items())
        raise EndorsementError(
            f"this endorsement already has {what}; rescind it instead",
            es=f"este respaldo ya tiene {what}; retírelo en su lugar",
        )
    with store.transaction():
        repo.delete(store, endorsement_id)
        audit.record(store, "endorsements", endorsement_id, "delete", reason="undone")
        update_candidate(store, candidate_before)


def restore_endorsement(store: Store, endorsement: Endorsement) -> Endorsement:
    """Put back an endorsement taken back by `remove_endorsement`, with its old id (redo)."""
    candidate = get_candidate(store, endorsement.candidate_id)
    if candidate is None or endorsement.id is None:
        raise EndorsementError(
            "that candidate is no longer in the race", es="ese candidato ya no está en la contienda"
        )
    with store.transaction():
        records.insert(store, repo.TABLE, repo.COLUMNS, asdict(endorsement))
        audit.record(store, "endorsements", endorsement.id, "restore", reason="redone")
        if candidate.status != "endorsed" and endorsement.status != "rescinded":
            update_candidate(store, replace(candidate, status="endorsed"))
    return endorsement
