"""The File menu's scorecard entries: Import/Export ▸ Shared file (JSON) and Print ▸ Scorecards.

The shared file is read and checked off the GUI thread; the merge itself is one short
transaction on the window's connection, after the facilitator has seen what it would change
(a trial merge, rolled back) and a backup has been taken. PDFs are written by `host.export`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.actions import make_action, spec
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.file_dialogs import save_file_name, start_folder

if TYPE_CHECKING:
    from endorse_desktop.core.shared_file import SharedData
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session

JSON_FILTER = "Shared files (*.json);;All files (*)"
PDF_FILTER = "PDF documents (*.pdf)"


def safe_file_stem(text: str) -> str:
    """A file name from a title: "Mayor — Ward 3" → "Mayor-Ward-3"."""
    stem = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return stem[:80] or "document"


def choose_pdf_path(parent: QWidget, session: Session, stem: str) -> Path | None:
    """Where to save a PDF: the last folder saved into, or Documents (ui/widgets/file_dialogs)."""
    return save_file_name(
        parent,
        QCoreApplication.translate("ScorecardFileActions", "Save the PDF as"),
        f"{safe_file_stem(stem)}.pdf",
        PDF_FILTER,
        ".pdf",
    )


class ScorecardFileActions(QObject):
    """Owns the menu entries' slots; lives as long as the window."""

    def __init__(
        self,
        host: TabHost,
        parent: QWidget,
        import_menu: QMenu,
        export_menu: QMenu,
        print_menu: QMenu,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.window = parent  # dialogs open over it
        tr = self.tr
        table = (
            (
                import_menu,
                spec(
                    "import_shared",
                    tr("&Shared File (JSON)…"),
                    "Ctrl+Alt+I",
                    tr("Merge values, races, candidates and ratings another group shared with you"),
                    "import_shared_dialog",
                ),
            ),
            (
                export_menu,
                spec(
                    "export_shared",
                    tr("&Shared File (JSON)…"),
                    "Ctrl+Shift+J",
                    tr("Write values, races, candidates and ratings to share with another group"),
                    "export_shared_dialog",
                ),
            ),
            (
                print_menu,
                spec(
                    "print_scorecards",
                    tr("&Scorecards…"),
                    "Ctrl+P",
                    tr("The scorecard handout of every race as a PDF, opened when written"),
                    "print_scorecards",
                ),
            ),
        )
        made = []
        for menu, action_spec in table:
            action = make_action(action_spec, self, parent)
            menu.addAction(action)
            made.append(action)
        self.import_action, self.export_action, self.print_action = made

    # ----- printing --------------------------------------------------------------------------
    @Slot()
    def print_scorecards(self) -> None:
        session = self.host.session
        stem = f"{session.settings.name or 'group'}-scorecards"
        path = choose_pdf_path(self.window, session, stem)
        if path is not None:
            self.host.export("scorecard", path)

    # ----- export ----------------------------------------------------------------------------
    @Slot()
    def export_shared_dialog(self) -> None:
        session = self.host.session
        path = save_file_name(
            self.window,
            self.tr("Share values and scorecards"),
            f"{safe_file_stem(session.settings.name)}-shared.json",
            JSON_FILTER,
            ".json",
        )
        if path is None:
            return
        self.host.export("json", path, open_after=False)

    # ----- import ----------------------------------------------------------------------------
    @Slot()
    def import_shared_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a shared file"), str(start_folder()), JSON_FILTER
        )
        if name:
            self.import_shared(Path(name))

    def import_shared(self, path: Path) -> None:
        """Read and check the file in the background, then confirm and merge it."""
        # deferred: ~30 ms at start-up (python -X importtime); this module is built with the window
        from endorse_desktop.core.shared_file import read_shared_file

        def work() -> SharedData:
            return read_shared_file(path)

        def done(data: SharedData) -> None:
            self.merge_confirmed(path, data)

        def failed(error: Exception) -> None:
            QMessageBox.warning(self.window, self.tr("Cannot import"), in_ui(error))

        self.host.run_in_background(self.tr("Reading %s…") % path.name, work, done, failed)

    def merge_confirmed(self, path: Path, data: SharedData) -> bool:
        # deferred: ~30 ms at start-up (python -X importtime); this module is built with the window
        from endorse_desktop.core.shared_file import SharedFileError, merge_shared_data

        session = self.host.session
        try:
            preview = merge_shared_data(session.store, data, dry_run=True)
        except SharedFileError as error:
            QMessageBox.warning(self.window, self.tr("Cannot import"), in_ui(error))
            return False
        if not preview.changed_anything:
            QMessageBox.information(
                self.window, self.tr("Nothing to import"), preview.describe().capitalize()
            )
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Import shared file"),
            self.tr(
                "Importing %1 will: %2.\n\nA backup of this file is taken first. "
                "The import itself cannot be undone with Ctrl+Z."
            )
            .replace("%1", path.name)
            .replace("%2", preview.describe()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            summary = merge_shared_data(session.store, data)
        except SharedFileError as error:
            QMessageBox.warning(self.window, self.tr("Cannot import"), in_ui(error))
            return False
        # Earlier undo steps may name rows the import has since changed: start afresh.
        self.host.undo_stack.clear()
        for topic in (Topic.SETTINGS, Topic.VALUES, Topic.RACES, Topic.RATINGS):
            session.notify(topic)
        self.host.show_status(
            self.tr("Imported %1: %2").replace("%1", path.name).replace("%2", summary.describe()),
            10000,
        )
        return True
