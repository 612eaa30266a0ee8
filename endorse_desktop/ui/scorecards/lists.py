"""The Scorecards tab's tables, made the same way every time: the race and candidate lists
(their columns), the scorecard grid and the comparison, and the lists' headings."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from endorse_desktop.core.races import Candidate, Race
from endorse_desktop.ui.scorecards.comparison_model import ComparisonModel
from endorse_desktop.ui.scorecards.dialogs import STATUS_TEXT
from endorse_desktop.ui.scorecards.model import ScorecardModel
from endorse_desktop.ui.scorecards.rating_delegate import RatingDelegate
from endorse_desktop.ui.scorecards.view import ScorecardView
from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel
from endorse_desktop.ui.widgets.views import record_view


def race_columns(tr: Any) -> list[Column[Race]]:
    return [
        Column(tr("Race"), lambda r: r.title + (tr(" (archived)") if r.archived else "")),
        Column(tr("Election"), lambda r: r.election_date or "", tooltip=tr("Election date")),
        Column(tr("Stage"), lambda r: tr(r.stage.capitalize())),
    ]


def candidate_columns(tr: Any) -> list[Column[Candidate]]:
    return [
        Column(tr("Candidate"), lambda c: c.name + (tr(" (archived)") if c.archived else "")),
        Column(tr("Party"), lambda c: c.party),
        Column(tr("Incumbent"), lambda c: tr("yes") if c.incumbent else ""),
        Column(
            tr("Questionnaire"),
            lambda c: tr("returned") if c.questionnaire_returned else "",
            tooltip=tr("Questionnaire returned"),
        ),
        Column(tr("Interview"), lambda c: c.interview_date or ""),
        Column(tr("Status"), lambda c: tr(STATUS_TEXT.get(c.status, c.status))),
    ]


def scorecard_grid(model: ScorecardModel, name: str) -> ScorecardView:
    """Values down, candidates across; fixed sizes, so a large race never measures its cells."""
    grid = ScorecardView()
    grid.setModel(model)
    grid.setItemDelegate(RatingDelegate(grid))
    grid.setAccessibleName(name)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setWordWrap(False)
    grid.setTabKeyNavigation(False)
    grid.horizontalHeader().setDefaultSectionSize(190)
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    grid.verticalHeader().setDefaultSectionSize(30)
    return grid


def comparison_view(model: ComparisonModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.horizontalHeader().setDefaultSectionSize(240)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def list_view(model: RecordTableModel[Any], name: str) -> QTableView:
    view = record_view(model, name)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def heading(text: str) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setAccessibleName(text)
    return label
