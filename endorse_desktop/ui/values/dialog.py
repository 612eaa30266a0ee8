"""Add or edit one of the group's values: title, description, weight and dealbreaker flag, and the
title and description in Spanish for documents and slides in Spanish or both languages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QSpinBox,
    QWidget,
)

from endorse_desktop.core.names import name_key
from endorse_desktop.core.values import (
    DEFAULT_WEIGHT,
    MAX_WEIGHT,
    MIN_WEIGHT,
    GroupValueError,
    Value,
    clean,
)
from endorse_desktop.ui.widgets.forms import FormDialog


class ValueDialog(FormDialog):
    refusals = (GroupValueError,)

    def __init__(
        self,
        value: Value | None,
        taken_titles: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit value") if value else self.tr("New value"), parent)
        self._original = value or Value("", weight=DEFAULT_WEIGHT)
        self._taken = {name_key(title) for title in taken_titles}
        self._chosen: Value | None = None

        self.title_edit = self.line(
            self.tr("&Title:"),
            self._original.title,
            self.tr("Title"),
            self.tr("e.g. Affordable housing"),
            field="title",
        )
        self.description_edit = self.text_area(
            self.tr("D&escription:"), self._original.description, height=90, field="description"
        )
        self.title_es_edit = self.line(
            self.tr("Title in &Spanish:"),
            self._original.title_es,
            self.tr("Title in Spanish"),
            self.tr("e.g. Vivienda asequible (optional)"),
            field="title_es",
        )
        self.description_es_edit = self.text_area(
            self.tr("Description in S&panish:"),
            self._original.description_es,
            height=60,
            field="description_es",
        )
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.weight_spin.setValue(self._original.weight)
        self.weight_spin.setToolTip(
            self.tr("How much this value counts in a candidate's score: 1 a little, 5 the most")
        )
        self.row(self.tr("&Weight (1–5):"), self.weight_spin, self.tr("Weight"), field="weight")
        self.dealbreaker_check = self.check_box(
            self.tr("&Dealbreaker"), self._original.dealbreaker, field="dealbreaker"
        )
        self.dealbreaker_check.setToolTip(
            self.tr("A candidate rated Opposes on this value is flagged on every scorecard")
        )
        self.resize(480, self.sizeHint().height())

    def chosen_value(self) -> Value | None:
        return self._chosen

    def check(self) -> str | None:
        candidate = clean(self.edited(self._original))
        if name_key(candidate.title) in self._taken:
            return self.tr("There is already a value called %s.") % candidate.title
        self._chosen = candidate
        return None
