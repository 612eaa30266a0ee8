"""The pledges table: every member's promise, filtered, sorted and moved along in bulk.

Filters: endorsement, activity, status, member (type-ahead over the roster) and "overdue only".
Select several rows and press Ctrl+1…5 to mark them pledged / confirmed / done / no-show /
dropped in one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QHideEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.pledge_pages import PledgePages
from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.commitments.records import OPEN_STATUSES, PledgeListing, PledgeStatus
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.commitments.dialogs import (
    PledgeDialog,
    status_label,
)
from endorse_desktop.ui.commitments.page import CommitmentPage
from endorse_desktop.ui.commitments.pledge_rows import STATUS_ORDER, PledgeRows
from endorse_desktop.ui.shell.undo import Outcome
from endorse_desktop.ui.widgets.action_button import action_button
from endorse_desktop.ui.widgets.cautions import (
    Caution,
    coordination_caution,
)
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.flow import FlowLayout
from endorse_desktop.ui.widgets.page_actions import page_action
from endorse_desktop.ui.widgets.paged_model import PagedTableModel
from endorse_desktop.ui.widgets.table_model import Column
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

ANY = -1
# After the table is shown: long after its first paint, well before a click on a heading.
READ_AHEAD_MS = 150
OPEN = "open"
STATUS_KEYS = {
    PledgeStatus.PLEDGED: "Ctrl+1",
    PledgeStatus.CONFIRMED: "Ctrl+2",
    PledgeStatus.DONE: "Ctrl+3",
    PledgeStatus.NO_SHOW: "Ctrl+4",
    PledgeStatus.DROPPED: "Ctrl+5",
}


_tr = translator("PledgesPage")


def _source_words() -> tuple[dict[str, str], str]:
    """The Source column's words: a pledge from a sign-up sheet, else one typed in."""
    return {"sheet": _tr("sheet")}, _tr("typed")


class PledgesPage(CommitmentPage):
    """Emits `message` with a line for the status bar after each change."""

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, stack, parent)
        self.table = core.PledgeTable([], {}, {}, {}, {}, {}, "")  # filled by reload()
        self.model: PagedTableModel[PledgeListing] = PagedTableModel(self._columns(), self)

        self.endorsement_filter = QComboBox()
        self.endorsement_filter.setAccessibleName(_tr("Show pledges for endorsement"))
        self.activity_filter = QComboBox()
        self.activity_filter.setAccessibleName(_tr("Show pledges for activity"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_tr("Show pledges with status"))
        self.status_filter.addItem(_tr("Any status"), "")
        self.status_filter.addItem(_tr("Open (pledged or confirmed)"), OPEN)
        for status in PledgeStatus:
            self.status_filter.addItem(status_label(status), str(status))
        self.member_filter = QLineEdit()
        self.member_filter.setPlaceholderText(_tr("Member name…"))
        self.member_filter.setClearButtonEnabled(True)
        self.member_filter.setAccessibleName(_tr("Show pledges of member"))
        self.member_names = QStringListModel(self)
        self.member_completer = QCompleter(self.member_names, self)
        self.member_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.member_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.member_filter.setCompleter(self.member_completer)
        self._names_listed = False
        self._read_ahead_due = True  # see `_read_ahead`
        self.member_filter.installEventFilter(self)
        self.member_filter.textEdited.connect(self._list_member_names)
        self.overdue_only = QCheckBox(_tr("O&verdue only"))
        self.overdue_only.setAccessibleName(_tr("Show overdue pledges only"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(_tr("Pledges shown"))

        filters = FlowLayout()  # these rows wrap where the window is narrow
        for label, widget in (
            (_tr("Endorsement:"), self.endorsement_filter),
            (_tr("Activity:"), self.activity_filter),
            (_tr("Status:"), self.status_filter),
            (_tr("Member:"), self.member_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
        filters.addWidget(self.overdue_only)

        self.view = QTableView()
        self.view.setModel(self.model)
        # Opened in the file's order (by member's last name); a click on a heading sorts.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(_tr("Pledges"))
        self.view.doubleClicked.connect(self.edit_pledge)
        for column, width in enumerate((170, 230, 190, 80, 90, 150, 95, 60)):
            self.view.setColumnWidth(column, width)

        self.actions_by_name = self._make_actions()
        buttons = FlowLayout()
        for name in ("new", "edit", "delete"):
            buttons.addWidget(action_button(self.actions_by_name[name]))
        buttons.addSpacing(16)
        buttons.addWidget(QLabel(_tr("Mark selected:")))
        for status in PledgeStatus:
            buttons.addWidget(action_button(self.actions_by_name[str(status)]))
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.coordination = Caution(coordination_caution(), _tr("Coordination caution"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.coordination)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.endorsement_filter.currentIndexChanged.connect(self.apply_filters)
        self.activity_filter.currentIndexChanged.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.member_filter.textChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        # The table opens on a page of pledges; what its first sort or search needs is read
        # once it is on the screen (`_read_ahead`): a moment after the table's rows are painted,
        # before anyone can click or type.
        self._read_ahead_timer = QTimer(self)
        self._read_ahead_timer.setSingleShot(True)
        self._read_ahead_timer.setInterval(READ_AHEAD_MS)
        self._read_ahead_timer.timeout.connect(self._read_ahead)
        self.view.viewport().installEventFilter(self)
        self.reload()

    # ----- columns -----------------------------------------------------------------------------
    # (methods, not the table's own: the table is replaced on every reload)
    def _member_name(self, row: PledgeListing) -> str:
        # The table's lookup without the method call: this runs for all 20,000 rows on open.
        return self.table.member_names.get(row.member_id, "?")

    def _endorsement_label(self, row: PledgeListing) -> str:
        return self.table.endorsement_label(row)

    def _activity_name(self, row: PledgeListing) -> str:
        return self.table.activity_name(row)

    def _columns(self) -> list[Column[PledgeListing]]:
        # Words translated once here, not once per row: sorting by a column computes its text
        # for all 20,000 pledges (SPEC P-5).
        overdue_mark = "  ⚠ " + _tr("overdue")  # not inside an f-string: lupdate misses those
        statuses = {str(status): status_label(status) for status in PledgeStatus}
        sources, typed = _source_words()

        def due_text(row: PledgeListing) -> str:
            due = self.table.due(row) or ""
            return due + overdue_mark if self.table.overdue(row) else due

        return [
            Column(_tr("Member"), self._member_name),
            Column(_tr("Endorsement"), self._endorsement_label),
            Column(_tr("Activity"), self._activity_name),
            Column(
                _tr("Quantity"),
                lambda r: quantity_text(r.quantity, r.unit),
                sort_key=lambda r: (r.unit, r.quantity),
                align_right=True,
            ),
            Column(
                _tr("Status"),
                lambda r: statuses.get(r.status) or status_label(PledgeStatus(r.status)),
                sort_key=lambda r: STATUS_ORDER.get(r.status, 0),
            ),
            Column(
                _tr("Due by"),
                due_text,
                sort_key=lambda r: self.table.due(r) or "9999",
                tooltip=_tr("The pledge's own due date, else its goal's, else election day"),
            ),
            Column(_tr("Pledged on"), lambda r: r.pledged_on, sort_key=lambda r: r.pledged_on),
            Column(_tr("Source"), lambda r: sources.get(r.source, typed)),
            Column(_tr("Notes"), lambda r: r.notes),
        ]

    # ----- actions -----------------------------------------------------------------------------
    def _make_actions(self) -> dict[str, QAction]:
        made: dict[str, QAction] = {}

        def action(name: str, text: str, key: str, tip: str, slot: Callable[[], None]) -> None:
            made[name] = page_action(self, text, key, tip, slot)

        action("new", _tr("&New Pledge…"), "Ins", _tr("Record a pledge by hand"), self.new_pledge)
        action(
            "edit",
            _tr("&Edit Pledge…"),
            "Ctrl+E",
            _tr("Change the selected pledge"),
            self.edit_pledge,
        )
        action(
            "delete",
            _tr("&Delete Pledges"),
            "Del",
            _tr("Delete the selected pledges (Ctrl+Z brings them back)"),
            self.delete_selected,
        )
        for status in PledgeStatus:
            action(
                str(status),
                status_label(status),
                STATUS_KEYS[status],
                _tr("Mark the selected pledges %1").replace("%1", status_label(status).lower()),
                partial(self.set_status, status),
            )
        action(
            "overdue",
            _tr("&Overdue Only"),
            "Ctrl+Shift+O",
            _tr("Show only open pledges past their due date"),
            self.overdue_only.toggle,
        )
        action(
            "find",
            _tr("&Find Member"),
            "Ctrl+F",
            _tr("Type a member's name to see only their pledges"),
            self.focus_member_filter,
        )
        return made

    # ----- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the pledges, keeping the filters and the selected pledges."""
        selected = set(self.selected_ids())
        # The pledges themselves are read a page at a time as the table shows them (SPEC P-5).
        self.pages = PledgePages(self.session.store)
        self.table = self.pages.table
        self._fill_filter(
            self.endorsement_filter,
            _tr("All endorsements"),
            list(self.table.endorsement_labels.items()),
        )
        self._fill_filter(
            self.activity_filter,
            _tr("All activities"),
            [(a.id, a.name) for a in self.table.activities.values() if a.id is not None],
        )
        # The member filter's list of every name: made when someone goes to type in it, not at
        # open (it needs the whole roster's names, which the table reads a page at a time).
        self._names_listed = False
        if self.member_filter.hasFocus():
            self._list_member_names()
        self.coordination.setVisible(self.session.settings.independent_expenditures)
        self.model.set_source(PledgeRows(self.pages, *_source_words()))
        self.apply_filters()
        self.select_ids(selected)
        self._read_ahead_due = True  # once the new rows are painted

    def hideEvent(self, event: QHideEvent) -> None:
        if self._read_ahead_timer.isActive():  # left for the next showing
            self._read_ahead_timer.stop()
            self._read_ahead_due = True
        super().hideEvent(event)

    @Slot()
    def _read_ahead(self) -> None:
        """Every pledge's id and the roster's names (20 ms or so), read a moment after the table
        is shown: the first sort or search is then as quick as the next (SPEC P-5)."""
        if not self.session.store.closed:
            self.model.read_every_id()
            self._list_member_names()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.member_filter:
            if event.type() == QEvent.Type.FocusIn:
                self._list_member_names()
        elif self._read_ahead_due and event.type() == QEvent.Type.Paint:  # the table's rows
            self._read_ahead_due = False
            self._read_ahead_timer.start()
        return super().eventFilter(watched, event)

    @Slot()
    def _list_member_names(self) -> None:
        if not self._names_listed:
            self._names_listed = True
            names = sorted(set(self.table.member_names.values()), key=str.casefold)
            self.member_names.setStringList(names)

    @staticmethod
    def _fill_filter(combo: QComboBox, everything: str, items: list[tuple[int, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ANY)
        for key, label in items:
            combo.addItem(label, key)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    @Slot()
    def apply_filters(self) -> None:
        endorsement = self.endorsement_filter.currentData()
        activity = self.activity_filter.currentData()
        status = self.status_filter.currentData() or ""
        overdue = self.overdue_only.isChecked()
        endorsement_id = None if endorsement in (None, ANY) else endorsement
        activity_id = None if activity in (None, ANY) else activity
        statuses = OPEN_STATUSES if status == OPEN else {status} if status else None
        everything = not overdue and all(x is None for x in (endorsement_id, activity_id, statuses))
        allowed = (
            None
            if everything
            else self.pages.ids_where(endorsement_id, activity_id, statuses, overdue_only=overdue)
        )
        self.model.set_filter(self.member_filter.text(), allowed)
        self.count_label.setText(
            _tr("%1 of %2 pledges")
            .replace("%1", f"{self.model.rowCount():,}")
            .replace("%2", f"{self.model.total():,}")
        )

    # ----- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        if self.view.selectionModel() is None:
            return []
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows if row < self.model.rowCount()]

    def select_ids(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in self.model.rows_of_ids(ids):
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    # ----- commands ----------------------------------------------------------------------------
    def _report(self, outcome: Outcome, done: str) -> bool:
        if not outcome.ok:
            QMessageBox.warning(self, _tr("Not changed"), in_ui(outcome.error))
            return False
        self.message.emit(done)
        return True

    @Slot()
    def new_pledge(self) -> None:
        endorsement = self.endorsement_filter.currentData()
        if not self.table.endorsement_labels:
            QMessageBox.information(
                self,
                _tr("No endorsement yet"),
                _tr("Pledges belong to an endorsement: add one first (Ctrl+Shift+A)."),
            )
            return
        dialog = PledgeDialog(
            self.session,
            dict(self.table.endorsement_labels),
            endorsement_id=None if endorsement in (None, ANY) else endorsement,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and (pledge := dialog.chosen()):
            self._report(commands.add_pledge(self.session, self.stack, pledge), _tr("Pledge added"))

    @Slot()
    def edit_pledge(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        pledge = core.get_pledge(self.session.store, ids[0])
        if pledge is None:
            return
        dialog = PledgeDialog(
            self.session, dict(self.table.endorsement_labels), pledge, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and (changed := dialog.chosen()):
            self._report(
                commands.edit_pledge(self.session, self.stack, changed), _tr("Pledge changed")
            )

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._report(
                commands.delete_pledges(self.session, self.stack, ids),
                _tr("Deleted %n pledge(s); Ctrl+Z brings them back", None, len(ids)),
            )

    def set_status(self, status: PledgeStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.emit(_tr("Select the pledges to mark first"))
            return
        self._report(
            commands.set_pledge_status(self.session, self.stack, ids, status),
            _tr("Marked %n pledge(s) %1", None, len(ids)).replace(
                "%1", status_label(status).lower()
            ),
        )

    @Slot()
    def focus_member_filter(self) -> None:
        self.member_filter.setFocus()
        self.member_filter.selectAll()
