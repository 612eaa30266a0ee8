"""A table model over a list of plain records (core dataclasses), with its own sort and filter.

Sorting and filtering happen on the Python list with precomputed keys instead of through
QSortFilterProxyModel, whose per-comparison data() calls are far too slow for 20,000 rows
(SPEC P-5). Views show rows through `visible`, a list of indexes into `records`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from endorse_desktop.core.names import name_key

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
# A cell the user selects but does not edit in place (edits go through dialogs, onto the undo
# stack); the tables here are flat lists.
READ_ONLY_CELL = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


def roles(*answered: Qt.ItemDataRole | int) -> frozenset[int]:
    """The roles a data() answers, as the ints Qt passes it (to refuse the rest at once)."""
    return frozenset(int(role) for role in answered)


# What data() itself answers; a subclass's extra_data() adds its `extra_roles`.
_BASE_ROLES = roles(
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    SORT_ROLE,
    RECORD_ROLE,
)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK_ROLES = roles(Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Every:
    """Holds every role: a subclass's extra_data() that did not say which roles it answers."""

    def __contains__(self, role: object) -> bool:
        return True


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: str = ""
    check: Callable[[T], bool] | None = None

    def key(self, record: T) -> Any:
        return self.key_function()(record)

    def key_function(self) -> Callable[[T], Any]:
        if self.sort_key is not None:
            return self.sort_key
        text = self.text
        return lambda record: text(record).casefold()


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of records described by `Column`s; where the records come from (a list,
    or pages read from the store as they are shown) is the subclass's `record_at`."""

    # The roles a subclass's extra_data() answers. A view asks every cell it paints for a dozen
    # roles; the others are answered None at once (a repaint after a sort, SPEC P-5). A subclass
    # that overrides extra_data() without saying which roles gets asked about every role.
    extra_roles: frozenset[int] | None = None

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._headers = [column.header for column in self.columns]
        self._tooltips = [column.tooltip for column in self.columns]
        self.visible: Sequence[int] = []
        overridden = type(self).extra_data is not ColumnTableModel.extra_data
        extra = self.extra_roles if overridden else frozenset()
        self._answered = None if extra is None else _BASE_ROLES | extra
        # the roles extra_data() may answer for any cell (every role, if it did not say which)
        self._extra: frozenset[int] | _Every = _Every() if extra is None else extra

    def record_at(self, row: int) -> T:
        raise NotImplementedError

    # ----- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell it paints for seven roles, one call each: the cell's record is
        # looked up only for a role that can need it (SPEC P-5: a page of rows painted at open).
        answered = self._answered
        if answered is not None and role not in answered:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.visible):
            return None
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return None if column.check else column.text(self.record_at(row))
        if role not in self._extra:
            if role == _ALIGNMENT:
                return _RIGHT if column.align_right else None
            if column.check is None and role in _CHECK_ROLES:
                return None
        record = self.record_at(row)
        if role == _CHECK_STATE and column.check:
            return Qt.CheckState.Checked if column.check(record) else Qt.CheckState.Unchecked
        if role == _TOOLTIP and column.check:
            return column.text(record)
        if role == _ALIGNMENT and column.align_right:
            return _RIGHT
        if role == SORT_ROLE:
            return column.key(record)
        if role == RECORD_ROLE:
            return record
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record: T, column: int, role: int) -> Any:
        """Roles beyond text, check, sort and alignment (fonts, colours, tooltips): override."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self._headers, section, orientation, role, self._tooltips)


def column_header(
    headers: Sequence[str],
    section: int,
    orientation: Qt.Orientation,
    role: int,
    tooltips: Sequence[str] = (),
) -> str | None:
    """A table's headerData(): `headers` (and their `tooltips`, "" for none) above the columns,
    nothing beside the rows."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return headers[section]
    if role == Qt.ItemDataRole.ToolTipRole and section < len(tooltips) and tooltips[section]:
        return tooltips[section]
    return None


class RecordTableModel(ColumnTableModel[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        search_text: Callable[[T], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._search_text = search_text
        self.records: list[T] = []
        # Each record's folded search text, made the first time a search needs it: opening a
        # table does no per-row work for a search nobody may type (SPEC P-5, issue 17).
        self._haystacks: list[str] | None = None
        self._filter = ""
        self._predicate: Callable[[T], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        # Views keep their selection and current row as persistent indexes: move them with
        # their records, or the selection would stay on row numbers and land on other people.
        persistent = self.persistentIndexList()
        followed = [(id(self.record_at(index.row())), index.column()) for index in persistent]
        self._sort = (column, order)
        self._apply_sort()
        self._apply_filter()
        rows = {id(self.records[position]): row for row, position in enumerate(self.visible)}
        moved = [
            self.index(rows[key], col) if key in rows else QModelIndex() for key, col in followed
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # ----- records ---------------------------------------------------------------------------
    def set_records(self, records: Sequence[T], haystacks: Sequence[str] | None = None) -> None:
        """Show `records`. `haystacks`, if given, are their search texts already folded by
        `names.name_key` (a caller that can make them in bulk, faster than a call per record)."""
        self.beginResetModel()
        self.records = list(records)
        self._haystacks = None if haystacks is None else list(haystacks)
        if self._sort:
            self._apply_sort()
        self._apply_filter()
        self.endResetModel()

    def record_at(self, row: int) -> T:
        return self.records[self.visible[row]]

    def row_of(self, predicate: Callable[[T], bool]) -> int | None:
        for row, position in enumerate(self.visible):
            if predicate(self.records[position]):
                return row
        return None

    def set_filter(self, text: str, predicate: Callable[[T], bool] | None = None) -> None:
        """Show only records whose search text contains every word typed (and that pass
        `predicate`, for the tab's own filter widgets)."""
        self.beginResetModel()
        self._filter = name_key(text)
        self._predicate = predicate
        self._apply_filter()
        self.endResetModel()

    # ----- internals -------------------------------------------------------------------------
    def _searchable(self) -> list[str]:
        if self._haystacks is None:
            # the one name rule: "jose nunez" finds José Núñez in any searchable table
            self._haystacks = [name_key(self._search_text(r)) for r in self.records]
        return self._haystacks

    def _apply_sort(self) -> None:
        if not self._sort:
            return
        column, order = self._sort
        # Each record's key once, then the positions sorted by those keys: no pair tuples or
        # Python-level key calls inside the sort (20,000 pledges, SPEC P-5), and next to nothing
        # new for the garbage collector to walk. The sort is stable either way.
        keys = list(map(self.columns[column].key_function(), self.records))
        positions = sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.records = list(map(self.records.__getitem__, positions))
        if self._haystacks is not None:
            self._haystacks = list(map(self._haystacks.__getitem__, positions))

    def _apply_filter(self) -> None:
        words = self._filter.split()
        predicate = self._predicate
        if not words and predicate is None:
            # Nothing to test row by row; a range, not 20,000 ints in a list (SPEC P-6).
            self.visible = range(len(self.records))
            return
        if not words:  # the tab's own filter alone: no search text needed
            accepts = predicate
            assert accepts is not None
            self.visible = [p for p, record in enumerate(self.records) if accepts(record)]
            return
        self.visible = [
            position
            for position, haystack in enumerate(self._searchable())
            if all(word in haystack for word in words)
            and (predicate is None or predicate(self.records[position]))
        ]
