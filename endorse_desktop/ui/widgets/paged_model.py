"""A table model that reads only the rows it shows: ids in order, records fetched in pages.

The Members (5,000) and Pledges (20,000) tables open, sort and filter in under 50 ms on a weak
laptop (SPEC P-5, issue 17) because nothing here is done once per row in Python at open: the
source hands over the ids in the table's first order (one SQL query) — or, a `RangedSource`
opened unsorted and unfiltered, only how many rows there are, every id being read the first time
a sort, a filter or a search needs them — and the records the view paints are read a page at a
time as it asks for them (one query a page, a few pages kept).
Sorting puts positions in the order of a column's keys, which the source reads from the store in
bulk the first time that column is sorted; filtering keeps the positions whose ids the tab's
filters allow (the store's own WHERE) and whose folded search text holds every word typed.
"""

from __future__ import annotations

import operator
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from contextlib import suppress
from itertools import compress, count, repeat
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QModelIndex, QObject, Qt

from endorse_desktop.core.names import name_key
from endorse_desktop.ui.widgets.table_model import Column, ColumnTableModel

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# Rows read in one query: a screen or two of them. The kept pages cover scrolling back and forth.
PAGE_ROWS = 100
KEPT_PAGES = 12
# Rows looked for one at a time after a sort; more are found with a map of every row.
FEW_ROWS = 16


class PagedSource(Protocol[T_co]):
    """Where a paged table's rows come from (the store, through the core)."""

    def ids(self) -> list[int]:
        """Every row's id, in the order the table first shows them."""
        ...

    def fetch(self, ids: Sequence[int]) -> Mapping[int, T_co]:
        """The records of these ids, by id."""
        ...

    def sort_keys(self, column: int) -> Sequence[Any]:
        """Each row's key for sorting by `column`, in `ids()` order."""
        ...

    def search_texts(self) -> Sequence[str]:
        """Each row's search text folded by `names.name_key`, in `ids()` order."""
        ...


@runtime_checkable
class RangedSource(PagedSource[T_co], Protocol[T_co]):
    """A source that can say how many rows it has and read the ids of a few of them (in `ids()`
    order) without reading every id: the table opens on these alone."""

    def count(self) -> int:
        """len(ids()), found without reading them."""
        ...

    def ids_between(self, start: int, stop: int) -> list[int]:
        """ids()[start:stop]."""
        ...


@runtime_checkable
class ViewSource(PagedSource[T_co], Protocol[T_co]):
    """A source that can list the rows of the view a table opens on — sorted up by
    `view_column`, showing the ids of a filter `is_view_filter` recognises — without reading
    every id: the table opens on these alone, and reads every id (sorting and filtering them as
    the view is) the first time it needs them."""

    view_column: int

    def is_view_filter(self, allowed: Collection[int] | None) -> bool:
        """Whether `allowed`, a table's filter, is the view's."""
        ...

    def count(self) -> int:
        """len(ids()), found without reading them."""
        ...

    def view_count(self) -> int:
        """How many rows the view has."""
        ...

    def view_ids_between(self, start: int, stop: int) -> list[int] | None:
        """The ids on rows `start` to `stop` of the view; None if they take every id."""
        ...


class PagedTableModel(ColumnTableModel[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._source: PagedSource[T] | None = None
        # Every row's id, in the source's order; None until something needs them all (a ranged
        # source opened unsorted and unfiltered shows its rows by number until then).
        self._id_list: list[int] | None = []
        self._count = 0
        self._order: Sequence[int] = range(0)  # positions in `_ids`, in the shown sort order
        self._keys: dict[int, Sequence[Any]] = {}
        self._haystacks: Sequence[str] | None = None
        self._words: list[str] = []
        self._allowed: Collection[int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # page number → (its rows' ids, their records by id)
        self._pages: OrderedDict[int, tuple[Sequence[int], Mapping[int, T]]] = OrderedDict()
        self._positions: dict[int, int] | None = None  # id → its position in `_ids`
        # Showing a `ViewSource`'s view, by row number, until every id is read.
        self._view = False

    # ----- rows ------------------------------------------------------------------------------
    def set_source(self, source: PagedSource[T], allowed: Collection[int] | None = None) -> None:
        """Show `source`'s rows (those of `allowed` ids, if given), sorted as they were."""
        self.beginResetModel()
        self._source = source
        self._keys = {}
        self._haystacks = None
        self._positions = None
        self._allowed = allowed
        self._view = self._shows_view()
        if self._view:
            assert isinstance(source, ViewSource)
            self._id_list, self._count = None, source.count()
            self._pages.clear()
            self.visible = range(source.view_count())
            self.endResetModel()
            return
        if isinstance(source, RangedSource) and not (self._sort or self._words or allowed):
            self._id_list, self._count = None, source.count()
        else:
            self._id_list = source.ids()
            self._count = len(self._id_list)
        self._order = range(self._count)
        if self._sort:
            self._apply_sort()
        self._apply_filter()
        self.endResetModel()

    def _shows_view(self) -> bool:
        """Whether the rows to show are the source's view (`ViewSource`)."""
        source = self._source
        return (
            isinstance(source, ViewSource)
            and not self._words
            and self._sort == (source.view_column, Qt.SortOrder.AscendingOrder)
            and source.is_view_filter(self._allowed)
        )

    def total(self) -> int:
        """How many rows the source has, shown or not."""
        return self._count

    def id_at(self, row: int) -> int:
        ids, _ = self._page_of(row)
        return ids[row % PAGE_ROWS]

    def record_at(self, row: int) -> T:
        ids, records = self._page_of(row)
        return records[ids[row % PAGE_ROWS]]

    def shown_ids(self) -> list[int]:
        return list(map(self._ids.__getitem__, self.visible))

    def rows_of_ids(self, ids: Collection[int]) -> list[int]:
        """The rows now showing these ids, in order (those filtered out have none)."""
        if not ids:
            return []
        return list(compress(count(), map(ids.__contains__, self.shown_ids())))

    def set_filter(self, text: str, allowed: Collection[int] | None = None) -> None:
        """Show only rows whose search text holds every word typed, and whose id is `allowed`
        (None: every id) by the tab's own filter widgets."""
        self.beginResetModel()
        self._words = name_key(text).split()
        self._allowed = allowed
        if not (self._view and self._shows_view()):  # (still the view: the same rows)
            if self._view:
                self.read_every_id()  # filtered as now asked
            self._apply_filter()
        self.endResetModel()

    # ----- Qt model interface -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        if self._source is not None:
            self.read_every_id()  # (the rows a view showed are then sorted as they were)
        self.layoutAboutToBeChanged.emit()
        # Views keep their selection and current row as persistent indexes: move them with their
        # rows' ids, or the selection would stay on row numbers and land on other people.
        persistent = self.persistentIndexList()
        followed = [(self.id_at(index.row()), index.column()) for index in persistent]
        self._sort = (column, order)
        self._apply_sort()
        self._apply_filter()
        if persistent:
            rows = self._rows_of({key for key, _ in followed})
            moved = [
                self.index(rows[key], col) if key in rows else QModelIndex()
                for key, col in followed
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # ----- internals -------------------------------------------------------------------------
    @property
    def _ids(self) -> list[int]:
        return self.read_every_id()

    def read_every_id(self) -> list[int]:
        """Every row's id, read now if the table opened on a count: by its first sort, filter
        or search, or before, at a quiet moment after the table is shown."""
        if self._id_list is None:
            assert self._source is not None
            self._id_list = self._source.ids()
            if self._view:
                # The same rows in the same order, now found among every id: the view's sort
                # and filter, done here as any other sort and filter.
                self._view = False
                self._order = range(len(self._id_list))
                self._apply_sort()
                self._apply_filter()
        return self._id_list

    def _page_of(self, row: int) -> tuple[Sequence[int], Mapping[int, T]]:
        page = row // PAGE_ROWS
        found = self._pages.get(page)
        if found is None:
            found = self._read_page(page)
        else:
            self._pages.move_to_end(page)
        return found

    def _read_page(self, page: int) -> tuple[Sequence[int], Mapping[int, T]]:
        assert self._source is not None  # rows are shown only once there is a source
        start = page * PAGE_ROWS
        ids = self.shown_ids_between(start, start + PAGE_ROWS)
        self._pages[page] = found = (ids, self._source.fetch(ids))
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return found

    def shown_ids_between(self, start: int, end: int) -> list[int]:
        if self._view:
            assert isinstance(self._source, ViewSource)
            found = self._source.view_ids_between(start, min(end, len(self.visible)))
            if found is not None:
                return found
            self.read_every_id()  # the view's further rows: from every id
        if self._id_list is None and isinstance(self.visible, range):
            # opened on a count, neither sorted nor filtered since: row numbers are positions
            assert isinstance(self._source, RangedSource)
            return self._source.ids_between(start, min(end, self._count))
        return list(map(self._ids.__getitem__, self.visible[start:end]))

    def _rows_of(self, ids: set[int]) -> dict[int, int]:
        """The rows now showing these ids. A view follows its current row and selection: a
        few rows are looked for one by one (in C), a big selection by one map of every row."""
        if len(ids) > FEW_ROWS:
            return {key: row for key, row in zip(self.shown_ids(), count()) if key in ids}
        if self._positions is None:
            self._positions = dict(zip(self._ids, count()))
        visible = self.visible
        rows: dict[int, int] = {}
        for key in ids:
            with suppress(KeyError, ValueError):  # gone, or filtered out: no row
                rows[key] = visible.index(self._positions[key])
        return rows

    def _apply_sort(self) -> None:
        if not self._sort or self._source is None:
            return
        column, order = self._sort
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = self._source.sort_keys(column)
        # The shown order sorted again, stably: rows with the same key keep the order the last
        # sort gave them, as in a list sorted column after column.
        self._order = sorted(
            self._order, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _apply_filter(self) -> None:
        self._pages.clear()  # rows are read by row number: new rows, new pages
        positions: Sequence[int] = self._order
        if self._allowed is not None:
            allowed, ids = self._allowed, self._ids
            whole = getattr(allowed, "whole", None)  # a set read when first looked into: the set
            if whole is not None:
                allowed = whole()
            shown = map(allowed.__contains__, map(ids.__getitem__, positions))
            positions = list(compress(positions, shown))
        if self._words:
            if self._haystacks is None and self._source is not None:
                self._haystacks = self._source.search_texts()
            haystacks = self._haystacks or ()
            for word in self._words:  # one pass a word, each in C
                found = map(operator.contains, map(haystacks.__getitem__, positions), repeat(word))
                positions = list(compress(positions, found))
        self.visible = positions
