"""The facilitator's window: tabs, menus, the undo stack and the projector.

The window owns one Session (one open file) at a time. File ▸ New/Open/Restore swap the session;
tabs are rebuilt lazily for the new file and the undo history starts afresh.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop import APP_TITLE
from endorse_desktop.core.store import Store, backups
from endorse_desktop.ui.scorecards.menus import ScorecardFileActions
from endorse_desktop.ui.shell import read_only
from endorse_desktop.ui.shell.file_controller import FileController
from endorse_desktop.ui.shell.first_frame import FirstFrame
from endorse_desktop.ui.shell.first_steps import FirstStepsPanel
from endorse_desktop.ui.shell.help_menu import HelpController
from endorse_desktop.ui.shell.host import TabFeatures
from endorse_desktop.ui.shell.language import fill_language_menu, restore_places, where_we_are
from endorse_desktop.ui.shell.menu_table import SEPARATOR, Menu, window_actions, window_menus
from endorse_desktop.ui.shell.projector_controller import ProjectorController
from endorse_desktop.ui.shell.session import Session, Topic
from endorse_desktop.ui.shell.status_line import StatusLine
from endorse_desktop.ui.shell.tabs import (
    TabSpec,
    tab_specs,
)
from endorse_desktop.ui.shell.theme import fill_theme_menu
from endorse_desktop.ui.shell.window_state import may_close, save_window_state
from endorse_desktop.ui.shell.workers import Runner, run_in_background
from endorse_desktop.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from endorse_desktop.ui.meeting.status import MeetingStatusLabel
    from endorse_desktop.ui.shell.documents_controller import DocumentController
    from endorse_desktop.ui.shell.welcome import WelcomePage

# The settings dialog and the help texts are imported where they are used: start-up imports only
# what the first paint needs (SPEC P-1).


class MainWindow(QMainWindow):
    # Made from window_menus() in _build_menus (setattr by each Menu's name); declared here so the
    # type checker knows the ones this window uses by name.
    import_menu: QMenu
    export_menu: QMenu
    print_menu: QMenu
    theme_menu: QMenu
    projector_language_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu
    # Set by run_app: the real app asks before closing during a count; windows built by tests,
    # which close them at teardown with rounds left open, do not.
    ask_before_closing = False

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.undo_stack = QUndoStack(self)
        # Slow work's progress dialog opens over this window (TabHost.run_in_background).
        self.run_in_background: Runner = partial(run_in_background, self)
        self._tab_specs: list[TabSpec] = tab_specs()
        self._built: dict[int, QWidget] = {}
        self._tab_menus: dict[int, QMenu] = {}
        self.resize(1200, 780)
        self.setAccessibleName(self.tr("Endorse Desktop"))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._welcome: WelcomePage | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        # A new group's checklist above the tabs; it hides itself once every step is done.
        self.first_steps = FirstStepsPanel(
            {
                "roster": self.import_roster,
                "values": lambda: self.show_tab("values"),
                "races": lambda: self.show_tab("scorecards"),
                "meeting": lambda: self.show_tab("meeting"),
            }
        )
        # Above the pages: why editing is off, while a file on a read-only medium is open.
        self.read_only_banner = read_only.make_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.first_steps)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status_line = StatusLine(self.statusBar(), session)
        self._first_frame = FirstFrame(self, self.status_line.meeting_label)
        self._build_menus()
        self.install_session(session)

    # ----- session -------------------------------------------------------------------------
    def install_session(self, session: Session) -> None:
        self.session = session
        self.undo_stack.clear()
        self._rebuild_tabs()
        self.projector_control.reset()
        session.changed.connect(self._session_changed)
        self.status_line.follow(session, on_screen=self._first_frame.on_screen)
        self.first_steps.follow(session)
        self.files.remember_recent(session.path)
        self._show_read_only(session.store)
        self._show_pages()
        self._update_title()

    def _rebuild_tabs(self) -> None:
        """Every tab a placeholder again, built when first shown (for a new file, a language)."""
        for menu in self._tab_menus.values():
            self.menuBar().removeAction(menu.menuAction())
        self._tab_menus.clear()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self._built.clear()
        for tab_spec in self._tab_specs:
            self.tabs.addTab(QWidget(), tab_spec.title)
        self.tabs.blockSignals(False)

    def retranslate(self) -> None:
        """Every word again after View ▸ Language, keeping the file, the tab, the meeting and the
        vote, the undo history and each tab's screen (the tabs and menus are rebuilt and take
        over from the ones they replace: ui/shell/language_carry; nothing is written)."""

        places = where_we_are(self)
        self._clear_menu_bar()
        self._fill_menu_bar()
        self._tab_specs = tab_specs()
        self._rebuild_tabs()
        if self._welcome is not None:
            self.pages.removeWidget(self._welcome)
            self._welcome.deleteLater()
            self._welcome = None
        self.setAccessibleName(self.tr("Endorse Desktop"))
        self.first_steps.retranslate()
        self.status_line.follow(self.session, on_screen=self._first_frame.on_screen)
        restore_places(self, places)
        self._show_read_only(self.session.store)
        self._show_pages()
        self._update_title()

    def _show_read_only(self, store: Store) -> None:
        read_only.show_state(self, self.read_only_banner, store, self._made_by_qt, self.undo_stack)
        if self._welcome is not None:
            self._welcome.setEnabled(not store.readonly)

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page, built when an empty file first needs it (a group's never does)."""
        if self._welcome is None:
            # deferred: a group's file never shows it; ~2 ms at start-up (python -X importtime)
            from endorse_desktop.ui.shell.welcome import WelcomePage

            welcome = WelcomePage()
            welcome.create_group_requested.connect(self.create_group)
            welcome.sample_requested.connect(self.files.open_sample_group)
            welcome.open_requested.connect(self.files.open_file_dialog)
            self.pages.addWidget(welcome)
            self._welcome = welcome
        return self._welcome

    @property
    def meeting_status(self) -> MeetingStatusLabel | None:
        """Present and quorum (SPEC F-6), once made: ui/shell/status_line."""
        return self.status_line.meeting

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_frame.shown()

    def _show_pages(self) -> None:
        self.first_steps.refresh()
        if self.session.has_group:
            self.pages.setCurrentWidget(self.tabs)
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.pages.setCurrentWidget(self.welcome)

    def _update_title(self) -> None:
        settings = self.session.settings
        name = settings.name or self.tr("New group")
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        self.status_line.show_file(self.session.path)

    @Slot(str)
    def _session_changed(self, topic: str) -> None:
        if topic == Topic.SETTINGS:
            self._update_title()

    def replace_store(self, store: Store) -> None:
        old = self.session
        self.install_session(Session(store, self))
        old.close()
        old.deleteLater()

    # ----- tabs ----------------------------------------------------------------------------
    def tab_widget(self, key: str) -> QWidget:
        """The tab with that key, built if needed (tests and the smoke run use this)."""
        index = next(i for i, tab_spec in enumerate(self._tab_specs) if tab_spec.key == key)
        return self._ensure_built(index)

    def built_tab(self, key: str) -> QWidget | None:
        """The tab with that key if it has been built (None: still a placeholder)."""
        index = next(i for i, tab_spec in enumerate(self._tab_specs) if tab_spec.key == key)
        return self._built.get(index)

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab_widget(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def tab_keys(self) -> list[str]:
        return [tab_spec.key for tab_spec in self._tab_specs]

    def _ensure_built(self, index: int) -> QWidget:
        if index in self._built:
            return self._built[index]
        tab_spec = self._tab_specs[index]
        widget = tab_spec.build(self.session, self)
        self.tabs.blockSignals(True)
        was_current = self.tabs.currentIndex() == index
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, tab_spec.title)
        if placeholder is not None:
            placeholder.deleteLater()
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self._built[index] = widget
        actions = widget.menu_actions() if isinstance(widget, TabFeatures) else []
        if self.session.store.readonly:
            read_only.lock_edits(actions, widget)
        if actions:
            assert isinstance(widget, TabFeatures)
            menu = QMenu(widget.menu_title() or tab_spec.title, self)
            for action in actions:
                menu.addAction(action)
            self._tab_menus[index] = menu
        return widget

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index < 0:
            return
        self._ensure_built(index)
        # Only the shown tab's menu is in the menu bar. Its window-wide keys then work wherever
        # the focus is, the tab bar included; another tab's do not (its page is hidden and its
        # menu is nowhere), so two tabs may give one key two meanings.
        bar = self.menuBar()
        for menu_index, menu in self._tab_menus.items():
            in_bar = menu.menuAction() in bar.actions()
            if menu_index == index and not in_bar:
                bar.insertMenu(self._help_menu.menuAction(), menu)
            elif menu_index != index and in_bar:
                bar.removeAction(menu.menuAction())

    # ----- what tabs use (ui/shell/host.TabHost) ------------------------------------------------
    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_meeting_status(self, meeting_id: int | None) -> None:
        self.status_line.meeting_label().show_meeting(meeting_id)

    def shown_meeting_id(self) -> int | None:
        return self.status_line.meeting_label().meeting_id

    def current_tab(self) -> QWidget | None:
        return self._built.get(self.tabs.currentIndex())

    # ----- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar from `ui/shell/menu_table.py`."""
        # Menus filled as they open, and the controllers that fill them and own the commands.
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.files = FileController(self, self, self.recent_menu)
        self.screens_menu = QMenu(self.tr("Projector &Screen"), self)
        self.projector_control = ProjectorController(self, self, self.screens_menu)
        self._documents: DocumentController | None = None  # made when first used: documents
        self.help = HelpController(self)
        self._fill_menu_bar()

    def _fill_menu_bar(self) -> None:
        """Menus and actions in the current language (again after View ▸ Language)."""

        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.screens_menu.setTitle(self.tr("Projector &Screen"))
        self._specs = {row.id: row for row in window_actions(self.tr)}
        # The undo stack makes its own actions (their text follows the change to undo).
        self._made_by_qt = {
            "undo": self.undo_stack.createUndoAction(self, self.tr("&Undo")),
            "redo": self.undo_stack.createRedoAction(self, self.tr("&Redo")),
        }
        self.window_actions: dict[str, QAction] = {}
        for top in window_menus(self.tr):
            menu = self.menuBar().addMenu(top.title)
            setattr(self, top.name, menu)
            self._fill_menu(menu, top.items)
        self._help_menu: QMenu = self.help_menu
        self.import_roster_action = self.window_actions["import_roster"]
        self._theme_actions = fill_theme_menu(self.theme_menu)
        self.projector_control.fill_language_menu(self.projector_language_menu)
        self._language_actions = fill_language_menu(self, self.language_menu)

        self.scorecard_file_actions = ScorecardFileActions(
            self, self, self.import_menu, self.export_menu, self.print_menu
        )

    def _clear_menu_bar(self) -> None:
        """Undo _fill_menu_bar: its actions and menus go (the controllers' two menus stay)."""
        kept = (self.recent_menu, self.screens_menu)
        made = [*self.window_actions.values(), *self._theme_actions.actions()]
        files = self.scorecard_file_actions
        made += [files.import_action, files.export_action, files.print_action]
        for action in made:
            self.removeAction(action)
            action.deleteLater()
        files.deleteLater()
        self._theme_actions.deleteLater()
        self.menuBar().clear()
        for name in [top.name for top in window_menus(self.tr)] + _SUBMENUS:
            menu = getattr(self, name, None)
            if isinstance(menu, QMenu) and menu not in kept:
                menu.deleteLater()
                delattr(self, name)

    def _fill_menu(self, menu: QMenu, items: tuple[str | Menu, ...]) -> None:
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif isinstance(item, Menu):
                submenu = getattr(self, item.name, None)
                if submenu is None:
                    submenu = QMenu(item.title, self)
                    setattr(self, item.name, submenu)
                menu.addMenu(submenu)
                self._fill_menu(submenu, item.items)
            else:
                row = self._specs[item]
                # The document controller's commands find it when used: made then (SPEC P-1).
                later = row.handler.partition("documents.")[2]
                made = make_action(
                    replace(row, handler="") if later else row,
                    self,
                    self,
                    action=self._made_by_qt.get(item),
                )
                if later:
                    made.triggered.connect(partial(self._document_command, later))
                menu.addAction(made)
                self.window_actions[item] = made

    # ----- documents (ui/shell/documents_controller.py) ----------------------------------------
    @property
    def documents(self) -> DocumentController:
        """The print and export commands, made the first time one is used."""
        if self._documents is None:
            # deferred: its dialogs' words and parts cost ~5 ms at start-up (python -X importtime)
            from endorse_desktop.ui.shell.documents_controller import DocumentController

            self._documents = DocumentController(self, self)
        return self._documents

    def _document_command(self, name: str, *_: object) -> None:
        getattr(self.documents, name)()

    def export(self, kind: str, output: Path, open_after: bool = True, **options: Any) -> None:
        """Write a document off the GUI thread, then open it (tabs call this)."""
        self.documents.export(kind, output, open_after, **options)

    @Slot()
    def choose_cycle(self) -> None:
        """The cycle switcher lives on the Results & Track Record tab."""
        tab = self.show_tab("results")
        tab.cycle_box.setFocus()  # type: ignore[attr-defined]

    @Slot()
    def import_roster(self) -> None:
        if not self.session.has_group:
            QMessageBox.information(
                self,
                self.tr("Import members roster"),
                self.tr("Create the group first; then import its members."),
            )
            return
        tab = self.show_tab("members")
        tab.import_roster()  # type: ignore[attr-defined]

    # ----- group settings ------------------------------------------------------------------
    @Slot()
    def create_group(self) -> None:
        self.edit_settings(first_run=True)

    @Slot()
    def edit_settings(self, first_run: bool = False) -> None:
        # deferred: the settings dialog costs ~10 ms at start-up (python -X importtime)
        from endorse_desktop.core.settings import save_settings
        from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog

        dialog = GroupSettingsDialog(self.session.settings, self, first_run=first_run)
        if dialog.exec() != GroupSettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen_settings()
        if chosen is None:
            return
        save_settings(self.session.store, chosen)
        self.session.notify(Topic.SETTINGS)
        self._show_pages()
        self.statusBar().showMessage(self.tr("Group settings saved"), 5000)

    # ----- projector (ui/shell/projector_controller.py) ----------------------------------------
    @property
    def projector(self) -> Any:
        """The projector window, or None while it has never been opened for this file."""
        return self.projector_control.projector

    def ensure_projector(self) -> Any:
        return self.projector_control.ensure_projector()

    # ----- files (ui/shell/file_controller.py) -------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a file in this window; on failure say why and keep the current file open."""
        return self.files.open_path(path)

    # ----- closing -----------------------------------------------------------------------------
    def daily_backup(self) -> None:
        """Once a day, a copy of the file as it was when opened (SPEC §8)."""
        if self.session.store.closed:  # the window was closed before the timer came round
            return
        if self.session.store.readonly:
            return  # nothing changes, and nothing can be written beside the file
        if self.session.has_group and not backups.has_backup_today(self.session.path):
            backups.make_backup(self.session.store, reason="daily")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ask_before_closing and not may_close(self, self.session.store):
            event.ignore()
            return
        save_window_state(self)
        self.projector_control.close()
        self.session.close()
        super().closeEvent(event)


# The submenus a window_menus() row makes (the controllers' Open Recent and Projector Screen are
# made once and kept).
_SUBMENUS = ["import_menu", "export_menu", "print_menu", "theme_menu", "language_menu"]
_SUBMENUS += ["projector_language_menu"]


def schedule_daily_backup(window: MainWindow, delay_ms: int = 3000) -> None:
    QTimer.singleShot(delay_ms, window.daily_backup)
