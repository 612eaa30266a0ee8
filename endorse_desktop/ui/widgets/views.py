"""The one way a list of records is shown: a table the keyboard moves through row by row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from endorse_desktop.ui.widgets.table_model import RecordTableModel

T = TypeVar("T")


def record_view(
    model: QAbstractItemModel, name: str, *, several: bool = False, view: QTableView | None = None
) -> QTableView:
    """Whole rows selected (one, or `several`), nothing edited in place (dialogs do that), and a
    name screen readers say. `view` dresses a QTableView subclass the same way."""
    made = view if view is not None else QTableView()
    made.setModel(model)
    made.setAccessibleName(name)
    made.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    made.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
    made.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return made


def current_record(view: QAbstractItemView, model: RecordTableModel[T]) -> T | None:
    """The record on the view's current row; None without one (or past the model's last row)."""
    index = view.currentIndex()
    if not index.isValid() or index.row() >= model.rowCount():
        return None
    return model.record_at(index.row())


def row_to_keep(model: RecordTableModel[T], kept: Callable[[T], bool]) -> int | None:
    """The row to select after the model is refilled: the `kept` record's, else the first (None
    when the model is empty)."""
    row = model.row_of(kept)
    if row is None and model.rowCount():
        row = 0
    return row
