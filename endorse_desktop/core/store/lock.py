"""One app instance per database file.

Two windows writing the same meeting would each show totals the other does not know about, so a
second instance is refused. The lock is an OS advisory lock on a small side file
(`<db>.lock`), released by the OS even when the process is killed, so a crash never leaves a stale
lock behind. SQLite's own locks on the database file are left alone.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import IO

from .errors import AlreadyOpenError, ReadOnlyError, StoreError


def lock_path(db_path: Path) -> Path:
    """Beside the real file: a symlink to the database shares its lock."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


def identity_lock_path(db_path: Path) -> Path | None:
    """A lock named after the file's device and inode, in a private folder of this user's: a hard
    link to the database (another name, same file) shares it. None before the file exists."""
    try:
        info = os.stat(db_path)
    except OSError:
        return None
    return _identity_folder() / f"{info.st_dev}-{info.st_ino}.lock"


def _identity_folder() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"endorse-desktop-locks-{uid}"
    with suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    # Another user's folder (or a symlink) in the shared temp folder must not receive our locks.
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != uid):
        raise ReadOnlyError(
            f"the lock folder {folder} is not this user's; remove it and retry",
            es=(
                f"la carpeta de bloqueo {folder} no es de este usuario; elimínela "
                "e inténtelo de nuevo"
            ),
        )
    return folder


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._handles: list[IO[str]] = []

    def acquire(self) -> None:
        """Take the lock beside the file, then (once the file exists) the one on its identity."""
        self._take(self.path)
        self.acquire_identity()

    def acquire_identity(self) -> None:
        """The identity lock; called again once a new file has been renamed into place."""
        if sys.platform == "win32" or len(self._handles) != 1:
            return  # hard links are rare there, and msvcrt cannot lock a second file for us
        try:
            identity = identity_lock_path(self.db_path)
        except OSError:
            return  # no usable temp folder: the lock beside the file still stands
        if identity is not None:
            self._take(identity)

    def _take(self, path: Path) -> None:
        name = self.db_path.name
        try:
            # O_NOFOLLOW: a symlink in the lock's place (a received archive can hold one) must
            # never make us truncate the file it points at.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
        except PermissionError as error:
            self.release()
            raise ReadOnlyError(
                f"cannot write in {path.parent} (read-only location); "
                "copy the file somewhere writable first",
                es=(
                    f"no se puede escribir en {path.parent} (ubicación de solo lectura); "
                    "copie el archivo primero a un lugar donde se pueda escribir"
                ),
            ) from error
        except IsADirectoryError as error:
            self.release()
            raise StoreError(
                f"{path.name} beside {name} is a folder, not a lock file; remove it and open "
                "the file again",
                es=(
                    f"{path.name} junto a {name} es una carpeta, no un archivo de "
                    "bloqueo; elimínela y abra el archivo de nuevo"
                ),
            ) from error
        except OSError as error:
            self.release()
            if error.errno == errno.ELOOP or os.path.islink(path):
                raise StoreError(
                    f"{path.name} beside {name} is a link, not a lock file; remove it and open "
                    "the file again",
                    es=(
                        f"{path.name} junto a {name} es un enlace, no un archivo de "
                        "bloqueo; elimínelo y abra el archivo de nuevo"
                    ),
                ) from error
            raise ReadOnlyError(
                f"cannot create the lock file for {name}: {error.strerror}",
                es=f"no se puede crear el archivo de bloqueo para {name}: {error.strerror}",
            ) from error
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            self.release()
            raise StoreError(
                f"{path.name} beside {name} is not a plain file; remove it and open the file again",
                es=(
                    f"{path.name} junto a {name} no es un archivo común; elimínelo "
                    "y abra el archivo de nuevo"
                ),
            )
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            holder = handle.read().strip()
            handle.close()
            self.release()
            who = f" (process {holder})" if holder.isdigit() else ""
            who_es = f" (proceso {holder})" if holder.isdigit() else ""
            raise AlreadyOpenError(
                f"{name} is already open in another Endorse Desktop window{who}; "
                "close it there first",
                es=(
                    f"{name} ya está abierto en otra ventana de Endorse Desktop{who_es}; "
                    "ciérrelo allí primero"
                ),
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handles.append(handle)

    def release(self) -> None:
        for handle in reversed(self._handles):
            with suppress(OSError):
                _unlock(handle)
            handle.close()
        self._handles = []


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


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
