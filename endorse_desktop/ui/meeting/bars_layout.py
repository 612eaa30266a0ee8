"""Where the parts of a round's bars go in an area, and the row each option is drawn as.

Worked out once per area, font and labels and shared by the paint (`vote_bars.paint_vote_bars`)
and by `vote_bars.changed_areas`, so that a ballot key repaints exactly the parts whose numbers
moved: on a big round a bar's end moves by a pixel every few keys, and only those pixels are
drawn again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFont, QFontMetrics

from endorse_desktop.ui.widgets.text import translator

MEMO_SIZE = 8  # views or layouts remembered: a key needs the last two, each language


_tr = translator("VoteBars")


@dataclass(frozen=True)
class BarRow:
    """One row as drawn: what the screen says, kept so tests can read what is shown."""

    key: str
    label: str
    votes: str
    share: str
    note: str


@dataclass(frozen=True)
class BarsLayout:
    """Where each part of the bars goes in an area: computed once, used by the paint and by
    `changed_areas` alike, so a keystroke can repaint exactly the parts whose numbers moved."""

    outer: QRectF  # the whole area, the threshold label's strip included
    area: QRectF  # below the strip: the rows
    strip: float
    line: float
    row_height: float
    key_width: float
    label_width: float
    numbers_width: float
    note_width: float
    bar_left: float
    bar_width: float
    rows: int
    font: QFont = field(compare=False, repr=False)  # the one the places were measured in
    # the threshold label's width by its words: a key moves the line, rarely its words' width
    _widths: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def top(self, index: int) -> float:
        return self.area.top() + index * self.row_height

    def key_rect(self, index: int) -> QRectF:
        return QRectF(self.area.left(), self.top(index), self.key_width, self.row_height)

    def label_rect(self, index: int) -> QRectF:
        left = self.area.left() + self.key_width
        return QRectF(left, self.top(index), self.label_width, self.row_height)

    def track_rect(self, index: int) -> QRectF:
        bar_height = self.row_height * 0.55
        middle = self.top(index) + self.row_height / 2
        return QRectF(self.bar_left, middle - bar_height / 2, self.bar_width, bar_height)

    def numbers_rect(self, index: int) -> QRectF:
        left = self.bar_left + self.bar_width + 8
        return QRectF(left, self.top(index), self.numbers_width, self.row_height)

    def note_rect(self, index: int) -> QRectF:
        left = self.bar_left + self.bar_width + 8 + self.numbers_width
        return QRectF(left, self.top(index), self.note_width, self.row_height)

    @cached_property
    def cells(self) -> list[list[tuple[QRectF, QRect]]]:
        """Row by row, the key, label, track, numbers and note: each place, and the pixels
        within it less one each side (a repaint that only touches its edge leaves it be)."""
        return [
            [
                (rect, rect.adjusted(1, 1, -1, -1).toAlignedRect())
                for rect in (
                    self.key_rect(index),
                    self.label_rect(index),
                    self.track_rect(index),
                    self.numbers_rect(index),
                    self.note_rect(index),
                )
            ]
            for index in range(self.rows)
        ]

    @cached_property
    def columns(self) -> list[QRect]:
        """Column by column (key, label, track, numbers, note), the pixels its cells cover in
        all rows: a repaint that misses a column skips its cells without asking about each."""
        cells = self.cells
        if not cells:
            return [QRect()] * 5
        columns = []
        for column in range(5):
            whole = cells[0][column][1]
            for row in cells[1:]:
                whole = whole.united(row[column][1])
            columns.append(whole)
        return columns

    @cached_property
    def metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font)

    @cached_property
    def row_rects(self) -> list[QRect]:
        """Row by row, the pixels all of its cells cover: a repaint that misses them all
        skips the row without asking about each cell."""
        rows = []
        for cells in self.cells:
            whole = cells[0][1]
            for _, inner in cells[1:]:
                whole = whole.united(inner)
            rows.append(whole)
        return rows

    def strip_rect(self) -> QRectF:
        """The strip above the rows where the threshold line's "15 needed" is written."""
        return QRectF(
            self.outer.left(), self.area.top() - self.strip, self.outer.width(), self.strip
        )

    def fill_edge(self, index: int, was: float, now: float) -> QRectF:
        """The part of row `index`'s track between a bar's old and new end (and the end's
        smoothed pixels)."""
        track = self.track_rect(index)
        left = self.bar_left + min(was, now)
        return QRectF(left - 2, track.top(), abs(now - was) + 4, track.height())

    def needed_label(self, x: float, text: str, metrics: QFontMetrics) -> QRectF:
        """Where the threshold line's "15 needed" is written above the line at `x`."""
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= 64:
                self._widths.clear()
            # the smoothed glyphs' edges included
            width = self._widths[text] = metrics.horizontalAdvance(text) + 8
        return QRectF(x - width / 2, self.area.top() - self.strip, width, self.strip)

    def threshold_line(self, x: float) -> QRectF:
        """Everything the threshold line at `x` touches, its pen's width and smoothing included."""
        half = max(2.0, self.line / 10) / 2 + 2
        return QRectF(x - half, self.area.top(), 2 * half, self.rows * self.row_height)


_LAYOUTS: dict[tuple[Any, ...], BarsLayout] = {}
_FONT_KEYS: dict[int, tuple[QFont, str]] = {}


def _font_key(font: QFont) -> str:
    """`font.key()`, asked of each font once: a key asks for its layout four times, and the
    key's text costs more than all the rest of the look-up. A font equal to the one measured
    (the same object, not changed since) has the same key."""
    known = _FONT_KEYS.get(id(font))
    if known is not None and known[0] == font:
        return known[1]
    if len(_FONT_KEYS) >= MEMO_SIZE:
        _FONT_KEYS.clear()
    key = font.key()
    _FONT_KEYS[id(font)] = (QFont(font), key)
    return key


def bars_layout(
    area: QRectF, rows: Sequence[BarRow], font: QFont, *, show_keys: bool = True
) -> BarsLayout:
    """The places in `area` for these rows' labels (measured once per area, font and labels:
    a key changes numbers, not places)."""
    key = (
        area.getRect(),
        _font_key(font),
        tuple(row.label for row in rows),
        show_keys,
        _tr("needs 0000 more"),
    )
    layout = _LAYOUTS.get(key)
    if layout is None:
        if len(_LAYOUTS) >= MEMO_SIZE:
            _LAYOUTS.clear()
        layout = _LAYOUTS[key] = _bars_layout(area, rows, QFont(font), show_keys)
    return layout


def _bars_layout(area: QRectF, rows: Sequence[BarRow], font: QFont, show_keys: bool) -> BarsLayout:
    metrics = QFontMetrics(font)
    line = metrics.height()
    strip = line * 1.3  # room above the bars for the "15 needed" label of the threshold line
    inner = area.adjusted(0, strip, 0, 0)
    row_height = min(inner.height() / max(len(rows), 1), line * 2.6)
    key_width = metrics.horizontalAdvance("9") * 2.2 if show_keys else 0.0
    label_width = min(
        inner.width() * 0.30,
        max((metrics.horizontalAdvance(r.label) for r in rows), default=0) + 12,
    )
    numbers_width = metrics.horizontalAdvance("00000  100.0 %") + 12
    # as wide as the widest note: Spanish or both languages say more than "needs 0000 more"
    notes = [_tr("needs 0000 more"), *(r.note for r in rows)]
    note_width = max(metrics.horizontalAdvance(note) for note in notes) + 12
    bar_width = max(inner.width() - key_width - label_width - numbers_width - note_width, 40.0)
    return BarsLayout(
        outer=QRectF(area),
        area=inner,
        strip=strip,
        line=line,
        row_height=row_height,
        key_width=key_width,
        label_width=label_width,
        numbers_width=numbers_width,
        note_width=note_width,
        bar_left=inner.left() + key_width + label_width,
        bar_width=bar_width,
        rows=len(rows),
        font=font,
    )
