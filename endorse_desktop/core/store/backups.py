"""Automatic copies of the database, made with SQLite's online backup API.

A copy is taken before a schema update, when a vote round is finalized, and once a day when the
file is opened. The newest KEEP_BACKUPS are kept. Backups hold members' contact details, so they are
owner-only like the database itself.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import backups_dir
from .errors import DiskFullError, StoreError

if TYPE_CHECKING:
    from .database import Store

KEEP_BACKUPS = 20
PART = ".part"  # a copy being written
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            found.append(Backup(entry, taken, match["reason"]))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def make_backup(store: Store, reason: str) -> Backup:
    folder = backups_dir(store.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    taken_at = datetime.now()
    target = folder / f"{taken_at:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    # Written under a name the list ignores and renamed when complete: a copy cut short by a
    # crash or a full disk must never be offered in File ▸ Restore from Backup.
    _copy_complete(store.conn, target)
    _prune(store.path)
    return Backup(target, taken_at, reason)


def has_backup_today(db_path: Path) -> bool:
    today = datetime.now().date()
    return any(backup.taken_at.date() == today for backup in list_backups(db_path))


def restore_backup(backup: Path, db_path: Path) -> None:
    """Overwrite db_path's contents with a backup's. The caller has closed its own connection
    and has just taken a backup of the current file, so the restore itself can be undone."""
    if not backup.is_file():
        raise StoreError(f"the backup {backup.name} no longer exists")
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _copy_database(conn: sqlite3.Connection, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    destination = sqlite3.connect(target)
    try:
        conn.backup(destination)
        # A backup must be one self-contained file: no WAL beside it.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _copy_complete(conn: sqlite3.Connection, target: Path) -> None:
    """Copy to `target` all at once: under a temporary name first, renamed when complete."""
    temporary = target.with_name(target.name + PART)
    temporary.unlink(missing_ok=True)
    try:
        _copy_database(conn, temporary)
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        full = (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
            isinstance(error, sqlite3.Error)
            and getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
        )
        if full:
            raise DiskFullError(
                f"no room on the disk for {target.name}; the group's file itself is unchanged"
            ) from error
        if isinstance(error, sqlite3.Error):
            raise StoreError(f"could not write {target.name}: {error}") from error
        raise


def _prune(db_path: Path) -> None:
    for old in list_backups(db_path)[KEEP_BACKUPS:]:
        old.path.unlink(missing_ok=True)


def save_copy(store: Store, target: Path) -> None:
    """File ▸ Save a Copy: a complete, consistent copy of the open file at `target`."""
    if target.resolve() == store.path.resolve():
        raise StoreError("choose a different file name for the copy")
    _copy_complete(store.conn, target)
