"""P-5: the Members (5,000) and Pledges (20,000) tables open, sort and filter in 100 ms or less.

The real tabs on a copy of the large sample, in a shown main window. Each action is timed until
the table has been painted again:
* open: the tab is shown for the first time (built from the file: read, fill the model, lay
  out) and painted; a fresh window each run;
* sort: a click on a column heading (`sortByColumn`), for every column, both directions; the
  figure is the slowest column;
* filter: typing a search, choosing in a filter box, ticking "overdue only", and clearing
  them again; the figure is the slowest.
Each is the median of 5 runs (3 for each column's sort).

The floor is the plainest way to show the same rows: read from the same file with fetchall(),
a minimal QAbstractTableModel, a bare QTableView, opened, sorted (one list.sort) and filtered (one
substring test per row), and painted the same way.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .harness import Row, Target, Workspace, dispose, qt_app, settle

P5_LIMIT_MS = 100.0


def table_rows(workspace: Workspace) -> list[Row]:
    qt_app()
    path = workspace.large_copy("tables")
    rows: list[Row] = []
    for tab_key, label, count in (
        ("members", "Members", 5_000),
        ("commitments", "Pledges", 20_000),
    ):
        open_ms = statistics.median(_open_once(path, tab_key) for _ in range(5))
        window, table = _open_window(path, tab_key)
        sort_ms = _slowest_sort(table.view)
        filter_ms = _slowest_filter(_filters(tab_key, table))
        dispose(window)
        floor = _BareTable(path, tab_key)
        what = f"{label} table, {count:,} rows"
        limit = Target(limit=P5_LIMIT_MS)
        rows += [
            Row(
                "P-5", f"{what}: open", open_ms, "ms", floor.open_ms(), limit, "" if rows else NOTE
            ),
            Row("P-5", f"{what}: sort", sort_ms, "ms", floor.sort_ms(), limit),
            Row("P-5", f"{what}: filter", filter_ms, "ms", floor.filter_ms(), limit),
        ]
        floor.close()
    return rows


NOTE = (
    "real tabs on the large sample, each action until painted; open: median of 5 first showings "
    "(the Pledges table opens with its Commitments tab); sort: slowest column, median of 3 each "
    "way; filter: slowest of the search and filter boxes, median of 5; floor: the same rows "
    "read with fetchall() into a minimal QAbstractTableModel in a bare QTableView"
)


# ----- the app's tables --------------------------------------------------------------------------
def _open_window(path: Path, tab_key: str) -> tuple[Any, Any]:
    from endorse_desktop.core.store import Store
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    window = MainWindow(Session(Store.open(path)))
    window.show()
    settle()
    tab = window.show_tab(tab_key)
    settle()
    table = tab.pledges if tab_key == "commitments" else tab
    return window, table


def _open_once(path: Path, tab_key: str) -> float:
    from endorse_desktop.core.store import Store
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    window = MainWindow(Session(Store.open(path)))
    window.show()
    settle()
    counter = _PaintCounter(window)
    started = time.perf_counter()
    tab = window.show_tab(tab_key)
    settle()
    if counter.paints == 0:  # nothing painted yet: paint now, as the screen would
        tab.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    dispose(window)
    return elapsed


class _PaintCounter:
    """Counts the paint events a widget gets, to be sure a timed action ended with a paint."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.paints += 1
                return False

        self.paints = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _painted(view: Any, action: Callable[[], object]) -> float:
    """Milliseconds from the action to the end of the paint it causes (the event loop's own)."""
    counter = _PaintCounter(view.viewport())
    started = time.perf_counter()
    action()
    settle()
    elapsed = (time.perf_counter() - started) * 1000
    if counter.paints == 0:  # nothing was pending: paint now, as the screen would
        started = time.perf_counter()
        view.viewport().repaint()
        elapsed += (time.perf_counter() - started) * 1000
    view.viewport().removeEventFilter(counter._filter)
    return elapsed


def _slowest_sort(view: Any) -> float:
    from PySide6.QtCore import Qt

    slowest = 0.0
    for column in range(view.model().columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            runs = [
                _painted(view, lambda c=column, o=order: view.sortByColumn(c, o)) for _ in range(3)
            ]
            slowest = max(slowest, statistics.median(runs))
    return slowest


def _filters(tab_key: str, table: Any) -> tuple[Any, list[Callable[[], object]]]:
    if tab_key == "members":
        search, show = table.search_edit, table.show_combo
        return table.view, [
            lambda: search.setText("gonz"),
            lambda: search.setText("example.org 48"),
            search.clear,
            lambda: show.setCurrentIndex(show.count() - 1),
            lambda: show.setCurrentIndex(0),
        ]
    names, statuses = table.member_filter, table.status_filter
    overdue, endorsements = table.overdue_only, table.endorsement_filter
    return table.view, [
        lambda: names.setText("ana g"),
        lambda: names.setText(""),
        lambda: statuses.setCurrentIndex(3),
        lambda: statuses.setCurrentIndex(0),
        lambda: overdue.setChecked(True),
        lambda: overdue.setChecked(False),
        lambda: endorsements.setCurrentIndex(1),
        lambda: endorsements.setCurrentIndex(0),
    ]


def _slowest_filter(view_and_filters: tuple[Any, Sequence[Callable[[], object]]]) -> float:
    view, filters = view_and_filters
    runs: list[list[float]] = [[] for _ in filters]
    for _ in range(5):
        for index, action in enumerate(filters):
            runs[index].append(_painted(view, action))
    return max(statistics.median(times) for times in runs)


# ----- the floor ---------------------------------------------------------------------------------
# The same rows from the same file, one column per column of the app's table.
BARE_QUERIES = {
    "members": "SELECT first_name || ' ' || last_name, email, phone, postal_code, eligible, "
    "joined_on, notes FROM members",
    "commitments": "SELECT member_id, endorsement_id, activity_id, quantity, status, due_on, "
    "pledged_on, source, notes FROM pledges",
}


class _BareTable:
    """The plainest way to show the rows: fetchall(), a minimal model, a QTableView."""

    def __init__(self, path: Path, tab_key: str) -> None:
        self.path = path
        self.sql = BARE_QUERIES[tab_key]
        self.data: list[tuple[Any, ...]] = []
        self.view: Any = None
        self.model: Any = None

    def _build(self) -> None:
        import sqlite3

        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        with sqlite3.connect(self.path) as conn:
            self.data = conn.execute(self.sql).fetchall()
        data = self.data

        class Model(QAbstractTableModel):
            def __init__(self) -> None:
                super().__init__()
                self.rows = list(data)

            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(self.rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() or not data else len(data[0])

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(self.rows[index.row()][index.column()])
                return None

        self.model = Model()
        self.view = QTableView()
        self.view.resize(1150, 600)
        self.view.setModel(self.model)
        self.view.show()
        settle()
        self.view.viewport().repaint()

    def open_ms(self) -> float:
        def once() -> float:
            started = time.perf_counter()
            self._build()
            elapsed = (time.perf_counter() - started) * 1000
            self.close()
            return elapsed

        return statistics.median(once() for _ in range(5))

    def sort_ms(self) -> float:
        self._build()

        def sort(reverse: bool) -> None:
            self.model.layoutAboutToBeChanged.emit()
            self.model.rows.sort(key=lambda row: str(row[1]), reverse=reverse)
            self.model.layoutChanged.emit()

        return max(
            statistics.median(_painted(self.view, lambda r=reverse: sort(r)) for _ in range(3))
            for reverse in (False, True)
        )

    def filter_ms(self) -> float:
        def filter_by(text: str) -> None:
            self.model.beginResetModel()
            self.model.rows = [row for row in self.data if text in str(row[0])]
            self.model.endResetModel()

        return max(
            statistics.median(_painted(self.view, lambda t=text: filter_by(t)) for _ in range(5))
            for text in ("an", "")
        )

    def close(self) -> None:
        if self.view is not None:
            dispose(self.view)
            self.view = None
