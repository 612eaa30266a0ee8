"""The projector: a second top-level window that shows one slide at a time to the room.

The facilitator window keeps every control; this window only displays. It can be moved to any
screen and made full screen there (F11; Esc leaves full screen). Arrow keys go to the current slide.
The group's texts show in English, Spanish or both (`set_language`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from endorse_desktop.core.document_text import Language

from . import (  # noqa: F401  (registers the slides)
    result_slide,
    scorecard_slide,
    thermometer_slide,
    timer_slide,
    title_slide,
    track_record_slide,
    vote_slide,
)
from .slide import SLIDE_TYPES, Slide

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


class ProjectorWindow(QWidget):
    slide_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        # A separate top-level window (no parent widget) so it can live on another screen.
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setWindowTitle(self.tr("Endorse Desktop — Projector"))
        # Showing the room something must not take the keyboard from the facilitator's window
        # (a ballot key typed just after F5 would otherwise go nowhere).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAccessibleName(self.tr("Projector"))
        self.resize(1280, 720)
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._slides: dict[str, Slide] = {}
        self._current: Slide | None = None
        self.language = Language.EN
        self.show_slide("title")

    def set_language(self, language: Language) -> None:
        """English, Spanish or both on every slide, from the next paint."""
        self.language = language
        for slide in self._slides.values():
            slide.language = language
        if self._current is not None:
            self._current.refresh()
            self.slide_changed.emit(self._current.caption())

    # ----- what is shown ------------------------------------------------------------------------
    def slide(self, slide_id: str) -> Slide:
        """The slide of that kind, created on first use and kept (it keeps its own state)."""
        if slide_id not in self._slides:
            slide = SLIDE_TYPES[slide_id](self.session, self._stack)
            slide.language = self.language
            self._stack.addWidget(slide)
            self._slides[slide_id] = slide
        return self._slides[slide_id]

    def show_slide(self, slide_id: str, **params: Any) -> Slide:
        slide = self.slide(slide_id)
        self._stack.setCurrentWidget(slide)
        self._current = slide
        slide.present(**params)
        self.slide_changed.emit(slide.caption())
        return slide

    @property
    def current_slide(self) -> Slide | None:
        return self._current

    def step(self, key: Qt.Key) -> bool:
        if self._current is not None and self._current.step(key):
            self.slide_changed.emit(self._current.caption())
            return True
        return False

    # ----- where it is shown ------------------------------------------------------------------
    def move_to_screen(self, screen: QScreen) -> None:
        was_full = self.isFullScreen()
        if was_full:
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry().adjusted(40, 40, -40, -40))
        if was_full:
            self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            self.setGeometry(screen.geometry())
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif not self.step(key):
            super().keyPressEvent(event)
