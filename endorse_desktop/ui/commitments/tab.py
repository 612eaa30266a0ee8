"""The Commitments tab (SPEC F-7): what members promise each endorsed campaign, until election day.

Above the pages, the endorsement being worked on (and a way to record one decided elsewhere).
Pages: Pledges (every pledge, filtered and moved along in bulk), Sign-up Sheet (typing in a paper
sheet, keyboard only), Goals, Progress, and the Announcement. F5 puts the chosen endorsement's
thermometer on the projector.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.commitments.pledges import endorsement_choices
from endorse_desktop.core.commitments.records import PledgeStatus
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.commitments.activities_dialog import ActivitiesDialog
from endorse_desktop.ui.commitments.announcement_page import AnnouncementPage
from endorse_desktop.ui.commitments.dialogs import (
    EndorsementDialog,
)
from endorse_desktop.ui.commitments.goals_page import GoalsPage
from endorse_desktop.ui.commitments.pledges_page import PledgesPage
from endorse_desktop.ui.commitments.progress_page import ProgressPage
from endorse_desktop.ui.commitments.signup_entry import SignupEntryPage
from endorse_desktop.ui.scorecards.menus import choose_pdf_path
from endorse_desktop.ui.shell.host import TabPage
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.actions import (
    ActionSpec,
    action_button,
    make_actions,
    separator,
    spec,
)
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session

PAGES = ("pledges", "sheet", "goals", "progress", "announcement")
LAZY_PAGES = ("sheet", "goals", "progress")
TOPICS = (Topic.COMMITMENTS, Topic.MEMBERS, Topic.ENDORSEMENTS, Topic.RACES, Topic.SETTINGS)


_tr = translator("CommitmentsTab")


class CommitmentsTab(TabPage):
    def __init__(self, session: Session, window: TabHost) -> None:
        super().__init__(session, window, _tr("Commitments"))
        stack = window.undo_stack

        self.endorsement_combo = QComboBox()
        self.endorsement_combo.setMinimumContentsLength(30)
        self.endorsement_combo.setAccessibleName(_tr("Endorsement being worked on"))
        self.endorsement_combo.setToolTip(
            _tr("Goals, the sign-up sheet, progress, the announcement and F5 follow this choice")
        )
        chooser_label = QLabel(_tr("&Working on:"))
        chooser_label.setBuddy(self.endorsement_combo)

        self._stack = stack
        self.pledges = PledgesPage(session, stack)
        self.announcement = AnnouncementPage(session, stack)  # its actions are in the tab's menu
        # The sheet, goals and progress pages are built when first shown (`_page`): the tab
        # opens on the 20,000 pledges, and that is all its first paint waits for (SPEC P-5).
        self._lazy: dict[str, QWidget] = {}
        self._placeholders = {name: QWidget() for name in LAZY_PAGES}
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for page, title in (
            (self.pledges, _tr("Pledges")),
            (self._placeholders["sheet"], _tr("Sign-up Sheet Entry")),
            (self._placeholders["goals"], _tr("Goals")),
            (self._placeholders["progress"], _tr("Progress")),
            (self.announcement, _tr("Announcement")),
        ):
            self.pages.addTab(page, title)
        self._stale: set[QWidget] = set()

        self._actions = self._make_actions()
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.endorsement_combo, 1)
        for name in ("endorse", "activities"):
            top.addWidget(action_button(self._actions[name]))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        for page in (self.pledges, self.announcement):
            page.message.connect(self._status)
        self.announcement.pdf_requested.connect(self.export_announcement)
        self.endorsement_combo.currentIndexChanged.connect(self._endorsement_changed)
        self.pages.currentChanged.connect(self._page_changed)
        session.changed.connect(self._data_changed)
        self._fill_endorsements()
        self._endorsement_changed()

    # ----- pages built when first shown --------------------------------------------------------
    @property
    def sheet(self) -> SignupEntryPage:
        return self._page("sheet")  # type: ignore[return-value]

    @property
    def goals(self) -> GoalsPage:
        return self._page("goals")  # type: ignore[return-value]

    @property
    def progress(self) -> ProgressPage:
        return self._page("progress")  # type: ignore[return-value]

    def _page(self, name: str) -> QWidget:
        page = self._lazy.get(name)
        if page is not None:
            return page
        if name == "sheet":
            page = SignupEntryPage(self.session, self._stack)
        elif name == "goals":
            page = GoalsPage(self.session, self._stack)
        else:
            page = ProgressPage(self.session)
        if hasattr(page, "message"):
            page.message.connect(self._status)
        self._lazy[name] = page
        placeholder = self._placeholders.pop(name)
        index = self.pages.indexOf(placeholder)
        title = self.pages.tabText(index)
        current = self.pages.currentIndex() == index
        self.pages.blockSignals(True)
        self.pages.removeTab(index)
        self.pages.insertTab(index, page, title)
        if current:
            self.pages.setCurrentIndex(index)
        self.pages.blockSignals(False)
        placeholder.deleteLater()
        self._follow_endorsement(page)
        self._stale.add(page)
        return page

    def _built_pages(self) -> list[QWidget]:
        return [self.pledges, *self._lazy.values(), self.announcement]

    def _follow_endorsement(self, page: QWidget) -> None:
        endorsement_id = self.current_endorsement()
        if isinstance(page, SignupEntryPage):
            page.label = self.endorsement_combo.currentText() if endorsement_id else ""
        if page is not self.pledges:
            page.endorsement_id = endorsement_id  # type: ignore[attr-defined]

    # ----- menu and keys -----------------------------------------------------------------------
    def _action_table(self) -> list[ActionSpec]:
        """The tab's own commands, window-wide while the tab is shown: Alt+1…5 pick a page even
        right after a click on the window's tab bar (issue 12). The pages' own keys are
        panel keys, made by the pages."""
        table = [
            spec(name, text, f"Alt+{number}", tip, "")  # handled by show_page(name)
            for number, (name, text, tip) in enumerate(
                (
                    ("pledges", _tr("&Pledges"), _tr("Every pledge, with filters")),
                    (
                        "sheet",
                        _tr("&Type In a Sign-up Sheet"),
                        _tr("Enter a paper sign-up sheet, keyboard only"),
                    ),
                    ("goals", _tr("&Goals"), _tr("What the group promises this campaign")),
                    ("progress", _tr("P&rogress"), _tr("Goals against pledges, totals, overdue")),
                    (
                        "announcement",
                        _tr("&Announcement"),
                        _tr("The press-release draft for this endorsement"),
                    ),
                ),
                start=1,
            )
        ]
        table += [
            spec(
                "new_sheet",
                _tr("Start a &New Sheet"),
                "Ctrl+Shift+N",
                _tr("Clear the entry grid for the next paper sheet (saved rows stay saved)"),
                "new_sheet",
            ),
            spec(
                "endorse",
                _tr("Add &Endorsement Made Elsewhere…"),
                "Ctrl+Shift+A",
                _tr(
                    "Record an endorsement decided outside this app (another meeting, an "
                    "email vote)"
                ),
                "add_endorsement",
            ),
            spec(
                "activities",
                _tr("A&ctivities…"),
                "Ctrl+Shift+K",
                _tr("The activity catalog: add, rename, archive"),
                "edit_activities",
            ),
        ]
        return table

    def _make_actions(self) -> dict[str, QAction]:
        made = make_actions(self._action_table(), self, self)
        for name in PAGES:
            made[name].triggered.connect(partial(self.show_page, name))
        return made

    def menu_title(self) -> str:
        return _tr("C&ommitments")

    def menu_actions(self) -> list[QAction]:
        page_actions = [self._actions[name] for name in PAGES]
        pledge = self.pledges.actions_by_name
        pledge_actions = [pledge[name] for name in ("new", "edit", "delete")]
        pledge_actions += [pledge[str(status)] for status in PledgeStatus]
        pledge_actions += [pledge["overdue"], pledge["find"]]
        announcement = [self.announcement.actions_by_name[n] for n in ("draft", "copy", "pdf")]
        return [
            *page_actions,
            separator(self),
            *pledge_actions,
            separator(self),
            self._actions["new_sheet"],
            *announcement,
            separator(self),
            self._actions["endorse"],
            self._actions["activities"],
        ]

    # ----- endorsement chooser -----------------------------------------------------------------
    def _fill_endorsements(self) -> None:
        chosen = self.endorsement_combo.currentData()
        self.endorsement_combo.blockSignals(True)
        self.endorsement_combo.clear()
        # every endorsement's label in one query (SPEC P-5: the tab's first paint waits for it)
        for endorsement_id, label, status in endorsement_choices(self.session.store):
            shown = label if status == "active" else f"{label} ({status})"
            self.endorsement_combo.addItem(shown, endorsement_id)
        if not self.endorsement_combo.count():
            self.endorsement_combo.addItem(_tr("No endorsement yet — add one (Ctrl+Shift+A)"), None)
        index = self.endorsement_combo.findData(chosen) if chosen is not None else 0
        self.endorsement_combo.setCurrentIndex(max(0, index))
        self.endorsement_combo.blockSignals(False)

    def current_endorsement(self) -> int | None:
        data = self.endorsement_combo.currentData()
        return None if data is None else int(data)

    def choose_endorsement(self, endorsement_id: int) -> None:
        self.endorsement_combo.setCurrentIndex(
            max(0, self.endorsement_combo.findData(endorsement_id))
        )

    @Slot()
    def _endorsement_changed(self) -> None:
        """Every page follows the chosen endorsement; each re-reads when it is next shown."""
        self.announcement.save_now()  # typing for the previous endorsement stays with it
        followers = [page for page in self._built_pages() if page is not self.pledges]
        for page in followers:
            self._follow_endorsement(page)
        self._stale |= set(followers)
        self._refresh_current()

    # ----- keeping pages current ---------------------------------------------------------------
    @Slot(str)
    def _data_changed(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if topic in (Topic.ENDORSEMENTS, Topic.RACES):
            before = self.current_endorsement()
            self._fill_endorsements()
            if self.current_endorsement() != before:
                self._endorsement_changed()
        sheet = self._lazy.get("sheet")
        if topic in (Topic.MEMBERS, Topic.SETTINGS) and isinstance(sheet, SignupEntryPage):
            sheet.refresh_roster()
        self._stale |= set(self._built_pages())
        self._refresh_current()

    @Slot(int)
    def _page_changed(self, index: int) -> None:
        widget = self.pages.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if widget is placeholder:
                self._page(name)
        self._refresh_current()

    def _refresh_current(self) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.reload()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        self._fill_endorsements()
        self._stale.add(self.pledges)
        self._endorsement_changed()

    # ----- actions -----------------------------------------------------------------------------
    def show_page(self, name: str) -> QWidget:
        page = getattr(self, name)
        self.pages.setCurrentWidget(page)
        self._refresh_current()  # (already current: no change signal)
        if isinstance(page, SignupEntryPage):
            page.focus_grid()
        elif isinstance(page, PledgesPage | GoalsPage):
            page.view.setFocus()  # the page's keys (Insert, Del, Ctrl+E …) work from here
        return page

    @Slot()
    def new_sheet(self) -> None:
        self.show_page("sheet")
        self.sheet.start_sheet(self.current_endorsement(), self.endorsement_combo.currentText())
        self.sheet.focus_grid()

    @Slot()
    def add_endorsement(self) -> None:
        dialog = EndorsementDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        outcome = commands.add_endorsement_by_hand(
            self.session,
            self.window_.undo_stack,
            dialog.chosen(),  # type: ignore[arg-type]
        )
        if not outcome.ok:
            QMessageBox.warning(self, _tr("Not added"), in_ui(outcome.error))
            return
        added, _ = outcome.result
        self.choose_endorsement(added.id)
        self._status(_tr("Endorsement recorded; set its goals next (Alt+3)"))

    @Slot()
    def edit_activities(self) -> None:
        ActivitiesDialog(self.session, self.window_.undo_stack, self).exec()

    @Slot(int)
    def export_announcement(self, endorsement_id: int) -> None:
        stem = _tr("Announcement %1").replace("%1", self.endorsement_combo.currentText())
        output = choose_pdf_path(self, self.session, stem)
        if output is not None:
            self.window_.export("announcement", output, endorsement_id=endorsement_id)

    @Slot(str)
    def _status(self, text: str) -> None:
        self.window_.show_status(text, 6000)

    # ----- projector and smoke test ------------------------------------------------------------
    def presentation(self) -> tuple[str, dict[str, Any]] | None:
        endorsement_id = self.current_endorsement()
        if endorsement_id is None:
            return None
        return "thermometer", {"endorsement_id": endorsement_id}

    def smoke_test(self, folder: Path) -> None:
        for name in PAGES:
            self.show_page(name).grab()
        self.show_page("pledges")
