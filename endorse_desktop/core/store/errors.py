"""Why a database file could not be opened or changed, in words a facilitator can act on.

Every message is one line: the CLI prints it to stderr, the GUI shows it in a dialog.
"""

from __future__ import annotations

import sqlite3

from endorse_desktop.core.errors import EndorseError


class StoreError(EndorseError):
    """A problem with the database file; str(error) is the one-line message for the user."""


class NotADatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ForeignDatabaseError(StoreError):
    """An SQLite file that belongs to some other program."""


class ReadOnlyError(StoreError):
    pass


class AlreadyOpenError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class ConstraintError(StoreError, sqlite3.IntegrityError):
    """The schema refused a change (a rule the database itself keeps, e.g. a finalized round
    takes no more ballots). Also an IntegrityError, so it is what SQLite raised, named ours."""


class UntrustedSchemaError(StoreError):
    """A file whose tables, triggers or views are not exactly the ones the app makes: its SQL
    could run inside our queries, so the app refuses it (the file is left as it was)."""
