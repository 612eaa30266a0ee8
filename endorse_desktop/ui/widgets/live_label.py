"""A line of wrapped text that changes with every keystroke without relaying out its window.

A QLabel given new text asks its layout to be recomputed, whether or not its size changes; Qt
passes that request up through every layout to the tab widget, which then repaints the whole
tab: a ballot's "10,241 ballots counted" cost a repaint of the window. This label asks for a new
layout only when the new text needs another height; otherwise it repaints itself alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from endorse_desktop.ui.widgets.text_span import LineSpans

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextWordWrap
)


class LiveLabel(QWidget):
    """Plain wrapped text, read by screen readers as the widget's description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._measured: tuple[str, int, int] = ("", -1, 0)  # text, width, height: the last asked
        self._spans: LineSpans | None = None  # where new words differ, in this font
        self._one_line_height: int | None = None  # the height of one line, in this font
        # Its own background, the window's colour it sits on: new words repaint the label
        # alone, not the window, tabs and splitter under it (eight widgets) every ballot.
        self.setAutoFillBackground(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self.setText("")

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        before = self.heightForWidth(self.width())
        old, self._text = self._text, text
        self.setAccessibleDescription(text)
        if self.heightForWidth(self.width()) != before or not self.isVisible():
            self.updateGeometry()  # another number of lines: the layout must make room
            self.update()
            return
        # the same lines: only the letters that changed (a ballot's digits) are drawn again
        span = self._line_spans().changed(QRectF(self.rect()), old, text)
        if span is not None:
            self.update(span.toAlignedRect())

    def _line_spans(self) -> LineSpans:
        if self._spans is None:
            self._spans = LineSpans(QFontMetricsF(self.font()))
        return self._spans

    def _line(self) -> int:
        return self.fontMetrics().height()

    def heightForWidth(self, width: int) -> int:
        if not self._text:
            return self._line()
        text, measured_width, height = self._measured
        if (text, measured_width) != (self._text, width):  # a key's new words: measured once
            # words that surely fit on one line are one line high: not laid out to know it
            if self._line_spans().one_line(self._text, width):
                if self._one_line_height is None:
                    self._one_line_height = self._height_of("X", width)
                height = self._one_line_height
            else:
                height = self._height_of(self._text, width)
            self._measured = (self._text, width, height)
        return height

    def _height_of(self, text: str, width: int) -> int:
        bound = QRect(0, 0, max(width, 1), 100_000)
        return max(self.fontMetrics().boundingRect(bound, _FLAGS, text).height(), 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured = ("", -1, 0)  # other letters: measure again
            self._spans = None
            self._one_line_height = None
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._text) + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._line())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        if self._line_spans().one_line(self._text, self.width()):
            # one line, centred as the box would centre it, written from its baseline: laying
            # the words out in a wrapping box first cost as much as drawing them
            metrics = self.fontMetrics()
            top = (self.height() - metrics.height()) / 2
            painter.drawText(QPointF(0, top + metrics.ascent()), self._text)
        else:
            painter.drawText(self.rect(), _FLAGS, self._text)
        painter.end()
