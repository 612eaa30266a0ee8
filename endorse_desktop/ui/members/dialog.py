"""Add or edit one member: every field of the roster, with eligibility and its reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.members import ELIGIBILITY_REASONS, Member, MemberError
from endorse_desktop.ui.widgets.forms import Buttons, FormDialog


class MemberDialog(FormDialog):
    """`validate` is the core's check (it raises MemberError); the dialog stays open, showing the
    message, until the member can be saved, so the change made afterwards cannot fail."""

    refusals = (MemberError,)

    def __init__(
        self,
        member: Member | None,
        validate: Callable[[Member], Member],
        parent: QWidget | None = None,
    ) -> None:
        adding = member is None
        super().__init__(
            self.tr("Add member") if adding else self.tr("Edit member"),
            parent,
            buttons=Buttons.Save | Buttons.Cancel,
            min_width=480,
        )
        self._original = member or Member(joined_on=today_iso())
        self._validate = validate
        self._chosen: Member | None = None

        original = self._original
        self.first_name_edit = self.line(
            self.tr("&First name:"), original.first_name, field="first_name"
        )
        self.last_name_edit = self.line(
            self.tr("&Last name:"), original.last_name, field="last_name"
        )
        self.email_edit = self.line(
            self.tr("&Email:"),
            original.email or "",
            placeholder=self.tr("ana@example.org"),
            field="email",
        )
        self.phone_edit = self.line(self.tr("&Phone:"), original.phone, field="phone")
        self.postal_code_edit = self.line(
            self.tr("Postal &code:"),
            original.postal_code,
            self.tr("Postal code"),
            field="postal_code",
        )
        self.postal_code_edit.setMaximumWidth(160)
        self.joined_edit = self.line(
            self.tr("&Joined on:"),
            original.joined_on or "",
            placeholder=self.tr("YYYY-MM-DD, e.g. 2026-03-14"),
            field="joined_on",
        )
        self.joined_edit.setMaximumWidth(220)

        self.eligible_check = QCheckBox(self.tr("May vote in the group's endorsement votes"))
        self.eligible_check.setChecked(original.eligible)
        self.row(
            self.tr("Eligible:"), self.eligible_check, self.tr("Eligible to vote"), field="eligible"
        )
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
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
        self.row(self.tr("&Reason not eligible:"), self.reason_combo, self.tr("Why not eligible"))
        self.notes_edit = self.text_area(
            self.tr("&Notes:"), original.notes, height=90, field="notes"
        )

        self.eligible_check.toggled.connect(self._eligible_toggled)
        self._eligible_toggled(original.eligible)

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
            self.edited(self._original), eligibility_reason="" if eligible else self._reason()
        )

    def chosen_member(self) -> Member | None:
        """After Save: the checked member, cleaned up as it will be stored."""
        return self._chosen

    def changed(self) -> bool:
        return self._chosen is not None and self._chosen != self._original

    def check(self) -> str | None:
        self._chosen = self._validate(self.member())
        return None
