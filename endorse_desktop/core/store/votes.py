"""SQL for votes: their options, recusals, rounds, recorded totals, lots and ballot events.

`ballot_events` is append-only (triggers in the schema refuse UPDATE and DELETE, and refuse new
events in a finalized round unless they are amendments). No table here has a member column next to
a choice: recusals name members but no option, events name options but no member.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from ..clock import now_iso
from .database import Store

VOTE_COLUMNS = (
    "meeting_id",
    "race_id",
    "question",
    "method",
    "threshold_fraction",
    "threshold_comparison",
    "base",
    "quorum",
    "policy",
    "no_endorsement_option",
    "question_es",
)

# One statement for every keystroke: sqlite3 keeps it prepared in its statement cache.
INSERT_EVENT = (
    "INSERT INTO ballot_events "
    "(round_id, kind, option_id, ranking, tally, quantity, undoes, reason, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# ----- votes --------------------------------------------------------------------------------------
def insert_vote(store: Store, values: dict[str, Any]) -> int:
    names = ", ".join(VOTE_COLUMNS)
    marks = ", ".join(f":{name}" for name in VOTE_COLUMNS)
    cursor = store.execute(
        f"INSERT INTO votes ({names}, created_at) VALUES ({marks}, :created_at)",
        {**values, "created_at": now_iso()},
    )
    return int(cursor.lastrowid or 0)


def vote_row(store: Store, vote_id: int) -> sqlite3.Row | None:
    return store.row(
        "SELECT v.*, m.held_on AS meeting_held_on FROM votes v "
        "JOIN meetings m ON m.id = v.meeting_id WHERE v.id = ?",
        (vote_id,),
    )


def vote_ids(store: Store, meeting_id: int | None = None) -> list[int]:
    if meeting_id is None:
        return store.column("SELECT id FROM votes ORDER BY id")
    return store.column("SELECT id FROM votes WHERE meeting_id = ? ORDER BY id", (meeting_id,))


def set_vote_result(
    store: Store, vote_id: int, *, outcome: str | None, winner_option_id: int | None
) -> None:
    store.execute(
        "UPDATE votes SET outcome = ?, winner_option_id = ? WHERE id = ?",
        (outcome, winner_option_id, vote_id),
    )


def close_vote(store: Store, vote_id: int) -> None:
    store.execute(
        "UPDATE votes SET status = 'closed', closed_at = ? WHERE id = ?", (now_iso(), vote_id)
    )


def delete_vote(store: Store, vote_id: int) -> None:
    """Only for a vote with no events at all (set up by mistake): nothing counted is lost."""
    for table in ("round_options", "round_totals"):
        store.execute(
            f"DELETE FROM {table} WHERE round_id IN (SELECT id FROM rounds WHERE vote_id = ?)",
            (vote_id,),
        )
    store.execute("DELETE FROM rounds WHERE vote_id = ?", (vote_id,))
    store.execute("DELETE FROM votes WHERE id = ?", (vote_id,))


def delete_vote_round(store: Store, round_id: int) -> None:
    """Only for an open round with no events (opened, then the meeting stopped balloting)."""
    store.execute("DELETE FROM round_options WHERE round_id = ?", (round_id,))
    store.execute("DELETE FROM rounds WHERE id = ?", (round_id,))


def event_count_for_vote(store: Store, vote_id: int) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM ballot_events e JOIN rounds r ON r.id = e.round_id "
            "WHERE r.vote_id = ?",
            (vote_id,),
        )
    )


# ----- options and recusals ----------------------------------------------------------------------
def insert_option(
    store: Store, vote_id: int, key: int, *, candidate_id: int | None, label: str, is_ne: bool
) -> int:
    cursor = store.execute(
        "INSERT INTO vote_options (vote_id, key, candidate_id, label, is_no_endorsement) "
        "VALUES (?, ?, ?, ?, ?)",
        (vote_id, key, candidate_id, label, int(is_ne)),
    )
    return int(cursor.lastrowid or 0)


def option_rows(store: Store, vote_id: int) -> list[sqlite3.Row]:
    return store.rows("SELECT * FROM vote_options WHERE vote_id = ? ORDER BY key", (vote_id,))


def recused_ids(store: Store, vote_id: int) -> list[int]:
    return store.column(
        "SELECT member_id FROM recusals WHERE vote_id = ? ORDER BY member_id", (vote_id,)
    )


def recusal_reason(store: Store, vote_id: int, member_id: int) -> str | None:
    value = store.scalar(
        "SELECT reason FROM recusals WHERE vote_id = ? AND member_id = ?", (vote_id, member_id)
    )
    return None if value is None else str(value)


def add_recusal(store: Store, vote_id: int, member_id: int, reason: str) -> None:
    store.execute(
        "INSERT INTO recusals (vote_id, member_id, reason) VALUES (?, ?, ?)",
        (vote_id, member_id, reason),
    )


def remove_recusal(store: Store, vote_id: int, member_id: int) -> None:
    store.execute("DELETE FROM recusals WHERE vote_id = ? AND member_id = ?", (vote_id, member_id))


# ----- rounds -------------------------------------------------------------------------------------
def round_rows(store: Store, vote_id: int) -> list[sqlite3.Row]:
    return store.rows("SELECT * FROM rounds WHERE vote_id = ? ORDER BY number", (vote_id,))


def rounds_being_counted(store: Store) -> list[sqlite3.Row]:
    """Open rounds of open votes with at least one ballot or count in them: race id, number."""
    return store.rows(
        "SELECT v.race_id, r.number FROM rounds r JOIN votes v ON v.id = r.vote_id "
        "WHERE r.status = 'open' AND v.status = 'open' "
        "AND EXISTS (SELECT 1 FROM ballot_events e WHERE e.round_id = r.id) "
        "ORDER BY v.id, r.number"
    )


def round_row(store: Store, round_id: int) -> sqlite3.Row | None:
    return store.row("SELECT * FROM rounds WHERE id = ?", (round_id,))


def round_option_ids(store: Store, round_id: int) -> list[int]:
    return store.column(
        "SELECT ro.option_id FROM round_options ro JOIN vote_options o ON o.id = ro.option_id "
        "WHERE ro.round_id = ? ORDER BY o.key",
        (round_id,),
    )


def insert_round(store: Store, vote_id: int, number: int, option_ids: Iterable[int]) -> int:
    cursor = store.execute(
        "INSERT INTO rounds (vote_id, number, opened_at) VALUES (?, ?, ?)",
        (vote_id, number, now_iso()),
    )
    round_id = int(cursor.lastrowid or 0)
    store.conn.executemany(
        "INSERT INTO round_options (round_id, option_id) VALUES (?, ?)",
        [(round_id, option_id) for option_id in option_ids],
    )
    return round_id


def record_round_result(
    store: Store,
    round_id: int,
    *,
    present: int | None,
    eligible: int | None,
    recused: int,
    abstain: int,
    spoiled: int,
    result_json: str,
    totals: dict[int, int],
    finalize: bool,
) -> None:
    """Store what the round counted (at finalization, and again after an amendment)."""
    sets = "present = ?, eligible = ?, recused = ?, abstain = ?, spoiled = ?, result_json = ?" + (
        ", status = 'final', finalized_at = ?" if finalize else ""
    )
    params: list[Any] = [present, eligible, recused, abstain, spoiled, result_json]
    if finalize:
        params.append(now_iso())
    store.execute(f"UPDATE rounds SET {sets} WHERE id = ?", (*params, round_id))
    store.execute("DELETE FROM round_totals WHERE round_id = ?", (round_id,))
    store.conn.executemany(
        "INSERT INTO round_totals (round_id, option_id, votes) VALUES (?, ?, ?)",
        [(round_id, option_id, votes) for option_id, votes in totals.items()],
    )


def set_round_lot(store: Store, round_id: int, option_id: int | None) -> None:
    store.execute(
        "UPDATE rounds SET lot_eliminated_option_id = ? WHERE id = ?", (option_id, round_id)
    )


def round_totals(store: Store, round_id: int) -> dict[int, int]:
    return {
        int(row[0]): int(row[1])
        for row in store.rows(
            "SELECT option_id, votes FROM round_totals WHERE round_id = ?", (round_id,)
        )
    }


# ----- lots drawn during an instant-runoff count -----------------------------------------------
def runoff_lots(store: Store, round_id: int) -> list[tuple[int, int]]:
    """(runoff round, eliminated option id), in round order."""
    return [
        (int(row[0]), int(row[1]))
        for row in store.rows(
            "SELECT runoff_round, eliminated_option_id FROM runoff_lots WHERE round_id = ? "
            "ORDER BY runoff_round",
            (round_id,),
        )
    ]


def add_runoff_lot(store: Store, round_id: int, runoff_round: int, option_id: int) -> None:
    store.execute(
        "INSERT INTO runoff_lots (round_id, runoff_round, eliminated_option_id, recorded_at) "
        "VALUES (?, ?, ?, ?)",
        (round_id, runoff_round, option_id, now_iso()),
    )


# ----- ballot events ------------------------------------------------------------------------------
def event_rows(store: Store, round_id: int) -> list[sqlite3.Row]:
    return store.rows(
        "SELECT id, kind, option_id, ranking, tally, quantity, undoes, reason "
        "FROM ballot_events WHERE round_id = ? ORDER BY id",
        (round_id,),
    )


def insert_event(store: Store, round_id: int, values: Sequence[object]) -> int:
    """Store a round's event: `values` are its columns kind to reason (`tally.event_values`)."""
    cursor = store.conn.execute(INSERT_EVENT, (round_id, *values, now_iso()))
    return int(cursor.lastrowid or 0)
