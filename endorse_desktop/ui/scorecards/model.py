"""The scorecard grid of one race: a row per value (with its weight), a column per candidate.

Values run down and candidates across, as on the printed handout: groups have many values and
few candidates per race, and a column reads as "this candidate, value by value". Each cell says
its rating in words ("Strong (3)", "Unknown"); its colour only repeats that. The column headers
carry each candidate's weighted score, coverage and any dealbreaker hit (✖).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from endorse_desktop.core.cycles import Candidacy
from endorse_desktop.core.races import Candidate
from endorse_desktop.core.ratings import Rating
from endorse_desktop.core.scorecards import RaceScorecard
from endorse_desktop.core.values import Value
from endorse_desktop.ui.scorecards.rating_style import (
    DEALBREAKER_MARK,
    EVIDENCE_MARK,
    HIT_MARK,
    INK,
    rating_fill,
    rating_text,
)
from endorse_desktop.ui.widgets.table_model import READ_ONLY_CELL, AnyIndex
from endorse_desktop.ui.widgets.text import coverage

RATING_ROLE = Qt.ItemDataRole.UserRole + 1  # 0–4, or None for Unknown
HEADER_NAME_CHARS = 22  # a header line; the full name is in the tooltip


class ScorecardModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.card: RaceScorecard | None = None
        # a returning candidate's earlier races (by candidate id): at hand while rating anew
        self.earlier: Mapping[int, Sequence[Candidacy]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # ----- contents --------------------------------------------------------------------------
    def set_scorecard(
        self, card: RaceScorecard | None, earlier: Mapping[int, Sequence[Candidacy]] | None = None
    ) -> None:
        """Show `card`. The same race with the same values and candidates is updated in place, so
        the view keeps its current cell (the facilitator's place) across every edit and undo.
        `earlier`: the candidates' earlier races, told in the tooltips."""
        self.earlier = earlier or {}
        if card is not None and self.card is not None and _shape(card) == _shape(self.card):
            self.card = card
            if card.values and card.candidates:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(card.values) - 1, len(card.candidates) - 1)
                )
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(card.candidates) - 1)
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(card.values) - 1)
            return
        self.beginResetModel()
        self.card = card
        self.endResetModel()

    def value_at(self, row: int) -> Value:
        assert self.card is not None
        return self.card.values[row]

    def candidate_at(self, column: int) -> Candidate:
        assert self.card is not None
        return self.card.candidates[column]

    def cell(self, index: AnyIndex) -> Rating:
        return self._cell(index.row(), index.column())

    def _cell(self, row: int, column: int) -> Rating:
        assert self.card is not None
        return self.card.rating(self.card.candidates[column], self.card.values[row])

    def index_of(self, candidate_id: int | None, value_id: int | None) -> QModelIndex:
        if self.card is None:
            return QModelIndex()
        columns = [c.id for c in self.card.candidates]
        rows = [v.id for v in self.card.values]
        if candidate_id not in columns or value_id not in rows:
            return QModelIndex()
        return self.index(rows.index(value_id), columns.index(candidate_id))

    # ----- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.card is None else len(self.card.values)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.card is None else len(self.card.candidates)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY_CELL

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card
        if card is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(card.values) and 0 <= column < len(card.candidates)):
            return None
        value, candidate = card.values[row], card.candidates[column]
        cell = card.rating(candidate, value)
        hit = value.dealbreaker and cell.rating == 0
        if role == Qt.ItemDataRole.DisplayRole:
            text = rating_text(cell.rating, hit=hit)
            return f"{text} {EVIDENCE_MARK}" if cell.evidence else text
        if role == Qt.ItemDataRole.BackgroundRole:
            return rating_fill(cell.rating, hit=hit)
        if role == Qt.ItemDataRole.ForegroundRole:
            return INK if cell.rating is not None else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if hit else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(candidate, value, cell, hit)
        if role == RATING_ROLE:
            return cell.rating
        return None

    def _describe(self, candidate: Candidate, value: Value, cell: Rating, hit: bool) -> str:
        text = f"{candidate.name} — {value.title}: {rating_text(cell.rating, hit=hit)}"
        if hit:
            text += "\n" + self.tr("Dealbreaker: rated Opposes on a dealbreaker value")
        if cell.evidence:
            text += "\n" + cell.evidence
        if cell.source:
            text += "\n" + self.tr("Source: %s") % self.tr(cell.source)
        for run in self.earlier.get(candidate.id or 0, ()):
            if value.id in run.ratings:  # what the group said then, on the same value
                text += "\n" + self.tr("In %1 (%2): %3").replace("%1", run.cycle_name).replace(
                    "%2", run.race_title
                ).replace("%3", rating_text(run.ratings[value.id], hit=False))
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        card = self.card
        if card is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(card.candidates):
            return self._candidate_header(card, card.candidates[section], role)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(card.values):
            return self._value_header(card.values[section], role)
        return None

    def _candidate_header(self, card: RaceScorecard, candidate: Candidate, role: int) -> Any:
        score = card.score(candidate)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [*_short_lines(candidate.name, 2)]
            about = self.candidate_about(candidate)
            if about:
                lines.append(_short_lines(about, 1)[0])
            lines.append(f"{score.percent_text} · {coverage(score.rated, score.total, short=True)}")
            if score.dealbreaker_hits:
                lines.append(HIT_MARK + " " + self.tr("Dealbreaker"))  # lupdate skips f-strings
            return "\n".join(lines)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{candidate.name}\n" + self.tr("Weighted score %s, %s") % (
                score.percent_text,
                coverage(score.rated, score.total),
            )
            if score.dealbreaker_hits:
                text += "\n" + self.tr("%s Opposes dealbreaker: %s") % (
                    HIT_MARK,
                    ", ".join(score.dealbreaker_hits),
                )
            for run in self.earlier.get(candidate.id or 0, ()):
                decided = self.tr("endorsed") if run.endorsement else self.tr("not endorsed")
                text += "\n" + self.tr("Ran before: %1 — %2, %3").replace(
                    "%1", run.cycle_name
                ).replace("%2", run.race_title).replace("%3", decided)
            return text
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def _value_header(self, value: Value, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f"{DEALBREAKER_MARK} " if value.dealbreaker else ""
            title = _short_lines(value.title, 1, 36)[0]
            return f"{mark}{title}  ·  " + self.tr("weight %d") % value.weight
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{value.title} — " + self.tr("weight %d") % value.weight
            if value.dealbreaker:
                text += "\n" + self.tr("%s Dealbreaker: Opposes here is flagged") % (
                    DEALBREAKER_MARK
                )
            if value.description:
                text += "\n" + value.description
            return text
        return None

    def candidate_about(self, candidate: Candidate) -> str:
        parts = [candidate.party, self.tr("incumbent") if candidate.incumbent else ""]
        return " · ".join(part for part in parts if part)


def _shape(card: RaceScorecard) -> tuple[object, ...]:
    return (
        card.race.id,
        tuple(v.id for v in card.values),
        tuple(c.id for c in card.candidates),
    )


def _short_lines(text: str, max_lines: int, width: int = HEADER_NAME_CHARS) -> list[str]:
    """Break a name into at most `max_lines` lines of about `width` characters, "…" if cut."""
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    current = ""
    for whole_word in words:
        word = whole_word
        while len(word) > width:  # a word longer than a line is cut
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines or [""]
