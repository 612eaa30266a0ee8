"""Record views: the row the keyboard is on, and the row kept when a list is refilled."""

from __future__ import annotations

from dataclasses import dataclass

from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel
from endorse_desktop.ui.widgets.views import current_record, record_view, row_to_keep


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def model_of(*names: str) -> RecordTableModel[Item]:
    model: RecordTableModel[Item] = RecordTableModel(
        [Column("Name", lambda item: item.name)], lambda item: item.name
    )
    model.set_records([Item(number, name) for number, name in enumerate(names, start=1)])
    return model


def test_the_current_record_is_the_one_on_the_current_row(qtbot) -> None:
    model = model_of("Ana", "Bea", "Cy")
    view = record_view(model, "Items")
    qtbot.addWidget(view)
    assert current_record(view, model) is None  # no row yet
    view.setCurrentIndex(model.index(1, 0))
    assert current_record(view, model) == Item(2, "Bea")
    model.set_records([Item(1, "Ana")])  # the row it was on is gone
    view.setCurrentIndex(model.index(1, 0))
    assert current_record(view, model) is None


def test_a_refilled_list_keeps_the_record_else_goes_to_the_first_row() -> None:
    model = model_of("Ana", "Bea", "Cy")
    assert row_to_keep(model, lambda item: item.id == 3) == 2
    assert row_to_keep(model, lambda item: item.id == 9) == 0  # gone: the first row
    assert row_to_keep(model_of(), lambda item: True) is None  # nothing to select
