"""Typing in a paper sign-up sheet, keyboard only.

The grid has the paper's rows (numbered like the sheet) and columns: Name, Phone, Email, one
column per offered activity (numbered like the sheet's tick columns), Notes. For each row:

* type the name; the roster completes it as you type (accents and case do not matter; Up/Down
  step through other matches); Enter accepts it;
* a name not on the roster asks, in the line above the grid, whether to add a new member:
  Enter adds them, Esc goes back to the name. Their phone and email can then be typed in;
* number keys 1–9 tick (or untick) the activity with that number; Space ticks the activity
  under the cursor; + and − change its quantity (F2 types a quantity, e.g. a donation);
* Enter (or Down) saves the row — a pledge per tick, source "sheet" — and moves to the next.

A saved row is greyed; Ctrl+Z takes the whole row back (its pledges, and the member if the row
added one) and makes it editable again.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.progress import name_key
from endorse_desktop.core.commitments.records import Activity, ActivityCategory
from endorse_desktop.core.members import list_members
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.widgets.cautions import (
    Caution,
    coordination_caution,
    money_caution,
)

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

AnyIndex = QModelIndex | QPersistentModelIndex
ROWS = 18  # like the printed sheet
NAME, PHONE, EMAIL = 0, 1, 2
FIRST_ACTIVITY = 3
MAX_QUANTITY = 1_000_000
SAVED_COLOUR = QColor("#6b6b6b")
HEADER_WRAP = 13  # characters per line of an activity's column heading


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignupEntry", text)


def fold(text: str) -> str:
    """How names are compared: case, accents and repeated spaces do not matter.

    A trailing space is kept, so that "Jo " (a first name, finished) no longer matches "José".
    """
    return re.sub(r"\s+", " ", name_key(text)).lstrip()


@dataclass(frozen=True, slots=True)  # slots: one per member, kept while the page is open
class RosterName:
    label: str  # what the grid shows and completes to
    member_id: int
    folded: str


def roster_names(session: Session) -> list[RosterName]:
    """Active members by name; two members with one name are told apart by their email."""
    members = [m for m in list_members(session.store) if not m.archived and m.id is not None]
    counts: dict[str, int] = {}
    for member in members:
        key = fold(member.display_name.strip())
        counts[key] = counts.get(key, 0) + 1
    names = []
    for member in members:
        label = member.display_name
        if counts[fold(label.strip())] > 1 and member.email:
            label = f"{label} <{member.email}>"
        assert member.id is not None
        names.append(RosterName(label, member.id, fold(label.strip())))
    return sorted(names, key=lambda n: n.folded)


@dataclass(eq=False)  # rows are told apart by identity: two blank rows are not the same row
class SheetRow:
    """One line of the paper sheet as typed so far (UI state until it is saved)."""

    name: str = ""
    member_id: int | None = None
    awaiting_confirmation: bool = False  # a name not on the roster, not yet confirmed
    new_member: bool = False  # confirmed: saving the row adds this member
    phone: str = ""
    email: str = ""
    quantities: dict[int, int] = field(default_factory=dict)  # activity id → quantity
    notes: str = ""
    saved: core.SheetRowResult | None = None

    @property
    def identified(self) -> bool:
        return self.member_id is not None or self.new_member

    def entry(self) -> core.SheetEntry:
        return core.SheetEntry(
            name=self.name,
            member_id=None if self.new_member else self.member_id,
            phone=self.phone if self.new_member else "",
            email=self.email if self.new_member else "",
            quantities=tuple((aid, q) for aid, q in self.quantities.items() if q > 0),
            notes=self.notes,
        )


class SheetEntryModel(QAbstractTableModel):
    """The rows of the sheet being typed in. Emits `confirm_needed(row)` for a new name."""

    confirm_needed = Signal(int)
    row_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activities: list[Activity] = []
        self.rows: list[SheetRow] = [SheetRow() for _ in range(ROWS)]
        self._roster: list[RosterName] = []
        self._by_fold: dict[str, RosterName] = {}
        self._roster_loader: Callable[[], list[RosterName]] | None = None

    # ----- set-up ------------------------------------------------------------------------------
    def set_roster(self, roster: list[RosterName]) -> None:
        self._roster = roster
        self._by_fold = {name.folded: name for name in roster}
        self._roster_loader = None

    def load_roster_when_needed(self, loader: Callable[[], list[RosterName]]) -> None:
        """Read the roster the next time a name is typed, not now: the roster changes with
        every new member saved from the sheet, and a large group has thousands of names."""
        self._roster_loader = loader

    @property
    def roster(self) -> list[RosterName]:
        if self._roster_loader is not None:
            self.set_roster(self._roster_loader())
        return self._roster

    def start_sheet(self, activities: list[Activity]) -> None:
        self.beginResetModel()
        self.activities = list(activities)
        self.rows = [SheetRow() for _ in range(ROWS)]
        self.endResetModel()

    def is_blank(self) -> bool:
        return not any(row.name or row.saved for row in self.rows)

    def notes_column(self) -> int:
        return FIRST_ACTIVITY + len(self.activities)

    def activity_at(self, column: int) -> Activity | None:
        index = column - FIRST_ACTIVITY
        return self.activities[index] if 0 <= index < len(self.activities) else None

    def add_row(self) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(SheetRow())
        self.endInsertRows()

    # ----- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_ACTIVITY + len(self.activities) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                mark = " ✓" if self.rows[section].saved else ""
                return f"{section + 1}{mark}"
            return None
        if not 0 <= section < self.columnCount():
            return None
        activity = self.activity_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if activity is not None:
                # the number the key presses, over the name wrapped to the narrow column
                lines = textwrap.wrap(activity.name, HEADER_WRAP)[:3] or [""]
                return "\n".join([str(section - FIRST_ACTIVITY + 1), *lines])
            return {NAME: _tr("Name"), PHONE: _tr("Phone"), EMAIL: _tr("Email")}.get(
                section, _tr("Notes")
            )
        if role == Qt.ItemDataRole.ToolTipRole and activity is not None:
            number = section - FIRST_ACTIVITY + 1
            return (
                _tr("Press %1 to tick %2 (quantity in %3)")
                .replace("%1", str(number))
                .replace("%2", activity.name)
                .replace("%3", activity.unit)
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if row.saved:
            return flags
        column = index.column()
        if column in (PHONE, EMAIL) and not row.new_member:
            return flags  # the roster has their details already
        if column >= FIRST_ACTIVITY and column < self.notes_column() and not row.identified:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        activity = self.activity_at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, activity)
        if role == Qt.ItemDataRole.EditRole:
            if activity is not None:
                return max(1, row.quantities.get(activity.id or 0, 1))
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.saved:
            return SAVED_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == NAME and row.new_member:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and activity is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (PHONE, EMAIL) and row.member_id:
            return _tr("On the roster already")
        return None

    def _text(self, row: SheetRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == PHONE:
            return row.phone
        if column == EMAIL:
            return row.email
        return row.notes

    def _display(self, row: SheetRow, column: int, activity: Activity | None) -> str:
        if activity is not None:
            quantity = row.quantities.get(activity.id or 0, 0)
            if quantity <= 0:
                return ""
            return "✓" if quantity == 1 else f"✓ {quantity:,}"
        if column == NAME:
            if row.awaiting_confirmation:
                return _tr("%1 — not on the roster: Enter adds, Esc retypes").replace(
                    "%1", row.name
                )
            if row.new_member:
                return _tr("%1 (new member)").replace("%1", row.name)
            return row.name
        if column in (PHONE, EMAIL) and row.member_id is not None and not row.new_member:
            return _tr("on file")
        return self._text(row, column)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        number = index.row()
        row = self.rows[number]
        column = index.column()
        activity = self.activity_at(column)
        if activity is not None:
            row.quantities[activity.id or 0] = max(0, min(MAX_QUANTITY, int(value)))
        elif column == NAME:
            self._set_name(number, str(value))
            return True
        elif column == PHONE:
            row.phone = str(value).strip()
        elif column == EMAIL:
            row.email = str(value).strip()
        else:
            row.notes = str(value).strip()
        self._changed(number)
        return True

    # ----- what the keys do --------------------------------------------------------------------
    def _set_name(self, number: int, text: str) -> None:
        row = self.rows[number]
        name = " ".join(text.split())
        roster = self.roster  # (loads it if it changed)
        found = self._by_fold.get(fold(name.strip())) if roster else None
        row.name = found.label if found else name
        row.member_id = found.member_id if found else None
        row.new_member = False
        row.awaiting_confirmation = bool(name) and found is None
        if not name:
            row.quantities.clear()
        self._changed(number)
        if row.awaiting_confirmation:
            self.confirm_needed.emit(number)

    def confirm_new_member(self, number: int) -> None:
        row = self.rows[number]
        if row.awaiting_confirmation:
            row.awaiting_confirmation = False
            row.new_member = True
            self._changed(number)

    def clear_name(self, number: int) -> None:
        self._set_name(number, "")

    def toggle(self, number: int, activity_index: int) -> bool:
        """Tick or untick the row's activity; False when that cannot be done (yet)."""
        row = self.rows[number]
        if row.saved or not row.identified or not 0 <= activity_index < len(self.activities):
            return False
        key = self.activities[activity_index].id or 0
        row.quantities[key] = 0 if row.quantities.get(key, 0) > 0 else 1
        self._changed(number)
        return True

    def adjust(self, number: int, column: int, step: int) -> bool:
        row = self.rows[number]
        activity = self.activity_at(column)
        if activity is None or row.saved or not row.identified:
            return False
        key = activity.id or 0
        row.quantities[key] = max(0, min(MAX_QUANTITY, row.quantities.get(key, 0) + step))
        self._changed(number)
        return True

    def row_saved(self, row: SheetRow, result: core.SheetRowResult | None) -> None:
        """Called by the undo command: saved (result) or taken back (None)."""
        row.saved = result  # taken back: saving again adds a new member again, if it was one
        number = next((i for i, r in enumerate(self.rows) if r is row), None)
        if number is not None:
            self._changed(number)

    def _changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, number, number)
        self.row_changed.emit(number)


class NameEditor(QLineEdit):
    """A line edit that completes roster names inline as you type; Up/Down try other matches."""

    def __init__(self, roster: list[RosterName], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster = roster
        self.matches: list[RosterName] = []
        self._typed = ""
        self._choice = 0
        self.setAccessibleName(_tr("Name on the sheet"))
        self.textEdited.connect(self._edited)

    @Slot(str)
    def _edited(self, text: str) -> None:
        shrinking = len(text) < len(self._typed)
        self._typed = text
        wanted = fold(text)
        self.matches = [n for n in self.roster if n.folded.startswith(wanted)] if wanted else []
        # then members whose last (or any later) name starts with what was typed
        self.matches += [
            n
            for n in self.roster
            if wanted and n not in self.matches and f" {wanted}" in f" {n.folded}"
        ]
        self._choice = 0
        if not shrinking:  # Backspace removes the suggestion rather than bringing it back
            self._suggest()

    def _suggest(self) -> None:
        if not self.matches:
            return
        label = self.matches[self._choice].label
        if fold(label).startswith(fold(self._typed)):
            self.setText(self._typed + label[len(self._typed) :])
            self.setSelection(len(self._typed), len(label) - len(self._typed))
        else:
            self.setText(label)
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._choice = (self._choice + step) % len(self.matches)
            self._suggest()
            event.accept()
            return
        super().keyPressEvent(event)


class SheetDelegate(QStyledItemDelegate):
    def __init__(self, model: SheetEntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == NAME:
            editor = NameEditor(self.sheet.roster, parent)
            editor.setFrame(False)
            return editor
        editor = super().createEditor(parent, option, index)
        if hasattr(editor, "setMaximum"):
            editor.setMaximum(MAX_QUANTITY)
            editor.setMinimum(1)
        return editor


class SheetEntryView(QTableView):
    """The grid, with the sheet's keys (see the module docstring)."""

    commit_row = Signal(int)
    refused = Signal(str)

    def __init__(self, model: SheetEntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = model
        self.setModel(model)
        self.setItemDelegate(SheetDelegate(model, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)
        self.setAccessibleName(_tr("Sign-up sheet rows"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        # room for an activity heading: its number and up to three lines of its name
        self.horizontalHeader().setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def _text_column(self, column: int) -> bool:
        return column in (PHONE, EMAIL) or column == self.sheet.notes_column()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        current = self.currentIndex()
        if not current.isValid():
            super().keyPressEvent(event)
            return
        row, column = current.row(), current.column()
        key = event.key()
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        sheet_row = self.sheet.rows[row]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if sheet_row.awaiting_confirmation:
                self.sheet.confirm_new_member(row)
                # their contact details are on the sheet, not in the roster: type them next
                self.setCurrentIndex(self.sheet.index(row, PHONE))
            else:
                self._next_row(row, NAME)
            return
        if key == Qt.Key.Key_Escape and sheet_row.awaiting_confirmation:
            self.sheet.clear_name(row)
            self.setCurrentIndex(self.sheet.index(row, NAME))
            self.edit(self.sheet.index(row, NAME))
            return
        if key == Qt.Key.Key_Down and plain:
            self._next_row(row, column)
            return
        if plain and text.isdigit() and text != "0" and not self._text_column(column):
            if not self.sheet.toggle(row, int(text) - 1):
                self.refused.emit(self._why_not(row, int(text)))
            return
        activity_column = self.sheet.activity_at(column) is not None
        if key == Qt.Key.Key_Space and activity_column:
            if not self.sheet.toggle(row, column - FIRST_ACTIVITY):
                self.refused.emit(self._why_not(row, column - FIRST_ACTIVITY + 1))
            return
        if text in ("+", "-", "−") and activity_column:
            self.sheet.adjust(row, column, 1 if text == "+" else -1)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After a phone or email is typed in, go on to the next thing to type: the email, then
        the first activity (where number keys tick again)."""
        index = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or not index.isValid():
            return
        if index.column() == PHONE:
            self.setCurrentIndex(self.sheet.index(index.row(), EMAIL))
        elif index.column() == EMAIL:
            self.setCurrentIndex(self.sheet.index(index.row(), FIRST_ACTIVITY))

    def _why_not(self, row: int, number: int) -> str:
        sheet_row = self.sheet.rows[row]
        if sheet_row.saved:
            return _tr("Row %1 is saved: Ctrl+Z takes it back to change it").replace(
                "%1", str(row + 1)
            )
        if not sheet_row.identified:
            return _tr("Type the name on row %1 first").replace("%1", str(row + 1))
        return _tr("There is no activity %1 on this sheet").replace("%1", str(number))

    def _next_row(self, row: int, column: int) -> None:
        self.commit_row.emit(row)
        if row + 1 >= self.sheet.rowCount():
            self.sheet.add_row()
        self.setCurrentIndex(self.sheet.index(row + 1, column))


class SignupEntryPage(QWidget):
    """The sheet grid with its endorsement, date and the line that says what to press."""

    message = Signal(str)

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
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
        self.keys = QLabel(
            _tr(
                "Type a name and press Enter · 1–9 tick activities · Space ticks the column · "
                "+/− quantity (F2 to type one) · Enter saves the row and moves on · Ctrl+Z "
                "takes a row back"
            )
        )
        self.keys.setWordWrap(True)
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
            QMessageBox.warning(self, _tr("Row not saved"), str(outcome.error))
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

    @Slot(str)
    def _say(self, text: str) -> None:
        self.prompt.setText(text)
        self.message.emit(text)
