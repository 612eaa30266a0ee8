"""Tables open without per-row search work; a search still finds by the one name rule."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel


@dataclass(frozen=True)
class Person:
    name: str
    town: str


PEOPLE = [Person(f"Person {n}", "Ann Arbor") for n in range(2_000)] + [
    Person("José Núñez", "Ypsilanti"),
    Person("Ana Gómez", "Detroit"),
]


def model_counting_searches() -> tuple[RecordTableModel[Person], list[int]]:
    folded = [0]

    def search_text(person: Person) -> str:
        folded[0] += 1
        return f"{person.name} {person.town}"

    columns = [Column("Name", lambda p: p.name), Column("Town", lambda p: p.town)]
    return RecordTableModel(columns, search_text), folded


def shown(model: RecordTableModel[Person]) -> list[str]:
    return [model.record_at(row).name for row in range(model.rowCount())]


def test_opening_and_sorting_a_table_fold_no_search_text(qtbot) -> None:
    model, folded = model_counting_searches()
    model.set_records(PEOPLE)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter("", lambda p: p.town != "Detroit")  # a tab's own filter box
    assert folded == [0]
    assert model.rowCount() == len(PEOPLE) - 1


def test_a_search_after_a_sort_finds_the_right_people(qtbot) -> None:
    model, folded = model_counting_searches()
    model.set_records(PEOPLE)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter("jose nunez")
    assert shown(model) == ["José Núñez"]
    assert folded == [len(PEOPLE)]  # each record folded once, when the search needed it
    model.set_filter("")
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_filter("GOMEZ")
    assert shown(model) == ["Ana Gómez"]
    assert folded == [len(PEOPLE)]
