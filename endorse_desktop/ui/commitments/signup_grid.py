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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from endorse_desktop.ui.commitments.signup_model import AnyIndex, SheetEntryModel
from endorse_desktop.ui.commitments.signup_state import (
    EMAIL,
    FIRST_ACTIVITY,
    MAX_QUANTITY,
    NAME,
    PHONE,
    EntryState,
    hints,
)
from endorse_desktop.ui.widgets.text import translator

_tr = translator("SignupEntry")  # the page's context, shared


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
