"""The folder of automatic copies beside a group's file, as a list (newest first): what the
damage messages name and File ▸ Restore from Backup offers. Making and restoring copies is
`backups.py`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..paths import backups_dir

_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first, by the age of the file itself: a name written under a wrong clock (a date
    years ahead) must not make a copy look newer than the one just taken."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        try:
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            written = entry.lstat().st_mtime_ns
        except (ValueError, OSError):
            continue  # a name that is no date, or a copy gone meanwhile
        found.append((written, taken, Backup(entry, taken, match["reason"])))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _, _, backup in found]
