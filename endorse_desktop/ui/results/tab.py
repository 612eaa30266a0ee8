"""The Results & Track Record tab (issue 16): after the election.

* A cycle switcher on top: the whole app works in the chosen election cycle (undoable), and
  "New Election Cycle…" opens the next one with what the facilitator carries over.
* Results: each candidate's outcome, votes and share, typed (F2/Enter) or imported from a CSV
  of official results; beside it the endorsed candidate's result and what the group delivered.
* In Office: the endorsed winners, their actions in office rated on the group's values (Insert),
  the trend per value, and the "review the endorsement" prompt that leads to the endorsement's
  conditional / rescinded flow.
* Track Record: the record by cycle; F5 puts the track-record slide on the projector, and the
  tab's menu prints the one-page public summary.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core import cycles, results
from endorse_desktop.core.store import Store
from endorse_desktop.core.track_record import summary_sentence, track_record
from endorse_desktop.core.values import list_values
from endorse_desktop.ui.results import commands
from endorse_desktop.ui.results.actions import office_actions, results_actions, tab_actions
from endorse_desktop.ui.results.dialogs import (
    NewCycleDialog,
    OfficeActionDialog,
    ResultDialog,
    ReviewDialog,
)
from endorse_desktop.ui.results.office_page import OfficePage
from endorse_desktop.ui.results.results_page import ResultsPage
from endorse_desktop.ui.scorecards.menus import choose_pdf_path
from endorse_desktop.ui.shell.host import PresentationRequest, TabPage
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.undo import Outcome
from endorse_desktop.ui.widgets.actions import action_button, make_actions, menu_groups
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.file_dialogs import remember_folder, start_folder
from endorse_desktop.ui.widgets.flow import flow_row
from endorse_desktop.ui.widgets.text import arg, translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session

WATCHED = (
    Topic.RESULTS,
    Topic.CYCLES,
    Topic.RACES,
    Topic.ENDORSEMENTS,
    Topic.COMMITMENTS,
    Topic.VALUES,
)


T = TypeVar("T")


class ResultsTab(TabPage):
    # made from the action tables (results/actions.py) by make_actions, set by id
    enter_result_action: QAction
    clear_result_action: QAction
    add_office_action_action: QAction
    delete_office_action_action: QAction
    import_results_action: QAction
    review_action: QAction
    new_cycle_action: QAction
    print_summary_action: QAction

    def __init__(self, session: Session, window: TabHost) -> None:
        super().__init__(session, window, self.tr("Results and track record"))
        self.dialog: QWidget | None = None  # the open dialog (window-modal), for tests

        self.cycle_box = QComboBox()
        self.cycle_box.setAccessibleName(self.tr("Election cycle"))
        self.cycle_box.setToolTip(self.tr("The cycle the whole app works in"))
        self.cycle_box.activated.connect(self._cycle_chosen)
        cycle_label = QLabel(self.tr("Election &cycle:"))
        cycle_label.setBuddy(self.cycle_box)

        self.results_page = ResultsPage()
        self.office_page = OfficePage()
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.record_label.setAccessibleName(self.tr("The group's track record"))
        record_page = QWidget()
        record_layout = QVBoxLayout(record_page)
        record_layout.addWidget(self.record_label)
        record_layout.addStretch(1)

        self._build_actions()
        self.pages = QTabWidget()
        self.pages.addTab(self.results_page, self.tr("Results"))
        self.pages.addTab(self.office_page, self.tr("In Office"))
        self.pages.addTab(record_page, self.tr("Track Record"))

        # one row that wraps rather than widen the window (longer words in Spanish)
        holder, top = flow_row()
        top.addWidget(cycle_label)
        top.addWidget(self.cycle_box)
        top.addWidget(action_button(self.new_cycle_action))
        top.addSpacing(24)
        for action in (self.import_results_action, self.review_action, self.print_summary_action):
            top.addWidget(action_button(action))
        layout = QVBoxLayout(self)
        layout.addWidget(holder)
        layout.addWidget(self.pages, 1)

        session.changed.connect(self.on_session_changed)
        self.refresh()

    def _build_actions(self) -> None:
        owners = (
            (results_actions(self.tr), self.results_page.view),
            (office_actions(self.tr), self.office_page.view),
            (tab_actions(self.tr), self),
        )
        for table, owner in owners:
            for key, action in make_actions(table, self, owner).items():
                setattr(self, f"{key}_action", action)

    # ----- what the window asks ----------------------------------------------------------------
    def menu_title(self) -> str:
        return self.tr("&Results")

    def menu_actions(self) -> list[QAction]:
        return menu_groups(
            self,
            [self.enter_result_action, self.clear_result_action, self.import_results_action],
            [self.add_office_action_action, self.delete_office_action_action, self.review_action],
            [self.new_cycle_action, self.print_summary_action],
        )

    def presentation(self) -> PresentationRequest | None:
        return ("track_record", {})

    def smoke_test(self, folder: Path) -> None:
        for index in range(self.pages.count()):
            self.pages.setCurrentIndex(index)
        self.refresh()

    # ----- data --------------------------------------------------------------------------------
    @Slot(str)
    def on_session_changed(self, topic: str) -> None:
        if topic in WATCHED:
            self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        self.cycle_box.blockSignals(True)
        self.cycle_box.clear()
        current = 0
        for index, cycle in enumerate(cycles.list_cycles(store)):
            closed = self.tr(" (closed)") if cycle.closed_on and not cycle.is_current else ""
            self.cycle_box.addItem(cycle.name + closed, cycle.id)
            if cycle.is_current:
                current = index
        self.cycle_box.setCurrentIndex(current)
        self.cycle_box.blockSignals(False)
        self.results_page.set_data(store)
        self.office_page.set_data(store)
        self.record_label.setText(record_text(store, self.session.settings.name))
        self.review_action.setEnabled(bool(self.office_page.prompts))

    # ----- changes -----------------------------------------------------------------------------
    def _shown(self, outcome: Outcome) -> Outcome:
        if outcome.error is not None:
            QMessageBox.warning(self, self.tr("Not changed"), in_ui(outcome.error))
        else:
            self.window_.show_status(outcome.text)
        return outcome

    def _chosen(self, chosen: T | None, missing: str) -> T | None:
        """What a command acts on; when there is nothing, `missing` says so on the status line."""
        if chosen is None:
            self.window_.show_status(missing)
        return chosen

    def _open(self, dialog: QDialog, done: Callable[[int], None]) -> None:
        """Open a window-modal dialog (kept in `self.dialog` for tests); `done` gets its code."""
        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    @Slot(int)
    def _cycle_chosen(self, index: int) -> None:
        cycle_id = self.cycle_box.itemData(index)
        if cycle_id is None or cycle_id == cycles.current_cycle(self.session.store).id:
            return
        name = self.cycle_box.itemText(index)
        self._shown(
            commands.switch_cycle(self.session, self.window_.undo_stack, int(cycle_id), name)
        )

    @Slot()
    def enter_result(self) -> None:
        row = self._chosen(self.results_page.selected(), self.tr("Choose a candidate first."))
        if row is None:
            return
        dialog = ResultDialog(row.candidate_id, f"{row.name} — {row.race_title}", row.result, self)

        def done(code: int) -> None:
            chosen = dialog.chosen()
            if code == ResultDialog.DialogCode.Accepted and chosen is not None:
                self._shown(
                    commands.set_result(self.session, self.window_.undo_stack, chosen, row.name)
                )
            self.results_page.view.setFocus()

        self._open(dialog, done)

    @Slot()
    def clear_result(self) -> None:
        row = self.results_page.selected()
        if row is not None and row.result is not None:
            self._shown(
                commands.clear_result(
                    self.session, self.window_.undo_stack, row.candidate_id, row.name
                )
            )

    @Slot()
    def import_results(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Official results (CSV)"), str(start_folder()), self.tr("CSV (*.csv)")
        )
        if name:
            remember_folder(Path(name).parent)
            self.import_results_file(Path(name))

    def import_results_file(self, path: Path) -> Outcome | None:
        try:
            rows = results.read_results_csv(path.read_bytes(), path.name)
        except (OSError, results.ResultError) as error:
            QMessageBox.warning(self, self.tr("Results not imported"), in_ui(error))
            return None
        return self._shown(
            commands.import_results(self.session, self.window_.undo_stack, rows, path.name)
        )

    @Slot()
    def add_office_action(self) -> None:
        official = self._chosen(self.office_page.official(), self.tr("No official to rate yet."))
        if official is None:
            return
        values = list_values(self.session.store)
        dialog = OfficeActionDialog(official.person_id, official.name, values, self)

        def done(code: int) -> None:
            chosen = dialog.chosen()
            if code == OfficeActionDialog.DialogCode.Accepted and chosen is not None:
                self._shown(
                    commands.add_office_action(self.session, self.window_.undo_stack, chosen)
                )
            self.office_page.view.setFocus()
            if self.office_page.prompts:
                self.window_.show_status(self.office_page.prompts[-1].text, 10000)

        self._open(dialog, done)

    @Slot()
    def delete_office_action(self) -> None:
        action = self.office_page.selected_action()
        if action is not None:
            self._shown(
                commands.delete_office_action(self.session, self.window_.undo_stack, action)
            )

    @Slot()
    def review_first_prompt(self) -> None:
        if not self.office_page.prompts:
            self.window_.show_status(self.tr("No endorsement needs a review."))
            return
        prompt = self.office_page.prompts[0]
        dialog = ReviewDialog(prompt, self)

        def done(code: int) -> None:
            if code == ReviewDialog.DialogCode.Accepted:
                decision, reason = dialog.decision()
                self._shown(
                    commands.review_endorsement(
                        self.session, self.window_.undo_stack, prompt, decision, reason
                    )
                )

        self._open(dialog, done)

    @Slot()
    def new_cycle(self) -> None:
        taken = [c.name for c in cycles.list_cycles(self.session.store)]
        dialog = NewCycleDialog(taken, self)

        def done(code: int) -> None:
            if code == NewCycleDialog.DialogCode.Accepted:
                self._shown(
                    commands.open_cycle(
                        self.session, self.window_.undo_stack, dialog.name(), dialog.carry()
                    )
                )

        self._open(dialog, done)

    @Slot()
    def print_public_summary(self) -> None:
        output = choose_pdf_path(self, self.session, self.tr("Track record summary"))
        if output is not None:
            self.window_.export("track-summary", output)


_tr = translator("ResultsTab")


def record_text(store: Store, group_name: str) -> str:
    """The Track Record page: the summary sentence and one line per cycle."""
    record = track_record(store)
    lines = [f"<p>{escape(summary_sentence(record, group_name))}</p>"]
    for cycle in record.cycles:
        t = cycle.totals
        p, g = cycle.primaries, cycle.generals
        lines.append(
            "<p><b>"
            + escape(cycle.cycle.name)
            + "</b>: "
            + escape(
                " · ".join(
                    (
                        arg(
                            _tr("%1 endorsed, %2 won, %3 lost, %4 pending"),
                            t.endorsements,
                            t.won,
                            t.lost,
                            t.pending,
                        ),
                        arg(_tr("primaries %1 of %2"), p.won, p.endorsements),
                        arg(_tr("generals %1 of %2"), g.won, g.endorsements),
                        arg(_tr("pledges kept %1 of %2"), t.pledges_kept, t.pledges_made),
                    )
                )
            )
            + "</p>"
        )
    history = cycles.weight_history(store)
    changed = [
        (value, steps)
        for value in list_values(store)
        if value.id is not None
        and (steps := history.get(value.id, []))
        and any(step.weight != value.weight for step in steps)
    ]
    if changed:
        lines.append("<p><b>" + escape(_tr("Value weights over the cycles")) + "</b><br>")
        for value, steps in changed:
            earlier = ", ".join(f"{step.cycle_name} {step.weight}" for step in steps)
            lines.append(
                escape(
                    _tr("%1: %2; now %3")
                    .replace("%1", value.title)
                    .replace("%2", earlier)
                    .replace("%3", str(value.weight))
                )
                + "<br>"
            )
        lines.append("</p>")
    lines.append(
        "<p>"
        + escape(
            _tr(
                "F5 shows the track-record slide on the projector; File ▸ Print ▸ Track Record "
                "prints the full record, this tab's menu the one-page public summary."
            )
        )
        + "</p>"
    )
    return "".join(lines)
