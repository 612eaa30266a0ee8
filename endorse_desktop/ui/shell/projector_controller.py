"""The projector as the facilitator's window drives it: open, present, blank, step, screens, and
the language of the group's texts on the slides (English, Spanish or both).

The window owns one controller for its life; the projector window itself is made the first time
it is needed and closed when the file changes (`reset`), since its slides read that file.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from endorse_desktop.core.document_text import Language
from endorse_desktop.ui.shell.host import TabFeatures
from endorse_desktop.ui.shell.session import Session


class ProjectorOwner(Protocol):
    """What the controller needs of the window."""

    @property
    def session(self) -> Session: ...

    def screen(self) -> QScreen: ...

    def current_tab(self) -> QWidget | None: ...

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...


class ProjectorController(QObject):
    def __init__(self, window: ProjectorOwner, parent: QObject, screens_menu: QMenu) -> None:
        super().__init__(parent)
        self._window = window
        self.projector: Any = None
        self.screens_menu = screens_menu
        screens_menu.aboutToShow.connect(self._fill_screens_menu)
        self.language = Language.EN
        self.language_actions = QActionGroup(self)
        self.language_actions.triggered.connect(self._language_chosen)

    def fill_language_menu(self, menu: QMenu) -> None:
        """View ▸ Projector Language: English, Español, or both on every slide."""
        for language, label in (
            (Language.EN, self.tr("&English")),
            (Language.ES, self.tr("E&spañol")),
            (Language.BOTH, self.tr("&Both: English and Español")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(language.value)
            action.setChecked(language is self.language)
            action.setToolTip(self.tr("The group's texts on the slides in this language"))
            self.language_actions.addAction(action)

    def set_language(self, language: Language) -> None:
        self.language = language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language.value)
        if self.projector is not None:
            self.projector.set_language(language)

    @Slot(QAction)
    def _language_chosen(self, action: QAction) -> None:
        self.set_language(Language.parse(str(action.data())))

    def reset(self) -> None:
        """Close the projector: the next file gets its own (its slides read the open file)."""
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None

    def close(self) -> None:
        if self.projector is not None:
            self.projector.close()

    def ensure_projector(self) -> Any:
        if self.projector is None:
            # deferred: the projector's slides cost ~390 ms at start-up (python -X importtime)
            from endorse_desktop.ui.projector import ProjectorWindow

            self.projector = ProjectorWindow(self._window.session)
            self.projector.set_language(self.language)
            self.projector.slide_changed.connect(self._projector_caption)
        return self.projector

    @Slot()
    def toggle_projector(self) -> None:
        projector = self.ensure_projector()
        if projector.isVisible():
            projector.hide()
        else:
            screens = QGuiApplication.screens()
            if len(screens) > 1 and projector.screen() == self._window.screen():
                # Start on another screen than the facilitator's: that is where the room looks.
                other = next(s for s in screens if s != self._window.screen())
                projector.move_to_screen(other)
            projector.show()

    @Slot()
    def present_current(self) -> None:
        tab = self._window.current_tab()
        what = tab.presentation() if isinstance(tab, TabFeatures) else None
        projector = self.ensure_projector()
        if not projector.isVisible():
            projector.show()
        if what is None:
            projector.show_slide("title")
        else:
            slide_id, params = what
            projector.show_slide(slide_id, **params)

    @Slot()
    def projector_full_screen(self) -> None:
        projector = self.ensure_projector()
        if not projector.isVisible():
            projector.show()
        projector.toggle_full_screen()

    @Slot()
    def blank_projector(self) -> None:
        if self.projector is not None:
            self.projector.show_slide("title")

    @Slot()
    def projector_next(self) -> None:
        if self.projector is not None:
            self.projector.step(Qt.Key.Key_Right)

    @Slot()
    def projector_previous(self) -> None:
        if self.projector is not None:
            self.projector.step(Qt.Key.Key_Left)

    @Slot()
    def _fill_screens_menu(self) -> None:
        self.screens_menu.clear()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            action = self.screens_menu.addAction(
                f"&{index + 1} {screen.name()} ({size.width()}×{size.height()})"
            )
            action.setData(index)
            action.triggered.connect(self._choose_screen)

    @Slot()
    def _choose_screen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            screen = QGuiApplication.screens()[int(action.data())]
            self.ensure_projector().move_to_screen(screen)
            self.projector.show()

    @Slot(str)
    def _projector_caption(self, caption: str) -> None:
        self._window.show_status(self.tr("Projector: %s") % caption, 4000)
