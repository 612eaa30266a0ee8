"""The members roster (SPEC F-2): who belongs to the group and who may vote.

Every change is committed when it is made. Functions return what the UI needs to undo them:
`update_member` returns the member as it was, `delete_member` the member that was removed (give it
back to `restore_member`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from .store import Store, audit
from .store import members as repo

ELIGIBILITY_REASONS = ("dues", "attendance", "waiting period", "other")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MemberError(ValueError):
    """A member change that cannot be made; the message says why, in one line."""


@dataclass(frozen=True)
class Member:
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str = ""
    postal_code: str = ""
    eligible: bool = True
    eligibility_reason: str = ""
    joined_on: str | None = None
    notes: str = ""
    archived: bool = False
    id: int | None = None

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or (self.email or "")

    @property
    def sort_name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip().casefold()


def normalise_email(email: str | None) -> str | None:
    cleaned = (email or "").strip()
    return cleaned or None


def email_key(email: str | None) -> str | None:
    """Members are the same person when their emails match ignoring case."""
    cleaned = normalise_email(email)
    return cleaned.lower() if cleaned else None


def clean(member: Member) -> Member:
    """Trim what people type or paste, and check the member can be stored."""
    cleaned = replace(
        member,
        first_name=member.first_name.strip(),
        last_name=member.last_name.strip(),
        email=normalise_email(member.email),
        phone=member.phone.strip(),
        postal_code=member.postal_code.strip(),
        eligibility_reason=member.eligibility_reason.strip(),
        joined_on=(member.joined_on or "").strip() or None,
        notes=member.notes.strip(),
    )
    if not (cleaned.first_name or cleaned.last_name or cleaned.email):
        raise MemberError("a member needs a name or an email")
    if cleaned.email and not _EMAIL.match(cleaned.email):
        raise MemberError(f"{cleaned.email!r} does not look like an email address")
    if cleaned.joined_on and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned.joined_on):
        raise MemberError(f"joined date {cleaned.joined_on!r} should look like 2026-03-14")
    return cleaned


def _from_row(row: Any) -> Member:
    data = dict(row)
    data["eligible"] = bool(data["eligible"])
    data["archived"] = bool(data["archived"])
    return Member(**data)


def _to_values(member: Member) -> dict[str, Any]:
    values = asdict(member)
    values["eligible"] = int(member.eligible)
    values["archived"] = int(member.archived)
    if member.id is None:
        values.pop("id")
    return values


def list_members(store: Store) -> list[Member]:
    return [_from_row(row) for row in repo.all_rows(store)]


def get_member(store: Store, member_id: int) -> Member | None:
    row = repo.by_id(store, member_id)
    return None if row is None else _from_row(row)


def find_by_email(store: Store, email: str) -> Member | None:
    row = repo.by_email(store, email)
    return None if row is None else _from_row(row)


def _check_email_free(store: Store, member: Member) -> None:
    if member.email:
        other = find_by_email(store, member.email)
        if other is not None and other.id != member.id:
            raise MemberError(f"{member.email} already belongs to {other.display_name}")


def add_member(store: Store, member: Member) -> Member:
    member = clean(member)
    _check_email_free(store, member)
    with store.transaction():
        new_id = repo.insert(store, _to_values(member))
    return replace(member, id=new_id)


def update_member(store: Store, member: Member) -> Member:
    """Save changes to an existing member; returns the member as it was before."""
    if member.id is None:
        raise MemberError("cannot update a member that was never saved")
    before = get_member(store, member.id)
    if before is None:
        raise MemberError("this member no longer exists")
    member = clean(member)
    _check_email_free(store, member)
    with store.transaction():
        repo.update(store, member.id, _to_values(member))
    return before


def delete_member(store: Store, member_id: int) -> Member:
    """Remove a member who has no attendance, pledges or recusals; returns them for undo."""
    member = get_member(store, member_id)
    if member is None:
        raise MemberError("this member no longer exists")
    used = {name: n for name, n in repo.references(store, member_id).items() if n}
    if used:
        what = ", ".join(f"{n} {name}" for name, n in used.items())
        raise MemberError(
            f"{member.display_name} is part of the group's records ({what}); "
            "archive them instead of deleting"
        )
    with store.transaction():
        repo.delete(store, member_id)
        # the name only: contact details never go into the log
        audit.record(store, "members", member_id, "delete", old_value=member.display_name)
    return member


def restore_member(store: Store, member: Member) -> Member:
    """Put back a deleted member with the same id (undo of delete)."""
    _check_email_free(store, member)
    with store.transaction():
        repo.insert(store, _to_values(member))
    return member


def count_members(store: Store) -> int:
    return repo.count(store)
