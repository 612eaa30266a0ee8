"""`export csv`: one spreadsheet-safe CSV per table a group works with (SPEC §6)."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.commitments.pledges import pledge_table
from endorse_desktop.core.members import list_members
from endorse_desktop.core.races import list_races
from endorse_desktop.core.scorecards import load_scorecard
from endorse_desktop.core.scoring import rating_label
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import members as members_repo
from endorse_desktop.core.values import list_values
from endorse_desktop.exports import votes_csv
from endorse_desktop.exports.csv_files import write_csv

# The roster's own columns, in the table's order (a spreadsheet user sees what Datasette shows).
MEMBER_HEADER = members_repo.COLUMNS


def write_members_csv(store: Store, path: Path) -> int:
    rows = (
        tuple(getattr(member, column) for column in MEMBER_HEADER) for member in list_members(store)
    )
    return write_csv(path, MEMBER_HEADER, rows)


RATING_HEADER = (
    "race",
    "candidate",
    "value",
    "weight",
    "rating",
    "rating_label",
    "evidence",
    "source",
)


def write_ratings_csv(store: Store, path: Path) -> int:
    """Every current candidate against every value, Unknown cells included: the whole grid."""
    values = list_values(store)
    rows = []
    for race in list_races(store):
        assert race.id is not None
        card = load_scorecard(store, race.id, values)
        for candidate in card.candidates:
            for value in values:
                cell = card.rating(candidate, value)
                rows.append(
                    (
                        race.title,
                        candidate.name,
                        value.title,
                        value.weight,
                        cell.rating,
                        rating_label(cell.rating),
                        cell.evidence,
                        cell.source,
                    )
                )
    return write_csv(path, RATING_HEADER, rows)


COMMITMENT_HEADER = (
    "pledge_id",
    "endorsement",
    "member_id",
    "member_name",
    "activity",
    "category",
    "quantity",
    "unit",
    "status",
    "pledged_on",
    "due_on",
    "due_by",
    "overdue",
    "source",
    "notes",
)


def write_commitments_csv(store: Store, path: Path) -> int:
    """Every pledge with the member's name (contact details stay in members.csv)."""
    table = pledge_table(store)
    rows = (
        (
            r.id,
            table.endorsement_label(r),
            r.member_id,
            table.member_name(r),
            table.activity_name(r),
            table.category(r),
            r.quantity,
            r.unit,
            r.status,
            r.pledged_on,
            r.due_on,
            table.due(r),
            table.overdue(r),
            r.source,
            r.notes,
        )
        for r in table.rows
    )
    return write_csv(path, COMMITMENT_HEADER, rows)


TABLES = (
    ("members.csv", write_members_csv),
    ("ratings.csv", write_ratings_csv),
    ("votes.csv", votes_csv.write_votes_csv),
    ("commitments.csv", write_commitments_csv),
)


def write_all_tables(store: Store, folder: Path) -> list[Path]:
    written = []
    for name, write in TABLES:
        path = folder / name
        write(store, path)
        written.append(path)
    return written
