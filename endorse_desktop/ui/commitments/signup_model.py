"""The table model behind the sign-up sheet grid: its rows, columns and how each cell shows."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import Activity
from endorse_desktop.ui.commitments.signup_state import (
    EMAIL,
    FIRST_ACTIVITY,
    MAX_QUANTITY,
    NAME,
    PHONE,
    ROWS,
    RosterName,
    SheetRow,
    fold,
    roster_matches,
)
from endorse_desktop.ui.widgets.text import translator

AnyIndex = QModelIndex | QPersistentModelIndex
SAVED_COLOUR = QColor("#6b6b6b")
HEADER_WRAP = 13  # characters per line of an activity's column heading
CARET = "▏"  # marks the cell being typed in


_tr = translator("SignupEntry")  # one context for the whole page


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
        return self._change_quantity(number, column, lambda old: old + step)

    def set_quantity(self, number: int, column: int, quantity: int) -> bool:
        return self._change_quantity(number, column, lambda _old: quantity)

    def _change_quantity(self, number: int, column: int, new: Callable[[int], int]) -> bool:
        """The cell's quantity becomes `new(old)`, kept within 0…MAX_QUANTITY; False when the
        cell is not an activity's, or its row is saved or names no one yet."""
        row = self.rows[number]
        activity = self.activity_at(column)
        if activity is None or row.saved or not row.identified:
            return False
        key = activity.id or 0
        row.quantities[key] = max(0, min(MAX_QUANTITY, new(row.quantities.get(key, 0))))
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
