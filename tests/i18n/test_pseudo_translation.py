"""Room for a longer language: with every message 40 % longer and accented (tests/i18n/pseudo.py),
every tab (and every page of a tab), every dialog and every projector slide shows its words whole,
and no two widgets side by side overlap.

Clipped: a one-line label whose text (measured with its QFontMetrics) is wider than the label, a
button, check box, group box or tab narrower than its text needs, a slide's text wider or taller
than the rectangle it is drawn into.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.language import CatalogTranslator
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from tests.i18n.pseudo import pseudo, write_pseudo_catalog
from tests.ui.test_every_dialog import FACTORIES

SLACK = 1  # px: rounding between font metrics and layout
WINDOW_WIDTH = 1200  # MainWindow's own width when it opens


@pytest.fixture(scope="module")
def pseudo_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pseudo_catalog(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_language(qapp, pseudo_catalog: Path) -> Iterator[None]:
    translator = CatalogTranslator(qapp)
    assert translator.load(str(pseudo_catalog))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, demo_path: Path, pseudo_language: None) -> Iterator[MainWindow]:
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    yield win
    wait_for_background_tasks()
    win.close()


pytestmark = pytest.mark.usefixtures("no_modal_boxes")  # tests/conftest.py


def shown_text(text: str) -> list[str]:
    """The lines as drawn: a mnemonic's "&" is not drawn, "&&" is one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName() or ''}{text!r}"[:120]


def clipped(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        text = widget.text()
        if (
            not text
            or widget.wordWrap()
            or widget.textFormat() == Qt.TextFormat.RichText
            or (widget.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
        ):
            return None
        metrics = widget.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in shown_text(text))
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        return f"{name(widget)} needs {needed}px, has {room}" if needed > room + SLACK else None
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint().width()
        return (
            f"{name(widget)} needs {hint}px, has {widget.width()}"
            if hint > widget.width() + SLACK
            else None
        )
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(shown_text(widget.title())[0]) + 16
        return f"group {widget.title()!r} needs {needed}px" if needed > widget.width() else None
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabRect(index).width() + SLACK < widget.tabSizeHint(index).width():
                return f"tab {widget.tabText(index)!r} is cut"
    return None


def overlapping(parent: QWidget) -> list[str]:
    """Visible children of one parent whose rectangles cross (a stack shows one page, a scroll
    area's parts are laid side by side by Qt itself)."""
    if isinstance(parent, QStackedWidget | QAbstractScrollArea):
        return []
    children = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible()
        and not child.isWindow()
        and not isinstance(child, QMenu)
        and not child.objectName().startswith("qt_")
    ]
    found = []
    for first, second in itertools.combinations(children, 2):
        common = first.geometry().intersected(second.geometry())
        if common.width() > SLACK and common.height() > SLACK:
            found.append(f"{name(first)} overlaps {name(second)}")
    return found


def problems(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or (widget.isWindow() and widget is not top):
            continue
        problem = clipped(widget)
        if problem:
            found.append(problem)
        found.extend(overlapping(widget))
    return found


def every_page(top: QWidget) -> Iterator[str]:
    """Each page of each stack in `top` shown in turn (a tab's pages, the tally's modes)."""
    yield "as opened"
    for stack in top.findChildren(QStackedWidget):
        if not stack.isVisible():
            continue
        before = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"page {index} of {stack.objectName() or type(stack.parent()).__name__}"
        stack.setCurrentIndex(before)


def test_the_pseudo_translation_is_longer_and_accented() -> None:
    assert pseudo("Add member").startswith("Ådd mémbér")
    assert len(pseudo("Add member")) >= len("Add member") * 1.4
    assert pseudo("Round %1 of %2").count("%") == 2


def test_the_checks_see_a_cut_label_a_cut_button_and_overlapping_widgets(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("A label much wider than the room it is given", page)
    label.setGeometry(0, 0, 60, 20)
    button = QPushButton("A button with a long caption", page)
    button.setGeometry(10, 10, 50, 30)  # also on top of the label
    page.resize(200, 100)
    page.show()
    found = problems(page)
    assert len(found) == 3, found
    assert any("overlaps" in problem for problem in found)


def test_every_tab_holds_longer_words(window: MainWindow) -> None:
    assert window.menuBar().actions()[0].text().startswith("&Fílé")  # the catalog is loaded
    found = []
    for key in window.tab_keys():
        tab = window.show_tab(key)
        QApplication.processEvents()
        # the window opens 1200 px wide (a laptop screen); no tab may need more
        needed = window.minimumSizeHint().width()
        if needed > WINDOW_WIDTH:
            found.append(f"{key} tab needs a window {needed}px wide")
        for page in every_page(tab):
            found += [f"{key} tab, {page}: {problem}" for problem in problems(window)]
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("dialog_class", list(FACTORIES), ids=lambda cls: cls.__name__)
def test_every_dialog_holds_longer_words(qtbot, window: MainWindow, dialog_class: type) -> None:
    dialog: QDialog = FACTORIES[dialog_class](window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    found = problems(dialog)
    assert not found, "\n".join(found)
    dialog.reject()


class TextRecorder:
    """QPainter.drawText with a rectangle, checked: the text must fit the rectangle."""

    def __init__(self) -> None:
        self.cut: list[str] = []
        self.drawn = 0

    def draw_text(self, painter: QPainter, *args: Any) -> Any:
        if len(args) >= 3 and isinstance(args[0], QRect | QRectF) and isinstance(args[2], str):
            rect, flags, text = QRectF(args[0]), int(args[1]), args[2]
            self.drawn += 1
            needed = QFontMetricsF(painter.font()).boundingRect(rect, flags, text)
            if needed.width() > rect.width() + SLACK or needed.height() > rect.height() + SLACK:
                self.cut.append(
                    f"{text[:60]!r} needs {needed.width():.0f}×{needed.height():.0f}, "
                    f"has {rect.width():.0f}×{rect.height():.0f}"
                )
        return ORIGINAL_DRAW_TEXT(painter, *args)


ORIGINAL_DRAW_TEXT = QPainter.drawText


def test_every_slide_holds_longer_words(window: MainWindow, monkeypatch) -> None:
    from endorse_desktop.ui.projector.slide import SLIDE_TYPES

    recorder = TextRecorder()
    recording = recorder.draw_text

    def draw_text(painter: QPainter, *args: Any) -> Any:  # a function: Python binds the painter
        return recording(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", draw_text)
    projector = window.ensure_projector()
    projector.show()
    shown = []
    for slide_id, slide_type in SLIDE_TYPES.items():
        params = getattr(slide_type, "smoke_params", lambda session: {})(window.session)
        if params is None:
            continue
        projector.show_slide(slide_id, **params)
        QApplication.processEvents()
        projector.grab()
        shown.append(slide_id)
        found = problems(projector)
        assert not found, f"{slide_id}: " + "\n".join(found)
    assert len(shown) >= 5 and recorder.drawn > 20
    assert not recorder.cut, "\n".join(recorder.cut)
    projector.hide()
