"""Drawing the scorecard slide (`scorecard_slide.py`): where everything goes at a size
(`plan_layout`, what the tests measure) and one frame painted from the slide's focus and pages.
Body text never drops below 28 px at 1920×1080; what does not fit is paged, never shrunk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from endorse_desktop.core.scorecards import RaceScorecard
from endorse_desktop.ui.scorecards.rating_style import (
    DEALBREAKER_MARK,
    HIT_MARK,
    rating_fill,
    rating_text,
)

from .slide import MIN_BODY_PX, PALETTE, projector_font

FOCUS = PALETTE.yellow
INK = QColor("#000000")
MIN_CANDIDATE_COLUMN_PX = 236  # "19 of 20 rated" and "✖ Opposes" at 28 px, with padding
MIN_VALUE_COLUMN_PX = 360
VALUE_COLUMN_SHARE = 0.30  # at most; with many candidates the value column gives way


@dataclass(frozen=True)
class SlideLayout:
    """Where everything goes at the current size; also what the tests measure."""

    margin: float
    body_px: int
    title_height: float
    header_height: float
    row_height: float
    footer_height: float
    value_width: float
    column_width: float
    rows_per_page: int
    columns_per_page: int


def plan_layout(width: int, height: int, values: int, candidates: int, body: int) -> SlideLayout:
    margin = max(24.0, round(width * 0.02))
    row_height = round(body * 1.5)
    title_height = round(body * 1.35 * 1.3 + body * 1.25)  # race title + one detail line
    # name (two lines), score, coverage, dealbreaker flag
    header_height = round(body * 1.25 * 2 + body * 1.3 * 1.3 + body * 1.2 * 2 + 16)
    footer_height = round(body * 1.25 * 2 + 12)  # two lines of evidence
    free = height - 2 * margin - title_height - header_height - footer_height
    fit_rows = max(1, int(free // row_height))
    pages = max(1, math.ceil(values / fit_rows))
    rows_per_page = max(1, math.ceil(values / pages)) if values else fit_rows
    inner = width - 2 * margin
    wanted_across = max(1, candidates) * MIN_CANDIDATE_COLUMN_PX
    value_width = float(
        max(MIN_VALUE_COLUMN_PX, min(round(width * VALUE_COLUMN_SHARE), inner - wanted_across))
    )
    across = inner - value_width
    fit_columns = max(1, int(across // MIN_CANDIDATE_COLUMN_PX))
    column_pages = max(1, math.ceil(candidates / fit_columns))
    columns_per_page = max(1, math.ceil(candidates / column_pages)) if candidates else 1
    column_width = across / max(1, min(candidates, columns_per_page))
    return SlideLayout(
        margin,
        body,
        title_height,
        header_height,
        row_height,
        footer_height,
        value_width,
        column_width,
        rows_per_page,
        columns_per_page,
    )


class ScorecardFrame(Protocol):
    """What the painter reads from the slide (the slide is the one that implements it)."""

    candidate_index: int
    value_index: int

    def width(self) -> int: ...

    def height(self) -> int: ...

    def tr(self, text: str, /) -> str: ...

    def said(self, english: str, spanish: str, separator: str = " / ") -> str: ...

    def layout_for_size(self) -> SlideLayout: ...

    def visible_ranges(self) -> tuple[range, range]: ...


class ScorecardPainter:
    """Draws one frame of the slide; kept apart so the slide's state stays small."""

    def __init__(self, slide: ScorecardFrame, painter: QPainter, card: RaceScorecard) -> None:
        self.slide = slide
        self.p = painter
        self.card = card
        self.layout = slide.layout_for_size()
        self.height = slide.height()
        self.columns, self.rows = slide.visible_ranges()
        self._title_fonts: dict[tuple[float, bool], QFont] = {}

    def tr(self, text: str) -> str:
        """A plain class, not a QObject: its words are filed under its own name, the context
        lupdate gives `self.tr("…")` here."""
        return QCoreApplication.translate("ScorecardPainter", text)

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        return projector_font(self.height, scale, bold)

    def paint(self) -> None:
        lay = self.layout
        top = lay.margin
        self._paint_title(top)
        table_top = top + lay.title_height
        rows_top = table_top + lay.header_height
        self._paint_value_column_heading(table_top)
        for slot, candidate_index in enumerate(self.columns):
            self._paint_candidate_header(slot, candidate_index, table_top)
        for line, value_index in enumerate(self.rows):
            y = rows_top + line * lay.row_height
            self._paint_value_row(value_index, y)
        self._paint_focus_frames(table_top, rows_top)
        self._paint_footer()

    # title -------------------------------------------------------------------------------------
    def _paint_title(self, top: float) -> None:
        lay = self.layout
        race = self.card.race
        width = self.slide.width() - 2 * lay.margin
        title_font = self.font(1.35, bold=True)
        self.p.setFont(title_font)
        self.p.setPen(PALETTE.text)
        title_height = QFontMetricsF(title_font).height() * 1.2
        title = self.slide.said(race.title, race.title_es)
        self._text(QRectF(lay.margin, top, width, title_height), title, Qt.AlignmentFlag.AlignLeft)
        details = [race.election_date or "", self.tr(race.stage.capitalize())]
        pages = self._page_note()
        self.p.setFont(self.font(0.8))
        self.p.setPen(PALETTE.muted)
        detail_rect = QRectF(lay.margin, top + title_height, width, lay.body_px * 1.25)
        self._text(detail_rect, " · ".join(d for d in details if d), Qt.AlignmentFlag.AlignLeft)
        if pages:
            self.p.setPen(PALETTE.text)
            self._text(detail_rect, pages, Qt.AlignmentFlag.AlignRight)

    def _page_note(self) -> str:
        card, tr = self.card, self.slide.tr
        notes = [
            _span_note(tr("Values %1–%2 of %3"), self.rows, len(card.values)),
            _span_note(tr("Candidates %1–%2 of %3"), self.columns, len(card.candidates)),
        ]
        return "   ".join(note for note in notes if note)

    # the table -----------------------------------------------------------------------------------
    def _column_rect(self, slot: int, top: float, height: float) -> QRectF:
        lay = self.layout
        x = lay.margin + lay.value_width + slot * lay.column_width
        return QRectF(x, top, lay.column_width, height)

    def _paint_value_column_heading(self, top: float) -> None:
        lay = self.layout
        rect = QRectF(lay.margin, top, lay.value_width - 16, lay.header_height - 8)
        self.p.setPen(PALETTE.muted)
        self.p.setFont(self.font(0.8))
        text = self.tr("Value · weight") + "\n" + self.tr("%s dealbreaker") % DEALBREAKER_MARK
        self.p.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            text,
        )

    def _paint_candidate_header(self, slot: int, index: int, top: float) -> None:
        lay = self.layout
        candidate = self.card.candidates[index]
        score = self.card.score(candidate)
        rect = self._column_rect(slot, top, lay.header_height - 8).adjusted(6, 0, -6, 0)
        if index == self.slide.candidate_index:
            self.p.fillRect(rect.adjusted(-6, 0, 6, 8), PALETTE.panel)
        name_font, lines = self._fitted_name(candidate.name, rect.width() - 8)
        metrics = QFontMetricsF(name_font)
        self.p.setFont(name_font)
        self.p.setPen(PALETTE.text)
        line_height = lay.body_px * 1.25
        y = rect.top() + (2 - len(lines)) * line_height  # a one-line name sits on the score
        for line in lines:
            self._text(QRectF(rect.left(), y, rect.width(), metrics.height()), line)
            y += line_height
        y = rect.top() + line_height * 2
        score_font = self.font(1.3, bold=True)
        self.p.setFont(score_font)
        score_height = QFontMetricsF(score_font).height()
        self._text(QRectF(rect.left(), y, rect.width(), score_height), score.percent_text)
        y += score_height
        rated = (
            self.tr("%1 of %2 rated")
            .replace("%1", str(score.rated))
            .replace("%2", str(score.total))
        )
        self.p.setPen(PALETTE.muted)
        self.p.setFont(self._fitted(rated, rect.width(), 0.8))
        self._text(QRectF(rect.left(), y, rect.width(), lay.body_px * 1.2), rated)
        if score.dealbreaker_hits:
            y += lay.body_px * 1.2
            flag = f"{HIT_MARK} " + self.tr("dealbreaker")
            font = self._fitted(flag, rect.width(), 0.8, bold=True)
            if QFontMetricsF(font).horizontalAdvance(flag) > rect.width():
                # too long for the column even at the smallest size (a longer language): the
                # mark alone, which the grid below repeats on the value it opposes
                flag = HIT_MARK
            self.p.setPen(PALETTE.orange)
            self.p.setFont(font)
            self._text(QRectF(rect.left(), y, rect.width(), lay.body_px * 1.2), flag)

    def _fitted(self, text: str, width: float, scale: float = 1.0, bold: bool = False) -> QFont:
        """The font at `scale`, made smaller (never below 28 px) until `text` fits `width`."""
        font = self.font(scale, bold)
        while (
            font.pixelSize() > MIN_BODY_PX and QFontMetricsF(font).horizontalAdvance(text) > width
        ):
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def _fitted_name(self, name: str, width: float) -> tuple[QFont, list[str]]:
        """A name on at most two lines: smaller type (not below 28 px) before cutting it."""
        font = self.font(1.0, bold=True)
        while True:
            metrics = QFontMetricsF(font)
            lines = _wrap(name, metrics, width, 2)
            whole = " ".join(lines) == " ".join(name.split())
            if whole or font.pixelSize() <= MIN_BODY_PX:
                return font, lines
            font.setPixelSize(font.pixelSize() - 1)

    def _paint_value_row(self, value_index: int, y: float) -> None:
        lay = self.layout
        value = self.card.values[value_index]
        focused_row = value_index == self.slide.value_index
        row_rect = QRectF(lay.margin, y, lay.value_width - 16, lay.row_height)
        if focused_row:
            self.p.fillRect(
                QRectF(lay.margin - 8, y, self.slide.width() - 2 * lay.margin + 16, lay.row_height),
                PALETTE.panel,
            )
        weight = f"×{value.weight}"
        self.p.setFont(self.font(1.0, bold=True))
        metrics = QFontMetricsF(self.p.font())
        weight_width = metrics.horizontalAdvance("×5") + 12
        self.p.setPen(PALETTE.text if focused_row else PALETTE.muted)
        self._text(row_rect, weight, Qt.AlignmentFlag.AlignRight)
        mark = f"{DEALBREAKER_MARK} " if value.dealbreaker else ""
        title_rect = row_rect.adjusted(0, 0, -weight_width, 0)
        self.p.setPen(FOCUS if focused_row else PALETTE.text)
        self.p.setFont(self._title_font(title_rect.width(), bold=focused_row))
        title = QFontMetricsF(self.p.font()).elidedText(
            mark + self.slide.said(value.title, value.title_es),
            Qt.TextElideMode.ElideRight,
            title_rect.width(),
        )
        self._text(title_rect, title, Qt.AlignmentFlag.AlignLeft)
        cell_font = self._cell_font()
        for slot, candidate_index in enumerate(self.columns):
            candidate = self.card.candidates[candidate_index]
            rating = self.card.rating(candidate, value).rating
            hit = value.dealbreaker and rating == 0
            cell = self._column_rect(slot, y, lay.row_height).adjusted(6, 4, -6, -4)
            fill = rating_fill(rating, hit=hit)
            if fill is not None:
                self.p.fillRect(cell, fill)
                self.p.setPen(INK)
            else:
                self.p.setPen(QPen(PALETTE.muted, 2))
                self.p.drawRect(cell.adjusted(1, 1, -1, -1))
            self.p.setFont(cell_font if not hit else _bold(cell_font))
            self._text(cell, rating_text(rating, hit=hit, number=False))

    def _title_font(self, width: float, bold: bool) -> QFont:
        """One size for the value titles on the page: the longest one decides (≥ 28 px)."""
        key = (width, bold)
        if key not in self._title_fonts:
            titles = [self.card.values[i] for i in self.rows]
            said = [self.slide.said(v.title, v.title_es) for v in titles]
            longest = max(
                (
                    f"{DEALBREAKER_MARK} {text}" if v.dealbreaker else text
                    for v, text in zip(titles, said, strict=True)
                ),
                key=len,
                default="",
            )
            self._title_fonts[key] = self._fitted(longest, width, 1.0, bold)
        return self._title_fonts[key]

    def _cell_font(self) -> QFont:
        """The body size, unless the longest label would not fit a column (never below 28 px)."""
        font = self.font(1.0)
        widest = rating_text(0, hit=True, number=False)
        room = self.layout.column_width - 24
        bold = _bold(font)
        while QFontMetricsF(bold).horizontalAdvance(widest) > room and font.pixelSize() > 28:
            font.setPixelSize(font.pixelSize() - 1)
            bold = _bold(font)
        return font

    def _paint_focus_frames(self, table_top: float, rows_top: float) -> None:
        lay = self.layout
        pen = QPen(FOCUS, max(4, lay.body_px // 8))
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        if self.slide.candidate_index in self.columns:
            slot = self.slide.candidate_index - self.columns.start
            height = lay.header_height + len(self.rows) * lay.row_height
            self.p.drawRect(
                self._column_rect(slot, table_top - 4, height + 8).adjusted(2, 0, -2, 0)
            )
        if self.slide.value_index in self.rows:
            line = self.slide.value_index - self.rows.start
            y = rows_top + line * lay.row_height
            self.p.drawRect(
                QRectF(lay.margin - 8, y, self.slide.width() - 2 * lay.margin + 16, lay.row_height)
            )

    def _paint_footer(self) -> None:
        """The focused cell in a sentence, with its evidence: what the room is looking at."""
        lay = self.layout
        card = self.card
        if not card.candidates or not card.values:
            text = (
                self.tr("No candidates in this race yet")
                if not card.candidates
                else (self.tr("The group has no values yet"))
            )
        else:
            candidate = card.candidates[self.slide.candidate_index]
            value = card.values[self.slide.value_index]
            cell = card.rating(candidate, value)
            hit = value.dealbreaker and cell.rating == 0
            text = f"{candidate.name} — {value.title}: {rating_text(cell.rating, hit=hit)}"
            if cell.evidence:
                text += f". {' '.join(cell.evidence.split())}"
            if cell.source:
                text += f" ({self.tr(cell.source)})"
        rect = QRectF(
            lay.margin,
            self.slide.height() - lay.margin - lay.footer_height + 12,
            self.slide.width() - 2 * lay.margin,
            lay.footer_height - 12,
        )
        self.p.setPen(QPen(PALETTE.muted, 2))
        self.p.drawLine(rect.topLeft(), rect.topRight())
        font = self.font(0.85)
        metrics = QFontMetricsF(font)
        lines = _wrap(text, metrics, rect.width(), 2)
        self.p.setFont(font)
        self.p.setPen(PALETTE.text)
        y = rect.top() + 6
        for line in lines:
            self._text(
                QRectF(rect.left(), y, rect.width(), metrics.height()),
                line,
                Qt.AlignmentFlag.AlignLeft,
            )
            y += lay.body_px * 1.2

    def _text(
        self, rect: QRectF, text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter
    ) -> None:
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Words into at most `max_lines` lines that fit `width`; the last one elided if cut."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
    if current:
        lines.append(current)
    return [
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]
    ]


def _span_note(text: str, shown: range, total: int) -> str:
    """ "Values 1–8 of 12" when a page shows only part of them; "" when it shows them all."""
    if len(shown) >= total:
        return ""
    return (
        text.replace("%1", str(shown.start + 1))
        .replace("%2", str(shown.stop))
        .replace("%3", str(total))
    )
