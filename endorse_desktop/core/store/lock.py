"""One app instance per database file.

Two windows writing the same meeting would each show totals the other does not know about, so a
second instance is refused. The lock is an OS advisory lock on a small side file
(`<db>.lock`), released by the OS even when the process is killed, so a crash never leaves a stale
lock behind. SQLite's own locks on the database file are left alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from .errors import AlreadyOpenError, ReadOnlyError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError as error:
            raise ReadOnlyError(
                f"cannot write in {self.path.parent} (read-only location); "
                "copy the file somewhere writable first"
            ) from error
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            holder = handle.read().strip()
            handle.close()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise AlreadyOpenError(
                f"{self.path.name.removesuffix('.lock')} is already open in another "
                f"Endorse Desktop window{who}; close it there first"
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
