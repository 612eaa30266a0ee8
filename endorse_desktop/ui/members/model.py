"""The roster as a table: columns, what each filter shows, and archived members drawn apart."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from endorse_desktop.core.members import Member
from endorse_desktop.ui.widgets.table_model import (
    Column,
    RecordTableModel,
    roles,
)
from endorse_desktop.ui.widgets.text import translator

ELIGIBLE_MARK = "✓"
NOT_ELIGIBLE_MARK = "✗"


_tr = translator("MembersModel")


class Show(Enum):
    """The roster filter: which members the table lists."""

    CURRENT = "current"
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    ARCHIVED = "archived"
    EVERYONE = "everyone"

    def label(self) -> str:
        return {
            Show.CURRENT: _tr("Current members"),
            Show.ELIGIBLE: _tr("Eligible to vote"),
            Show.NOT_ELIGIBLE: _tr("Not eligible"),
            Show.ARCHIVED: _tr("Archived"),
            Show.EVERYONE: _tr("Everyone, archived too"),
        }[self]

    def accepts(self, member: Member) -> bool:
        if self is Show.EVERYONE:
            return True
        if self is Show.ARCHIVED:
            return member.archived
        if member.archived:
            return False
        if self is Show.ELIGIBLE:
            return member.eligible
        if self is Show.NOT_ELIGIBLE:
            return not member.eligible
        return True


def eligibility_text(member: Member) -> str:
    if member.eligible:
        return ELIGIBLE_MARK
    return f"{NOT_ELIGIBLE_MARK} {member.eligibility_reason}".strip()


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def member_columns() -> list[Column[Member]]:
    return [
        Column(_tr("Name"), lambda m: m.display_name, sort_key=lambda m: m.sort_name),
        Column(_tr("Email"), lambda m: m.email or ""),
        Column(_tr("Phone"), lambda m: m.phone),
        Column(_tr("Postal code"), lambda m: m.postal_code),
        Column(
            _tr("Eligible"),
            eligibility_text,
            sort_key=lambda m: (not m.eligible, m.eligibility_reason.casefold()),
            tooltip=_tr("Whether the member may vote, and if not, why"),
        ),
        Column(_tr("Joined"), lambda m: m.joined_on or ""),
        Column(_tr("Notes"), lambda m: _first_line(m.notes)),
    ]


ELIGIBLE_COLUMN = 4
NOTES_COLUMN = 6


def search_text(member: Member) -> str:
    """What the search box looks through: everything a facilitator might remember about someone."""
    return " ".join(
        (
            member.first_name,
            member.last_name,
            member.email or "",
            member.phone,
            member.postal_code,
            member.eligibility_reason,
            member.notes,
        )
    )


class MembersModel(RecordTableModel[Member]):
    extra_roles = roles(
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(member_columns(), search_text, parent)
        self._archived_font = QFont()
        self._archived_font.setItalic(True)

    def extra_data(self, record: Member, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ELIGIBLE_COLUMN:
                if record.eligible:
                    return _tr("Eligible to vote")
                reason = record.eligibility_reason or _tr("no reason recorded")
                return _tr("Not eligible to vote: %s") % reason
            if column == NOTES_COLUMN and record.notes:
                return record.notes
            if record.archived:
                return _tr("Archived: no longer an active member")
        if record.archived:
            # Archived members appear only when asked for; set them apart without colour alone.
            if role == Qt.ItemDataRole.FontRole:
                return self._archived_font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        return None

    def rows_of_ids(self, member_ids: set[int]) -> list[int]:
        """The rows now showing these members (those filtered out have none)."""
        return [
            row
            for row, position in enumerate(self.visible)
            if self.records[position].id in member_ids
        ]

    def shown(self) -> list[Member]:
        return [self.records[position] for position in self.visible]
