"""The Candidates & Scorecards tab (SPEC F-4): races, their candidates, and each race's scorecard.

On the left, the races and the candidates of the chosen race. On the right, the race's scorecard
grid (values × candidates) for fast keyboard entry — arrows move, 0–4 rate, U marks Unknown,
Enter opens the evidence editor, Delete clears — and a comparison page that ranks the candidates.
Every edit is stored at once and can be undone (Ctrl+Z). F5 shows the race on the projector.

Nothing is silently lost: a candidate with ratings, votes or an endorsement is archived rather
than deleted (the core refuses the deletion and says why), and so is a race with candidates.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core import races as races_core
from endorse_desktop.core.cycles import earlier_candidacies
from endorse_desktop.core.races import Candidate, Race
from endorse_desktop.core.scorecards import RaceScorecard, load_scorecard
from endorse_desktop.ui.scorecards.actions import scorecard_actions
from endorse_desktop.ui.scorecards.comparison_model import ComparisonModel
from endorse_desktop.ui.scorecards.lists import (
    candidate_columns,
    comparison_view,
    heading,
    list_view,
    race_columns,
    scorecard_grid,
)
from endorse_desktop.ui.scorecards.menus import choose_pdf_path
from endorse_desktop.ui.scorecards.model import ScorecardModel
from endorse_desktop.ui.scorecards.race_editor import RaceEditor
from endorse_desktop.ui.scorecards.rating_editor import RatingEditor
from endorse_desktop.ui.scorecards.rating_style import (
    scale_help,
)
from endorse_desktop.ui.shell.host import TabPage
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.actions import (
    ActionSpec,
    button_row,
    context_for,
    make_action,
    make_actions,
    menu_groups,
)
from endorse_desktop.ui.widgets.table_model import (
    RecordTableModel,
)
from endorse_desktop.ui.widgets.text import plural
from endorse_desktop.ui.widgets.views import current_record, row_to_keep

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session


class ScorecardsTab(TabPage):
    def __init__(self, session: Session, window: TabHost) -> None:
        super().__init__(session, window, self.tr("Candidates and scorecards"))
        self.card: RaceScorecard | None = None
        self._shown_race_id: int | None = None
        self.editor = RaceEditor(self, self, window)
        self.ratings = RatingEditor(self, self, window)

        self.race_model: RecordTableModel[Race] = RecordTableModel(
            race_columns(self.tr), lambda r: r.title, self
        )
        self.race_view = list_view(self.race_model, self.tr("Races"))
        self.race_view.selectionModel().currentRowChanged.connect(self._race_row_changed)
        self.race_view.doubleClicked.connect(self.editor.edit_race)

        self.candidate_model: RecordTableModel[Candidate] = RecordTableModel(
            candidate_columns(self.tr), lambda c: c.name, self
        )
        self.candidate_view = list_view(self.candidate_model, self.tr("Candidates"))
        self.candidate_view.selectionModel().currentRowChanged.connect(self._candidate_row_changed)
        self.candidate_view.doubleClicked.connect(self.editor.edit_candidate)

        self.grid_model = ScorecardModel(self)
        self.grid = scorecard_grid(self.grid_model, self.tr("Scorecard grid"))
        self.grid.rate_requested.connect(self.ratings.rate_cell)
        self.grid.evidence_requested.connect(self.ratings.edit_evidence)
        self.grid.clear_requested.connect(self.ratings.clear_cell)
        self.grid.doubleClicked.connect(self.ratings.edit_evidence)
        self.grid.selectionModel().currentChanged.connect(self._grid_cell_changed)

        self.comparison_model = ComparisonModel(self)
        self.comparison = comparison_view(
            self.comparison_model, self.tr("Comparison of the race's candidates")
        )

        self._build_actions()
        self._build_layout()
        session.changed.connect(self.on_session_changed)
        self.refresh()

    # ----- building ------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: str,
        tip: str,
        *,
        checkable: bool = False,
    ) -> QAction:
        # Ctrl/Alt chords work window-wide while this tab is shown (New Race right after a
        # click on the tab bar); bare keys (Ins, F2) while the keyboard is in this tab.
        row = ActionSpec("", text, (shortcut,), tip, "", context_for((shortcut,)), checkable)
        action = make_action(row, self, self)
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    def _build_actions(self) -> None:
        self.editor.build_actions(self._action)
        made = make_actions(scorecard_actions(self.tr), self, self)
        self.show_archived_action = made["show_archived"]
        self.evidence_action = made["evidence"]
        self.compare_action = made["compare"]
        self.previous_race_action = made["previous_race"]
        self.next_race_action = made["next_race"]
        self.focus_races_action = made["focus_races"]
        self.focus_candidates_action = made["focus_candidates"]
        self.focus_grid_action = made["focus_grid"]
        self.print_race_action = made["print_race"]

    def _build_layout(self) -> None:
        tr = self.tr
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(tr("Races")))
        left_layout.addWidget(self.race_view, 2)
        left_layout.addLayout(
            button_row(
                self.editor.new_race_action,
                self.editor.edit_race_action,
                self.editor.archive_race_action,
                self.editor.delete_race_action,
            )
        )
        self.candidates_heading = heading(tr("Candidates"))
        left_layout.addWidget(self.candidates_heading)
        left_layout.addWidget(self.candidate_view, 3)
        left_layout.addLayout(
            button_row(
                self.editor.new_candidate_action,
                self.editor.edit_candidate_action,
                self.editor.archive_candidate_action,
                self.editor.delete_candidate_action,
            )
        )
        archived = QCheckBox(tr("Show archived races and candidates"))
        archived.setToolTip(self.show_archived_action.toolTip())
        archived.toggled.connect(self.show_archived_action.setChecked)
        self.show_archived_action.toggled.connect(archived.setChecked)
        left_layout.addWidget(archived)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.race_heading = QLabel()
        self.race_heading.setAccessibleName(tr("Race shown"))
        self.race_heading.setWordWrap(True)
        right_layout.addWidget(self.race_heading)
        self.pages = QTabWidget()
        self.pages.addTab(self.grid, tr("Scorecard"))
        comparison_page = QWidget()
        comparison_layout = QVBoxLayout(comparison_page)
        comparison_layout.setContentsMargins(0, 4, 0, 0)
        reading = QLabel(
            tr(
                "Best weighted score on the left. Unknown ratings count neither for nor against "
                "a candidate, so compare coverage before reading much into a close score."
            )
        )
        reading.setWordWrap(True)
        comparison_layout.addWidget(reading)
        comparison_layout.addWidget(self.comparison, 1)
        self.pages.addTab(comparison_page, tr("Comparison"))
        self.pages.currentChanged.connect(self._page_changed)
        right_layout.addWidget(self.pages, 1)
        keys = QLabel(
            tr("Keys in the grid: arrows move · %s · Enter evidence · Delete clears · Ctrl+Z undo")
            % scale_help()
        )
        keys.setWordWrap(True)
        keys.setAccessibleName(tr("Keys of the scorecard grid"))
        right_layout.addWidget(keys)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def menu_title(self) -> str:
        return self.tr("&Scorecards")

    def menu_actions(self) -> list[QAction]:
        moves = (self.previous_race_action, self.next_race_action, self.focus_races_action)
        return menu_groups(
            self,
            self.editor.menu_actions(),
            [self.evidence_action, self.compare_action, self.show_archived_action],
            [*moves, self.focus_candidates_action, self.focus_grid_action],
            [self.print_race_action],
        )

    # ----- what is shown -----------------------------------------------------------------------
    @Slot(str)
    def on_session_changed(self, topic: str) -> None:
        if topic in (Topic.VALUES, Topic.RACES, Topic.RATINGS, Topic.ENDORSEMENTS, Topic.VOTES):
            self.refresh()

    def refresh(self) -> None:
        """Re-read races, candidates and the scorecard, keeping the user's place."""
        store = self.session.store
        race = self.current_race()
        candidate = self.current_candidate()
        place = self._grid_place()
        show_archived = self.show_archived_action.isChecked()
        self.race_model.set_records(races_core.list_races(store, include_archived=show_archived))
        race_id = None if race is None else race.id
        row = row_to_keep(self.race_model, lambda r: r.id == race_id)
        if row is not None:
            self._select(self.race_view, row)
        self._show_race(candidate, place)

    def current_race(self) -> Race | None:
        return current_record(self.race_view, self.race_model)

    def current_candidate(self) -> Candidate | None:
        return current_record(self.candidate_view, self.candidate_model)

    def _show_race(
        self,
        candidate: Candidate | None = None,
        grid_place: tuple[int | None, int | None] = (None, None),
    ) -> None:
        """Fill the candidates list and the scorecard for the current race; `candidate` and
        `grid_place` (candidate id, value id) say where the user was, to keep them there."""
        race = self.current_race()
        store = self.session.store
        self._shown_race_id = race.id if race else None
        if race is None or race.id is None:
            self.card = None
            self.candidate_model.set_records([])
            self.candidates_heading.setText(f"<b>{self.tr('Candidates')}</b>")
            self.race_heading.setText(
                self.tr("<h3>No race yet</h3>Add one with New Race (Ctrl+Shift+N).")
            )
        else:
            self.card = load_scorecard(store, race.id)
            self.candidate_model.set_records(
                races_core.list_candidates(
                    store, race.id, include_archived=self.show_archived_action.isChecked()
                )
            )
            heading = self.tr("Candidates in %s") % escape(race.title)  # not in the f-string:
            self.candidates_heading.setText(f"<b>{heading}</b>")  # lupdate skips those
            self.race_heading.setText(self._race_heading(self.card))
        earlier = (
            {c.id: earlier_candidacies(store, c.id) for c in self.card.candidates if c.id}
            if self.card is not None
            else {}
        )
        self.grid_model.set_scorecard(self.card, earlier)
        self.comparison_model.set_scorecard(self.card)
        self.grid.horizontalHeader().resizeSections(QHeaderView.ResizeMode.Fixed)
        if candidate is not None:
            row = self.candidate_model.row_of(lambda c: c.id == candidate.id)
            if row is not None:
                self._select(self.candidate_view, row)
        self._restore_grid_place(grid_place)
        self._update_actions()

    def _race_heading(self, card: RaceScorecard) -> str:
        race = card.race
        details = [race.election_date or "", self.tr(race.stage.capitalize())]
        if race.archived:
            details.append(self.tr("archived"))
        count = len(card.candidates)
        summary = (
            plural(count, self.tr("candidate"), self.tr("candidates"))
            + " · "
            + plural(len(card.values), self.tr("value"), self.tr("values"))
        )
        return (
            f"<h3>{escape(race.title)}</h3>"
            f"{escape(' · '.join(d for d in details if d))} — {summary}"
        )

    def _grid_place(self) -> tuple[int | None, int | None]:
        index = self.grid.currentIndex()
        if not index.isValid() or self.card is None:
            return (None, None)
        try:
            candidate = self.grid_model.candidate_at(index.column())
            value = self.grid_model.value_at(index.row())
        except IndexError:
            return (None, None)
        return (candidate.id, value.id)

    def _restore_grid_place(self, place: tuple[int | None, int | None]) -> None:
        index = self.grid_model.index_of(*place)
        if not index.isValid() and self.grid_model.rowCount() and self.grid_model.columnCount():
            if self.grid.currentIndex().isValid():
                return
            index = self.grid_model.index(0, 0)
        if index.isValid() and index != self.grid.currentIndex():
            self.grid.setCurrentIndex(index)

    def _update_actions(self) -> None:
        race = self.current_race()
        candidate = self.current_candidate()
        self.print_race_action.setEnabled(race is not None)
        self.editor.update_actions(race, candidate)
        self.evidence_action.setEnabled(self.grid.currentIndex().isValid())

    @Slot(QModelIndex, QModelIndex)
    def _race_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        race = self.current_race()
        if (race.id if race else None) != self._shown_race_id:
            self._show_race()

    @Slot(QModelIndex, QModelIndex)
    def _candidate_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Choosing a candidate in the list moves the grid to their column."""
        self._update_actions()
        candidate = self.current_candidate()
        if candidate is None or self.card is None:
            return
        index = self.grid.currentIndex()
        value_id = self.grid_model.value_at(index.row()).id if index.isValid() else None
        if value_id is None and self.card.values:
            value_id = self.card.values[0].id
        target = self.grid_model.index_of(candidate.id, value_id)
        if target.isValid() and target != index:
            self.grid.setCurrentIndex(target)

    @Slot(QModelIndex, QModelIndex)
    def _grid_cell_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Follow the facilitator's place on the projector when it shows this race."""
        self.evidence_action.setEnabled(current.isValid())
        if not current.isValid() or self.card is None:
            return
        candidate = self.grid_model.candidate_at(current.column())
        listed = self.current_candidate()
        if listed is None or listed.id != candidate.id:
            row = self.candidate_model.row_of(lambda c: c.id == candidate.id)
            if row is not None:
                self._select(self.candidate_view, row)
        slide = self._projected_scorecard()
        if slide is not None:
            slide.set_focus(current.column(), current.row())

    def _projected_scorecard(self) -> Any:
        projector = self.window_.projector
        if projector is None or not projector.isVisible():
            return None
        slide = projector.current_slide
        if slide is None or slide.slide_id != "scorecard" or self.card is None:
            return None
        return slide if slide.race_id == self.card.race.id else None

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self.compare_action.setChecked(page == 1)

    @Slot(bool)
    def set_comparison_shown(self, shown: bool) -> None:
        self.pages.setCurrentIndex(1 if shown else 0)
        (self.comparison if shown else self.grid).setFocus()

    @Slot(bool)
    def set_show_archived(self, shown: bool) -> None:
        self.refresh()

    @Slot()
    def previous_race(self) -> None:
        self._step_race(-1)

    @Slot()
    def next_race(self) -> None:
        self._step_race(+1)

    def _step_race(self, step: int) -> None:
        index = self.race_view.currentIndex()
        row = (index.row() if index.isValid() else 0) + step
        if 0 <= row < self.race_model.rowCount():
            self._select(self.race_view, row)

    @Slot()
    def focus_races(self) -> None:
        self.race_view.setFocus()

    @Slot()
    def focus_candidates(self) -> None:
        self.candidate_view.setFocus()

    @Slot()
    def focus_grid(self) -> None:
        self.set_comparison_shown(False)
        self.grid.setFocus()

    def select_race(self, race_id: int) -> bool:
        row = self.race_model.row_of(lambda r: r.id == race_id)
        if row is not None:
            self._select(self.race_view, row)
        return row is not None

    def select_candidate(self, candidate_id: int) -> bool:
        row = self.candidate_model.row_of(lambda c: c.id == candidate_id)
        if row is not None:
            self._select(self.candidate_view, row)
        return row is not None

    @staticmethod
    def _select(view: QTableView, row: int) -> None:
        view.selectionModel().setCurrentIndex(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # ----- the projector ---------------------------------------------------------------------
    def presentation(self) -> tuple[str, dict[str, Any]] | None:
        """F5: the current race's scorecard, focused where the grid is."""
        race = self.current_race()
        if race is None or race.id is None:
            return None
        index = self.grid.currentIndex()
        params: dict[str, Any] = {"race_id": race.id}
        if index.isValid():
            params.update(candidate=index.column(), value=index.row())
        return "scorecard", params

    # printing
    @Slot()
    def print_race(self) -> None:
        race = self.current_race()
        if race is None:
            return

        path = choose_pdf_path(self, self.session, f"scorecard-{race.title}")
        if path is not None:
            self.window_.export("scorecard", path, race=race.title)

    # ----- smoke test ------------------------------------------------------------------------
    def smoke_test(self, folder: Path) -> None:
        """Visit each race, both pages, and present it (for `--smoke-test`)."""
        for row in range(self.race_model.rowCount()):
            self._select(self.race_view, row)
            self.grid.grab()
            self.set_comparison_shown(True)
            self.comparison.grab()
            self.set_comparison_shown(False)
