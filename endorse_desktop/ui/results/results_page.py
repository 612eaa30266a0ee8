"""The Results page: every candidate of the cycle's races with how the race came out, and for
the selected race the endorsed candidate's result beside what the group delivered."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.cycles import Candidacy, earlier_candidacies
from endorse_desktop.core.races import list_races
from endorse_desktop.core.results import (
    RaceOutcome,
    Result,
    outcome_label,
    race_outcome,
    share_text,
)
from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel
from endorse_desktop.ui.widgets.text import translator
from endorse_desktop.ui.widgets.views import current_record, record_view, row_to_keep

if TYPE_CHECKING:
    from endorse_desktop.core.store import Store


@dataclass(frozen=True)
class ResultRow:
    race_id: int
    race_title: str
    candidate_id: int
    name: str
    endorsed: str  # the endorsement's status, or ""
    result: Result | None
    share: str


def result_rows(store: Store) -> tuple[list[ResultRow], dict[int, RaceOutcome]]:
    rows: list[ResultRow] = []
    outcomes: dict[int, RaceOutcome] = {}
    for race in list_races(store):
        assert race.id is not None
        outcome = race_outcome(store, race.id)
        outcomes[race.id] = outcome
        for line in outcome.lines:
            assert line.candidate.id is not None
            rows.append(
                ResultRow(
                    race.id,
                    race.title,
                    line.candidate.id,
                    line.candidate.name,
                    line.endorsed or "",
                    line.result,
                    share_text(line.share),
                )
            )
    return rows, outcomes


class ResultsModel(RecordTableModel[ResultRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(_tr("Race"), lambda r: r.race_title),
                Column(_tr("Candidate"), lambda r: r.name),
                Column(_tr("Endorsed"), lambda r: _tr(r.endorsed) if r.endorsed else ""),
                Column(
                    _tr("Result"),
                    lambda r: _tr(outcome_label(r.result.outcome)) if r.result else "",
                ),
                Column(
                    _tr("Votes"),
                    lambda r: (
                        f"{r.result.votes:,}" if r.result and r.result.votes is not None else ""
                    ),
                    sort_key=lambda r: r.result.votes if r.result and r.result.votes else 0,
                    align_right=True,
                ),
                Column(_tr("Share"), lambda r: r.share, align_right=True),
                Column(
                    _tr("Decided on"),
                    lambda r: (r.result.decided_on or "") if r.result else "",
                ),
            ],
            lambda r: f"{r.race_title} {r.name}",
            parent,
        )


_tr = translator("ResultsPage")


class ResultsPage(QWidget):
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultsModel(self)
        self.view = record_view(self.model, _tr("Results of this cycle's races"))
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.delivered = QLabel()
        self.delivered.setWordWrap(True)
        self.delivered.setAccessibleName(_tr("What the group delivered for this race"))
        self.delivered.setMinimumWidth(280)
        self.delivered.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.delivered.setMargin(8)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.delivered)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.outcomes: dict[int, RaceOutcome] = {}
        self._store: Store | None = None
        # Shown first, then announced (connections run in the order they were made).
        rows = self.view.selectionModel()
        rows.currentRowChanged.connect(self._show_delivered)
        rows.currentRowChanged.connect(self.selection_changed)

    def set_data(self, store: Store) -> None:
        chosen = self.selected()
        self._store = store
        rows, self.outcomes = result_rows(store)
        self.model.set_records(rows)
        key = None if chosen is None else chosen.candidate_id
        row = row_to_keep(self.model, lambda r: r.candidate_id == key)
        if row is not None:
            self.select_row(row)
        self._show_delivered()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected(self) -> ResultRow | None:
        return current_record(self.view, self.model)

    def _show_delivered(self) -> None:
        chosen = self.selected()
        outcome = None if chosen is None else self.outcomes.get(chosen.race_id)
        text = delivered_text(outcome)
        if chosen is not None and self._store is not None:
            text += history_text(chosen.name, earlier_candidacies(self._store, chosen.candidate_id))
        self.delivered.setText(text)


def delivered_text(outcome: RaceOutcome | None) -> str:
    """The endorsed candidate's result beside what the group delivered (pledged and done)."""
    if outcome is None:
        return _tr("Add races on the Candidates & Scorecards tab; their results go here.")
    lines = [f"<b>{_escape(outcome.race.title)}</b>"]
    endorsed = outcome.endorsed
    if not endorsed:
        lines.append(_tr("The group endorsed no one in this race."))
    for line in endorsed:
        result = _tr(outcome_label(line.result.outcome)) if line.result else _tr("no result yet")
        share = f" · {share_text(line.share)}" if line.share is not None else ""
        lines.append(
            _tr("Endorsed: %1 — %2")
            .replace("%1", _escape(line.candidate.name))
            .replace("%2", _escape(result + share))
        )
    if outcome.delivered:
        lines.append(_tr("What the group delivered (done of pledged):"))
        for total in outcome.delivered:
            lines.append(
                "• "
                + _escape(
                    f"{total.activity_name}: {total.tally.done:,} of "
                    f"{quantity_text(total.tally.pledged, total.unit)}"
                )
            )
    elif endorsed:
        lines.append(_tr("No pledges were recorded for this endorsement."))
    met = [g for g in outcome.goals if g.met]
    if outcome.goals:
        lines.append(
            _tr("Goals met: %1 of %2")
            .replace("%1", str(len(met)))
            .replace("%2", str(len(outcome.goals)))
        )
    return "<br>".join(lines)


def history_text(name: str, earlier: list[Candidacy]) -> str:
    """A returning candidate's earlier races: what the group decided then and how it came out."""
    if not earlier:
        return ""
    lines = ["", "<b>" + _escape(_tr("%s ran before:") % name) + "</b>"]
    for run in earlier:
        decided = (
            _tr("endorsed (%s)") % _tr(run.endorsement) if run.endorsement else _tr("not endorsed")
        )
        lines.append(
            "• "
            + _escape(
                f"{run.cycle_name}: {run.race_title} — {decided} — "
                f"{_tr(outcome_label(run.outcome)).lower()}"
            )
        )
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return escape(text)
