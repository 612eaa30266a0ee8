"""The documents the File menu writes: ballots, the meeting summary, the sign-up sheet, the
commitment report and the CSV export; `export` writes any document kind off the GUI thread.

Save dialogs open in the folder last saved into, or Documents (ui/widgets/file_dialogs), never
beside the group file, which usually sits in the hidden data folder.
"""

from __future__ import annotations

import ctypes
import gc
import linecache
from contextlib import suppress
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from endorse_desktop.core.store import Store
from endorse_desktop.ui.scorecards.menus import choose_pdf_path
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import Runner
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.file_dialogs import remember_folder, start_folder
from endorse_desktop.ui.widgets.language_combo import LanguageCombo


class DocumentOwner(Protocol):
    """What the controller needs of the window."""

    @property
    def session(self) -> Session: ...

    def shown_meeting_id(self) -> int | None: ...

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...

    run_in_background: Runner


class DocumentController(QObject):
    def __init__(self, window: DocumentOwner, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = window
        self._parent = parent  # dialogs open over it

    @Slot()
    def export_csv_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Folder for the CSV files"), str(start_folder())
        )
        if folder:
            remember_folder(Path(folder))
            self.export("csv", Path(folder), open_after=False)

    @Slot()
    def print_signup_sheet(self) -> None:
        # deferred: the commitments dialogs cost ~270 ms at start-up (python -X importtime)
        from endorse_desktop.ui.commitments.dialogs import SignupPrintDialog

        dialog = SignupPrintDialog(self._window.session, self._parent)
        if dialog.exec() != SignupPrintDialog.DialogCode.Accepted:
            return
        self._save_pdf("signup", self.tr("Sign-up sheet"), **dialog.options())

    @Slot()
    def print_commitment_report(self) -> None:
        self._save_pdf("commitments", self.tr("Commitment report"))

    @Slot()
    def print_track_record(self) -> None:
        self._save_pdf("track-record", self.tr("Track record"))

    def _save_pdf(self, kind: str, title: str, **options: Any) -> None:
        """Ask where to save the document `title` names (a PDF), then write it there."""
        path = choose_pdf_path(self._parent, self._window.session, title)
        self._export_to(kind, path, **options)

    def _export_to(self, kind: str, path: Path | None, **options: Any) -> None:
        """Write the document where the Save dialog said (nothing when it was cancelled)."""
        if path is not None:
            self.export(kind, path, **options)

    @Slot()
    def print_ballots_dialog(self) -> None:
        # deferred: the print dialogs bring the exports, ~340 ms at start-up (python -X importtime)
        from endorse_desktop.ui.widgets.print_dialogs import BallotsDialog, ask_pdf_path

        dialog = BallotsDialog(self._window.session.store, self._parent)
        if dialog.exec() != BallotsDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        name = f"ballots-{file_word(options['race'] or '')}.pdf"
        path = ask_pdf_path(self._parent, self.tr("Save the ballots"), name)
        self._export_to("ballots", path, **options)

    @Slot()
    def print_summary_dialog(self) -> None:
        # deferred: the print dialogs bring the exports, ~340 ms at start-up (python -X importtime)
        from endorse_desktop.ui.widgets.print_dialogs import SummaryDialog, ask_pdf_path

        shown = self._window.shown_meeting_id()
        dialog = SummaryDialog(self._window.session.store, shown, self._parent)
        if dialog.exec() != SummaryDialog.DialogCode.Accepted:
            return
        meeting_id = dialog.meeting_id()
        name = f"meeting-summary-{meeting_id or 'latest'}.pdf"
        path = ask_pdf_path(self._parent, self.tr("Save the meeting summary"), name)
        self._export_to("summary", path, meeting=meeting_id, lang=dialog.language())

    def export(self, kind: str, output: Path, open_after: bool = True, **options: Any) -> None:
        """Write a document off the GUI thread (own read-only connection), then open it.

        A document printed without a Print dialog takes the language last chosen in one; one in
        Spanish or both first names the group's texts that have no Spanish yet."""
        # deferred: the exports bring ReportLab, ~340 ms at start-up (python -X importtime)
        from endorse_desktop.exports.kinds import export_document
        from endorse_desktop.reports.common import forget_layouts
        from endorse_desktop.ui.widgets.print_dialogs import confirm_missing_spanish

        options.setdefault("lang", LanguageCombo.last_chosen.value)
        if not confirm_missing_spanish(self._parent, self._window.session.store, kind, options):
            return
        db_path = self._window.session.path

        def work() -> list[Path]:
            try:
                with Store.open(db_path, readonly=True) as reader:
                    return export_document(reader, kind, output, **options)
            finally:
                forget_layouts()
                give_back_memory()

        def done(paths: list[Path]) -> None:
            self._window.show_status(self.tr("Wrote %s") % ", ".join(map(str, paths)), 8000)
            if open_after and paths and not _offscreen():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))

        def failed(error: Exception) -> None:
            QMessageBox.warning(self._parent, self.tr("Export failed"), in_ui(error))

        label = self.tr("Writing %s…") % output.name
        self._window.run_in_background(label, work, done, failed)


def give_back_memory() -> None:
    """After an export: its pages, tables and font subsets are garbage now. Collect them and hand
    the freed heap back to the system (glibc keeps it for the export's thread otherwise), so the
    next export or tab starts from what the window holds, not from this one's peak (SPEC P-6)."""
    linecache.clearcache()  # PySide6's start reads 12 of its sources into it (0.7 MB), unused
    gc.collect()
    with suppress(OSError, AttributeError, TypeError):  # glibc only: elsewhere nothing to do
        ctypes.CDLL(None).malloc_trim(0)


def file_word(text: str) -> str:
    """A race title as part of a file name: "Mayor — Ward 3" → "mayor-ward-3"."""
    words = "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()
    return "-".join(words) or "race"


def _offscreen() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal")
