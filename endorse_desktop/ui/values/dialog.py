"""Add or edit one of the group's values: title, description, weight and dealbreaker flag."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.values import (
    DEFAULT_WEIGHT,
    MAX_WEIGHT,
    MIN_WEIGHT,
    GroupValueError,
    Value,
    clean,
)


class ValueDialog(QDialog):
    def __init__(
        self,
        value: Value | None,
        taken_titles: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = value or Value("", weight=DEFAULT_WEIGHT)
        self._taken = {title.casefold() for title in taken_titles}
        self._chosen: Value | None = None
        self.setWindowTitle(self.tr("Edit value") if value else self.tr("New value"))
        self.setAccessibleName(self.windowTitle())

        self.title_edit = QLineEdit(self._original.title)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Affordable housing"))
        self.description_edit = QPlainTextEdit(self._original.description)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.weight_spin.setValue(self._original.weight)
        self.weight_spin.setAccessibleName(self.tr("Weight"))
        self.weight_spin.setToolTip(
            self.tr("How much this value counts in a candidate's score: 1 a little, 5 the most")
        )
        self.dealbreaker_check = QCheckBox(self.tr("&Dealbreaker"))
        self.dealbreaker_check.setChecked(self._original.dealbreaker)
        self.dealbreaker_check.setToolTip(
            self.tr("A candidate rated Opposes on this value is flagged on every scorecard")
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        form.addRow(self.tr("&Weight (1–5):"), self.weight_spin)
        form.addRow("", self.dealbreaker_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def chosen_value(self) -> Value | None:
        return self._chosen

    @Slot()
    def accept(self) -> None:
        candidate = replace(
            self._original,
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            weight=self.weight_spin.value(),
            dealbreaker=self.dealbreaker_check.isChecked(),
        )
        try:
            candidate = clean(candidate)
        except GroupValueError as error:
            self.error_label.setText(str(error))
            return
        if candidate.title.casefold() in self._taken:
            self.error_label.setText(
                self.tr("There is already a value called %s.") % candidate.title
            )
            return
        self._chosen = candidate
        super().accept()
