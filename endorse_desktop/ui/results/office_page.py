"""The In Office page: the officials the group endorsed who won, each one's actions in office
rated on the group's values, the trend per value, and the "review the endorsement" prompts."""

from __future__ import annotations

from fractions import Fraction
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core import accountability
from endorse_desktop.core.accountability import OfficeAction, Official, ReviewPrompt, ValueTrend
from endorse_desktop.core.scoring import rating_label
from endorse_desktop.core.values import list_values
from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel
from endorse_desktop.ui.widgets.text import translator
from endorse_desktop.ui.widgets.views import current_record, record_view

if TYPE_CHECKING:
    from endorse_desktop.core.store import Store

ARROWS = {1: "↑", 0: "→", -1: "↓"}


_tr = translator("OfficePage")


class ActionsModel(RecordTableModel[OfficeAction]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.value_titles: dict[int, str] = {}
        super().__init__(
            [
                Column(_tr("Date"), lambda a: a.acted_on),
                Column(_tr("Value"), lambda a: self.value_titles.get(a.value_id, "?")),
                Column(_tr("Action"), lambda a: a.action),
                Column(_tr("Rating"), lambda a: _tr(rating_label(a.rating)), lambda a: a.rating),
                Column(_tr("Source"), lambda a: a.source),
                Column(_tr("Evidence"), lambda a: a.evidence),
            ],
            lambda a: f"{a.action} {a.evidence}",
            parent,
        )


class OfficePage(QWidget):
    official_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.officials: list[Official] = []
        self.prompts: list[ReviewPrompt] = []
        self.officials_list = QListWidget()
        self.officials_list.setAccessibleName(_tr("Officials the group endorsed"))
        self.officials_list.setMaximumWidth(440)
        self.officials_list.setMinimumWidth(300)
        self.model = ActionsModel(self)
        self.view = record_view(self.model, _tr("Actions in office"))
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.trends = QLabel()
        self.trends.setWordWrap(True)
        self.trends.setAccessibleName(_tr("Trend per value"))
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAccessibleName(_tr("Endorsements to review"))
        self.prompt_label.setStyleSheet("font-weight: bold")
        for label in (self.trends, self.prompt_label):
            # as tall as their text: the table gives up the room, never the words
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        right = QVBoxLayout()
        right.addWidget(self.prompt_label)
        right.addWidget(self.view, 1)
        right.addWidget(self.trends)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.officials_list)
        layout.addLayout(right, 1)
        # Shown first, then announced (connections run in the order they were made).
        self.officials_list.currentRowChanged.connect(self._show_official)
        self.officials_list.currentRowChanged.connect(self.official_changed)
        self._store: Store | None = None

    def set_data(self, store: Store) -> None:
        self._store = store
        chosen = self.official()
        self.officials = accountability.officials(store)
        self.prompts = accountability.review_prompts(store)
        self.model.value_titles = {v.id: v.title for v in list_values(store) if v.id is not None}
        self.officials_list.blockSignals(True)
        self.officials_list.clear()
        for official in self.officials:
            flag = (
                ""
                if official.endorsement_status == "active"
                else f" ({official.endorsement_status})"
            )
            item = QListWidgetItem(
                f"{official.name} — {official.office} ({official.cycle_name}){flag}"
            )
            self.officials_list.addItem(item)
        row = 0
        if chosen is not None:
            row = next(
                (i for i, o in enumerate(self.officials) if o.person_id == chosen.person_id), 0
            )
        self.officials_list.blockSignals(False)
        if self.officials:
            self.officials_list.setCurrentRow(row)
        self._show_official()
        self.prompt_label.setText(
            "\n".join(f"⚠ {p.text}" for p in self.prompts)
            if self.prompts
            else _tr("No endorsement needs a review.")
        )

    def official(self) -> Official | None:
        row = self.officials_list.currentRow()
        return self.officials[row] if 0 <= row < len(self.officials) else None

    def selected_action(self) -> OfficeAction | None:
        return current_record(self.view, self.model)

    def _show_official(self) -> None:
        official = self.official()
        store = self._store
        if official is None or store is None:
            self.model.set_records([])
            self.trends.setText(
                _tr("Officials appear here once an endorsed candidate's result is Won.")
            )
            return
        actions = accountability.list_actions(store, official.person_id)
        self.model.set_records(actions)
        if actions:
            index = self.model.index(len(actions) - 1, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.trends.setText(trends_text(accountability.trends(store, official.person_id)))


def trends_text(trends: list[ValueTrend]) -> str:
    """One line per value rated in office: the ratings in order, the average and the way."""
    lines = [f"<b>{escape(_tr('Trend per value'))}</b>"]
    rated = [t for t in trends if t.ratings]
    if not rated:
        lines.append(escape(_tr("No actions rated yet: press Insert to rate one.")))
    for trend in rated:
        steps = " → ".join(_tr(rating_label(r)) for _, r in trend.ratings)
        average = trend.average
        mean = "–"
        if average is not None:
            tenths = int(average * 10 + Fraction(1, 2))  # exact: half rounds up
            mean = f"{tenths // 10}.{tenths % 10}"
        dealbreaker = _tr(" (dealbreaker)") if trend.dealbreaker else ""
        lines.append(
            escape(
                f"{ARROWS[trend.direction]} {trend.title}{dealbreaker}: {steps} · "
                + _tr("average %s of 4") % mean
            )
        )
    return "<br>".join(lines)
