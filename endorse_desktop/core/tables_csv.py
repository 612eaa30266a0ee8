"""`export csv`: one spreadsheet-safe CSV per table a group works with (SPEC §6)."""

from __future__ import annotations

from pathlib import Path

from .csv_export import write_csv
from .members import list_members
from .store import Store

MEMBER_HEADER = (
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


def write_members_csv(store: Store, path: Path) -> int:
    rows = (
        (
            m.id,
            m.first_name,
            m.last_name,
            m.email,
            m.phone,
            m.postal_code,
            m.eligible,
            m.eligibility_reason,
            m.joined_on,
            m.notes,
            m.archived,
        )
        for m in list_members(store)
    )
    return write_csv(path, MEMBER_HEADER, rows)


def write_all_tables(store: Store, folder: Path) -> list[Path]:
    written = []
    members = folder / "members.csv"
    write_members_csv(store, members)
    written.append(members)
    from .votes_csv import write_votes_csv

    votes = folder / "votes.csv"
    write_votes_csv(store, votes)
    written.append(votes)
    return written
