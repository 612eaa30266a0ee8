"""Typing in a paper sign-up sheet, keyboard only, as a small explicit state machine.

The grid has the paper's rows (numbered like the sheet) and columns: Name, Phone, Email, one
column per offered activity (numbered like the sheet's tick columns), Notes. Each row goes
name → (new member: confirm, phone, email) → activities → saved. The row under the cursor is in
exactly one `EntryState`; in each state every key has one meaning, and the line above the grid
lists them (`HINTS`). No cell editor ever opens: the grid itself takes every key, so keys typed
fast are handled one after another in the order they were typed, never by a widget that is
still opening or closing.

* Type the name. The roster's first match is shown after an arrow ("carm → Carmen Ortiz"),
  never written over what was typed (accents, case and spacing do not matter); Up/Down show the
  other matches; Enter or Tab takes the match shown, or the name as typed when none is shown (Esc
  hides the match). A digit takes the name the same way and ticks that activity.
* A name not on the roster asks whether to add a new member: Enter adds them, Esc retypes. Their
  phone and email from the sheet come next (Enter or Tab goes on, empty skips).
* On the activities: 1–9 tick (or untick) that activity and put the cursor on its column; Space
  ticks the column under the cursor; + and − change its quantity; F2 types a quantity.
* Enter (or Down) saves the row — a pledge per tick, source "sheet" — when it is complete, and
  moves to the next; Esc goes back to the name.

A saved row is greyed and no key changes it; Ctrl+Z takes the whole row back (its pledges, and
the member if the row added one) and makes it editable again.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
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
from PySide6.QtGui import QColor, QFont, QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import Activity, ActivityCategory
from endorse_desktop.core.members import list_members
from endorse_desktop.core.names import typed_key
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
CARET = "▏"  # marks the cell being typed in


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignupEntry", text)


def fold(text: str) -> str:
    """How typed names are compared: the one name rule (core/names.py), trailing space kept."""
    return typed_key(text)


class EntryState(Enum):
    """Where the row under the cursor is on its way from name to saved."""

    BLANK = "blank"  # nothing typed on this row
    NAME = "name"  # typing the name
    CONFIRM = "confirm"  # a name not on the roster: add a new member?
    PHONE = "phone"  # a new member's phone, from the sheet
    EMAIL = "email"  # a new member's email
    ACTIVITIES = "activities"  # ticking activities and quantities
    QUANTITY = "quantity"  # typing a quantity (after F2)
    NOTES = "notes"  # typing the row's notes
    SAVED = "saved"  # recorded: no key changes it


def hints() -> dict[EntryState, str]:
    """Every key's one meaning in each state, as the line above the grid shows it."""
    return {
        EntryState.BLANK: _tr("Type the name on the sheet · Up/Down: another row"),
        EntryState.NAME: _tr(
            "Letters: the name · Enter or Tab: take the match shown (or the name as typed) · "
            "1–9: take it and tick that activity · Up/Down: other matches · Esc: hide the "
            "match, then clear · Backspace: delete a letter"
        ),
        EntryState.CONFIRM: _tr("Enter: add as a new member · Esc: retype the name"),
        EntryState.PHONE: _tr("Type the phone from the sheet · Enter or Tab: on to the email"),
        EntryState.EMAIL: _tr("Type the email from the sheet · Enter or Tab: on to the activities"),
        EntryState.ACTIVITIES: _tr(
            "1–9: tick or untick that activity · Space: tick the column under the cursor · "
            "+/−: its quantity · F2: type a quantity · Left/Right: move · Enter or Down: save "
            "the row, next row · Esc: back to the name"
        ),
        EntryState.QUANTITY: _tr(
            "Digits: the quantity · Enter: set it (0 unticks) · Esc: keep the old one"
        ),
        EntryState.NOTES: _tr("Type the notes · Enter: save the row, next row · Esc: back"),
        EntryState.SAVED: _tr(
            "This row is saved: no key changes it · Ctrl+Z takes the last saved row back · "
            "Up/Down: another row"
        ),
    }


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


def roster_matches(roster: list[RosterName], typed: str) -> list[RosterName]:
    """Names starting with what was typed, then names with a later word starting with it."""
    wanted = fold(typed)
    if not wanted.strip():
        return []
    first = [n for n in roster if n.folded.startswith(wanted)]
    taken = {n.member_id for n in first}
    later = [
        n for n in roster if n.member_id not in taken and f" {wanted.strip()}" in f" {n.folded}"
    ]
    return first + later


@dataclass(eq=False)  # rows are told apart by identity: two blank rows are not the same row
class SheetRow:
    """One line of the paper sheet as typed so far (UI state until it is saved)."""

    name: str = ""  # as typed, until it is taken (then the roster's label, or as typed)
    member_id: int | None = None
    awaiting_confirmation: bool = False  # a name not on the roster, not yet confirmed
    new_member: bool = False  # confirmed: saving the row adds this member
    phone: str = ""
    email: str = ""
    quantities: dict[int, int] = field(default_factory=dict)  # activity id → quantity
    notes: str = ""
    saved: core.SheetRowResult | None = None
    suggestion: RosterName | None = None  # the match shown while the name is typed
    quantity_draft: str | None = None  # digits typed after F2, not yet set
    quantity_draft_column: int = -1

    @property
    def identified(self) -> bool:
        return self.member_id is not None or self.new_member

    @property
    def started(self) -> bool:
        return bool(self.name) or self.identified

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
                row = self.rows[section]
                mark = " ✓" if row.saved else (" …" if row.started else "")
                return f"{section + 1}{mark}"
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self.rows):
                row = self.rows[section]
                if row.saved:
                    return _tr("Saved")
                return _tr("Typed, not saved yet") if row.started else None
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
        # Never editable: the grid takes every key itself (see the module docstring).
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        activity = self.activity_at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, activity)
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
            if row.quantity_draft is not None and row.quantity_draft_column == column:
                return f"{row.quantity_draft}{CARET}"
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
            if not row.identified and row.name:
                shown = f"{row.name}{CARET}"  # typed, exactly; the match beside it
                return f"{shown}  → {row.suggestion.label}" if row.suggestion else shown
            return row.name
        if column in (PHONE, EMAIL) and row.member_id is not None and not row.new_member:
            return _tr("on file")
        return self._text(row, column)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """For code, not keys: a row's name (taken as typed, or the roster's member it names)
        or a text column of an unsaved row."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        number, column = index.row(), index.column()
        if self.rows[number].saved or self.activity_at(column) is not None:
            return False
        if column == NAME:
            self.type_name(number, str(value))
            self.take_name(number, self.exact_match(str(value)))
            return True
        self.set_text(number, column, str(value))
        return True

    # ----- what the keys do --------------------------------------------------------------------
    def exact_match(self, text: str) -> RosterName | None:
        roster = self.roster  # (loads it if it changed)
        return self._by_fold.get(fold(" ".join(text.split()))) if roster else None

    def matches(self, number: int) -> list[RosterName]:
        return roster_matches(self.roster, self.rows[number].name)

    def type_name(self, number: int, text: str, *, suggest: bool = True) -> None:
        """The name as typed so far (kept exactly); the first roster match is shown beside it."""
        row = self.rows[number]
        row.name = text.lstrip()
        row.member_id = None
        row.new_member = False
        row.awaiting_confirmation = False
        matches = self.matches(number) if suggest else []
        exact = self.exact_match(row.name)
        row.suggestion = exact or (matches[0] if matches else None)
        self._changed(number)

    def suggest(self, number: int, suggestion: RosterName | None) -> None:
        self.rows[number].suggestion = suggestion
        self._changed(number)

    def take_name(self, number: int, choice: RosterName | None) -> None:
        """The row names this roster member, or (None) the name exactly as typed: a new
        member, once confirmed."""
        row = self.rows[number]
        row.suggestion = None
        if choice is not None:
            row.name, row.member_id = choice.label, choice.member_id
            row.awaiting_confirmation = False
        else:
            row.name = " ".join(row.name.split())
            row.member_id = None
            row.awaiting_confirmation = bool(row.name)
        row.new_member = False
        self._changed(number)
        if row.awaiting_confirmation:
            self.confirm_needed.emit(number)

    def reopen_name(self, number: int) -> None:
        """Back to typing the name (its ticks stay for the member it will name)."""
        row = self.rows[number]
        row.member_id = None
        row.new_member = False
        row.awaiting_confirmation = False
        self.type_name(number, row.name)

    def confirm_new_member(self, number: int) -> None:
        row = self.rows[number]
        if row.awaiting_confirmation:
            row.awaiting_confirmation = False
            row.new_member = True
            self._changed(number)

    def clear_name(self, number: int) -> None:
        row = self.rows[number]
        row.quantities.clear()
        row.phone = row.email = row.notes = ""
        self.type_name(number, "")

    def set_text(self, number: int, column: int, text: str) -> None:
        row = self.rows[number]
        if column == PHONE:
            row.phone = text
        elif column == EMAIL:
            row.email = text
        elif column == self.notes_column():
            row.notes = text
        self._changed(number)

    def text_at(self, number: int, column: int) -> str:
        return self._text(self.rows[number], column)

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

    def set_quantity(self, number: int, column: int, quantity: int) -> bool:
        row = self.rows[number]
        activity = self.activity_at(column)
        if activity is None or row.saved or not row.identified:
            return False
        row.quantities[activity.id or 0] = max(0, min(MAX_QUANTITY, quantity))
        self._changed(number)
        return True

    def draft_quantity(self, number: int, column: int, draft: str | None) -> None:
        row = self.rows[number]
        row.quantity_draft = draft
        row.quantity_draft_column = column
        self._changed(number)

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


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MINUS_SIGNS = ("-", "−")


class SheetEntryView(QTableView):
    """The grid: the state machine that gives each key its one meaning (module docstring)."""

    commit_row = Signal(int)
    refused = Signal(str)
    state_changed = Signal(object)  # EntryState

    def __init__(self, model: SheetEntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)  # Tab is one of the sheet's keys, not a focus change
        self.setAccessibleName(_tr("Sign-up sheet rows"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        # room for an activity heading: its number and up to three lines of its name
        self.horizontalHeader().setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._choice = 0  # which of the name's matches is shown (Up/Down)

    # ----- the state ---------------------------------------------------------------------------
    def entry_state(self) -> EntryState:
        index = self.currentIndex()
        if not index.isValid():
            return EntryState.BLANK
        row = self.sheet.rows[index.row()]
        column = index.column()
        if row.saved:
            return EntryState.SAVED
        if row.awaiting_confirmation:
            return EntryState.CONFIRM
        if not row.identified:
            return EntryState.NAME if row.name else EntryState.BLANK
        if row.quantity_draft is not None:
            return EntryState.QUANTITY
        if row.new_member and column == PHONE:
            return EntryState.PHONE
        if row.new_member and column == EMAIL:
            return EntryState.EMAIL
        if column == self.sheet.notes_column():
            return EntryState.NOTES
        return EntryState.ACTIVITIES

    def hint(self) -> str:
        return hints()[self.entry_state()]

    def _go(self, row: int, column: int) -> None:
        self.setCurrentIndex(self.sheet.index(row, column))

    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        if previous.isValid() and previous.row() != current.row():
            left = self.sheet.rows[previous.row()]
            if left.quantity_draft is not None:
                self.sheet.draft_quantity(previous.row(), -1, None)
            if left.started and not left.saved:  # a click elsewhere: say what stays unsaved
                self.refused.emit(
                    _tr(
                        "Row %1 is not saved yet: go back to it and press Enter to save it"
                    ).replace("%1", str(previous.row() + 1))
                )
        self.state_changed.emit(self.entry_state())

    # ----- the keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if not current.isValid() or modifiers:
            super().keyPressEvent(event)  # Ctrl/Alt keys belong to the window (Ctrl+Z …)
            return
        handler = {
            EntryState.BLANK: self._on_blank,
            EntryState.NAME: self._on_name,
            EntryState.CONFIRM: self._on_confirm,
            EntryState.PHONE: self._on_contact,
            EntryState.EMAIL: self._on_contact,
            EntryState.ACTIVITIES: self._on_activities,
            EntryState.QUANTITY: self._on_quantity,
            EntryState.NOTES: self._on_notes,
            EntryState.SAVED: self._on_saved,
        }[self.entry_state()]
        handler(current.row(), current.column(), event)
        event.accept()
        self.state_changed.emit(self.entry_state())

    @staticmethod
    def _typed(event: QKeyEvent) -> str:
        text = event.text()
        return text if len(text) == 1 and text.isprintable() else ""

    def _move_rows(self, row: int, event: QKeyEvent) -> bool:
        """Up/Down between rows, in the states where nothing is being typed."""
        if event.key() == Qt.Key.Key_Down:
            if row + 1 >= self.sheet.rowCount():
                self.sheet.add_row()
            self._go(row + 1, NAME)
            return True
        if event.key() == Qt.Key.Key_Up and row > 0:
            self._go(row - 1, NAME)
            return True
        return event.key() == Qt.Key.Key_Up

    def _on_blank(self, row: int, column: int, event: QKeyEvent) -> None:
        text = self._typed(event)
        if self._move_rows(row, event):
            return
        if text.isdigit():
            self.refused.emit(_tr("Type the name on row %1 first").replace("%1", str(row + 1)))
        elif text and not text.isspace():
            self._choice = 0
            self.sheet.type_name(row, text)
            self._go(row, NAME)
        elif event.key() in ENTER_KEYS:
            self.refused.emit(_tr("Type the name on row %1 first").replace("%1", str(row + 1)))

    def _on_name(self, row: int, column: int, event: QKeyEvent) -> None:
        key, text = event.key(), self._typed(event)
        sheet_row = self.sheet.rows[row]
        if key in (*ENTER_KEYS, Qt.Key.Key_Tab):
            self._take_name(row)
        elif text.isdigit() and text != "0":
            if sheet_row.suggestion is None:  # a new name takes two deliberate Enters
                self.refused.emit(
                    _tr("“%1” is not on the roster: press Enter to add them, then tick %2")
                    .replace("%1", sheet_row.name.strip())
                    .replace("%2", text)
                )
                return
            self._take_name(row)
            self._tick(row, int(text))
        elif key == Qt.Key.Key_Backspace:
            self._choice = 0
            self.sheet.type_name(row, sheet_row.name[:-1])
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            matches = self.sheet.matches(row)
            if matches:
                self._choice = (self._choice + (1 if key == Qt.Key.Key_Down else -1)) % len(matches)
                self.sheet.suggest(row, matches[self._choice])
        elif key == Qt.Key.Key_Escape:
            if sheet_row.suggestion is not None:
                self.sheet.suggest(row, None)  # Enter now takes the name as typed
            else:
                self.sheet.clear_name(row)
        elif text and text != "0":
            self._choice = 0
            self.sheet.type_name(row, sheet_row.name + text)

    def _take_name(self, row: int) -> None:
        self.sheet.take_name(row, self.sheet.rows[row].suggestion)
        if self.sheet.rows[row].identified:
            self._go(row, self._first_activity_column(row))

    def _first_activity_column(self, row: int) -> int:
        """The activity with the cursor: the first ticked one, else the first."""
        ticked = [
            FIRST_ACTIVITY + i
            for i, a in enumerate(self.sheet.activities)
            if self.sheet.rows[row].quantities.get(a.id or 0, 0) > 0
        ]
        return ticked[0] if ticked else FIRST_ACTIVITY

    def _on_confirm(self, row: int, column: int, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            self.sheet.confirm_new_member(row)
            self._go(row, PHONE)  # their contact details are on the sheet: type them next
        elif event.key() == Qt.Key.Key_Escape:
            self.sheet.clear_name(row)
            self._go(row, NAME)
        else:
            self.refused.emit(
                _tr(
                    "“%1” is not on the roster. Enter adds them as a new member; Esc retypes."
                ).replace("%1", self.sheet.rows[row].name)
            )

    def _on_text(self, row: int, column: int, event: QKeyEvent) -> bool:
        """Letters and Backspace in a text column; False for any other key."""
        text = self._typed(event)
        if event.key() == Qt.Key.Key_Backspace:
            self.sheet.set_text(row, column, self.sheet.text_at(row, column)[:-1])
        elif text:
            self.sheet.set_text(row, column, self.sheet.text_at(row, column) + text)
        else:
            return False
        return True

    def _on_contact(self, row: int, column: int, event: QKeyEvent) -> None:
        if self._on_text(row, column, event):
            return
        if event.key() in (*ENTER_KEYS, Qt.Key.Key_Tab):
            self._go(row, EMAIL if column == PHONE else self._first_activity_column(row))

    def _on_notes(self, row: int, column: int, event: QKeyEvent) -> None:
        if self._on_text(row, column, event):
            return
        if event.key() in ENTER_KEYS:
            self._save_and_next(row)
        elif event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backtab, Qt.Key.Key_Left):
            self._go(row, self.sheet.notes_column() - 1)

    def _on_activities(self, row: int, column: int, event: QKeyEvent) -> None:
        key, text = event.key(), self._typed(event)
        on_activity = self.sheet.activity_at(column) is not None
        if text.isdigit() and text != "0":
            self._tick(row, int(text))
        elif key == Qt.Key.Key_Space and on_activity:
            self._tick(row, column - FIRST_ACTIVITY + 1)
        elif text in ("+", *MINUS_SIGNS) and on_activity:
            self.sheet.adjust(row, column, 1 if text == "+" else -1)
        elif key == Qt.Key.Key_F2 and on_activity:
            self.sheet.draft_quantity(row, column, "")
        elif key in (*ENTER_KEYS, Qt.Key.Key_Down):
            self._save_and_next(row)
        elif key == Qt.Key.Key_Escape:
            self.sheet.reopen_name(row)
            self._go(row, NAME)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Tab):
            self._go(row, min(column + 1, self.sheet.notes_column()))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backtab):
            lowest = PHONE if self.sheet.rows[row].new_member else FIRST_ACTIVITY
            self._go(row, max(column - 1, lowest))
        elif key == Qt.Key.Key_Up:
            self.refused.emit(
                _tr("Row %1 is not saved: Enter saves it").replace("%1", str(row + 1))
            )
        elif text:
            self.refused.emit(self.hint())

    def _tick(self, row: int, number: int) -> None:
        if self.sheet.toggle(row, number - 1):
            self._go(row, FIRST_ACTIVITY + number - 1)  # + and − now change this activity
        else:
            self.refused.emit(self._why_not(row, number))

    def _on_quantity(self, row: int, column: int, event: QKeyEvent) -> None:
        key, text = event.key(), self._typed(event)
        draft = self.sheet.rows[row].quantity_draft or ""
        if text.isdigit() and len(draft) < len(str(MAX_QUANTITY)):
            self.sheet.draft_quantity(row, column, draft + text)
        elif key == Qt.Key.Key_Backspace:
            self.sheet.draft_quantity(row, column, draft[:-1])
        elif key in ENTER_KEYS:
            self.sheet.draft_quantity(row, column, None)
            if draft:
                self.sheet.set_quantity(row, column, int(draft))
        elif key == Qt.Key.Key_Escape:
            self.sheet.draft_quantity(row, column, None)

    def _on_saved(self, row: int, column: int, event: QKeyEvent) -> None:
        if not self._move_rows(row, event):
            self.refused.emit(self._why_not(row, 0))

    def _why_not(self, row: int, number: int) -> str:
        sheet_row = self.sheet.rows[row]
        if sheet_row.saved:
            return _tr("Row %1 is saved: Ctrl+Z takes it back to change it").replace(
                "%1", str(row + 1)
            )
        if not sheet_row.identified:
            return _tr("Type the name on row %1 first").replace("%1", str(row + 1))
        return _tr("There is no activity %1 on this sheet").replace("%1", str(number))

    def _save_and_next(self, row: int) -> None:
        self.commit_row.emit(row)  # the page saves it, or says why not
        if self.sheet.rows[row].saved is None:
            return
        if row + 1 >= self.sheet.rowCount():
            self.sheet.add_row()
        self._choice = 0
        self._go(row + 1, NAME)


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

    @Slot(object)
    def _show_keys(self, state: EntryState) -> None:
        self.keys.setText(hints()[state])

    @Slot(str)
    def _say(self, text: str) -> None:
        self.prompt.setText(text)
        self.message.emit(text)
