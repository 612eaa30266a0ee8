"""Where the app keeps its files: the default database and the sample group beside it."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop import APP_NAME

DEFAULT_DB_NAME = "endorse.sqlite3"
SAMPLE_DB_NAME = "sample-group.sqlite3"


def data_dir() -> Path:
    # deferred: platformdirs costs ~8 ms at start-up (python -X importtime), and a start with
    # --db never needs it.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def sample_db_path() -> Path:
    """The sample group lives in its own file so demo data never mixes with a group's real data."""
    return data_dir() / SAMPLE_DB_NAME


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the file they protect, in a folder named after it."""
    return db_path.parent / f"{db_path.name}.backups"
