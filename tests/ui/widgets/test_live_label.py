"""The status line under the tally: new words with each ballot, the window left where it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from endorse_desktop.ui.widgets.live_label import LiveLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def column_with(qtbot, label: QWidget) -> tuple[QWidget, LayoutRequests]:
    column = QWidget()
    qtbot.addWidget(column)
    layout = QVBoxLayout(column)
    layout.addWidget(QLabel("Tally"))
    layout.addWidget(label)
    column.resize(400, 200)
    column.show()
    QApplication.processEvents()
    requests = LayoutRequests()
    column.installEventFilter(requests)
    return column, requests


def test_new_words_of_the_same_height_do_not_relayout_the_column(qtbot) -> None:
    label = LiveLabel()
    label.setText("12 ballots counted · Needed: 7 of 12 votes cast")
    _column, requests = column_with(qtbot, label)
    for count in range(13, 40):
        label.setText(f"{count} ballots counted · Needed: {count // 2 + 1} of {count} votes cast")
        QApplication.processEvents()
    assert requests.count == 0
    assert label.text().startswith("39 ballots counted")
    assert label.accessibleDescription() == label.text()  # what a screen reader reads


def test_words_that_need_another_line_get_the_room(qtbot) -> None:
    label = LiveLabel()
    label.setText("short")
    _column, requests = column_with(qtbot, label)
    label.setText(" ".join(["a much longer warning that cannot fit on one line"] * 4))
    QApplication.processEvents()
    assert requests.count >= 1
    needed = label.heightForWidth(label.width())
    assert needed >= 2 * label.fontMetrics().height()
    assert label.height() >= needed
    label.clear()
    QApplication.processEvents()
    assert label.text() == ""


def test_a_plain_label_would_relayout_for_every_ballot(qtbot) -> None:
    """Why LiveLabel exists: QLabel asks for a new layout at every new text."""
    label = QLabel("12 ballots counted")
    label.setWordWrap(True)
    _column, requests = column_with(qtbot, label)
    label.setText("13 ballots counted")
    QApplication.processEvents()
    assert requests.count >= 1
