"""Automatic copies of the database, made with SQLite's online backup API.

A copy is taken before a schema update, when a vote round is finalized, and once a day when the
file is opened. The newest KEEP_BACKUPS are kept. Backups hold members' contact details, so they are
owner-only like the database itself.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..paths import backups_dir
from .backup_folder import Backup, list_backups
from .durable import fsync_file, fsync_folder, remove_file_set
from .errors import DamagedDatabaseError, DiskFullError, StoreError
from .lock import InstanceLock
from .trust import (
    CHECK_SECONDS,
    connect_read_only,
    damage_sentence,
    file_is_healthy,
    harden,
    inspect_file,
    time_limit,
)


class OpenFile(Protocol):
    """What a copy is taken from: an open group file (`database.Store`) — named by what it
    offers, so that the store may take a backup before a migration without a circle."""

    @property
    def path(self) -> Path: ...

    @property
    def conn(self) -> sqlite3.Connection: ...


KEEP_BACKUPS = 20
PART = ".part"  # a copy being written


def make_backup(store: OpenFile, reason: str) -> Backup:
    folder = backups_dir(store.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    taken_at = datetime.now()
    target = folder / f"{taken_at:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    # Written under a name the list ignores and renamed when complete: a copy cut short by a
    # crash or a full disk must never be offered in File ▸ Restore from Backup.
    # A damaged file copied as if it were whole would be offered for a restore later.
    _refuse_damaged(store)
    _copy_complete(store.conn, target, store.path)
    _prune(store.path, keep=target)
    return Backup(target, taken_at, reason)


def _refuse_damaged(store: OpenFile) -> None:
    try:
        with time_limit(store.conn, CHECK_SECONDS):
            verdict = [row[0] for row in store.conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as error:
        verdict = [str(error)]
    if verdict != ["ok"]:
        raise DamagedDatabaseError(damage_sentence(store.path, verdict))


def has_backup_today(db_path: Path) -> bool:
    today = datetime.now().date()
    return any(backup.taken_at.date() == today for backup in list_backups(db_path))


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace db_path with a backup's contents. The caller has closed its own connection
    and has just taken a backup of the current file, so the restore itself can be undone.

    The copy is built under a temporary name beside the file and renamed over it when whole: a
    kill halfway leaves the current file as it was, never a mix of the two.
    """
    if not backup.is_file():
        raise StoreError(
            f"the backup {backup.name} no longer exists",
            es=f"la copia de seguridad {backup.name} ya no existe",
        )
    # A backup folder is as open to tampering as the file: the same checks as on opening.
    inspect_file(backup, quick_check=False)
    if not file_is_healthy(backup):
        raise DamagedDatabaseError(
            f"the backup {backup.name} is damaged; choose an older one",
            es=f"la copia de seguridad {backup.name} está dañada; elija una más antigua",
        )
    lock = InstanceLock(db_path)
    lock.acquire()
    temporary = db_path.with_name(f".{db_path.name}.restoring")
    try:
        remove_file_set(temporary)
        _copy_database(connect_read_only(backup), temporary, close_source=True)
        fsync_file(temporary)
        # A log left beside the current file would be replayed onto the restored copy.
        if db_path.exists():
            with suppress(sqlite3.Error):
                conn = sqlite3.connect(db_path, isolation_level=None)
                try:
                    harden(conn)
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, db_path)
        fsync_folder(db_path.parent)
    except BaseException:
        remove_file_set(temporary)
        raise
    finally:
        lock.release()


def _copy_database(
    conn: sqlite3.Connection,
    target: Path,
    *,
    close_source: bool = False,
    source: Path | None = None,
) -> None:
    """Copy the live pages only: a file with a huge free list (a crafted sparse file, or one
    that once held much more) must not make every backup as big as the file.

    From inside a transaction the copy holds what was last committed, read through a second
    connection: VACUUM is not allowed mid-transaction, and the backup API waits forever on a
    connection that is writing (SQLite answers "locked" and Python retries without end).
    """
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    reader = conn
    try:
        if conn.in_transaction:
            if source is None:
                raise StoreError(
                    "a copy cannot be taken in the middle of a change",
                    es="no se puede hacer una copia en medio de un cambio",
                )

            reader = connect_read_only(source)
        # VACUUM INTO writes only what is in use, into the empty owner-only file made above.
        reader.execute("VACUUM INTO ?", (str(target),))
        destination = sqlite3.connect(target)
        try:
            # A backup must be one self-contained file: no WAL beside it.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        if reader is not conn:
            reader.close()
        if close_source:
            conn.close()


def _copy_complete(conn: sqlite3.Connection, target: Path, source: Path) -> None:
    """Copy to `target` all at once: under a temporary name first, renamed when complete."""
    temporary = target.with_name(target.name + PART)
    temporary.unlink(missing_ok=True)
    try:
        _copy_database(conn, temporary, source=source)
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        full = (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
            isinstance(error, sqlite3.Error)
            and getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
        )
        if full:
            raise DiskFullError(
                f"no room on the disk for {target.name}; the group's file itself is unchanged",
                es=f"no hay espacio en el disco para {target.name}; el archivo del grupo no cambió",
            ) from error
        if isinstance(error, sqlite3.Error):
            raise StoreError(
                f"could not write {target.name}: {error}",
                es=f"no se pudo escribir {target.name}: {error}",
            ) from error
        raise


def _prune(db_path: Path, keep: Path) -> None:
    """Keep the newest KEEP_BACKUPS by the files' own ages, and always the copy just taken."""
    for old in list_backups(db_path)[KEEP_BACKUPS:]:
        if old.path != keep:
            old.path.unlink(missing_ok=True)


def save_copy(store: OpenFile, target: Path) -> None:
    """File ▸ Save a Copy: a complete, consistent copy of the open file at `target`."""
    if target.resolve() == store.path.resolve():
        raise StoreError(
            "choose a different file name for the copy",
            es="elija otro nombre de archivo para la copia",
        )
    _copy_complete(store.conn, target, store.path)
