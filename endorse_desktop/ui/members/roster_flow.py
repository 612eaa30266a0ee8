"""Importing a roster file from the Members tab, step by step: choose the file, read it in the
background, the import dialog (columns and a preview), the import as one undoable step, and
the summary of what it did."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from endorse_desktop.core.roster_import import (
    ImportPlan,
    ImportSummary,
    preview_import,
    read_roster_file,
)
from endorse_desktop.ui.members import commands
from endorse_desktop.ui.members.commands import MembersView
from endorse_desktop.ui.members.import_dialog import ImportSummaryDialog, RosterImportDialog
from endorse_desktop.ui.shell.workers import run_in_background
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.file_dialogs import remember_folder, start_folder
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost

CSV_FILTER = "CSV files (*.csv *.tsv *.txt);;All files (*)"
Tell = Callable[[str, str], None]  # a message box: title, text


_tr = translator("MembersTab")  # the tab's context: one set of words


def as_sentence(message: str) -> str:
    """A core message as a sentence for a message box: capital first, full stop last."""
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


class RosterImportFlow(QObject):
    """The dialogs of one import at a time, opened over the tab (`view`), which the import's
    undo command refreshes and selects in."""

    def __init__(self, view: MembersView, parent: QWidget, window: TabHost, tell: Tell) -> None:
        super().__init__(parent)
        self.import_dialog: RosterImportDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._view, self._parent, self._window, self._tell = view, parent, window, tell

    def start(self, path: Path | None = None) -> None:
        if path is None:
            # the folder last used for a file, else Documents (never the hidden data folder)
            name, _ = QFileDialog.getOpenFileName(
                self._parent, _tr("Import members roster"), str(start_folder()), _tr(CSV_FILTER)
            )
            if not name:
                return
            path = Path(name)
            remember_folder(path.parent)
        run_in_background(
            self._parent,
            _tr("Reading %s…") % path.name,
            partial(read_roster_file, path),
            self._roster_read,
            self._roster_failed,
        )

    def _roster_read(self, plan: ImportPlan) -> None:
        if not plan.row_count:
            self._tell(
                _tr("Nothing to import"),
                _tr("%s names its columns but has no rows of members.") % plan.file_name,
            )
            return
        dialog = RosterImportDialog(plan, partial(self.preview, plan), self._parent)
        self.import_dialog = dialog
        dialog.accepted.connect(self._import_accepted)
        dialog.finished.connect(self._import_dialog_finished)
        dialog.open()

    def _roster_failed(self, error: Exception) -> None:
        self._tell(_tr("Cannot import this file"), as_sentence(in_ui(error)))

    def preview(
        self, plan: ImportPlan, mapping: Sequence[str | None], eligible: bool
    ) -> ImportSummary:
        return preview_import(
            self._view.session.store, plan, mapping, new_members_eligible=eligible
        )

    @Slot()
    def _import_accepted(self) -> None:
        dialog = self.import_dialog
        if dialog is None:
            return
        summaries: list[ImportSummary] = []
        command = commands.import_roster(
            self._view, dialog.plan, dialog.mapping(), dialog.new_members_eligible(), summaries
        )
        self._window.undo_stack.push(command)
        if summaries:
            summary = summaries[0]
            self._window.show_status(
                _tr("Imported %1: %2")
                .replace("%1", dialog.plan.file_name)
                .replace("%2", summary.describe()),
                6000,
            )
            self.summary_dialog = ImportSummaryDialog(summary, dialog.plan.file_name, self._parent)
            self.summary_dialog.finished.connect(self._summary_finished)
            self.summary_dialog.open()

    @Slot()
    def _import_dialog_finished(self) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    @Slot()
    def _summary_finished(self) -> None:
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
            self.summary_dialog = None
