"""The places of the bars' parts: worked out once per area, font and labels, and again when
any of them changes."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from endorse_desktop.ui.meeting.bars_layout import BarRow, bars_layout

ROWS = [BarRow("1", "Ana Ruiz", "3", "30.0 %", "needs 2 more"), BarRow("2", "Bo", "7", "", "")]


def test_a_font_made_larger_in_place_gets_places_measured_in_it(qapp) -> None:
    """The font's identity is what the look-up asks first (its key text costs more than all
    the rest): the same font object changed in place is measured again, not taken as known."""
    font = QFont()
    font.setPixelSize(16)
    area = QRectF(0, 0, 900, 300)
    small = bars_layout(area, ROWS, font)
    assert bars_layout(area, ROWS, font) is small
    font.setPixelSize(32)
    large = bars_layout(area, ROWS, font)
    assert large.line > small.line
    assert large.label_width > small.label_width
    assert bars_layout(area, ROWS, QFont(font)) is large  # an equal font: the same places
