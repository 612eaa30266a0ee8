"""Screen readers can name every input: each field, list and table on every tab has an accessible
name, or a label that points at it (QLabel.setBuddy)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _unnamed_inputs(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget.parent(), INPUTS):
            continue  # parts of another control (a combo box's line edit, a spin box's editor)
        if widget.window() is not root.window():
            continue  # a combo box's or completer's popup list, named by its owner
        if widget.accessibleName() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'}")
    return missing


def test_every_input_on_every_tab_has_an_accessible_name(window) -> None:
    missing: dict[str, list[str]] = {}
    for key in window.tab_keys():
        tab = window.show_tab(key)
        for index in range(getattr(tab, "count", lambda: 0)()):
            tab.setCurrentIndex(index)  # tabs inside tabs build their pages when shown
        unnamed = _unnamed_inputs(tab)
        if unnamed:
            missing[key] = unnamed
    assert missing == {}
