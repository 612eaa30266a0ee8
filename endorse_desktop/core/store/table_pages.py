"""SQL for the tables that read a page of rows at a time (SPEC P-5, issue 17).

The Pledges table opens on the current cycle's pledges in roster order without reading them all:
how many pledges each member has (from the member index alone) says on which rows each member's
pledges fall, and a page is then read for the few members whose pledges it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from .commitments import IN_CURRENT_CYCLE
from .cycles import CURRENT
from .database import Store

# Pledges of the other endorsements (earlier cycles'): a few endorsements, found through their
# index; exactly the pledges IN_CURRENT_CYCLE leaves out.
_NOT_IN_CURRENT_CYCLE = (
    "endorsement_id IN (SELECT id FROM endorsements WHERE id NOT IN (SELECT e.id FROM "
    f"endorsements e JOIN races r ON r.id = e.race_id WHERE r.cycle_id = {CURRENT}))"
)
# SQLite allows 32,766 parameters; a page's members are far fewer.
_SLICE = 900


def pledge_counts_by_member(store: Store) -> dict[int, int]:
    """Member id → how many pledges of the current cycle they made (members with none left out).

    Every pledge counted from the member index alone (no table row read), less the earlier
    cycles' pledges found through the endorsement index: a few milliseconds for 20,000 pledges,
    where a GROUP BY over the current cycle's pledges reads every row.
    """
    cursor = store.conn.cursor()
    cursor.row_factory = None
    counts = dict(
        cursor.execute(
            "SELECT member_id, count(*) FROM pledges INDEXED BY pledges_member GROUP BY member_id"
        ).fetchall()
    )
    for member_id, earlier in cursor.execute(
        f"SELECT member_id, count(*) FROM pledges WHERE {_NOT_IN_CURRENT_CYCLE} GROUP BY member_id"
    ).fetchall():
        left = counts[member_id] - earlier
        if left:
            counts[member_id] = left
        else:
            del counts[member_id]
    return counts


def pledge_ids_outside_current_cycle(store: Store) -> set[int]:
    """The ids of the pledges IN_CURRENT_CYCLE leaves out (earlier cycles'): read through the
    endorsement index, not a scan of every pledge of the current cycle."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(f"SELECT id FROM pledges WHERE {_NOT_IN_CURRENT_CYCLE}").fetchall()
    return {pledge_id for (pledge_id,) in found}


def pledge_column_every_cycle(store: Store, name: str) -> list[Any]:
    """One of the pledges' columns (named by this package, never by a user) for every pledge of
    every cycle, in the order of their ids: one scan of the table in its own order, four times
    quicker than the current cycle's alone through the endorsement index and a sort."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return list(map(itemgetter(0), cursor.execute(f"SELECT {name} FROM pledges ORDER BY id")))


def pledge_ids_of_members(store: Store, member_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(member id, pledge id) of these members' current-cycle pledges, by member id then id."""
    return _by_slices(
        store,
        "SELECT member_id, id FROM pledges INDEXED BY pledges_member "
        f"WHERE member_id IN ({{marks}}) AND {IN_CURRENT_CYCLE} ORDER BY member_id, id",
        member_ids,
    )


# The name the pledges table shows for a member (as commitments.member_names reads them).
_MEMBER_NAME = "coalesce(nullif(trim(first_name || ' ' || last_name), ''), email)"


def member_names_of(store: Store, member_ids: Sequence[int]) -> list[tuple[int, str | None]]:
    """(id, name) of these members (any order): the names on one page of the pledges table."""
    return _by_slices(
        store, f"SELECT id, {_MEMBER_NAME} FROM members WHERE id IN ({{marks}})", member_ids
    )


def _by_slices(store: Store, sql: str, ids: Sequence[int]) -> list[Any]:
    """The rows of `sql` for every id, as plain tuples: `{marks}` in it stands for a slice of
    them (SQLite takes a bounded number of parameters)."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    found: list[Any] = []
    for start in range(0, len(ids), _SLICE):
        part = ids[start : start + _SLICE]
        found += cursor.execute(sql.format(marks=", ".join("?" * len(part))), part).fetchall()
    return found


def roster_names_as_text(store: Store) -> tuple[int, str, str, str]:
    """The roster's names as the tables order them: how many members, then their ids (commas
    between), last names and first names (NULs between). A few strings, not a Python object per
    member and column: the tables sort 5,000 names on these at once (SPEC P-5).

    In the members_name index's order (by last name, then first, as stored), read from the index
    alone: no sort in SQLite (a NOCASE ORDER BY doubles the read) and no table row (the flags
    each member's row holds cost as much again: `roster_flags`), and the tables' own
    accent-aware sort is quick on rows that come nearly in order."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    # The group_concats of one query see the same rows in the same order: the texts line up.
    found = cursor.execute(
        "SELECT count(*), group_concat(id), group_concat(last_name, char(0)), "
        "group_concat(first_name, char(0)) FROM (SELECT id, last_name, first_name "
        "FROM members ORDER BY last_name, first_name, id)"
    ).fetchone()
    count, *texts = found
    return (count, *(text or "" for text in texts))  # type: ignore[return-value]


def roster_flags(store: Store) -> tuple[set[int], set[int]]:
    """The ids of the archived members and of the members not eligible to vote (a few, in one
    pass over the table)."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    archived, not_eligible = cursor.execute(
        "SELECT group_concat(CASE WHEN archived THEN id END), "
        "group_concat(CASE WHEN eligible THEN NULL ELSE id END) FROM members"
    ).fetchone()
    return _id_set(archived), _id_set(not_eligible)


def _id_set(text: str | None) -> set[int]:
    return set(map(int, text.split(","))) if text else set()


def endorsements_labelled(store: Store) -> list[tuple[int, str | None, str | None, str, Any, str]]:
    """(id, candidate's name, race's office, race's district, race's election day, status) of
    the current cycle's endorsements, in `endorsements.all_rows`' order (None where a candidate
    or race is missing): what the tables label and date their rows by, in one query rather than
    three small ones an endorsement."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(
        "SELECT e.id, c.name, r.office, coalesce(r.district, ''), r.election_date, e.status "
        "FROM endorsements e LEFT JOIN candidates c ON c.id = e.candidate_id "
        "LEFT JOIN races r ON r.id = e.race_id "
        f"WHERE e.race_id IN (SELECT id FROM races WHERE cycle_id = {CURRENT}) "
        "ORDER BY e.endorsed_on, e.id"
    ).fetchall()


def members_named_before(store: Store, letter: str) -> list[tuple[int, str, str]]:
    """(id, last name, first name) of every member whose last name's key (`names.name_key`) can
    sort before `letter` (an ASCII letter in lower case, past "a"): those whose last name does
    not begin with that letter or a later one, in either case (a name beginning with a digit, a
    mark or a letter outside ASCII may fold to anything). Read from the name index alone, and
    for the first letters a small part of the roster: the start of the name order without
    every name."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(
        "SELECT id, last_name, first_name FROM members "
        "WHERE last_name < ? OR (last_name >= '[' AND last_name < ?) OR last_name >= '{'",
        (letter.upper(), letter),
    ).fetchall()


def pledge_count(store: Store) -> int:
    """How many pledges of the current cycle there are: every pledge counted (a count SQLite
    keeps cheap), less the earlier cycles' found through the endorsement index."""
    return int(
        store.scalar(
            "SELECT (SELECT count(*) FROM pledges) - "
            f"(SELECT count(*) FROM pledges WHERE {_NOT_IN_CURRENT_CYCLE})"
        )
    )


def pledges_of_members_gone(store: Store) -> bool:
    """Whether a pledge's member is gone from the roster (never, while the file's foreign keys
    hold): each member with pledges looked up once, from the member index alone."""
    return bool(
        store.scalar(
            "SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT member_id FROM pledges INDEXED BY "
            "pledges_member) WHERE member_id NOT IN (SELECT id FROM members))"
        )
    )
