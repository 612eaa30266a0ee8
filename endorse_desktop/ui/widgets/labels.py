"""Labels with a job of their own."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def big_bold_label(accessible_name: str, scale: float, text: str = "") -> QLabel:
    """A label in bold, `scale` times the body text's size: a figure to read at a glance (who is
    present, the dots placed, what an import did)."""
    label = QLabel(text)
    label.setAccessibleName(accessible_name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
