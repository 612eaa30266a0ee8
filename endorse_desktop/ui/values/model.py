"""The Values tab's table: the group's values in display order, reordered by dragging rows.

The model never reorders itself. A drop only says which order the user asked for
(`reorder_requested`); the tab turns that into an undoable change through the core, and the
model is refilled from the database afterwards, so what the screen shows is what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from endorse_desktop.core.values import Value
from endorse_desktop.ui.scorecards.rating_style import DEALBREAKER_MARK
from endorse_desktop.ui.widgets.table_model import READ_ONLY_CELL, AnyIndex, column_header, roles

MIME_TYPE = "application/x-endorse-desktop-value-ids"
VALUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ORDER, TITLE, WEIGHT, DEALBREAKER, DOTS, DESCRIPTION = range(6)
# The roles data() answers. The header's resize-to-contents asks every cell for a dozen roles on
# each layout pass (thousands of calls before the first paint, SPEC P-1): the others get None
# before any other work.
_ANSWERED_ROLES = roles(
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole,
    VALUE_ID_ROLE,
)


class ValuesModel(QAbstractTableModel):
    reorder_requested = Signal(list)  # value ids in the order asked for

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.values: list[Value] = []
        self.dots: dict[int, int] = {}
        self._headers = (
            self.tr("#"),
            self.tr("Value"),
            self.tr("Weight"),
            self.tr("Dealbreaker"),
            self.tr("Dots"),
            self.tr("Description"),
        )

    # ----- contents --------------------------------------------------------------------------
    def set_values(self, values: Sequence[Value], dots: dict[int, int]) -> None:
        self.beginResetModel()
        self.values = list(values)
        self.dots = dict(dots)
        self.endResetModel()

    def set_dots(self, dots: dict[int, int]) -> None:
        """New dot counts only: a repaint of one column, keeping the selection where it is."""
        self.dots = dict(dots)
        if self.values:
            self.dataChanged.emit(
                self.index(0, DOTS),
                self.index(len(self.values) - 1, DOTS),
                [Qt.ItemDataRole.DisplayRole],
            )

    def value_at(self, row: int) -> Value:
        return self.values[row]

    def row_of(self, value_id: int) -> int | None:
        for row, value in enumerate(self.values):
            if value.id == value_id:
                return row
        return None

    def ids(self) -> list[int]:
        return [value.id for value in self.values if value.id is not None]

    # ----- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.values)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.values):
            return None
        value = self.values[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(value, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DEALBREAKER:
                return self.tr("A candidate rated Opposes on a dealbreaker is flagged ✖")
            if column == DOTS:
                return self.tr("Dots members placed on this value in the dot vote")
            return value.description or value.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER, DOTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == VALUE_ID_ROLE:
            return value.id
        return None

    def _text(self, value: Value, row: int, column: int) -> str:
        if column == ORDER:
            return str(row + 1)
        if column == TITLE:
            return value.title
        if column == WEIGHT:
            return f"{value.weight}  " + "●" * value.weight
        if column == DEALBREAKER:
            return f"{DEALBREAKER_MARK} {self.tr('Dealbreaker')}" if value.dealbreaker else ""
        if column == DOTS:
            return str(self.dots.get(value.id or 0, 0))
        return " ".join(value.description.split())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self._headers, section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return READ_ONLY_CELL | Qt.ItemFlag.ItemIsDragEnabled

    # ----- drag and drop: reordering ---------------------------------------------------------
    # Qt's own canDropMimeData takes what these two allow and nothing else: a move of our rows.
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        # deferred: only a drag needs it; ~3 ms at start-up (python -X importtime)
        import json

        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [self.values[row].id for row in rows]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("ascii")))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Ask for the dragged values to go before `row` (or before the row dropped on).

        Returns False: the rows are not moved here (the view must not remove any "source"
        rows either); the refill after the core has stored the order moves them.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False

        # deferred: only a drop needs it; ~3 ms at start-up (python -X importtime)
        import json

        try:
            moved = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()))]
        except (ValueError, TypeError):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.values)
        order = self.ids()
        if not moved or not set(moved) <= set(order):
            return False
        before = [value_id for value_id in order[:row] if value_id not in moved]
        after = [value_id for value_id in order[row:] if value_id not in moved]
        new_order = [*before, *moved, *after]
        if new_order != order:
            self.reorder_requested.emit(new_order)
        return False
