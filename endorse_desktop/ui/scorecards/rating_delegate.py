"""Draws a scorecard cell: its rating's fill stays visible when the cell is selected.

The standard look paints a selected cell in the highlight colour, hiding the very colour the
facilitator is checking; here the cell keeps its fill and the selection is a thick frame.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

FRAME_PX = 3


class RatingDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            colour = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, FRAME_PX))
            half = FRAME_PX // 2 + 1
            painter.drawRect(option.rect.adjusted(half, half, -half - 1, -half - 1))
            painter.restore()
