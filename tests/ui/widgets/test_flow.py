"""A wrapping row of buttons keeps its height right for its width, also once it is measured
(a window's layout asks the same width many times over: SPEC P-5)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from endorse_desktop.ui.widgets.flow import flow_row


def test_a_wrapping_row_measures_again_when_a_button_grows(qtbot) -> None:
    holder, layout = flow_row()
    qtbot.addWidget(holder)
    buttons = [QPushButton(f"Button {number}") for number in range(4)]
    for button in buttons:
        layout.addWidget(button)
    holder.show()
    one_line = layout.sizeHint().width()
    height = layout.heightForWidth(one_line)
    assert layout.heightForWidth(buttons[0].sizeHint().width()) > height  # wrapped: taller
    assert layout.heightForWidth(one_line) == height
    buttons[3].setText("A caption much longer than the others")
    qtbot.waitUntil(lambda: layout.heightForWidth(one_line) > height)  # no longer fits one line
    layout.addWidget(QPushButton("One more"))
    assert layout.heightForWidth(layout.sizeHint().width()) == height
