"""The one place that opens the SQLite file: checks, locking, pragmas, migrations, transactions.

`Store.open()` refuses a file it cannot safely use *before* SQLite writes anything to it, so a
foreign, damaged or newer file is left byte-for-byte as it was. Data changes go through
`Store.transaction()`, which commits durably (WAL + synchronous=FULL) when the block ends, so what
the screen shows as recorded survives a crash or a power cut.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import backups_dir
from . import (
    schema,  # schema.build_migrations read when used, so a test may add a migration
    trust,
)
from .backups import make_backup
from .durable import COMPANIONS, fsync_file, fsync_folder, remove_file_set
from .errors import (
    ConstraintError,
    ForeignDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    StoreError,
)
from .file_header import read_header
from .healthy import remember_closed_healthy, was_closed_healthy
from .lock import InstanceLock
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .trust import error_code, harden, inspect_file, translate_error

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
        # Why editing is off when the medium decided it (a CD, a locked stick): for a banner.
        # None when the file is writable or the caller asked for a read-only look.
        self.readonly_reason: str | None = None
        # Set once the file is known to be ours: only then may close() checkpoint into it.
        self._verified = False

    # ----- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        readonly: bool = False,
        allow_readonly: bool = False,
    ) -> Store:
        """Open (and, if allowed, create or migrate) a database file.

        readonly=True is for commands that only read (export, check, count): they take no instance
        lock, so they work while the app has the file open, and they never migrate.
        allow_readonly=True opens a file on a read-only medium read-only instead of refusing it;
        `readonly_reason` then says why editing is off.

        A file this process did not just create is inspected first, through a connection that
        cannot write (see trust.py): a schema that is not ours, a failed quick_check, a newer or
        foreign file are refused before SQLite may change a byte of it or of its log.
        """
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise StoreError(
                f"{path} is a folder, not a database file",
                es=f"{path} es una carpeta, no un archivo de base de datos",
            )
        is_new = not path.exists() or path.stat().st_size == 0
        if is_new and (readonly or not create):
            raise StoreError(f"{path} does not exist", es=f"{path} no existe")
        if is_new:
            return cls._create(path)
        _refuse_linked_companions(path)
        header = read_header(path)
        if header is not None:
            _check_header(path, header.user_version, header.application_id)
        reason = None
        if not readonly:
            try:
                _check_writable(path, is_new=False)
            except ReadOnlyError as error:
                if not allow_readonly:
                    raise
                reason, readonly = str(error), True
        inspection = inspect_file(path, quick_check=not _known_healthy(path))
        _check_header(path, inspection.user_version, inspection.application_id)
        if inspection.empty and not readonly and create:
            # An SQLite file with nothing in it: built afresh like a new one, all at once.
            return cls._create(path)
        lock = None if readonly else InstanceLock(path)
        if lock is not None:
            lock.acquire()
        try:
            if not readonly:
                _make_private(path)
            conn = connect_read_only(path) if readonly else _connect(path)
            store = cls(path, conn, lock)
            store.readonly_reason = reason
            store._verified = True
            store._prepare(readonly)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return store

    @classmethod
    def create(cls, path: Path | str, fill: Callable[[Store], None] | None = None) -> Store:
        """A new file at `path` (missing or empty), filled by `fill` before anyone can see it:
        `demo` uses this so that a kill halfway leaves no half-built sample behind."""
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise StoreError(
                f"{path} is a folder, not a database file",
                es=f"{path} es una carpeta, no un archivo de base de datos",
            )
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(
                f"{path.name} already exists; choose a new file name",
                es=f"{path.name} ya existe; elija un nombre de archivo nuevo",
            )
        return cls._create(path, fill)

    @classmethod
    def _create(cls, path: Path, fill: Callable[[Store], None] | None = None) -> Store:
        """A new file, built whole under a temporary name in the same folder and renamed into
        place only when every migration is in: a kill or a full disk halfway leaves no file that
        a later open would take for another program's."""
        _check_writable(path, is_new=True)
        lock = InstanceLock(path)
        lock.acquire()
        # One name per target: the instance lock is held, and a leftover of a killed creation
        # is simply built over next time.
        building = path.with_name(f".{path.name}.creating")
        try:
            remove_file_set(building)
            _create_private_file(building)
            conn = _connect(building)
            try:
                builder = cls(building, conn, None)
                builder.readonly = False
                with builder.transaction():
                    # Ours from the first commit on, whatever happens next.
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                builder._migrate(from_version=0)
                if fill is not None:
                    fill(builder)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode=DELETE")
            finally:
                conn.close()
            fsync_file(building)
            os.replace(building, path)
            fsync_folder(path.parent)
            lock.acquire_identity()
            conn = _connect(path)
            store = cls(path, conn, lock)
            store._verified = True
            store._prepare(readonly=False)
        except sqlite3.DatabaseError as error:
            remove_file_set(building)
            lock.release()
            raise translate_error(error, path) from error
        except BaseException:
            remove_file_set(building)
            lock.release()
            raise
        finally:
            # Copies taken while filling (a finalized sample round) belong to no file anyone opens.
            shutil.rmtree(backups_dir(building), ignore_errors=True)
        return store

    def _prepare(self, readonly: bool) -> None:
        try:
            version = self.scalar("PRAGMA user_version")
            app_id = self.scalar("PRAGMA application_id")
            _check_header(self.path, int(version), int(app_id))
            if readonly:
                if version < SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path.name} was made by an older version; open it in the app once "
                        "to update it",
                        es=(
                            f"{self.path.name} fue creado por una versión anterior; ábralo "
                            "una vez en la aplicación para actualizarlo"
                        ),
                    )
                return
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            _make_private(self.path)
            if version < SCHEMA_VERSION:
                self._migrate(from_version=int(version))
        except sqlite3.DatabaseError as error:
            self.close()
            raise translate_error(error, self.path) from error
        except BaseException:
            self.close()
            raise

    def _migrate(self, from_version: int) -> None:
        if from_version > 0:
            # A copy to go back to if the new version turns out wrong for this group's data.
            make_backup(self, reason="before-update")
        migrations = schema.build_migrations()
        migrations.apply(self.db)
        with self.transaction():
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # ----- sqlite-utils --------------------------------------------------------------------
    @property
    def db(self) -> Database:
        """The sqlite-utils view of this connection (imported on first use: start-up stays fast)."""
        if self._db is None:
            # deferred: sqlite_utils costs ~140 ms (python -X importtime); `count` never needs it
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # ----- transactions and queries ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing block. Nested blocks become savepoints. Commits durably on exit."""
        if self.readonly:
            raise ReadOnlyError(
                f"{self.path.name} was opened read-only",
                es=f"{self.path.name} se abrió en modo de solo lectura",
            )
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
            raise translate_error(error, self.path) from error
        try:
            yield conn
        except sqlite3.DatabaseError as error:
            _rollback(conn)
            # A statement inside the block hit the disk (full, read-only, failing): the user
            # needs the one-line reason, not SQLite's. Rule violations (IntegrityError …) are
            # the caller's to explain and pass through as they are.
            if _is_file_problem(error):
                raise translate_error(error, self.path) from error
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
            raise translate_error(error, self.path) from error

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
            if not self.readonly and self._verified:
                # Fold the WAL back into the main file so a copied .sqlite3 is complete on its own.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with suppress(sqlite3.Error):
            self.conn.close()
        if not self.readonly and self._verified:
            _remember_healthy(self.path)
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
            f"{user_version}, this app knows {SCHEMA_VERSION}); update the app to open it",
            es=(
                f"{path.name} fue guardado por una versión más nueva de Endorse "
                f"Desktop (versión de datos {user_version}, esta aplicación "
                f"conoce la {SCHEMA_VERSION}); actualice la aplicación para "
                "abrirlo"
            ),
        )
    if application_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(
            f"{path.name} belongs to another program, not Endorse Desktop",
            es=f"{path.name} pertenece a otro programa, no a Endorse Desktop",
        )


def _check_writable(path: Path, is_new: bool) -> None:
    folder = path.parent
    if is_new and not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise ReadOnlyError(
                f"cannot create the folder {folder}: {error.strerror}",
                es=f"no se puede crear la carpeta {folder}: {error.strerror}",
            ) from error
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyError(
            f"{path.name} is in a read-only location; copy it somewhere you can write "
            "(File ▸ Save a Copy) and open the copy",
            es=(
                f"{path.name} está en una ubicación de solo lectura; cópielo "
                "a un lugar donde pueda escribir (Archivo ▸ Guardar una copia) "
                "y abra la copia"
            ),
        )


def _create_private_file(path: Path) -> None:
    """Members' contact details live here: owner-only from the first byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    _configure(conn)
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    conn = trust.connect_read_only(path)
    _configure(conn)
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    harden(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")


# Files this process closed after writing them, with their size and time then: opening one of
# those again needs no quick_check (the schema is still verified, which is cheap). Remembered
# for the app's next start too (store/healthy.py).
_HEALTHY: set[tuple[int, int, int, int]] = set()


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _remember_healthy(path: Path) -> None:
    identity = _identity(path)
    if identity is not None and not trust.has_hot_wal(path):
        _HEALTHY.add(identity)
        # and for the next start of the app, which then opens it without the full scan (P-1)
        remember_closed_healthy(path, identity)


def _known_healthy(path: Path) -> bool:
    if trust.has_hot_wal(path):
        return False
    identity = _identity(path)
    return identity is not None and (identity in _HEALTHY or was_closed_healthy(path, identity))


def _refuse_linked_companions(path: Path) -> None:
    """SQLite follows a symlink in the place of its log: it would write the group's data there."""
    for suffix in ("", *COMPANIONS):
        companion = path.with_name(path.name + suffix)
        if suffix and companion.is_symlink():
            raise StoreError(
                f"{companion.name} beside {path.name} is a link, not SQLite's own file; "
                "remove it and open the file again",
                es=(
                    f"{companion.name} junto a {path.name} es un enlace, no el archivo "
                    "propio de SQLite; elimínelo y abra el archivo de nuevo"
                ),
            )


def _make_private(path: Path) -> None:
    """Owner-only for the file and its log, also for a received 0644 file: they hold members'
    contact details. Opened without following links, so a link never lends its mode to a target."""
    for suffix in ("", *COMPANIONS):
        companion = path.with_name(path.name + suffix)
        try:
            fd = os.open(companion, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue  # absent, or a link (refused before opening)
        try:
            if stat.S_IMODE(os.fstat(fd).st_mode) & 0o077 and hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
        except OSError:
            pass  # not ours to change (another owner): SQLite's own checks decide
        finally:
            os.close(fd)


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


def _is_file_problem(error: sqlite3.Error) -> bool:
    return error_code(error) in _FILE_PROBLEMS
