"""Files the app writes for people to carry away: owner-only, whole or not at all.

Exports hold members' emails and phones, so every CSV and JSON file is created readable by its
owner only (0600, whatever the umask), under a temporary name in the target folder, and renamed
into place only once complete. On any failure the temporary is removed, and a full disk is said in
one line instead of a raw "[Errno 28]".
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class DiskFullError(OSError):
    """The disk filled up while writing; nothing was left behind. Its text is the one line."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"the disk holding {path.parent} is full; nothing was exported")
        self.errno = errno.ENOSPC


@contextlib.contextmanager
def private_text_file(
    path: Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Open a new owner-only temporary beside `path` for writing text; on success it replaces
    `path`, on any failure it is removed and `path` is left as it was."""
    path = Path(path)
    temporary, descriptor = _create_temporary(path)
    with (
        _kept_when_whole(temporary, path),
        os.fdopen(descriptor, "w", encoding=encoding, newline=newline) as handle,
    ):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def private_file_name(path: Path) -> Iterator[Path]:
    """For writers that want a file name (ReportLab): a fresh owner-only temporary beside `path`,
    renamed over `path` when the block succeeds, removed on any failure (a kill mid-render, a
    full disk), with a full disk said in one line."""
    path = Path(path)
    temporary, descriptor = _create_temporary(path)
    os.close(descriptor)
    # The writer opens the existing 0600 file by name: the mode is never wider.
    with _kept_when_whole(temporary, path):
        yield temporary


@contextlib.contextmanager
def _kept_when_whole(temporary: Path, path: Path) -> Iterator[None]:
    """Rename `temporary` over `path` once the block has written it all; on any failure remove
    it and leave `path` as it was, a full disk said in one line."""
    try:
        yield
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        full = isinstance(error, OSError) and error.errno == errno.ENOSPC
        if full and not isinstance(error, DiskFullError):
            raise DiskFullError(path) from error
        raise


def _create_temporary(path: Path) -> tuple[Path, int]:
    """A fresh 0600 file next to `path` (same folder, so the rename stays on one disk). O_EXCL and
    O_NOFOLLOW: never reuse or follow something already lying there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for attempt in range(100):
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{attempt}.part")
        try:
            descriptor = os.open(temporary, flags, 0o600)
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise DiskFullError(path) from error
            raise
        return temporary, descriptor
    raise FileExistsError(errno.EEXIST, f"cannot create a temporary file beside {path}")
