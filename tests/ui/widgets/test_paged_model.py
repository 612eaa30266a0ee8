"""A paged table reads only the rows it shows, and sorts, filters and selects like a list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from endorse_desktop.ui.widgets import paged_model
from endorse_desktop.ui.widgets.paged_model import KEPT_PAGES, PAGE_ROWS, PagedTableModel
from endorse_desktop.ui.widgets.table_model import Column

ROWS = 20_000
TOWNS = ("Ann Arbor", "Detroit", "Ypsilanti", "Saline")


class People:
    """20,000 people, counting what the table reads of them."""

    def __init__(self) -> None:
        self.fetched: list[int] = []  # the ids read, in the order they were asked for
        self.keyed: list[int] = []  # the columns whose keys were read

    def ids(self) -> list[int]:
        return list(range(1, ROWS + 1))

    def fetch(self, ids: Sequence[int]) -> Mapping[int, tuple[str, str]]:
        self.fetched += ids
        return {key: (f"Person {key:05}", TOWNS[key % 4]) for key in ids}

    def sort_keys(self, column: int) -> Sequence[Any]:
        self.keyed.append(column)
        if column == 0:
            return [f"person {key:05}" for key in self.ids()]
        return [TOWNS[key % 4].casefold() for key in self.ids()]

    def search_texts(self) -> Sequence[str]:
        return [f"person {key:05} {TOWNS[key % 4].casefold()}" for key in self.ids()]


def people_model() -> tuple[PagedTableModel[tuple[str, str]], People]:
    columns = [Column("Name", lambda p: p[0]), Column("Town", lambda p: p[1])]
    model: PagedTableModel[tuple[str, str]] = PagedTableModel(columns)
    source = People()
    model.set_source(source)
    return model, source


def names(model: PagedTableModel[tuple[str, str]], rows: Sequence[int]) -> list[str]:
    return [model.index(row, 0).data() for row in rows]


def test_opening_20000_rows_reads_none_and_painting_reads_one_page(qtbot) -> None:
    model, source = people_model()
    assert model.rowCount() == ROWS and source.fetched == []
    assert names(model, [0, 1]) == ["Person 00001", "Person 00002"]
    assert source.fetched == list(range(1, PAGE_ROWS + 1))  # the first page, once
    assert model.index(15_000, 1).data() == TOWNS[15_001 % 4]
    assert len(source.fetched) == 2 * PAGE_ROWS


def test_a_few_pages_are_kept_and_the_oldest_read_again(qtbot) -> None:
    model, source = people_model()
    for page in range(KEPT_PAGES + 1):
        model.index(page * PAGE_ROWS, 0).data()
    read = len(source.fetched)
    model.index(PAGE_ROWS, 0).data()  # still kept
    assert len(source.fetched) == read
    model.index(0, 0).data()  # the first page was let go
    assert len(source.fetched) == read + PAGE_ROWS


def test_sorting_is_stable_like_a_list_sorted_column_after_column(qtbot) -> None:
    model, source = people_model()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # same towns keep the names' descending order
    expected = sorted(range(ROWS, 0, -1), key=lambda key: TOWNS[key % 4])
    shown = [f"Person {key:05}" for key in (expected[0], expected[1], expected[6_000])]
    assert names(model, [0, 1, 6_000]) == shown
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert source.keyed == [0, 1]  # each column's keys read once


def test_search_words_and_filter_boxes_narrow_together(qtbot) -> None:
    model, _ = people_model()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter("SALINE 1999", allowed={key for key in range(1, ROWS + 1) if key % 2})
    found = [key for key in range(ROWS, 0, -1) if "1999" in f"{key:05}" and key % 4 == 3]
    assert names(model, range(model.rowCount())) == [f"Person {key:05}" for key in found]
    model.set_filter("")
    assert model.rowCount() == ROWS and model.total() == ROWS


def selected_names(view: QTableView) -> list[str]:
    rows = sorted(index.row() for index in view.selectionModel().selectedRows())
    return names(view.model(), rows)


def select(view: QTableView, rows: Sequence[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0), flags)


def test_the_selection_stays_on_the_same_people_through_a_sort(qtbot, monkeypatch) -> None:
    model, _ = people_model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    select(view, [3, 4, 7])
    view.selectionModel().setCurrentIndex(
        model.index(4, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    chosen = selected_names(view)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert selected_names(view) == sorted(chosen, key=lambda name: -(int(name[-5:]) % 4))
    assert view.currentIndex().data() == "Person 00005"
    # a big selection is followed as well (by one map of every row instead)
    monkeypatch.setattr(paged_model, "FEW_ROWS", 2)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert selected_names(view) == sorted(chosen)
    model.set_filter("person 0000")  # a search: the tab selects its rows again, then a sort
    select(view, [0, 2])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert selected_names(view) == ["Person 00003", "Person 00001"]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model, _ = people_model()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter("saline 12")
    qtmodeltester.check(model)


class CountedPeople(People):
    """The same people, able to say how many they are and read a page's ids (a RangedSource)."""

    def __init__(self) -> None:
        super().__init__()
        self.every_id_read = 0

    def ids(self) -> list[int]:
        self.every_id_read += 1
        return super().ids()

    def count(self) -> int:
        return ROWS

    def ids_between(self, start: int, stop: int) -> list[int]:
        return list(range(start + 1, min(stop, ROWS) + 1))


def test_a_ranged_source_opens_on_its_count_until_a_sort_needs_every_id(qtbot) -> None:
    model: PagedTableModel[tuple[str, str]] = PagedTableModel(
        [Column("Name", lambda p: p[0]), Column("Town", lambda p: p[1])]
    )
    source = CountedPeople()
    model.set_source(source)
    assert model.rowCount() == model.total() == ROWS
    assert names(model, [0, 19_999]) == ["Person 00001", "Person 20000"]
    assert model.id_at(12_345) == 12_346 and model.rows_of_ids(set()) == []
    assert source.every_id_read == 0 and len(source.fetched) == 3 * PAGE_ROWS  # three pages
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model, [0, 19_999]) == ["Person 20000", "Person 00001"]
    model.set_filter("saline 1999")
    found = [key for key in range(ROWS, 0, -1) if "1999" in f"{key:05}" and key % 4 == 3]
    assert names(model, range(model.rowCount())) == [f"Person {key:05}" for key in found]
