"""A race side by side: a column per candidate, best weighted score first, with the values
they are strongest and weakest on and what is still unknown. Read-only; it reads the same
scorecard as the grid, so both always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from endorse_desktop.core.races import Candidate
from endorse_desktop.core.scorecards import RaceScorecard
from endorse_desktop.core.scoring import CandidateScore
from endorse_desktop.core.values import Value
from endorse_desktop.ui.scorecards.rating_style import (
    HIT_FILL,
    HIT_MARK,
    INK,
    rating_word,
)
from endorse_desktop.ui.widgets.table_model import READ_ONLY_CELL, AnyIndex
from endorse_desktop.ui.widgets.text import coverage

SCORE_ROLE = Qt.ItemDataRole.UserRole + 1  # the exact score (Fraction) or None

RANK, SCORE, COVERAGE, DEALBREAKERS, STRENGTHS, CONCERNS, UNKNOWN = range(7)


@dataclass(frozen=True)
class ComparisonRow:
    rank: str
    candidate: Candidate
    score: CandidateScore
    strengths: tuple[tuple[Value, int], ...]
    concerns: tuple[tuple[Value, int], ...]
    unknown: tuple[Value, ...]


def comparison_rows(card: RaceScorecard) -> list[ComparisonRow]:
    """Candidates by weighted score, best first (unscored last); equal scores share a rank."""

    def order(candidate: Candidate) -> tuple[bool, Fraction, int]:
        score = card.score(candidate).score
        return (score is None, -(score or Fraction(0)), candidate.position)

    ranked = sorted(card.candidates, key=order)
    # heavier values first: what the group cares most about leads each list
    by_weight = sorted(card.values, key=lambda v: (-v.weight, v.position))
    rows = []
    previous: Fraction | None = None
    rank = 0
    for place, candidate in enumerate(ranked, start=1):
        score = card.score(candidate)
        if score.score is None or score.score != previous:
            rank = place
        tied = sum(1 for c in ranked if card.score(c).score == score.score) > 1
        label = "–" if score.score is None else (f"={rank}" if tied else str(rank))
        previous = score.score
        ratings = [(value, card.rating(candidate, value).rating) for value in by_weight]
        rows.append(
            ComparisonRow(
                label,
                candidate,
                score,
                tuple((v, r) for v, r in ratings if r is not None and r >= 3),
                tuple((v, r) for v, r in ratings if r is not None and r <= 1),
                tuple(v for v, r in ratings if r is None),
            )
        )
    return rows


class ComparisonModel(QAbstractTableModel):
    """Candidates across (best weighted score on the left), what to compare them on down."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComparisonRow] = []  # one per candidate, ranked: the model's columns
        self._bold = QFont()
        self._bold.setBold(True)
        self._large = QFont()
        self._large.setBold(True)
        self._large.setPointSizeF(self._large.pointSizeF() * 1.5)
        self._fields = (
            self.tr("Rank"),
            self.tr("Weighted score"),
            self.tr("Coverage"),
            self.tr("Dealbreakers"),
            self.tr("Strongest on"),
            self.tr("Weakest on"),
            self.tr("Not rated yet"),
        )

    def set_scorecard(self, card: RaceScorecard | None) -> None:
        self.beginResetModel()
        self.rows = [] if card is None else comparison_rows(card)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.rows else len(self._fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY_CELL

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self._fields) and self.rows:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self._fields[section]
                if role == Qt.ItemDataRole.FontRole:
                    return self._bold
            return None
        if not 0 <= section < len(self.rows):
            return None
        candidate = self.rows[section].candidate
        if role == Qt.ItemDataRole.DisplayRole:
            about = [candidate.party, self.tr("incumbent") if candidate.incumbent else ""]
            details = " · ".join(part for part in about if part)
            return f"{candidate.name}\n{details}" if details else candidate.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return candidate.name
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.rows):
            return None
        if not 0 <= index.row() < len(self._fields):
            return None
        row = self.rows[index.column()]
        field = index.row()
        hits = row.score.dealbreaker_hits
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, field)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.candidate.name}, {self._fields[field]}: {self._text(row, field)}"
        if role == Qt.ItemDataRole.FontRole and field in (RANK, SCORE):
            return self._large
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if field in (RANK, SCORE, COVERAGE):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if field == DEALBREAKERS and hits:
            if role == Qt.ItemDataRole.BackgroundRole:
                return HIT_FILL
            if role == Qt.ItemDataRole.ForegroundRole:
                return INK
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        if role == SCORE_ROLE:
            return row.score.score
        return None

    def _text(self, row: ComparisonRow, field: int) -> str:
        score = row.score
        if field == RANK:
            return row.rank
        if field == SCORE:
            return score.percent_text
        if field == COVERAGE:
            return coverage(score.rated, score.total)
        if field == DEALBREAKERS:
            hits = score.dealbreaker_hits
            return f"{HIT_MARK} " + "\n".join(hits) if hits else self.tr("None")
        if field == STRENGTHS:
            return _listing(row.strengths)
        if field == CONCERNS:
            return _listing(row.concerns)
        return "\n".join(value.title for value in row.unknown)


def _listing(entries: tuple[tuple[Value, int], ...]) -> str:
    """Grouped by rating, strongest words first: "Champion: Transit, Schools\nStrong: Housing"."""
    levels = sorted({rating for _, rating in entries}, key=lambda r: -abs(r - 2))
    return "\n".join(
        f"{rating_word(level)}: " + ", ".join(v.title for v, r in entries if r == level)
        for level in levels
    )
