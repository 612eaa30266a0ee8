"""File ▸ Print ▸ Ballots… and Meeting Summary…: what to print, then where; the PDF is written off
the GUI thread by the window's `export` and opened in the system viewer.

Every Print dialog offers the document's language (`LanguageCombo`): English, Spanish or both.
The choice is remembered for the session, and documents printed without a dialog (scorecards,
the announcement) use it too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.meetings import list_meetings
from endorse_desktop.core.races import list_races
from endorse_desktop.core.store import Store
from endorse_desktop.core.translations import missing_spanish
from endorse_desktop.exports.ballots import BallotExportError, BallotPlan, plan_ballots, plan_fits
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.file_dialogs import save_file_name
from endorse_desktop.ui.widgets.forms import FormDialog
from endorse_desktop.ui.widgets.language_combo import LanguageCombo
from endorse_desktop.ui.widgets.text import translator

_tr = translator("PrintDialogs")


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
        self._wanted = 4  # the layout the facilitator chose last (the combo's own change aside)
        self.ranked_check = QCheckBox(self.tr("&Ranked ballots (instant runoff)"))
        self.serial_check = QCheckBox(
            self.tr("&Serial numbers (they number the paper, never the voter)")
        )
        self.options_label = QLabel()
        self.options_label.setWordWrap(True)
        self.language_combo = LanguageCombo()
        form = self.form
        form.addRow(self.tr("R&ace:"), self.race_combo)
        form.addRow(self.tr("&Copies:"), self.copies_spin)
        form.addRow("", self.copies_note)
        form.addRow(self.tr("&Layout:"), self.per_page_combo)
        form.addRow("", self.ranked_check)
        form.addRow("", self.serial_check)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        form.addRow(self.tr("Options:"), self.options_label)
        self._plan: BallotPlan | None = None
        self.race_combo.currentIndexChanged.connect(self._race_changed)
        # Said as soon as it is chosen, not after Print: a layout the type cannot fit.
        for changed in (
            self.per_page_combo.currentIndexChanged,
            self.ranked_check.toggled,
            self.language_combo.currentIndexChanged,
        ):
            changed.connect(self._layout_changed)
        self.per_page_combo.activated.connect(self._layout_chosen)
        self._race_changed()

    @Slot()
    def _race_changed(self) -> None:
        race = self.race_combo.currentData()
        self._plan = None
        try:
            plan = plan_ballots(self.store, race) if race else None
        except (BallotExportError, ValueError) as error:
            self.copies_note.setText(in_ui(error))
            return
        if plan is None:
            self.options_label.setText(self.tr("No races yet."))
            return
        self._plan = plan
        self.copies_spin.setValue(plan.copies)
        self.copies_note.setText(self.tr("Suggested: %s") % plan.copies_reason)
        self.ranked_check.setChecked(plan.ranked)
        self.options_label.setText(", ".join(plan.options))
        self._fit_layout()
        self._layout_changed()

    def _fit_layout(self) -> None:
        """Each race starts at the layout last chosen (4 a page at first) or, when its options
        do not fit that, at the most ballots a page that do (a crowded race, fewer), so Print
        works without a detour; a layout then chosen that does not fit is refused in words."""
        assert self._plan is not None
        ranked, language = self.ranked_check.isChecked(), self.language_combo.language()
        fitting = [
            n
            for n in (1, 2, 4)
            if n <= self._wanted and plan_fits(self.store, self._plan, n, ranked, language)
        ]
        with QSignalBlocker(self.per_page_combo):
            self.per_page_combo.setCurrentIndex(
                self.per_page_combo.findData(max(fitting, default=self._wanted))
            )

    @Slot(int)
    def _layout_chosen(self, index: int) -> None:
        self._wanted = int(self.per_page_combo.itemData(index))

    @Slot()
    def _layout_changed(self) -> None:
        problem = self.check()
        self.error_label.show_message(problem or "")
        button = self.accept_button
        if button is not None:
            button.setEnabled(problem is None)

    def check(self) -> str | None:
        """Ballots whose type would have to shrink below the print minimums are not printed."""
        per_page = int(self.per_page_combo.currentData())
        ranked, language = self.ranked_check.isChecked(), self.language_combo.language()
        if self._plan is None or plan_fits(self.store, self._plan, per_page, ranked, language):
            return None
        if per_page == 1:
            return self.tr(
                "These options do not fit on a ballot with names of at least 12 pt and "
                "instructions of at least 10 pt."
            )
        return (
            self.tr(
                "These ballots do not fit %d to a page with names of at least 12 pt and "
                "instructions of at least 10 pt: choose fewer to a page."
            )
            % per_page
        )

    def options(self) -> dict[str, Any]:
        return {
            "race": self.race_combo.currentData(),
            "copies": self.copies_spin.value(),
            "per_page": self.per_page_combo.currentData(),
            "ranked": self.ranked_check.isChecked(),
            "serial_numbers": self.serial_check.isChecked(),
            "lang": self.language_combo.language().value,
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
        self.language_combo = LanguageCombo()
        self.form.addRow(self.tr("&Meeting:"), self.meeting_combo)
        self.form.addRow(self.tr("Lan&guage:"), self.language_combo)

    def language(self) -> str:
        return self.language_combo.language().value

    def meeting_id(self) -> int | None:
        data = self.meeting_combo.currentData()
        return None if data is None else int(data)


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Where to save a PDF: the last folder saved into, or Documents (ui/widgets/file_dialogs)."""
    return save_file_name(parent, title, file_name, "PDF (*.pdf)", ".pdf")


MISSING_SHOWN = 12  # lines of the warning; the rest are counted


def missing_spanish_text(missing: list[str]) -> str:
    """The warning's body: what will print in English, one line each."""
    shown = [f"• {line}" for line in missing[:MISSING_SHOWN]]
    if len(missing) > MISSING_SHOWN:
        more = len(missing) - MISSING_SHOWN
        shown.append(_tr("… and %n more", None, more))
    return "\n".join(shown)


def confirm_missing_spanish(
    parent: QWidget, store: Store, kind: str, options: dict[str, Any]
) -> bool:
    """Before a document in Spanish or both languages: name the group's texts that would print
    in English, and let the facilitator go back and write them. True: print."""
    try:
        missing = missing_spanish(
            store,
            kind,
            options.get("lang"),
            race=options.get("race"),
            endorsement_id=options.get("endorsement_id"),
        )
    except (InvalidInputError, ValueError):
        return True  # the export itself says what is wrong, in its own words
    if not missing:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Spanish texts missing"))
    box.setText(
        _tr(
            "These texts have no Spanish yet, so they will print in English. Write them in the "
            "edit dialogs (the Spanish fields), or print anyway."
        )
    )
    box.setInformativeText(missing_spanish_text(missing))
    print_button = box.addButton(_tr("Print &anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is print_button
