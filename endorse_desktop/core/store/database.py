"""The one place that opens the SQLite file: checks, locking, pragmas, migrations, transactions.

`Store.open()` refuses a file it cannot safely use *before* SQLite writes anything to it, so a
foreign, damaged or newer file is left byte-for-byte as it was. Data changes go through
`Store.transaction()`, which commits durably (WAL + synchronous=FULL) when the block ends, so what
the screen shows as recorded survives a crash or a power cut.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    ConstraintError,
    DamagedDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    StoreError,
)
from .file_header import read_header
from .lock import InstanceLock
from .schema import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

Params = Sequence[Any] | Mapping[str, Any]


class Store:
    """An open database file. Create with `Store.open(path)`; close with `close()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: InstanceLock | None) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._db: Database | None = None
        self.readonly = lock is None
        self.closed = False

    # ----- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, readonly: bool = False) -> Store:
        """Open (and, if allowed, create or migrate) a database file.

        readonly=True is for commands that only read (export, check, count): they take no instance
        lock, so they work while the app has the file open, and they never migrate.
        """
        path = Path(path).expanduser().absolute()
        is_new = not path.exists() or path.stat().st_size == 0
        if is_new and (readonly or not create):
            raise StoreError(f"{path} does not exist")
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        if not is_new:
            header = read_header(path)
            if header is not None:
                _check_header(path, header.user_version, header.application_id)
        if not readonly:
            _check_writable(path, is_new)
        lock = None if readonly else InstanceLock(path)
        if lock is not None:
            lock.acquire()
        try:
            if is_new:
                _create_private_file(path)
            conn = _connect(path, readonly)
            store = cls(path, conn, lock)
            store._prepare(readonly)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return store

    def _prepare(self, readonly: bool) -> None:
        try:
            version = self.scalar("PRAGMA user_version")
            app_id = self.scalar("PRAGMA application_id")
            _check_header(self.path, int(version), int(app_id))
            if app_id == 0 and version == 0 and self._has_foreign_tables():
                raise ForeignDatabaseError(
                    f"{self.path.name} belongs to another program (it has tables Endorse Desktop "
                    "does not know); open or create an Endorse Desktop file instead"
                )
            if readonly:
                if version < SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path.name} was made by an older version; open it in the app once "
                        "to update it"
                    )
                return
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            if version < SCHEMA_VERSION:
                self._migrate(from_version=int(version))
        except sqlite3.DatabaseError as error:
            self.close()
            raise _translate(error, self.path) from error
        except BaseException:
            self.close()
            raise

    def _has_foreign_tables(self) -> bool:
        names = self.column("SELECT name FROM sqlite_master WHERE type = 'table'")
        return bool(names)

    def _migrate(self, from_version: int) -> None:
        if from_version > 0:
            # A copy to go back to if the new version turns out wrong for this group's data.
            from .backups import make_backup

            make_backup(self, reason="before-update")
        from .schema import build_migrations

        migrations = build_migrations()
        migrations.apply(self.db)
        with self.transaction():
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # ----- sqlite-utils --------------------------------------------------------------------
    @property
    def db(self) -> Database:
        """The sqlite-utils view of this connection (imported on first use: start-up stays fast)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # ----- transactions and queries ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing block. Nested blocks become savepoints. Commits durably on exit."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path.name} was opened read-only")
        conn = self.conn
        if conn.in_transaction:
            name = f"sp_{id(object())}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                # A full disk or an I/O error may have rolled back the whole transaction already;
                # then there is no savepoint left, and the outer block reports the error.
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise _translate(error, self.path) from error
        try:
            yield conn
        except sqlite3.DatabaseError as error:
            _rollback(conn)
            # A statement inside the block hit the disk (full, read-only, failing): the user
            # needs the one-line reason, not SQLite's. Rule violations (IntegrityError …) are
            # the caller's to explain and pass through as they are.
            if _is_file_problem(error):
                raise _translate(error, self.path) from error
            if isinstance(error, sqlite3.IntegrityError):
                raise ConstraintError(str(error)) from error
            raise
        except BaseException:
            _rollback(conn)
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            _rollback(conn)
            raise _translate(error, self.path) from error

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def row(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        found = self.conn.execute(sql, params).fetchone()
        return None if found is None else found[0]

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        return [row[0] for row in self.conn.execute(sql, params)]

    # ----- closing -------------------------------------------------------------------------
    def close(self) -> None:
        self.closed = True
        with suppress(sqlite3.Error):
            if not self.readonly:
                # Fold the WAL back into the main file so a copied .sqlite3 is complete on its own.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _check_header(path: Path, user_version: int, application_id: int) -> None:
    if user_version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path.name} was saved by a newer version of Endorse Desktop (data version "
            f"{user_version}, this app knows {SCHEMA_VERSION}); update the app to open it"
        )
    if application_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(f"{path.name} belongs to another program, not Endorse Desktop")


def _check_writable(path: Path, is_new: bool) -> None:
    folder = path.parent
    if is_new and not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise ReadOnlyError(f"cannot create the folder {folder}: {error.strerror}") from error
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyError(
            f"{path.name} is in a read-only location; copy it somewhere you can write "
            "(File ▸ Save a Copy) and open the copy"
        )


def _create_private_file(path: Path) -> None:
    """Members' contact details live here: owner-only from the first byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def _rollback(conn: sqlite3.Connection) -> None:
    """End a failed transaction; SQLite may have rolled it back itself (disk full, I/O error)."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


# Errors about the file or the disk rather than about the data: primary result codes.
_FILE_PROBLEMS = {
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_NOTADB,
    sqlite3.SQLITE_CANTOPEN,
}


def _error_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _is_file_problem(error: sqlite3.Error) -> bool:
    return _error_code(error) in _FILE_PROBLEMS


def _disk_is_full(path: Path) -> bool:
    import shutil  # only when something went wrong: start-up does not pay for it

    try:
        return shutil.disk_usage(path.parent).free < DISK_FULL_BELOW
    except OSError:
        return False


DISK_FULL_BELOW = 64 * 1024  # bytes free: less than SQLite needs for a few pages


def _translate(error: sqlite3.DatabaseError, path: Path) -> StoreError:
    code = _error_code(error)
    # SQLite reports a full disk met while growing its shared-memory index as an I/O error.
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _disk_is_full(path)):
        return DiskFullError(f"the disk holding {path.name} is full; nothing was saved")
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnlyError(f"{path.name} cannot be written (read-only)")
    text = str(error)
    if "file is not a database" in text:
        return DamagedDatabaseError(f"{path.name} is not a readable Endorse Desktop database")
    if "malformed" in text or "disk image" in text:
        return DamagedDatabaseError(f"{path.name} is damaged ({text}); restore it from a backup")
    if "full" in text:
        return DiskFullError(f"the disk holding {path.name} is full; nothing was saved")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(f"{path.name} cannot be written (read-only)")
    return StoreError(f"{path.name}: {text}")
