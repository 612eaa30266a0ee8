"""Add or edit one member: every field of the roster, with eligibility and its reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.members import ELIGIBILITY_REASONS, Member, MemberError


class MemberDialog(QDialog):
    """`validate` is the core's check (it raises MemberError); the dialog stays open, showing the
    message, until the member can be saved, so the change made afterwards cannot fail."""

    def __init__(
        self,
        member: Member | None,
        validate: Callable[[Member], Member],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = member or Member(joined_on=today_iso())
        self._validate = validate
        self._chosen: Member | None = None
        adding = member is None
        self.setWindowTitle(self.tr("Add member") if adding else self.tr("Edit member"))
        self.setMinimumWidth(480)

        original = self._original
        self.first_name_edit = self._line(original.first_name, self.tr("First name"))
        self.last_name_edit = self._line(original.last_name, self.tr("Last name"))
        self.email_edit = self._line(original.email or "", self.tr("Email"))
        self.email_edit.setPlaceholderText(self.tr("ana@example.org"))
        self.phone_edit = self._line(original.phone, self.tr("Phone"))
        self.postal_code_edit = self._line(original.postal_code, self.tr("Postal code"))
        self.postal_code_edit.setMaximumWidth(160)
        self.joined_edit = self._line(original.joined_on or "", self.tr("Joined on"))
        self.joined_edit.setPlaceholderText(self.tr("YYYY-MM-DD, e.g. 2026-03-14"))
        self.joined_edit.setMaximumWidth(220)

        self.eligible_check = QCheckBox(self.tr("May vote in the group's endorsement votes"))
        self.eligible_check.setAccessibleName(self.tr("Eligible to vote"))
        self.eligible_check.setChecked(original.eligible)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setAccessibleName(self.tr("Why not eligible"))
        self.reason_combo.setToolTip(
            self.tr("Choose a reason, or type the group's own (e.g. “joined after the cut-off”)")
        )
        labels = {
            "dues": self.tr("dues"),
            "attendance": self.tr("attendance"),
            "waiting period": self.tr("waiting period"),
            "other": self.tr("other"),
        }
        for reason in ELIGIBILITY_REASONS:
            self.reason_combo.addItem(labels.get(reason, reason), reason)
        self._select_reason(original.eligibility_reason)

        self.notes_edit = QPlainTextEdit(original.notes)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_name_edit)
        form.addRow(self.tr("&Last name:"), self.last_name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("Postal &code:"), self.postal_code_edit)
        form.addRow(self.tr("&Joined on:"), self.joined_edit)
        form.addRow(self.tr("Eligible:"), self.eligible_check)
        form.addRow(self.tr("&Reason not eligible:"), self.reason_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.eligible_check.toggled.connect(self._eligible_toggled)
        self._eligible_toggled(original.eligible)

    def _line(self, text: str, accessible_name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(accessible_name)
        return edit

    def _select_reason(self, reason: str) -> None:
        index = self.reason_combo.findData(reason)
        if index >= 0:
            self.reason_combo.setCurrentIndex(index)
        elif reason:
            self.reason_combo.setEditText(reason)

    @Slot(bool)
    def _eligible_toggled(self, eligible: bool) -> None:
        self.reason_combo.setEnabled(not eligible)

    def _reason(self) -> str:
        text = self.reason_combo.currentText().strip()
        index = self.reason_combo.findText(text)
        return str(self.reason_combo.itemData(index)) if index >= 0 else text

    def member(self) -> Member:
        """The member as the fields describe it now (not yet checked)."""
        eligible = self.eligible_check.isChecked()
        return replace(
            self._original,
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            postal_code=self.postal_code_edit.text(),
            joined_on=self.joined_edit.text(),
            eligible=eligible,
            eligibility_reason="" if eligible else self._reason(),
            notes=self.notes_edit.toPlainText(),
        )

    def chosen_member(self) -> Member | None:
        """After Save: the checked member, cleaned up as it will be stored."""
        return self._chosen

    def changed(self) -> bool:
        return self._chosen is not None and self._chosen != self._original

    def accept(self) -> None:
        try:
            self._chosen = self._validate(self.member())
        except MemberError as error:
            message = str(error)
            self.error_label.setText(message[:1].upper() + message[1:])
            self.error_label.show()
            return
        super().accept()
