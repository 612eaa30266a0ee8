"""`endorse-desktop check`: is the file sound, and does every stored vote recount the same?"""

from __future__ import annotations

from .store import Store


def check_database(store: Store) -> list[str]:
    """Problems found, each one line naming what is wrong; an empty list means all is well."""
    problems = [
        f"integrity: {line}" for line in store.column("PRAGMA integrity_check") if line != "ok"
    ]
    for table, rowid, parent, _ in store.rows("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {table} row {rowid} points at a missing {parent} row")
    problems.extend(_recount_problems(store))
    return problems


def _recount_problems(store: Store) -> list[str]:
    # Votes arrive with the meeting & voting feature; until then there is nothing to recount.
    try:
        from endorse_desktop.core.voting.check import recount_problems
    except ImportError:
        return []
    return recount_problems(store)
