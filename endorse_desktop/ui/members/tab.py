"""The Members tab (SPEC F-2): the roster as a searchable, sortable table, with add, edit,
delete, archive and roster import, every change undoable through the window's undo stack.

Dialogs and questions open window-modal with `open()` rather than `exec()`, so the event loop
keeps running (and tests can drive them like a user would).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member, MemberError
from endorse_desktop.core.roster_import import (
    read_roster_file,
)
from endorse_desktop.ui.members import commands
from endorse_desktop.ui.members.actions import find_action, list_actions, search_actions
from endorse_desktop.ui.members.dialog import MemberDialog
from endorse_desktop.ui.members.import_dialog import (
    RosterImportDialog,
)
from endorse_desktop.ui.members.model import (
    MembersModel,
    Show,
)
from endorse_desktop.ui.members.roster_flow import RosterImportFlow, as_sentence
from endorse_desktop.ui.shell.host import TabPage
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.actions import make_action, make_actions, menu_groups
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.views import record_view

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session

# Column widths in average characters: name, email, phone, postal code, eligible, joined.
COLUMN_CHARS = (24, 34, 16, 11, 17, 11)


class MembersTab(TabPage):
    def __init__(self, session: Session, window: TabHost) -> None:
        super().__init__(session, window, self.tr("Members"))
        self.member_dialog: MemberDialog | None = None
        self.message_box: QMessageBox | None = None
        self._on_confirm: Callable[[], None] | None = None
        self._confirm_button: object = None
        self.roster_import = RosterImportFlow(self, self, window, self._tell)

        # The roster, read by the table a page at a time (SPEC P-5); a new one on each refresh.
        self.roster = roster.RosterPages(session.store)
        self.model = MembersModel(self)
        self.view = record_view(self.model, self.tr("Members roster"), several=True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        # Uniform row heights: the view never measures 5,000 rows (SPEC P-5).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate(COLUMN_CHARS):
            self.view.setColumnWidth(column, char * chars + 20)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search names, emails, phones, postal codes, notes (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search members"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.textChanged.connect(self._apply_filter)

        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.setToolTip(self.tr("Which members the table lists"))
        for show in Show:
            self.show_combo.addItem(show.label(), show)
        self.show_combo.currentIndexChanged.connect(self._apply_filter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Member count"))

        self._build_actions()
        toolbar = QToolBar(self.tr("Members"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.delete_action, self.archive_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        # The window's File ▸ Import action, under the name it has here.
        self.import_button = QToolButton()
        self.import_button.setText(self.tr("&Import Roster…"))
        self.import_button.setToolTip(self.import_action.toolTip() + " (Ctrl+Shift+I)")
        self.import_button.setAccessibleName(self.tr("Import members roster"))
        self.import_button.clicked.connect(self.import_action.trigger)
        toolbar.addWidget(self.import_button)

        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_combo)
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        top.addWidget(self.search_edit)

        self.empty_label = QLabel(
            self.tr(
                "<h3>No members yet</h3><p>Add people one by one (Ctrl+Shift+N), or import the "
                "roster you keep in Action Network, Mobilize or a spreadsheet (Ctrl+Shift+I).</p>"
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.count_label)

        session.changed.connect(self._session_changed)
        self.refresh()

    # ----- actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        tr = self.tr
        made = make_actions(list_actions(tr), self, self.view)
        self.add_action = made["add_member"]
        self.edit_action = made["edit_member"]
        self.delete_action = made["delete_members"]
        self.archive_action = made["archive_members"]
        self.find_action = make_action(find_action(tr), self, self)
        self.import_action: QAction = self.window_.import_roster_action
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        searching = make_actions(search_actions(tr), self, self.search_edit)
        self._to_list_action = searching["to_list"]
        self._clear_search_action = searching["clear_search"]
        self._own_actions = (
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.archive_action,
            self.find_action,
        )

    def menu_title(self) -> str:
        return self.tr("&Members")

    def menu_actions(self) -> list[QAction]:
        return menu_groups(
            self,
            [self.add_action, self.edit_action, self.delete_action, self.archive_action],
            [self.find_action],
            [self.import_action],
        )

    def _update_actions(self) -> None:
        # No need to switch shortcuts off while another tab is shown: the window hides this
        # tab's menu then, and Qt ignores the shortcuts of actions in a hidden menu.
        chosen = self.selected_members()
        self.edit_action.setEnabled(len(chosen) == 1)
        self.delete_action.setEnabled(bool(chosen))
        self.archive_action.setEnabled(bool(chosen))
        unarchive = bool(chosen) and all(m.archived for m in chosen)
        self.archive_action.setText(self.tr("Un&archive") if unarchive else self.tr("A&rchive"))

    # ----- showing the roster ------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected_ids()
        self.roster = roster.RosterPages(self.session.store)
        # With the filter it shows: the current members sorted by name open on a page of them
        # alone (`RosterPages.view_ids_between`, SPEC P-5).
        show: Show = self.show_combo.currentData()
        self.model.set_source(self.roster, show.allowed(self.roster))
        self._apply_filter_now()
        self.select_members(chosen)

    @Slot(str)
    def _session_changed(self, topic: str) -> None:
        if topic == Topic.MEMBERS:
            self.refresh()

    @Slot()
    def _apply_filter(self) -> None:
        chosen = self.selected_ids()
        self._apply_filter_now()
        self.select_members(chosen, scroll=False)

    def _apply_filter_now(self) -> None:
        show: Show = self.show_combo.currentData()
        self.model.set_filter(self.search_edit.text(), show.allowed(self.roster))
        self._update_counts()

    def _update_counts(self) -> None:
        current, eligible, archived = self.roster.tallies()
        parts = [
            self.tr("1 member") if current == 1 else self.tr("%s members") % current,
            self.tr("%s eligible to vote") % eligible,
        ]
        if archived:
            parts.append(self.tr("%s archived") % archived)
        text = ", ".join(parts)
        shown = self.model.rowCount()
        narrowed = bool(self.search_edit.text().strip()) or self.show_combo.currentData() != (
            Show.CURRENT
        )
        if narrowed:
            text = self.tr("Showing %1 · %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)
        self.pages.setCurrentWidget(self.view if self.model.total() else self.empty_label)

    def selected_members(self) -> list[Member]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.record_at(row) for row in rows]

    def selected_ids(self) -> list[int]:
        return [m.id for m in self.selected_members() if m.id is not None]

    def select_members(self, member_ids: Iterable[int], scroll: bool = True) -> None:
        rows = self.model.rows_of_ids(set(member_ids))
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start: int | None = None
        previous = -2  # no row yet: never one before the first
        for row in [*rows, None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(
                    self.model.index(start, 0), self.model.index(previous, last_column)
                )
                start = None
            if start is None:
                start = row
            if row is not None:
                previous = row
        selection_model = self.view.selectionModel()
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            first = self.model.index(rows[0], 0)
            selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            if scroll:
                self.view.scrollTo(first)
        self._update_actions()

    @Slot()
    def _selection_changed(self) -> None:
        self._update_actions()

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.selectionModel().hasSelection() and self.model.rowCount():
            self.view.selectRow(0)

    @Slot()
    def _clear_search(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
        else:
            self.focus_list()

    # ----- changes ---------------------------------------------------------------------------
    def _validator(self) -> Callable[[Member], Member]:
        return partial(roster.validate_member, self.session.store)

    @Slot()
    def add_member(self) -> None:
        self._open_member_dialog(MemberDialog(None, self._validator(), self))

    @Slot()
    def edit_selected(self) -> None:
        chosen = self.selected_members()
        if len(chosen) == 1:
            self._open_member_dialog(MemberDialog(chosen[0], self._validator(), self))

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.selectRow(index.row())
            self.edit_selected()

    def _open_member_dialog(self, dialog: MemberDialog) -> None:
        self.member_dialog = dialog
        dialog.accepted.connect(self._member_dialog_accepted)
        dialog.finished.connect(self._member_dialog_finished)
        dialog.open()

    @Slot()
    def _member_dialog_accepted(self) -> None:
        dialog = self.member_dialog
        member = dialog.chosen_member() if dialog else None
        if dialog is None or member is None:
            return
        if member.id is None:
            self.window_.undo_stack.push(commands.add_member(self, member))
            self._status(self.tr("Added %s") % member.display_name)
        elif dialog.changed():
            self.window_.undo_stack.push(commands.edit_member(self, member))
            self._status(self.tr("Saved %s") % member.display_name)

    @Slot()
    def _member_dialog_finished(self) -> None:
        if self.member_dialog is not None:
            self.member_dialog.deleteLater()
            self.member_dialog = None
        self.view.setFocus()

    @Slot()
    def delete_selected(self) -> None:
        chosen = self.selected_members()
        if not chosen:
            return
        refusals = []
        for member in chosen:
            try:
                roster.check_can_delete(self.session.store, member.id or 0)
            except MemberError as error:
                refusals.append(in_ui(error))
        if refusals:
            more = len(refusals) - 1
            text = refusals[0][:1].upper() + refusals[0][1:] + "."
            if more:
                text += " " + self.tr("(And %s more like this.)") % more
            self._ask(
                self.tr("Cannot delete"),
                text,
                self.tr("Archive Instead"),
                partial(self._push_archive, chosen, True),
            )
            return
        who = chosen[0].display_name if len(chosen) == 1 else self.tr("%s members") % len(chosen)
        self._ask(
            self.tr("Delete members"),
            self.tr("Delete %s from the roster? (Edit ▸ Undo brings them back.)") % who,
            self.tr("Delete"),
            partial(self._push_delete, chosen),
        )

    def _push_delete(self, chosen: list[Member]) -> None:
        self.window_.undo_stack.push(commands.delete_members(self, chosen))
        self._status(self.tr("Deleted %s") % ", ".join(m.display_name for m in chosen[:3]))

    @Slot()
    def toggle_archived(self) -> None:
        chosen = self.selected_members()
        if chosen:
            self._push_archive(chosen, not all(m.archived for m in chosen))

    def _push_archive(self, chosen: list[Member], archived: bool) -> None:
        self.window_.undo_stack.push(commands.archive_members(self, chosen, archived))
        verb = self.tr("Archived %s") if archived else self.tr("Unarchived %s")
        self._status(verb % ", ".join(m.display_name for m in chosen[:3]))

    # ----- roster import ---------------------------------------------------------------------
    @Slot()
    def import_roster(self, path: Path | None = None) -> None:
        self.roster_import.start(path)

    # ----- messages --------------------------------------------------------------------------
    def report_problem(self, message: str) -> None:
        self._tell(self.tr("Members"), as_sentence(message))

    def _status(self, text: str) -> None:
        self.window_.show_status(text, 6000)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        self._show_box(box)

    def _ask(self, title: str, text: str, confirm: str, on_confirm: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        self._confirm_button = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._on_confirm = on_confirm
        self._show_box(box)

    def _show_box(self, box: QMessageBox) -> None:
        if self.message_box is not None:
            self.message_box.deleteLater()
        self.message_box = box
        box.finished.connect(self._box_finished)
        box.open()

    @Slot()
    def _box_finished(self) -> None:
        box = self.message_box
        if box is None:
            return
        confirmed = self._confirm_button is not None and box.clickedButton() is self._confirm_button
        action = self._on_confirm
        self._on_confirm = None
        self._confirm_button = None
        self.message_box = None
        box.deleteLater()
        if confirmed and action is not None:
            action()

    # ----- smoke test ------------------------------------------------------------------------
    def smoke_test(self, folder: Path) -> None:
        """Exercise the tab without changing the file: sort, search, filter, open the dialogs."""
        for column in range(self.model.columnCount()):
            self.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search_edit.setText("a")
        for index in range(self.show_combo.count()):
            self.show_combo.setCurrentIndex(index)
        self.show_combo.setCurrentIndex(0)
        self.search_edit.clear()
        if self.model.rowCount():
            dialog = MemberDialog(self.model.record_at(0), self._validator(), self)
            dialog.grab()
            dialog.deleteLater()
        sample = folder / "roster-smoke.csv"
        sample.write_text(
            "first_name,last_name,email,zip_code,can2_phone\nAna,Núñez,ana@example.org,48103,\n",
            encoding="utf-8-sig",
        )
        plan = read_roster_file(sample)
        import_dialog = RosterImportDialog(plan, partial(self.roster_import.preview, plan), self)
        import_dialog.grab()
        import_dialog.deleteLater()
        self.grab()
