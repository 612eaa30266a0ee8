"""File ▸ Restore from backup: pick one of the automatic copies to go back to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from endorse_desktop.core.store.backups import Backup, list_backups
from endorse_desktop.ui.widgets.forms import Buttons, FormDialog

REASONS = {
    "before-update": "before an app update changed the file",
    "vote-finalized": "when a vote round was finalized",
    "daily": "daily copy",
    "before-restore": "before a restore",
    "manual": "made by hand",
}


class RestoreDialog(FormDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore from backup"), parent, ok_text=self.tr("&Restore"))
        self.setMinimumSize(520, 360)
        self.backups = list_backups(db_path)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in self.backups:
            reason = self.tr(REASONS.get(backup.reason, backup.reason))
            size_kb = max(1, backup.path.stat().st_size // 1024)
            item = QListWidgetItem(f"{backup.taken_at:%Y-%m-%d %H:%M:%S} — {reason} ({size_kb} KB)")
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        explanation = QLabel(
            self.tr(
                "The file will go back to how it was at the chosen moment. Its current state is "
                "backed up first, so a restore can itself be undone by restoring again."
            )
            if self.backups
            else self.tr("There are no backups of this file yet.")
        )
        explanation.setWordWrap(True)
        self.buttons.button(Buttons.Ok).setEnabled(bool(self.backups))
        self.list.itemDoubleClicked.connect(self.accept)
        self.append(explanation)
        self.append(self.list, 1)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
