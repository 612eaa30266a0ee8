"""Which file the window has open: File ▸ New, Open, Open Recent, Save a Copy, Restore.

Opening swaps the window's session (`replace_store`); a failure says why and leaves the current file
open. The recent list lives in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from endorse_desktop import APP_NAME
from endorse_desktop.core.paths import sample_db_path
from endorse_desktop.core.store import Store, StoreError, backups
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.file_dialogs import save_file_name

MAX_RECENT = 8
DB_FILTER = "Endorse Desktop files (*.sqlite3 *.sqlite *.db);;All files (*)"


class FileOwner(Protocol):
    """What the controller needs of the window."""

    @property
    def session(self) -> Session: ...

    def replace_store(self, store: Store) -> None: ...

    def install_session(self, session: Session) -> None: ...

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...


class FileController(QObject):
    def __init__(self, window: FileOwner, parent: QWidget, recent_menu: QMenu) -> None:
        super().__init__(parent)
        self._window = window
        self._parent = parent  # dialogs open over it
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def open_path(self, path: Path) -> bool:
        """Open a file in this window; on failure say why and keep the current file open."""
        if path.absolute() == self._window.session.path:
            return True
        try:
            # A CD or a locked stick opens read-only; the window says so in a banner.
            store = Store.open(path, allow_readonly=True)
        except StoreError as error:
            QMessageBox.warning(self._parent, self.tr("Cannot open file"), in_ui(error))
            return False
        self._window.replace_store(store)
        self._window.show_status(self.tr("Opened %s") % path, 5000)
        return True

    @Slot()
    def new_file_dialog(self) -> None:
        path = self._ask_for_file(QFileDialog.getSaveFileName, self.tr("New group file"))
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".sqlite3")
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self._parent,
                self.tr("File exists"),
                self.tr("%s already exists. Use File ▸ Open to open it.") % path.name,
            )
            return
        self.open_path(path)

    @Slot()
    def open_file_dialog(self) -> None:
        path = self._ask_for_file(QFileDialog.getOpenFileName, self.tr("Open group file"))
        if path is not None:
            self.open_path(path)

    def _ask_for_file(self, ask: Callable[..., tuple[str, str]], title: str) -> Path | None:
        """A group file chosen with QFileDialog's `ask` (Save or Open), starting beside the open
        file; None when cancelled."""
        name, _ = ask(self._parent, title, str(self._window.session.path.parent), DB_FILTER)
        return Path(name) if name else None

    @Slot()
    def open_sample_group(self) -> None:
        # deferred: the sample group costs ~110 ms at start-up (python -X importtime)
        from endorse_desktop.core.demo import build_demo

        path = sample_db_path()
        if not path.exists():
            try:
                build_demo(path)
            except (StoreError, OSError) as error:
                QMessageBox.warning(
                    self._parent, self.tr("Cannot build the sample group"), in_ui(error)
                )
                return
        self.open_path(path)

    @Slot()
    def save_copy_dialog(self) -> None:
        # Documents or the last folder saved into: a copy is made to be found (and carried off)
        suggestion = self._window.session.path.stem + "-copy.sqlite3"
        chosen = save_file_name(self._parent, self.tr("Save a copy"), suggestion, DB_FILTER)
        if chosen is None:
            return
        name = str(chosen)
        try:
            backups.save_copy(self._window.session.store, Path(name))
        except (StoreError, OSError) as error:
            QMessageBox.warning(self._parent, self.tr("Cannot save a copy"), in_ui(error))
            return
        self._window.show_status(self.tr("Copy saved to %s") % name, 5000)

    @Slot()
    def restore_dialog(self) -> None:
        # deferred: ~11 ms at start-up (python -X importtime) for a dialog seldom opened
        from endorse_desktop.ui.shell.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._window.session.path, self._parent)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        answer = QMessageBox.question(
            self._parent,
            self.tr("Restore from backup"),
            self.tr(
                "Go back to the copy of %s? Everything recorded since then leaves this file "
                "(a backup of the current state is made first)."
            )
            % f"{chosen.taken_at:%Y-%m-%d %H:%M}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self._window.session.path
        backups.make_backup(self._window.session.store, reason="before-restore")
        self._window.session.close()
        try:
            backups.restore_backup(chosen.path, path)
        finally:
            store = Store.open(path)
            self._window.install_session(Session(store, self._parent))
        self._window.show_status(self.tr("Restored the copy of %s") % chosen.taken_at, 8000)

    def remember_recent(self, path: Path) -> None:
        settings = QSettings(APP_NAME, APP_NAME)
        recent = [p for p in _recent_files(settings) if p != str(path)]
        settings.setValue("recent_files", [str(path), *recent][:MAX_RECENT])

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = _recent_files(QSettings(APP_NAME, APP_NAME))
        for index, name in enumerate(recent):
            action = self.recent_menu.addAction(f"&{index + 1} {name}")
            action.setData(name)
            action.triggered.connect(self._open_recent)
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    @Slot()
    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_path(Path(action.data()))


def _recent_files(settings: QSettings) -> list[str]:
    """The remembered files, newest first; QSettings.value() is typed `object`, so check it."""
    value = settings.value("recent_files", [], list)
    return [str(p) for p in value] if isinstance(value, list) else []
