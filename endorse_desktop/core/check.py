"""`endorse-desktop check`: is the file sound, and does every stored vote recount the same?"""

from __future__ import annotations

import sqlite3

from .store import Store
from .store.trust import CHECK_SECONDS, time_limit
from .voting.check import recount_problems


def check_database(store: Store) -> list[str]:
    """Problems found, each one line naming what is wrong; an empty list means all is well."""
    try:
        # Bounded: a file crafted to make the check run forever is reported, not waited for.
        with time_limit(store.conn, CHECK_SECONDS * 6):
            problems = [
                f"integrity: {' '.join(line.split())}"
                for line in store.column("PRAGMA integrity_check(20)")
                if line != "ok"
            ]
    except sqlite3.DatabaseError as error:
        return [f"integrity: {store.path.name} is damaged ({' '.join(str(error).split())})"]
    if problems:
        # Recounting votes from damaged tables would only add noise to the first finding.
        return problems
    try:
        for table, rowid, parent, _ in store.rows("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points at a missing {parent} row")
        problems.extend(recount_problems(store))
    except sqlite3.DatabaseError as error:
        problems.append(f"{store.path.name} could not be read ({' '.join(str(error).split())})")
    return problems
