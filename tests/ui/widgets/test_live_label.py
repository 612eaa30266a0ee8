"""The status line under the tally: new words with each ballot, the window left where it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPainter, QRegion
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


def test_new_digits_in_the_same_place_repaint_the_digits_not_the_line(qtbot) -> None:
    """A ballot changes a number in a long warning: the letters around it stay where they were,
    so only the number is drawn again."""
    label = LiveLabel()
    label.setText("⚠ Over-vote: 10070 ballots but only 4375 members can vote (4375 present)")
    _column, _requests = column_with(qtbot, label)
    label.resize(900, label.height())
    QApplication.processEvents()
    painted = Painted()
    label.installEventFilter(painted)
    label.setText("⚠ Over-vote: 10071 ballots but only 4375 members can vote (4375 present)")
    QApplication.processEvents()
    written = label.fontMetrics().horizontalAdvance(label.text())
    assert not painted.region.isEmpty()
    assert painted.region.boundingRect().width() < written // 3
    assert label.text().startswith("⚠ Over-vote: 10071")


def test_new_words_repaint_the_label_alone_not_the_widgets_under_it(qtbot) -> None:
    """It paints its own background, the window's colour: a ballot's new words repaint it, not
    the tab, splitter and window it sits on."""
    label = LiveLabel()
    label.setText("12 ballots counted · Needed: 7 of 12 votes cast")
    column, _requests = column_with(qtbot, label)
    under, itself = Painted(), Painted()
    column.installEventFilter(under)
    label.installEventFilter(itself)
    label.setText("13 ballots counted · Needed: 7 of 13 votes cast")
    QApplication.processEvents()
    assert not itself.region.isEmpty()
    assert under.region.isEmpty()
    shown = column.grab().toImage()
    corner = label.mapTo(column, label.rect().bottomRight())
    assert shown.pixelColor(corner.x(), corner.y()) == column.palette().window().color()


class Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()  # type: ignore[attr-defined]
        return False


def test_words_on_one_line_look_as_the_wrapping_box_writes_them(qtbot) -> None:
    """Words that fit on one line are written from their baseline, not laid out in a wrapping
    box first (a ballot's status line cost as much to lay out as to draw): the same pixels."""
    for height in (14, 17, 30, 31):
        label = LiveLabel()
        qtbot.addWidget(label)
        label.setText("13 ballots counted · Needed: 7 of 13 votes cast")
        label.resize(700, height)
        boxed = QImage(label.size(), QImage.Format.Format_RGB32)
        boxed.fill(label.palette().window().color())
        painter = QPainter(boxed)
        painter.setFont(label.font())
        painter.setPen(label.palette().color(label.foregroundRole()))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(label.rect(), int(flags) | int(Qt.TextFlag.TextWordWrap), label.text())
        painter.end()
        shown = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert shown == boxed, f"{height} pixels high"
