"""The facilitator's window: tabs, menus, the undo stack and the projector.

The window owns one Session (one open file) at a time. File ▸ New/Open/Restore swap the session;
tabs are rebuilt lazily for the new file and the undo history starts afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from endorse_desktop import APP_NAME, APP_TITLE
from endorse_desktop.core.store import Store, StoreError, backups
from endorse_desktop.ui.meeting.status import MeetingStatusLabel
from endorse_desktop.ui.shell.host import TabFeatures
from endorse_desktop.ui.shell.session import Session, Topic
from endorse_desktop.ui.shell.tabs import (
    TabSpec,
    tab_specs,
)
from endorse_desktop.ui.shell.theme import (
    apply_theme,
    save_theme,
    saved_theme,
)
from endorse_desktop.ui.widgets.actions import ActionSpec, make_action, spec

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.welcome import WelcomePage

# Dialogs, the welcome page and the counting core are imported where they are used: start-up
# imports only what the first paint needs (SPEC P-1).

UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo
MAX_RECENT = 8
DB_FILTER = "Endorse Desktop files (*.sqlite3 *.sqlite *.db);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.projector: Any = None
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
        self.setCentralWidget(self.pages)

        self._status_file = QLabel()
        self.statusBar().addPermanentWidget(self._status_file)
        self.meeting_status: MeetingStatusLabel | None = None
        self._build_menus()
        self._install_session(session)

    # ----- session -------------------------------------------------------------------------
    def _install_session(self, session: Session) -> None:
        self.session = session
        self.undo_stack.clear()
        for menu in self._tab_menus.values():
            self.menuBar().removeAction(menu.menuAction())
        self._tab_menus.clear()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self._built.clear()
        for tab_spec in self._tab_specs:
            self.tabs.addTab(QWidget(), tab_spec.title)
        self.tabs.blockSignals(False)
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        session.changed.connect(self._session_changed)
        self._show_meeting_status(session)
        self._remember_recent(session.path)
        self._show_pages()
        self._update_title()

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page, built when an empty file first needs it (a group's never does)."""
        if self._welcome is None:
            from endorse_desktop.ui.shell.welcome import WelcomePage

            welcome = WelcomePage()
            welcome.create_group_requested.connect(self.create_group)
            welcome.sample_requested.connect(self.open_sample_group)
            welcome.open_requested.connect(self.open_file_dialog)
            self.pages.addWidget(welcome)
            self._welcome = welcome
        return self._welcome

    def _show_meeting_status(self, session: Session) -> None:
        """Present and quorum stay in the status bar whatever tab is open (SPEC F-6)."""
        if self.meeting_status is not None:
            self.statusBar().removeWidget(self.meeting_status)
            self.meeting_status.deleteLater()
        self.meeting_status = MeetingStatusLabel(session)
        self.statusBar().insertPermanentWidget(0, self.meeting_status)

    def _show_pages(self) -> None:
        if self.session.has_group:
            self.pages.setCurrentWidget(self.tabs)
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.pages.setCurrentWidget(self.welcome)

    def _update_title(self) -> None:
        settings = self.session.settings
        name = settings.name or self.tr("New group")
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        self._status_file.setText(self.session.path.name)
        self._status_file.setToolTip(str(self.session.path))

    @Slot(str)
    def _session_changed(self, topic: str) -> None:
        if topic == Topic.SETTINGS:
            self._update_title()

    def replace_store(self, store: Store) -> None:
        old = self.session
        self._install_session(Session(store, self))
        old.close()
        old.deleteLater()

    # ----- tabs ----------------------------------------------------------------------------
    def tab_widget(self, key: str) -> QWidget:
        """The tab with that key, built if needed (tests and the smoke run use this)."""
        index = next(i for i, tab_spec in enumerate(self._tab_specs) if tab_spec.key == key)
        return self._ensure_built(index)

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
        placeholder.deleteLater()
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self._built[index] = widget
        actions = widget.menu_actions() if isinstance(widget, TabFeatures) else []
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
        if self.meeting_status is not None:
            self.meeting_status.show_meeting(meeting_id)

    def run_in_background(
        self,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> Any:
        from endorse_desktop.ui.shell.workers import run_in_background

        return run_in_background(self, label, work, done, failed)

    def current_tab(self) -> QWidget | None:
        return self._built.get(self.tabs.currentIndex())

    # ----- menus ---------------------------------------------------------------------------
    def _add(self, menu: QMenu, action_spec: ActionSpec) -> QAction:
        """A window-wide command from the table, placed in a menu."""
        action = make_action(action_spec, self, self)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(
            file_menu,
            spec(
                "new_file_dialog",
                self.tr("&New File…"),
                QKeySequence.StandardKey.New,
                self.tr("Start a new, empty group file"),
                "new_file_dialog",
            ),
        )
        self._add(
            file_menu,
            spec(
                "open_file_dialog",
                self.tr("&Open…"),
                QKeySequence.StandardKey.Open,
                self.tr("Open another group file"),
                "open_file_dialog",
            ),
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._add(
            file_menu,
            spec(
                "save_copy_dialog",
                self.tr("Save a &Copy…"),
                "Ctrl+Shift+S",
                self.tr(
                    "Write a complete copy of this file elsewhere (everything is saved already)"
                ),
                "save_copy_dialog",
            ),
        )
        self._add(
            file_menu,
            spec(
                "restore_dialog",
                self.tr("Restore from &Backup…"),
                "Ctrl+Shift+R",
                self.tr("Go back to one of the automatic backups"),
                "restore_dialog",
            ),
        )
        file_menu.addSeparator()
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.import_roster_action = self._add(
            self.import_menu,
            spec(
                "import_roster",
                self.tr("&Members Roster (CSV)…"),
                "Ctrl+Shift+I",
                self.tr(
                    "Add and update members from an Action Network, Mobilize or other CSV export"
                ),
                "import_roster",
            ),
        )
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.print_menu = file_menu.addMenu(self.tr("&Print"))
        self._add(
            self.print_menu,
            spec(
                "print_ballots_dialog",
                self.tr("&Ballots…"),
                "Ctrl+Alt+B",
                self.tr(
                    "Paper ballots for a race: copies, ballots per page, ranked, serial numbers"
                ),
                "print_ballots_dialog",
            ),
        )
        self._add(
            self.print_menu,
            spec(
                "print_summary_dialog",
                self.tr("Meeting &Summary…"),
                "Ctrl+Alt+S",
                self.tr("The minutes: attendance, quorum, every vote round by round, signatures"),
                "print_summary_dialog",
            ),
        )
        self._add(
            self.print_menu,
            spec(
                "print_signup_sheet",
                self.tr("&Sign-up Sheet…"),
                "Ctrl+Shift+U",
                self.tr("Commitment sign-up sheets to pass around the room (landscape PDF)"),
                "print_signup_sheet",
            ),
        )
        self._add(
            self.print_menu,
            spec(
                "print_commitment_report",
                self.tr("Co&mmitment Report…"),
                "Ctrl+Shift+M",
                self.tr("Goals, pledges and who to follow up with (internal: has contact details)"),
                "print_commitment_report",
            ),
        )
        self._add(
            self.export_menu,
            spec(
                "export_csv_dialog",
                self.tr("All tables as &CSV…"),
                "Ctrl+Shift+E",
                self.tr(
                    "Write members, ratings, votes and commitments as CSV files for spreadsheets"
                ),
                "export_csv_dialog",
            ),
        )
        from endorse_desktop.ui.scorecards.menus import ScorecardFileActions

        self.scorecard_file_actions = ScorecardFileActions(
            self, self, self.import_menu, self.export_menu, self.print_menu
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            spec(
                "edit_settings",
                self.tr("&Group Settings…"),
                _standard_or(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
                self.tr("Group name, cycle, paper size and the default voting rule"),
                "edit_settings",
            ),
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            spec(
                "close",
                self.tr("&Quit"),
                _standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
                self.tr("Close the app (everything is already saved)"),
                "close",
            ),
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # The undo stack makes its own actions (their text follows the change to undo).
        undo = make_action(
            spec("undo", self.tr("&Undo"), UNDO, self.tr("Undo the last change"), ""),
            self,
            self,
            action=self.undo_stack.createUndoAction(self, self.tr("&Undo")),
        )
        redo = make_action(
            spec("redo", self.tr("&Redo"), REDO, self.tr("Redo the change just undone"), ""),
            self,
            self,
            action=self.undo_stack.createRedoAction(self, self.tr("&Redo")),
        )
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = bar.addMenu(self.tr("&View"))
        self._add(
            view_menu,
            spec(
                "toggle_projector",
                self.tr("&Projector Window"),
                "Ctrl+Shift+P",
                self.tr("Open or close the window you show the room"),
                "toggle_projector",
            ),
        )
        self._add(
            view_menu,
            spec(
                "present_current",
                self.tr("&Present Current"),
                "F5",
                self.tr("Show what this tab is about (e.g. the current race) on the projector"),
                "present_current",
            ),
        )
        self._add(
            view_menu,
            spec(
                "projector_full_screen",
                self.tr("Projector &Full Screen"),
                "F11",
                self.tr("Make the projector window fill its screen (Esc leaves full screen)"),
                "projector_full_screen",
            ),
        )
        self.theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self._theme_actions = QActionGroup(self)
        for key, label in (
            ("system", self.tr("Follow the &System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = self.theme_menu.addAction(label)
            action.setCheckable(True)
            action.setData(key)
            action.setToolTip(self.tr("Colours of this window (the projector is always dark)"))
            action.setChecked(key == saved_theme())
            self._theme_actions.addAction(action)
        self._theme_actions.triggered.connect(self._theme_chosen)
        self.screens_menu = view_menu.addMenu(self.tr("Projector &Screen"))
        self.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        self._add(
            view_menu,
            spec(
                "blank_projector",
                self.tr("&Blank Projector"),
                "Ctrl+B",
                self.tr("Show only the group's name on the projector"),
                "blank_projector",
            ),
        )
        view_menu.addSeparator()
        self._add(
            view_menu,
            spec(
                "projector_next",
                self.tr("Projector &Next"),
                "Ctrl+Right",
                self.tr("Step forward on the projector (next candidate or value)"),
                "projector_next",
            ),
        )
        self._add(
            view_menu,
            spec(
                "projector_previous",
                self.tr("Projector Pre&vious"),
                "Ctrl+Left",
                self.tr("Step back on the projector"),
                "projector_previous",
            ),
        )

        self._help_menu = bar.addMenu(self.tr("&Help"))
        self._add(
            self._help_menu,
            spec(
                "show_meeting_guide",
                self.tr("&Running an Endorsement Meeting"),
                _standard_or(QKeySequence.StandardKey.HelpContents, "F1"),
                self.tr("A short guide: before, during and after the meeting"),
                "show_meeting_guide",
            ),
        )
        self._add(
            self._help_menu,
            spec(
                "show_shortcuts",
                self.tr("&Keyboard Shortcuts"),
                "Ctrl+/",
                self.tr("Every command that has a key"),
                "show_shortcuts",
            ),
        )
        self._add(
            self._help_menu,
            spec(
                "show_about",
                self.tr("&About Endorse Desktop"),
                "Ctrl+F1",
                self.tr("Version and licence"),
                "show_about",
            ),
        )

    # ----- file actions ----------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a file in this window; on failure say why and keep the current file open."""
        if path.absolute() == self.session.path:
            return True
        try:
            store = Store.open(path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Cannot open file"), str(error))
            return False
        self.replace_store(store)
        self.statusBar().showMessage(self.tr("Opened %s") % path, 5000)
        return True

    @Slot()
    def new_file_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New group file"), str(self.session.path.parent), DB_FILTER
        )
        if not name:
            return
        path = Path(name)
        if path.suffix == "":
            path = path.with_suffix(".sqlite3")
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("File exists"),
                self.tr("%s already exists. Use File ▸ Open to open it.") % path.name,
            )
            return
        self.open_path(path)

    @Slot()
    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open group file"), str(self.session.path.parent), DB_FILTER
        )
        if name:
            self.open_path(Path(name))

    @Slot()
    def open_sample_group(self) -> None:
        from endorse_desktop.core.demo import build_demo
        from endorse_desktop.core.paths import sample_db_path

        path = sample_db_path()
        if not path.exists():
            try:
                build_demo(path)
            except (StoreError, OSError) as error:
                QMessageBox.warning(self, self.tr("Cannot build the sample group"), str(error))
                return
        self.open_path(path)

    @Slot()
    def save_copy_dialog(self) -> None:
        suggestion = self.session.path.with_name(self.session.path.stem + "-copy.sqlite3")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(suggestion), DB_FILTER
        )
        if not name:
            return
        try:
            backups.save_copy(self.session.store, Path(name))
        except (StoreError, OSError) as error:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), str(error))
            return
        self.statusBar().showMessage(self.tr("Copy saved to %s") % name, 5000)

    @Slot()
    def restore_dialog(self) -> None:
        from endorse_desktop.ui.shell.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.session.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Go back to the copy of %s? Everything recorded since then leaves this file "
                "(a backup of the current state is made first)."
            )
            % f"{chosen.taken_at:%Y-%m-%d %H:%M}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.session.path
        backups.make_backup(self.session.store, reason="before-restore")
        self.session.close()
        try:
            backups.restore_backup(chosen.path, path)
        finally:
            store = Store.open(path)
            self._install_session(Session(store, self))
        self.statusBar().showMessage(self.tr("Restored the copy of %s") % chosen.taken_at, 8000)

    @Slot()
    def export_csv_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the CSV files"), str(Path.home())
        )
        if folder:
            self.export("csv", Path(folder), open_after=False)

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

    @Slot()
    def print_signup_sheet(self) -> None:
        from endorse_desktop.ui.commitments.dialogs import SignupPrintDialog
        from endorse_desktop.ui.scorecards.menus import choose_pdf_path

        dialog = SignupPrintDialog(self.session, self)
        if dialog.exec() != SignupPrintDialog.DialogCode.Accepted:
            return
        output = choose_pdf_path(self, self.session, self.tr("Sign-up sheet"))
        if output is not None:
            self.export("signup", output, **dialog.options())

    @Slot()
    def print_commitment_report(self) -> None:
        from endorse_desktop.ui.scorecards.menus import choose_pdf_path

        output = choose_pdf_path(self, self.session, self.tr("Commitment report"))
        if output is not None:
            self.export("commitments", output)

    def export(self, kind: str, output: Path, open_after: bool = True, **options: Any) -> None:
        """Write a document off the GUI thread (own read-only connection), then open it."""
        from endorse_desktop.exports.kinds import export_document

        db_path = self.session.path

        def work() -> list[Path]:
            with Store.open(db_path, readonly=True) as reader:
                return export_document(reader, kind, output, **options)

        def done(paths: list[Path]) -> None:
            self.statusBar().showMessage(self.tr("Wrote %s") % ", ".join(map(str, paths)), 8000)
            if open_after and paths and not _offscreen():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))

        def failed(error: Exception) -> None:
            QMessageBox.warning(self, self.tr("Export failed"), str(error))

        self.run_in_background(self.tr("Writing %s…") % output.name, work, done, failed)

    @Slot()
    def print_ballots_dialog(self) -> None:
        from endorse_desktop.ui.widgets.print_dialogs import (
            BallotsDialog,
            ask_pdf_path,
        )

        dialog = BallotsDialog(self.session.store, self)
        if dialog.exec() != BallotsDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        suggestion = self.session.path.parent / f"ballots-{_file_word(options['race'] or '')}.pdf"
        path = ask_pdf_path(self, self.tr("Save the ballots"), suggestion)
        if path is not None:
            self.export("ballots", path, **options)

    @Slot()
    def print_summary_dialog(self) -> None:
        from endorse_desktop.ui.widgets.print_dialogs import (
            SummaryDialog,
            ask_pdf_path,
        )

        shown = self.meeting_status.meeting_id if self.meeting_status is not None else None
        dialog = SummaryDialog(self.session.store, shown, self)
        if dialog.exec() != SummaryDialog.DialogCode.Accepted:
            return
        meeting_id = dialog.meeting_id()
        suggestion = self.session.path.parent / f"meeting-summary-{meeting_id or 'latest'}.pdf"
        path = ask_pdf_path(self, self.tr("Save the meeting summary"), suggestion)
        if path is not None:
            self.export("summary", path, meeting=meeting_id)

    def _remember_recent(self, path: Path) -> None:
        settings = QSettings(APP_NAME, APP_NAME)
        recent = [p for p in settings.value("recent_files", [], list) if p != str(path)]
        settings.setValue("recent_files", [str(path), *recent][:MAX_RECENT])

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = QSettings(APP_NAME, APP_NAME).value("recent_files", [], list)
        for index, name in enumerate(recent):
            action = self.recent_menu.addAction(f"&{index + 1} {name}")
            action.setData(name)
            action.triggered.connect(self._open_recent)
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    @Slot()
    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_path(Path(action.data()))

    # ----- group settings ------------------------------------------------------------------
    @Slot()
    def create_group(self) -> None:
        self.edit_settings(first_run=True)

    @Slot()
    def edit_settings(self, first_run: bool = False) -> None:
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

    # ----- projector -----------------------------------------------------------------------
    def ensure_projector(self) -> Any:
        if self.projector is None:
            from endorse_desktop.ui.projector import ProjectorWindow

            self.projector = ProjectorWindow(self.session)
            self.projector.slide_changed.connect(self._projector_caption)
        return self.projector

    @Slot()
    def toggle_projector(self) -> None:
        projector = self.ensure_projector()
        if projector.isVisible():
            projector.hide()
        else:
            screens = QGuiApplication.screens()
            if len(screens) > 1 and projector.screen() == self.screen():
                # Start on another screen than the facilitator's: that is where the room looks.
                other = next(s for s in screens if s != self.screen())
                projector.move_to_screen(other)
            projector.show()

    @Slot()
    def present_current(self) -> None:
        tab = self.current_tab()
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

    @Slot(QAction)
    def _theme_chosen(self, action: QAction) -> None:
        theme = str(action.data())
        save_theme(theme)
        apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]

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
        self.statusBar().showMessage(self.tr("Projector: %s") % caption, 4000)

    # ----- help and closing ------------------------------------------------------------------
    @Slot()
    def show_about(self) -> None:
        from endorse_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Endorse Desktop"),
            self.tr(
                "<b>Endorse Desktop %s</b><p>Run your group's endorsement meeting from one laptop: "
                "scorecards, vote counting, ballots, minutes and commitments. Works offline; your "
                "data stays in one file on this computer.</p>"
            )
            % __version__,
        )

    @Slot()
    def show_meeting_guide(self) -> None:
        from endorse_desktop.ui.shell.help import (
            HelpDialog,
            meeting_guide_html,
        )

        HelpDialog(self.tr("Running an endorsement meeting"), meeting_guide_html(), self).exec()

    @Slot()
    def show_shortcuts(self) -> None:
        from endorse_desktop.ui.shell.help import (
            HelpDialog,
            shortcuts_html,
        )

        HelpDialog(self.tr("Keyboard shortcuts"), shortcuts_html(self), self).exec()

    def daily_backup(self) -> None:
        """Once a day, a copy of the file as it was when opened (SPEC §8)."""
        if self.session.has_group and not backups.has_backup_today(self.session.path):
            backups.make_backup(self.session.store, reason="daily")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.projector is not None:
            self.projector.close()
        self.session.close()
        super().closeEvent(event)


def _standard_or(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's own key for a standard command, or ours where the platform has none."""
    sequence = QKeySequence(key)
    return QKeySequence(fallback) if sequence.isEmpty() else sequence


def _file_word(text: str) -> str:
    """A race title as part of a file name: "Mayor — Ward 3" → "mayor-ward-3"."""
    words = "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()
    return "-".join(words) or "race"


def _offscreen() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def schedule_daily_backup(window: MainWindow, delay_ms: int = 3000) -> None:
    QTimer.singleShot(delay_ms, window.daily_backup)
