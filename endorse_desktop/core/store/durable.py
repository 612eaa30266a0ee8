"""Files written to survive a power cut: fsync a file and the folder its new name is in, and
remove a database file together with its SQLite companions."""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")


def remove_file_set(path: Path) -> None:
    for suffix in ("", *COMPANIONS):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename survive a power cut (POSIX: the folder's entry must reach the disk)."""
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
