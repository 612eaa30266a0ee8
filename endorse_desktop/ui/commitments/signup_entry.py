"""The Commitments tab's sign-up sheet page: which endorsement and date the sheet is for, the grid
(`signup_grid.SheetEntryView`, where every key's meaning is described) and the line that says
what to press; a saved row becomes pledges through an undo command.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import ActivityCategory
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.commitments.page import CommitmentPage
from endorse_desktop.ui.commitments.signup_grid import SheetEntryView
from endorse_desktop.ui.commitments.signup_model import SheetEntryModel
from endorse_desktop.ui.commitments.signup_state import (
    EMAIL,
    FIRST_ACTIVITY,
    NAME,
    PHONE,
    EntryState,
    hints,
    roster_names,
)
from endorse_desktop.ui.widgets.cautions import (
    Caution,
    coordination_caution,
    money_caution,
)
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


_tr = translator("SignupEntry")  # one context for the whole page


class SignupEntryPage(CommitmentPage):
    """The sheet grid with its endorsement, date and the line that says what to press."""

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, stack, parent)
        self.endorsement_id: int | None = None
        self.label = ""
        self._sheet_ready = False
        self._started_for: int | None = None  # the endorsement the grid was made for
        self.model = SheetEntryModel(self)
        self.view = SheetEntryView(self.model)
        self.date = QDateEdit(QDate.fromString(today_iso(), "yyyy-MM-dd"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(_tr("Date the sheet was signed"))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName(_tr("What to press next"))
        self.keys = QLabel(hints()[EntryState.BLANK])  # what each key does, in this state
        self.keys.setWordWrap(True)
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setAccessibleName(_tr("Keys for this step"))
        self.money = Caution(money_caution(), _tr("Campaign finance caution"))
        self.coordination = Caution(coordination_caution(), _tr("Coordination caution"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        date_label = QLabel(_tr("Signed &on:"))
        date_label.setBuddy(self.date)
        top.addWidget(date_label)
        top.addWidget(self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keys)
        layout.addWidget(self.money)
        layout.addWidget(self.coordination)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.prompt)
        self.model.confirm_needed.connect(self._ask_confirmation)
        self.model.row_changed.connect(self._row_changed)
        self.view.commit_row.connect(self.save_row)
        self.view.refused.connect(self._say)
        self.view.state_changed.connect(self._show_keys)

    def reload(self) -> None:
        """A new grid when the endorsement changed, or when its goals changed before anything
        was typed; otherwise the rows typed so far stay."""
        if not self._sheet_ready or self._started_for != self.endorsement_id:
            self.start_sheet(self.endorsement_id, self.label)
        elif self.model.is_blank():
            offered = core.offered_activities(self.session.store, self.endorsement_id)
            if [a.id for a in offered] != [a.id for a in self.model.activities]:
                self.start_sheet(self.endorsement_id, self.label)

    def start_sheet(self, endorsement_id: int | None, label: str) -> None:
        """A fresh grid for this endorsement's sheet (its offered activities as columns)."""
        self.endorsement_id = endorsement_id
        self.label = label
        self._started_for = endorsement_id
        self._sheet_ready = True
        activities = core.offered_activities(self.session.store, endorsement_id)
        self.refresh_roster()
        self.model.start_sheet(activities)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.title.setText(_tr("Sheet for %1").replace("%1", label) if label else "")
        self.money.setVisible(any(a.category == ActivityCategory.MONEY for a in activities))
        self.coordination.setVisible(self.session.settings.independent_expenditures)
        self.view.setEnabled(endorsement_id is not None)
        self.view.setColumnWidth(NAME, 220)
        self.view.setColumnWidth(PHONE, 120)
        self.view.setColumnWidth(EMAIL, 190)
        for column in range(FIRST_ACTIVITY, self.model.notes_column()):
            self.view.setColumnWidth(column, 112)
        self.view.setCurrentIndex(self.model.index(0, NAME))
        self.prompt.setText(
            _tr("Type the first name on the sheet.")
            if endorsement_id is not None
            else _tr("Add an endorsement first: sheets are typed in for an endorsement.")
        )

    def refresh_roster(self) -> None:
        self.model.load_roster_when_needed(partial(roster_names, self.session))

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (its page tab clicked): the keys go to the grid, where the sheet is typed."""
        super().showEvent(event)
        if self.view.isEnabled():
            self.focus_grid()

    def focus_grid(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, NAME))

    @Slot(int)
    def save_row(self, number: int) -> None:
        row = self.model.rows[number]
        if row.saved or not row.name:
            return
        if row.awaiting_confirmation:
            self._say(
                _tr(
                    "Row %1 is not saved: confirm the new member (Enter) or retype the name"
                ).replace("%1", str(number + 1))
            )
            return
        entry = row.entry()
        if not entry.quantities and not row.new_member:
            self._say(_tr("Row %1 has no ticks: nothing to save").replace("%1", str(number + 1)))
            return
        assert self.endorsement_id is not None
        outcome = commands.record_sheet_row(
            self.session,
            self.stack,
            self.endorsement_id,
            entry,
            pledged_on=self.date.date().toString("yyyy-MM-dd"),
            on_change=partial(self.model.row_saved, row),
        )
        if not outcome.ok:
            QMessageBox.warning(self, _tr("Row not saved"), in_ui(outcome.error))
            return
        pledges = len(entry.quantities)
        what = _tr("Row %1 saved: %2, %3 pledge(s)").replace("%1", str(number + 1))
        what = what.replace("%2", row.name + (_tr(" (new member)") if row.new_member else ""))
        self._say(what.replace("%3", str(pledges)))
        if row.new_member:
            self.refresh_roster()

    @Slot(int)
    def _ask_confirmation(self, number: int) -> None:
        name = self.model.rows[number].name
        self._say(
            _tr(
                "“%1” is not on the roster. Enter adds them as a new member; Esc retypes the name."
            ).replace("%1", name)
        )

    @Slot(int)
    def _row_changed(self, number: int) -> None:
        row = self.model.rows[number]
        if row.new_member and not row.saved and not (row.phone or row.email or row.quantities):
            self._say(
                _tr(
                    "New member %1: type their phone and email from the sheet (Tab skips), then "
                    "tick activities"
                ).replace("%1", row.name)
            )
        elif row.identified and not row.saved and not row.awaiting_confirmation:
            ticks = [a.name for a in self.model.activities if row.quantities.get(a.id or 0, 0) > 0]
            self._say(
                _tr("Row %1: %2 — %3")
                .replace("%1", str(number + 1))
                .replace("%2", row.name)
                .replace("%3", ", ".join(ticks) or _tr("press 1–9 to tick activities"))
            )

    @Slot(object)
    def _show_keys(self, state: EntryState) -> None:
        self.keys.setText(hints()[state])

    @Slot(str)
    def _say(self, text: str) -> None:
        self.prompt.setText(text)
        self.message.emit(text)
