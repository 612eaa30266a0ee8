"""Where Save and Export dialogs open: the folder the facilitator last saved into, else Documents.

Never the app's own data folder: it is hidden on most systems, so a PDF saved there is as good as
lost (issue 12, item 9). The last folder is remembered per user in QSettings, not in the group's
file, so a received database is never changed by saving a PDF from it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from endorse_desktop import APP_NAME
from endorse_desktop.core.paths import data_dir

_KEY = "files/last_folder"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _hidden(folder: Path) -> bool:
    """Inside the app's data folder (the default group file, backups, the sample)."""

    return folder.resolve().is_relative_to(data_dir().resolve())


def start_folder() -> Path:
    """The last folder saved into, if it still exists and is not hidden; else Documents."""
    value = QSettings(APP_NAME, APP_NAME).value(_KEY, "")
    if isinstance(value, str) and value:
        folder = Path(value)
        if folder.is_dir() and not _hidden(folder):
            return folder
    return documents_folder()


def remember_folder(chosen: Path) -> None:
    folder = chosen if chosen.is_dir() else chosen.parent
    if not _hidden(folder):
        QSettings(APP_NAME, APP_NAME).setValue(_KEY, str(folder))


def save_file_name(
    parent: QWidget | None, title: str, file_name: str, name_filter: str, suffix: str = ""
) -> Path | None:
    """Ask where to save `file_name`, starting in `start_folder()`; remember the folder chosen."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / file_name), name_filter
    )
    if not name:
        return None
    path = Path(name)
    if suffix and path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    remember_folder(path)
    return path
