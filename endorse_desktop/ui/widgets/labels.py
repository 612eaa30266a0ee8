"""Labels with a job of their own."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def bold_label(accessible_name: str, text: str = "", *, word_wrap: bool = False) -> QLabel:
    """A label in bold at the body text's size: the line to read first (a vote's result, the
    ballot being typed)."""
    label = QLabel(text)
    label.setWordWrap(word_wrap)
    label.setAccessibleName(accessible_name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def big_bold_label(accessible_name: str, scale: float, text: str = "") -> QLabel:
    """A label in bold, `scale` times the body text's size: a figure to read at a glance (who is
    present, the dots placed, what an import did)."""
    label = bold_label(accessible_name, text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
