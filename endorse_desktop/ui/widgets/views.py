"""The one way a list of records is shown: a table the keyboard moves through row by row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


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
