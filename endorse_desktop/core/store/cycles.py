"""SQL for election cycles, the people who stand in them, results and actions in office."""

from __future__ import annotations

import sqlite3

from ..clock import now_iso
from . import records
from .database import Store

CYCLES = "cycles"
CYCLE_COLUMNS = ("name", "opened_on", "closed_on", "is_current", "position")
# The cycle the app works in: new races and meetings join it (triggers of migration 0004).
CURRENT = "(SELECT id FROM cycles WHERE is_current = 1)"


def cycles(store: Store) -> list[sqlite3.Row]:
    return records.select(store, CYCLES, CYCLE_COLUMNS, order_by="opened_on, position, id")


def current_id(store: Store) -> int | None:
    found = store.scalar(f"SELECT {CURRENT}")
    return None if found is None else int(found)


def insert_cycle(store: Store, name: str, opened_on: str) -> int:
    position = int(store.scalar("SELECT coalesce(max(position), -1) + 1 FROM cycles"))
    return records.insert(
        store,
        CYCLES,
        CYCLE_COLUMNS,
        {"name": name, "opened_on": opened_on, "is_current": 0, "position": position},
    )


def make_current(store: Store, cycle_id: int) -> None:
    stamp = now_iso()
    # The partial unique index allows one current cycle: clear before setting.
    store.execute("UPDATE cycles SET is_current = 0, updated_at = ? WHERE is_current = 1", (stamp,))
    store.execute(
        "UPDATE cycles SET is_current = 1, updated_at = ? WHERE id = ?", (stamp, cycle_id)
    )


def set_closed(store: Store, cycle_id: int, closed_on: str | None) -> None:
    records.update(store, CYCLES, cycle_id, ("closed_on",), {"closed_on": closed_on})


def set_opened(store: Store, cycle_id: int, opened_on: str) -> None:
    records.update(store, CYCLES, cycle_id, ("opened_on",), {"opened_on": opened_on})


def put_weight(store: Store, cycle_id: int, value_id: int, weight: int, dealbreaker: bool) -> None:
    """A value's weight in a closed cycle (the sample's history; a correction)."""
    store.execute(
        "INSERT OR REPLACE INTO value_weights (cycle_id, value_id, weight, dealbreaker) "
        "VALUES (?, ?, ?, ?)",
        (cycle_id, value_id, weight, int(dealbreaker)),
    )


def rename(store: Store, cycle_id: int, name: str) -> None:
    records.update(store, CYCLES, cycle_id, ("name",), {"name": name})


def keep_weights(store: Store, cycle_id: int) -> None:
    """Write down every value's weight as it stands, as the weights of `cycle_id`."""
    store.execute(
        "INSERT OR REPLACE INTO value_weights (cycle_id, value_id, weight, dealbreaker) "
        "SELECT ?, id, weight, dealbreaker FROM group_values",
        (cycle_id,),
    )


def weight_history(store: Store) -> list[tuple[int, int, int, int]]:
    """(value id, cycle id, weight, dealbreaker) for every closed cycle that kept them."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(
        "SELECT w.value_id, w.cycle_id, w.weight, w.dealbreaker FROM value_weights w "
        "JOIN cycles c ON c.id = w.cycle_id ORDER BY c.position, c.id"
    ).fetchall()


def races_of(store: Store, cycle_id: int) -> list[sqlite3.Row]:
    return store.rows(
        "SELECT id, office, district, election_date, stage FROM races "
        "WHERE cycle_id = ? ORDER BY position, id",
        (cycle_id,),
    )


# ----- people ----------------------------------------------------------------------------------
def person_for_key(store: Store, key: str) -> int | None:
    found = store.scalar("SELECT max(id) FROM people WHERE name_key = ?", (key,))
    return None if found is None else int(found)


def insert_person(store: Store, name: str, key: str) -> int:
    stamp = now_iso()
    cursor = store.execute(
        "INSERT INTO people (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (name, key, stamp, stamp),
    )
    return int(cursor.lastrowid or 0)


def attach_person(store: Store, candidate_id: int, name: str, key: str) -> int:
    """Link a new candidate to the person whose name has this `core.names.name_key` (a returning
    candidate is the same person), or to a new person."""
    person = person_for_key(store, key)
    if person is None:
        person = insert_person(store, name, key)
    set_person(store, candidate_id, person)
    return person


def set_person(store: Store, candidate_id: int, person_id: int) -> None:
    store.execute("UPDATE candidates SET person_id = ? WHERE id = ?", (person_id, candidate_id))


def person_of(store: Store, candidate_id: int) -> int | None:
    found = store.scalar("SELECT person_id FROM candidates WHERE id = ?", (candidate_id,))
    return None if found is None else int(found)


def person_name(store: Store, person_id: int) -> str | None:
    found = store.scalar("SELECT name FROM people WHERE id = ?", (person_id,))
    return None if found is None else str(found)


def candidacies(store: Store, person_id: int) -> list[sqlite3.Row]:
    """Every race a person stood in, oldest cycle first, with the group's decision and result."""
    return store.rows(
        "SELECT c.id AS candidate_id, c.name, c.status, r.id AS race_id, r.office, r.district, "
        "r.stage, r.election_date, y.id AS cycle_id, y.name AS cycle_name, "
        "(SELECT e.status FROM endorsements e WHERE e.candidate_id = c.id "
        " ORDER BY e.id DESC LIMIT 1) AS endorsement, "
        "res.outcome FROM candidates c JOIN races r ON r.id = c.race_id "
        "JOIN cycles y ON y.id = r.cycle_id LEFT JOIN results res ON res.candidate_id = c.id "
        "WHERE c.person_id = ? ORDER BY y.position, y.id, r.position, r.id",
        (person_id,),
    )


def copy_ratings(store: Store, from_candidate: int, to_candidate: int) -> None:
    store.execute(
        "INSERT OR IGNORE INTO ratings (candidate_id, value_id, rating, evidence, source, "
        "updated_at) SELECT ?, value_id, rating, evidence, source, updated_at FROM ratings "
        "WHERE candidate_id = ?",
        (to_candidate, from_candidate),
    )


def ratings_of(store: Store, candidate_id: int) -> dict[int, int | None]:
    return {
        int(value_id): rating
        for value_id, rating in store.conn.execute(
            "SELECT value_id, rating FROM ratings WHERE candidate_id = ?", (candidate_id,)
        ).fetchall()
    }


# ----- results ---------------------------------------------------------------------------------
RESULTS = "results"
RESULT_COLUMNS = ("outcome", "votes", "share", "decided_on", "source")


def result_for(store: Store, candidate_id: int) -> sqlite3.Row | None:
    return store.row(
        f"SELECT candidate_id, {', '.join(RESULT_COLUMNS)} FROM results WHERE candidate_id = ?",
        (candidate_id,),
    )


def results_for_race(store: Store, race_id: int) -> list[sqlite3.Row]:
    return store.rows(
        f"SELECT r.candidate_id, {', '.join('r.' + c for c in RESULT_COLUMNS)} FROM results r "
        "JOIN candidates c ON c.id = r.candidate_id WHERE c.race_id = ? ORDER BY c.position, c.id",
        (race_id,),
    )


def put_result(store: Store, candidate_id: int, values: dict[str, object]) -> None:
    stamp = now_iso()
    store.execute(
        "INSERT INTO results (candidate_id, outcome, votes, share, decided_on, source, "
        "created_at, updated_at) VALUES (:candidate_id, :outcome, :votes, :share, :decided_on, "
        ":source, :stamp, :stamp) ON CONFLICT (candidate_id) DO UPDATE SET outcome = "
        "excluded.outcome, votes = excluded.votes, share = excluded.share, decided_on = "
        "excluded.decided_on, source = excluded.source, updated_at = excluded.updated_at",
        {**values, "candidate_id": candidate_id, "stamp": stamp},
    )


def delete_result(store: Store, candidate_id: int) -> None:
    store.execute("DELETE FROM results WHERE candidate_id = ?", (candidate_id,))


# ----- actions in office -----------------------------------------------------------------------
ACTIONS = "office_actions"
ACTION_COLUMNS = ("person_id", "value_id", "action", "acted_on", "rating", "evidence", "source")


def actions_of(store: Store, person_id: int) -> list[sqlite3.Row]:
    return records.select(
        store,
        ACTIONS,
        ACTION_COLUMNS,
        where="person_id = ?",
        params=(person_id,),
        order_by="acted_on, id",
    )


def action_by_id(store: Store, action_id: int) -> sqlite3.Row | None:
    found = records.select(store, ACTIONS, ACTION_COLUMNS, where="id = ?", params=(action_id,))
    return found[0] if found else None


def delete_action(store: Store, action_id: int) -> None:
    store.execute("DELETE FROM office_actions WHERE id = ?", (action_id,))
