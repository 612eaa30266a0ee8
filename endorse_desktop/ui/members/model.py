"""The roster as a table: columns, what each filter shows, and archived members drawn apart."""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from endorse_desktop.core.members import Member, RosterPages
from endorse_desktop.ui.widgets.paged_model import PagedTableModel
from endorse_desktop.ui.widgets.table_model import Column, roles
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

    def allowed(self, roster: RosterPages) -> Collection[int] | None:
        """The ids of the members this filter lists (None: everyone), asked of the store."""
        if self is Show.EVERYONE:
            return None
        if self is Show.CURRENT:  # the table's opening view (`RosterPages.view_ids_between`)
            return roster.current_ids()
        if self is Show.ARCHIVED:
            return roster.ids_where(archived=True)
        eligible = {Show.ELIGIBLE: True, Show.NOT_ELIGIBLE: False}.get(self)
        return roster.ids_where(archived=False, eligible=eligible)


def eligibility_text(member: Member) -> str:
    if member.eligible:
        return ELIGIBLE_MARK
    return f"{NOT_ELIGIBLE_MARK} {member.eligibility_reason}".strip()


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def member_columns() -> list[Column[Member]]:
    return [
        # In ROSTER_COLUMNS order: RosterPages sorts by each column as its Column would.
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


class MembersModel(PagedTableModel[Member]):
    extra_roles = roles(
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(member_columns(), parent)
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

    def shown(self) -> list[Member]:
        return [self.record_at(row) for row in range(self.rowCount())]
