"""File ▸ Print ▸ Ballots… and Meeting Summary…: what to print, then where; the PDF is written off
the GUI thread by the window's `export` and opened in the system viewer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from endorse_desktop.core.meetings import list_meetings
from endorse_desktop.core.races import list_races
from endorse_desktop.core.store import Store
from endorse_desktop.exports.ballots import BallotExportError, plan_ballots
from endorse_desktop.ui.widgets.forms import FormDialog


class BallotsDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Print ballots"), parent, ok_text=self.tr("&Print to PDF…"))
        self.store = store
        self.race_combo = QComboBox()
        self.race_combo.setAccessibleName(self.tr("Race"))
        for race in list_races(store):
            self.race_combo.addItem(race.title, race.title)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 10_000)
        self.copies_spin.setAccessibleName(self.tr("Copies"))
        self.copies_note = QLabel()
        self.copies_note.setWordWrap(True)
        self.per_page_combo = QComboBox()
        self.per_page_combo.setAccessibleName(self.tr("Ballots per page"))
        for count in (1, 2, 4):
            self.per_page_combo.addItem(self.tr("%d per page") % count, count)
        self.per_page_combo.setCurrentIndex(2)
        self.ranked_check = QCheckBox(self.tr("&Ranked ballots (instant runoff)"))
        self.serial_check = QCheckBox(
            self.tr("&Serial numbers (they number the paper, never the voter)")
        )
        self.options_label = QLabel()
        self.options_label.setWordWrap(True)
        form = self.form
        form.addRow(self.tr("R&ace:"), self.race_combo)
        form.addRow(self.tr("&Copies:"), self.copies_spin)
        form.addRow("", self.copies_note)
        form.addRow(self.tr("&Layout:"), self.per_page_combo)
        form.addRow("", self.ranked_check)
        form.addRow("", self.serial_check)
        form.addRow(self.tr("Options:"), self.options_label)
        self.race_combo.currentIndexChanged.connect(self._race_changed)
        self._race_changed()

    @Slot()
    def _race_changed(self) -> None:
        race = self.race_combo.currentData()
        try:
            plan = plan_ballots(self.store, race) if race else None
        except (BallotExportError, ValueError) as error:
            self.copies_note.setText(str(error))
            return
        if plan is None:
            self.options_label.setText(self.tr("No races yet."))
            return
        self.copies_spin.setValue(plan.copies)
        self.copies_note.setText(self.tr("Suggested: %s") % plan.copies_reason)
        self.ranked_check.setChecked(plan.ranked)
        self.options_label.setText(", ".join(plan.options))

    def options(self) -> dict[str, Any]:
        return {
            "race": self.race_combo.currentData(),
            "copies": self.copies_spin.value(),
            "per_page": self.per_page_combo.currentData(),
            "ranked": self.ranked_check.isChecked(),
            "serial_numbers": self.serial_check.isChecked(),
        }


class SummaryDialog(FormDialog):
    def __init__(self, store: Store, meeting_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Print the meeting summary"), parent, ok_text=self.tr("&Print to PDF…")
        )
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        for meeting in list_meetings(store):
            self.meeting_combo.addItem(meeting.label, meeting.id)
        if meeting_id is not None:
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(meeting_id), 0))
        self.form.addRow(self.tr("&Meeting:"), self.meeting_combo)

    def meeting_id(self) -> int | None:
        data = self.meeting_combo.currentData()
        return None if data is None else int(data)


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Where to save a PDF: the last folder saved into, or Documents (ui/widgets/file_dialogs)."""
    from endorse_desktop.ui.widgets.file_dialogs import save_file_name

    return save_file_name(parent, title, file_name, "PDF (*.pdf)", ".pdf")
