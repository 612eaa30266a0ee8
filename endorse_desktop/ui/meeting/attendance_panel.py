"""Attendance: check members in by typing a few letters of their name, or type a head count.

Keyboard only: type in the search box, Up/Down to pick among the matches, Enter checks the picked
member in and clears the box for the next one. The list below shows who is in, latest first;
Delete checks the selected member out again. Names stay on this screen: the projector only ever
gets the number present.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.meetings import checked_in_ids
from endorse_desktop.core.members import Member, list_members
from endorse_desktop.core.names import name_key
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.undo_keys import UndoPassThrough

MAX_MATCHES = 40
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)  # slots: 5,000 of these stay in memory (SPEC P-6)
class RosterEntry:
    member_id: int
    name: str
    haystack: str
    note: str  # "cannot vote: dues" for members not eligible


def _entry(member: Member) -> RosterEntry:
    assert member.id is not None
    note = "" if member.eligible else f"cannot vote: {member.eligibility_reason or 'not eligible'}"
    # the one name rule (core/names.py): "jose nunez" finds José Núñez
    return RosterEntry(member.id, member.display_name, name_key(member.display_name), note)


class AttendancePanel(QGroupBox):
    check_in = Signal(int)  # member id
    check_out = Signal(int)
    head_count = Signal(object)  # int, or None to count check-ins instead

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attendance"), parent)
        self.store = store
        self.meeting_id: int | None = None
        self._roster: list[RosterEntry] = []
        self._by_id: dict[int, RosterEntry] = {}
        self._present: set[int] = set()
        # Who is in, latest first: their lines in a string list, their ids here, row for row.
        # Thousands are checked in at SPEC scale: an item object each held a megabyte (P-6).
        self._present_ids: list[int] = []
        self._present_lines = QStringListModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, Enter checks in"))
        self.search.setAccessibleName(self.tr("Find a member to check in"))
        self.search.setToolTip(self.tr("Type part of a name; Up/Down picks; Enter checks in"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._check_in_current)
        self.search.installEventFilter(self)
        UndoPassThrough(self.search, self._search_empty)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Members matching the search"))
        self.matches.setMaximumHeight(150)
        self.matches.itemActivated.connect(self._activated)
        # Says why the list is empty: everyone matching is in already, or nobody matches.
        self.search_note = QLabel()
        self.search_note.setWordWrap(True)
        self.search_note.setTextFormat(Qt.TextFormat.PlainText)
        self.search_note.setAccessibleName(self.tr("Search result"))
        self.search_note.hide()
        self.present_label = QLabel()
        self.present_list = QListView()
        self.present_list.setModel(self._present_lines)
        self.present_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.present_list.setAccessibleName(self.tr("Members checked in"))
        self.present_list.setToolTip(self.tr("Who is in, latest first. Delete checks someone out."))
        self.present_list.installEventFilter(self)
        self.head_check = QCheckBox(self.tr("Use a typed &head count:"))
        self.head_check.setToolTip(
            self.tr("Count heads instead of checking members in (the count is the number present)")
        )
        self.head_spin = QSpinBox()
        self.head_spin.setRange(0, 100_000)
        self.head_spin.setAccessibleName(self.tr("Head count"))
        self.head_spin.setEnabled(False)
        self.head_spin.setKeyboardTracking(False)
        self.head_check.toggled.connect(self._head_toggled)
        self.head_spin.editingFinished.connect(self._head_edited)

        head_row = QHBoxLayout()
        head_row.addWidget(self.head_check)
        head_row.addWidget(self.head_spin)
        head_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.search_note)
        layout.addLayout(head_row)
        layout.addWidget(self.present_label)
        layout.addWidget(self.present_list, 1)

    # ----- data --------------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, head_count: int | None) -> None:
        self.meeting_id = meeting_id
        self._roster = [_entry(m) for m in list_members(self.store) if not m.archived]
        self._by_id = {entry.member_id: entry for entry in self._roster}
        self._show_present(checked_in_ids(self.store, meeting_id) if meeting_id is not None else [])
        self.show_head_count(head_count)
        self.setEnabled(meeting_id is not None)
        self._filter()

    def show_head_count(self, head_count: int | None) -> None:
        for widget in (self.head_check, self.head_spin):
            widget.blockSignals(True)
        self.head_check.setChecked(head_count is not None)
        self.head_spin.setEnabled(head_count is not None)
        self.head_spin.setValue(head_count or 0)
        for widget in (self.head_check, self.head_spin):
            widget.blockSignals(False)

    def member_checked_in(self, member_id: int) -> None:
        if member_id not in self._present:
            self._add_present(member_id)
        self._filter()

    def member_checked_out(self, member_id: int) -> None:
        self._present.discard(member_id)
        if member_id in self._present_ids:
            row = self._present_ids.index(member_id)
            del self._present_ids[row]
            self._present_lines.removeRows(row, 1)
        self._update_count()
        self._filter()

    def sync(self) -> None:
        """Re-read who is checked in (after undo, or a change made elsewhere)."""
        if self.meeting_id is None:
            return
        now = checked_in_ids(self.store, self.meeting_id)
        if set(now) != self._present:
            self._show_present(now)
            self._filter()

    def _show_present(self, member_ids: list[int]) -> None:
        self._present_ids = list(member_ids)
        self._present = set(member_ids)
        self._present_lines.setStringList([self._present_line(i) for i in member_ids])
        self._update_count()  # once, not per name: thousands are checked in at SPEC scale

    def _present_line(self, member_id: int) -> str:
        entry = self._by_id.get(member_id)
        name = entry.name if entry else self.tr("(member %d)") % member_id
        return f"{name} — {entry.note}" if entry and entry.note else name

    def _add_present(self, member_id: int) -> None:
        """At the top: the latest check-in first."""
        self._present_ids.insert(0, member_id)
        self._present_lines.insertRows(0, 1)
        self._present_lines.setData(self._present_lines.index(0), self._present_line(member_id))
        self._present.add(member_id)
        self._update_count()

    def _update_count(self) -> None:
        self.present_label.setText(self.tr("Checked in: %d") % len(self._present))

    # ----- searching ----------------------------------------------------------------------------
    @Slot()
    def _filter(self) -> None:
        words = name_key(self.search.text()).split()
        self.matches.clear()
        self.search_note.hide()
        if not words:
            return
        shown = 0
        already: list[str] = []
        for entry in self._roster:
            if not all(w in entry.haystack for w in words):
                continue
            if entry.member_id in self._present:
                already.append(entry.name)
                continue
            item = QListWidgetItem(f"{entry.name} — {entry.note}" if entry.note else entry.name)
            item.setData(ID_ROLE, entry.member_id)
            self.matches.addItem(item)
            shown += 1
            if shown >= MAX_MATCHES:
                break
        if self.matches.count():
            self.matches.setCurrentRow(0)
            return
        self.search_note.setText(self._why_no_match(already))
        self.search_note.show()

    def _why_no_match(self, already: list[str]) -> str:
        if len(already) == 1:
            return self.tr("%1 is already checked in.").replace("%1", already[0])
        if already:
            return self.tr("Already checked in: %1.").replace("%1", ", ".join(already[:5]))
        return self.tr("No member on the roster matches “%1”.").replace(
            "%1", self.search.text().strip()
        )

    def name_of(self, member_id: int) -> str:
        entry = self._by_id.get(member_id)
        return entry.name if entry else self.tr("member %d") % member_id

    def _search_empty(self) -> bool:
        return not self.search.text()

    def match_names(self) -> list[str]:
        return [self.matches.item(row).text() for row in range(self.matches.count())]

    def present_names(self) -> list[str]:
        return self._present_lines.stringList()

    @Slot()
    def _check_in_current(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        self.check_in.emit(int(item.data(ID_ROLE)))
        self.search.clear()

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        self.check_in.emit(int(item.data(ID_ROLE)))
        self.search.clear()
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
            if watched is self.present_list and key == Qt.Key.Key_Delete:
                current = self.present_list.currentIndex()
                if current.isValid():
                    self.check_out.emit(self._present_ids[current.row()])
                return True
        return super().eventFilter(watched, event)

    # ----- head count ----------------------------------------------------------------------------
    @Slot(bool)
    def _head_toggled(self, on: bool) -> None:
        self.head_spin.setEnabled(on)
        if on:
            self.head_spin.setFocus()
            self.head_spin.selectAll()
        self.head_count.emit(self.head_spin.value() if on else None)

    @Slot()
    def _head_edited(self) -> None:
        if self.head_check.isChecked():
            self.head_count.emit(self.head_spin.value())
