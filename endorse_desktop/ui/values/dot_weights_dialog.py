"""Before a dot vote changes any weight: current and suggested weights, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from endorse_desktop.core.dot_vote import RULE_TEXT
from endorse_desktop.core.values import Value
from endorse_desktop.ui.widgets.forms import FormDialog
from endorse_desktop.ui.widgets.text import plural


class DotWeightsDialog(FormDialog):
    def __init__(
        self,
        values: list[Value],
        dots: dict[int, int],
        changes: dict[int, tuple[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Apply the dot vote as weights"), parent, ok_text=self.tr("&Apply weights")
        )
        total = sum(dots.values())
        changed = sum(1 for before, after in changes.values() if before != after)
        intro = QLabel(
            self.tr("%s placed.") % plural(total, self.tr("dot"), self.tr("dots"))
            + " "
            + self.tr(RULE_TEXT)
            + " "
            + self.tr("%s would change; undo (Ctrl+Z) puts them back.")
            % plural(changed, self.tr("weight"), self.tr("weights"))
        )
        intro.setWordWrap(True)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Dots"), self.tr("Current weight"), self.tr("Suggested")]
        )
        bold = QFont()
        bold.setBold(True)
        for value in values:
            assert value.id is not None
            before, after = changes[value.id]
            cells = [
                QStandardItem(value.title),
                QStandardItem(str(dots.get(value.id, 0))),
                QStandardItem(str(before)),
                QStandardItem(
                    f"{after}  ({'+' if after > before else ''}{after - before})"
                    if after != before
                    else str(after)
                ),
            ]
            for column, cell in enumerate(cells):
                cell.setEditable(False)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if after != before:
                    cell.setFont(bold)
            self.model.appendRow(cells)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Current and suggested weights"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setEnabled(changed > 0)
        self.append(intro)
        self.append(self.table, 1)
        self.resize(620, 480)
