"""Files this app closed healthy, remembered from one start to the next.

Opening a file runs SQLite's quick_check over every page: ~70 ms on the large sample, a third of
what start-up adds to a bare window (SPEC P-1, issue 17). A file the app itself checkpointed and
closed, and that nobody has touched since (same device, inode, size and modification time to the
nanosecond), holds exactly the pages the app verified and wrote, so the next start skips that
scan; its schema is still read and verified, which is cheap. A file changed in any way since, a
received copy, or a file with a log left beside it is checked in full as before.

The record sits in the user's state folder (never beside the group file, which travels), owner
only, written whole under a temporary name, at most `KEPT` files long. It holds file paths and
their stat numbers, nothing from inside a file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from endorse_desktop import APP_NAME
from endorse_desktop.core.private_files import private_text_file

KEPT = 16  # the files a facilitator switches between; older ones are simply checked again
RECORD_NAME = "closed-healthy.txt"

Identity = tuple[int, int, int, int]


def record_path() -> Path:
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        # platformdirs' own rule there (XDG), without its import at every start (SPEC P-1)
        base = os.environ.get("XDG_STATE_HOME", "").strip() or os.path.expanduser("~/.local/state")
        return Path(base) / APP_NAME / RECORD_NAME
    # deferred: platformdirs costs ~8 ms at start-up (python -X importtime)
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME, appauthor=False)) / RECORD_NAME


def _read() -> dict[str, Identity]:
    """The record: per file path, its identity when the app closed it. A line: the four numbers,
    a tab, the path."""
    found: dict[str, Identity] = {}
    try:
        text = record_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return found  # no record yet, or an unreadable one: every file is checked
    for line in text.splitlines():
        numbers, _, name = line.partition("\t")
        parts = numbers.split()
        if name and len(parts) == 4 and all(part.isdigit() for part in parts):
            found[name] = (int(parts[0]), int(parts[1]), int(parts[2]), int(parts[3]))
    return found


def was_closed_healthy(path: Path, identity: Identity) -> bool:
    """The app closed `path` healthy and it is as it was left (by its stat numbers)."""
    return _read().get(str(path.resolve())) == identity


def remember_closed_healthy(path: Path, identity: Identity) -> None:
    """Note `path` as closed healthy; never fails the close (an unwritable home: checked again
    next time)."""
    entries = _read()
    key = str(path.resolve())
    entries.pop(key, None)  # to the end: the newest are kept
    entries[key] = identity
    target = record_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with private_text_file(target) as handle:
            for name, numbers in list(entries.items())[-KEPT:]:
                handle.write(" ".join(map(str, numbers)) + "\t" + name + "\n")
    except OSError:
        return
