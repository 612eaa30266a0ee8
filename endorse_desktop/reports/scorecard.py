"""The scorecard handout (SPEC F-4, F-8): every race's candidates against the group's values.

A cover page says how to read the tables (legend, how the score is worked out) and lists the
races. Then each race on a page of its own, as one table: a row per value (with its weight and a
⚠ when it is a dealbreaker), a column per candidate, each cell the rating's label ("Strong (3)")
on a tint from a colour-blind-safe palette, so the label carries the meaning and colour only helps
the eye. Above the ratings, each candidate's weighted score, coverage and dealbreaker hits (✖, on
vermillion). Evidence notes follow as an appendix, race by race, candidate by candidate.

Values run down the page rather than across it because groups have many values (often 10–20) and
few candidates per race; a race with more candidates than fit across the page continues in a
second table. The document turns to landscape when any race has more than four candidates.

In Spanish or both languages (`ScorecardDocument.language`) the words come from
`core.document_text`, the race and value titles in the group's Spanish where written; bilingual,
each label says both ("Strong / Fuerte (3)"). The language is set for the length of one render
(`_SPEAKING`) rather than passed to every helper, so the layout code reads as before.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from endorse_desktop.core.document_text import (
    ENGLISH,
    DocumentText,
    format_date,
    texts,
    translated,
)
from endorse_desktop.core.documents import (
    RatingEntry,
    ScorecardCandidate,
    ScorecardDocument,
    ScorecardRace,
)
from endorse_desktop.core.scoring import (
    RATING_LABELS,
    UNKNOWN_LABEL,
    CandidateScore,
    ValueWeight,
)
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, TextBlock, TextPart, escape

TITLE = "Candidate scorecards"
PORTRAIT_MAX_CANDIDATES = 4
VALUE_COLUMN = 150.0
WEIGHT_COLUMN = 46.0
MIN_CANDIDATE_COLUMN = 72.0  # "Champion (4)" at table size, with padding
NOTE_SIZE = 9
NAME_LINES = 30  # a table cell shows this much of an absurdly long name; the appendix shows all

DEALBREAKER_MARK = "⚠"
DEALBREAKER_HIT_MARK = "✖"

# Orange for "against", purple for "for" (after ColorBrewer PuOr, safe for the common colour-vision
# deficiencies), on a ramp of lightness: printed or photocopied in black and white the cells still
# run from Opposes (palest, grey ~245) to Champion (darkest, ~138), every step at least 18 grey
# levels from the next, and all light enough for black text. The label says the rating anyway.
RATING_FILLS: Mapping[int, colors.Color] = {
    0: colors.HexColor("#FFF4E6"),
    1: colors.HexColor("#FBD9A9"),
    2: colors.HexColor("#CCCCCC"),
    3: colors.HexColor("#B7AEDB"),
    4: colors.HexColor("#8C7EC0"),
}
HIT_FILL = common.VERMILLION  # a dealbreaker rated Opposes: the one dark cell, white bold text


@dataclass(frozen=True)
class _Speaking:
    """The languages of the handout being drawn, and the group's Spanish value titles."""

    words: tuple[DocumentText, ...] = (ENGLISH,)
    titles_es: Mapping[str, str] = field(default_factory=dict)

    def say(self, name: str, **values: object) -> str:
        """A catalog string in each language, on one line: "Value / Valor"."""
        said = (str(getattr(t, name)).format(**values) for t in self.words)
        return " / ".join(dict.fromkeys(said))

    def each(self, name: str, **values: object) -> list[str]:
        return list(dict.fromkeys(str(getattr(t, name)).format(**values) for t in self.words))

    def title(self, english: str, spanish: str = "") -> str:
        """A group text in each language: its Spanish where written, else said once."""
        found = (translated(english, spanish, t.code) for t in self.words)
        return " / ".join(dict.fromkeys(found))

    def value(self, title: str) -> str:
        return self.title(title, self.titles_es.get(title, ""))

    def rating(self, rating: int) -> str:
        return " / ".join(dict.fromkeys(t.rating_labels[rating] for t in self.words))

    @property
    def english(self) -> bool:
        return self.words == (ENGLISH,)


_ENGLISH_ONLY = _Speaking()
_SPEAKING: ContextVar[_Speaking] = ContextVar("scorecard_language", default=_ENGLISH_ONLY)


@contextmanager
def _speaking(doc: ScorecardDocument) -> Iterator[None]:
    token = _SPEAKING.set(_Speaking(texts(doc.language), doc.value_titles_es))
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def render_scorecards(doc: ScorecardDocument, path: str | os.PathLike[str]) -> int:
    """Write the handout to `path` (PDF); return the number of pages.

    Logs a warning naming any character no font can print (it shows as "\ufffd").
    """
    with common.warning_for_unprintable("scorecard"), _speaking(doc):
        return _render_scorecards(doc, path)


def _render_scorecards(doc: ScorecardDocument, path: str | os.PathLike[str]) -> int:
    wide = any(len(race.candidates) > PORTRAIT_MAX_CANDIDATES for race in doc.races)
    info = common.DocumentInfo(
        doc.group_name,
        doc.cycle_name,
        _SPEAKING.get().say("scorecard_title"),
        doc.page_size,
        wide,
        doc.generated_at,
        language=doc.language,
    )
    width = info.pagesize[0] - 2 * common.MARGIN
    story = _cover(doc, width)
    for race in doc.races:
        story += [PageBreak(), *_race_section(race, width)]
    if any(_notes(race, candidate) for race in doc.races for candidate in race.candidates):
        story += _appendix(doc.races, width)
    return common.build_document(path, info, story)


def _cover(doc: ScorecardDocument, width: float) -> list[Flowable]:
    """Title, how to read the tables, and the races that follow (each starts on its own page)."""
    s = common.styles()
    say = _SPEAKING.get()
    story: list[Flowable] = [
        Paragraph(escape(say.say("scorecard_title")), s.title),
        Paragraph(escape(" · ".join((doc.group_name, doc.cycle_name))), s.body),
        Paragraph(escape(say.say("how_to_read")), s.heading),
        *_legend(width),
        Paragraph(escape(say.say("races_heading")), s.heading),
    ]
    if not doc.races:
        story += [Paragraph(escape(line), s.body) for line in say.each("no_races")]
    lines = [
        f"{say.title(race.title, race.title_es)} — "
        + " / ".join(
            dict.fromkeys(
                t.candidate_count[len(race.candidates) != 1].format(n=len(race.candidates))
                for t in say.words
            )
        )
        for race in doc.races
    ]
    return [*story, TextBlock(lines, s.body.fontSize)]


# --- one race ----------------------------------------------------------------------------------


def _race_section(race: ScorecardRace, width: float) -> list[Flowable]:
    s = common.styles()
    say = _SPEAKING.get()
    story: list[Flowable] = [Paragraph(escape(say.title(race.title, race.title_es)), s.heading)]
    details = _race_details(race)
    if details:
        story.append(Paragraph(escape(details), s.small))
    # The key on every race page: a page torn from the handout still reads on its own.
    story += [Spacer(0, 3), _swatches(width), Spacer(0, 6)]
    if not race.candidates:
        return [*story, *(Paragraph(escape(line), s.body) for line in say.each("no_candidates"))]
    if not race.values:
        story += [Paragraph(escape(line), s.body) for line in say.each("no_values")]
    scores = [candidate.score(race.values) for candidate in race.candidates]
    per_table = max(1, int((width - VALUE_COLUMN - WEIGHT_COLUMN) // MIN_CANDIDATE_COLUMN))
    chunks = math.ceil(len(race.candidates) / per_table)
    for chunk in range(chunks):
        first = chunk * per_table
        columns = slice(first, first + per_table)
        if chunks > 1:
            shown = len(race.candidates[columns])
            note = say.say(
                "candidates_range", first=first + 1, last=first + shown, total=len(race.candidates)
            )
            story.append(Paragraph(note, s.small))
        story.append(_race_table(race, race.candidates[columns], scores[columns], width))
        story.append(Spacer(0, 8))
    return story


def _race_details(race: ScorecardRace) -> str:
    when = race.election_date
    if isinstance(when, date):
        when = when.isoformat()
    when = common.single_line(when)
    stage = common.single_line(race.stage)
    say = _SPEAKING.get()
    if not say.english and stage in ("primary", "general"):
        stage = " / ".join(dict.fromkeys(t.stages[stage == "general"] for t in say.words))
    parts = [
        common.single_line(race.office),
        common.single_line(race.district),
        " / ".join(
            dict.fromkeys(t.election.format(date=format_date(when, t.code)) for t in say.words)
        )
        if when
        else "",
        stage[:1].upper() + stage[1:],
    ]
    return " · ".join(part for part in parts if part)


def _race_table(
    race: ScorecardRace,
    candidates: Sequence[ScorecardCandidate],
    scores: Sequence[CandidateScore],
    width: float,
) -> Table:
    column = (width - VALUE_COLUMN - WEIGHT_COLUMN) / len(candidates)
    first = 2  # candidate columns start here
    say = _SPEAKING.get()
    rows: list[list[common.Cell]] = [
        [
            say.say("value"),
            say.say("weight"),
            *(_candidate_heading(candidate) for candidate in candidates),
        ],
        [
            _row_label(say.say("weighted_score")),
            None,
            *(Plain(score.percent_text) for score in scores),
        ],
        [_row_label(say.say("coverage")), None, *(_coverage(score) for score in scores)],
        [_row_label(say.say("dealbreakers")), None, *(_hits_cell(score) for score in scores)],
    ]
    style: list[tuple[Any, ...]] = [
        ("SPAN", (0, 1), (1, 1)),
        ("SPAN", (0, 2), (1, 2)),
        ("SPAN", (0, 3), (1, 3)),
        ("FONTNAME", (first, 1), (-1, 1), common.FONT_BOLD),
        ("FONTSIZE", (first, 1), (-1, 1), 12),
        ("LEADING", (first, 1), (-1, 1), 15),
        ("LINEBELOW", (0, 3), (-1, 3), 1.2, common.INK),
        ("ALIGN", (1, 4), (1, -1), "CENTER"),
    ]
    for r, value in enumerate(race.values, start=len(rows)):
        row: list[common.Cell] = [_value_heading(value), Plain(value.weight)]
        for c, candidate in enumerate(candidates, start=first):
            rating = candidate.ratings.get(value.title, RatingEntry()).rating
            hit = value.dealbreaker and rating == 0
            text = _rating_text(rating, hit=hit)
            # In two languages the label wraps in its cell ("Strong / Fuerte (3)").
            row.append(Plain(text) if say.english else _wrapped_rating(text, rating, hit=hit))
            style += _rating_style(rating, value.dealbreaker, (c, r))
        rows.append(row)
    widths = [VALUE_COLUMN, WEIGHT_COLUMN, *[column] * len(candidates)]
    # A race with many values runs onto another page: that page repeats the candidates and
    # their scores above the rest of their ratings, and says which race it continues.
    table = common.data_table(rows, widths, style=style, table_class=_RaceTable)
    table.repeatRows = SCORE_ROWS
    table.caption = common.single_line(race.title)  # type: ignore[attr-defined]
    return table


SCORE_ROWS = 4  # the candidates' names, weighted score, coverage and dealbreakers


class _RaceTable(Table):
    """A race's table whose continuation on a new page is captioned with the race's name."""

    caption = ""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        for part in parts:
            if isinstance(part, _RaceTable):
                part.caption = self.caption  # ReportLab makes the pieces without it
        if len(parts) < 2:
            return parts
        return [parts[0], *(_Continued(self.caption, part) for part in parts[1:])]

    def _drawCell(self, value: Any, style: Any, pos: tuple[float, float], size: Any) -> None:
        """A cell's text written as PDF operators: twenty races draw thousands of cells, the same
        labels ("Strong (3)", weights, names) over and over, and ReportLab's text objects and
        flowables were most of the time of drawing a race's table (P-4)."""
        x, y = pos
        width, height = size
        top = y + height - style.topPadding
        if style.valign != "TOP" or style.href or style.destination:
            super()._drawCell(value, style, pos, size)
        elif (block := _text_block(value)) is not None and style.alignment == "LEFT":
            room = width - style.leftPadding - style.rightPadding
            lines = _wrap(block.parts, block.size, room, block.colour)
            code = ["q"]
            at = (x + style.leftPadding, top - block.size)
            _write_lines(self.canv, code, lines, at, size=block.size, leading=block.leading)
            self.canv._code.append(" ".join([*code, "Q"]))
        elif _one_line_label(value, style):
            bold = style.fontname == common.FONT_BOLD
            left = x + style.leftPadding
            if style.alignment != "LEFT":
                room = width - style.leftPadding - style.rightPadding
                spare = room - common.text_width(value, style.fontsize, bold=bold)
                left += spare / 2 if style.alignment in ("CENTRE", "CENTER") else spare
            at = (left, top - style.fontsize)
            text = _line_op(
                self.canv, style.fontname, at, value, size=style.fontsize, leading=style.leading
            )
            self.canv._code.append(f"q {common.colour_op(colors.toColor(style.color))} {text} Q")
        else:
            super()._drawCell(value, style, pos, size)


_Line = tuple[str, bool, colors.Color]  # text, bold, colour


def _text_block(value: object) -> TextBlock | None:
    """The TextBlock a cell holds (ReportLab keeps a cell's flowables in a tuple), or None."""
    if isinstance(value, tuple | list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, TextBlock) else None


def _one_line_label(value: object, style: Any) -> bool:
    return (
        isinstance(value, str)
        and "\n" not in value
        and style.fontname in (common.FONT, common.FONT_BOLD)
        and style.alignment in ("LEFT", "CENTRE", "CENTER", "RIGHT")
    )


def _line_op(
    canvas: Any, font: str, at: tuple[float, float], text: str, *, size: float, leading: float
) -> str:
    """One line of text as PDF operators, ended as ReportLab ends a line (T*): read back from
    the PDF, each cell is a line of its own, not run together with its neighbours on the same
    baseline."""
    op = common.text_op(canvas, font, size, at, text)
    return f"{op[:-3]} {leading:g} TL T* ET" if op.endswith(" ET") else op


def _write_lines(
    canvas: Any,
    code: list[str],
    lines: Sequence[_Line],
    at: tuple[float, float],
    *,
    size: float,
    leading: float,
) -> None:
    """Lines of text from the first baseline `at` down, each in its colour (set when it
    changes)."""
    x, baseline = at
    colour = None
    for text, bold, line_colour in lines:
        if line_colour != colour:
            colour = line_colour
            code.append(common.colour_op(line_colour))
        font = common.FONT_BOLD if bold else common.FONT
        code.append(_line_op(canvas, font, (x, baseline), text, size=size, leading=leading))
        baseline -= leading


class _Continued(Flowable):
    """ "Mayor (continued)" and the key above the rest of a race's table."""

    SIZE = 10
    GAP = 4

    def __init__(self, caption: str, table: Flowable) -> None:
        super().__init__()
        self.caption = caption
        self.table = table
        self.key = _swatches(10_000)  # each swatch at its full width; the key is short
        _, key_height = self.key.wrap(10_000, 10_000)
        self.top = self.SIZE * 1.5 + key_height + self.GAP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.table.wrap(available_width, available_height - self.top)
        self.width, self.height = width, height + self.top
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.table.split(available_width, available_height - self.top)
        if not parts:
            return []
        first = _Continued(self.caption, parts[0])
        return [first, *parts[1:]]  # the rest is captioned by _RaceTable.split already

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(common.MUTED)
        baseline = self.height - self.SIZE
        caption = common.fit_text(f"{self.caption} (continued)", self.SIZE, self.width, bold=True)
        common.draw_text(canvas, 0, baseline, caption, self.SIZE, bold=True)
        canvas.restoreState()
        # the key on every page of a race, as on its first
        self.key.drawOn(canvas, 0, self.height - self.top + self.GAP)
        self.table.drawOn(canvas, 0, 0)


def _wrapped_rating(text: str, rating: int | None, *, hit: bool) -> TextBlock:
    colour = colors.white if hit else common.MUTED if rating is None else None
    return _cell([TextPart(text, bold=hit, colour=colour)])


def _coverage(score: CandidateScore) -> str:
    if _SPEAKING.get().english:
        return score.coverage_text
    return _SPEAKING.get().say("coverage_text", rated=score.rated, total=score.total)


def _row_label(text: str) -> TextBlock:
    return _cell([TextPart(text, bold=True)])


def _cell(parts: Sequence[TextPart]) -> TextBlock:
    s = common.styles()
    return TextBlock(parts, s.cell.fontSize, leading=s.cell.leading)


def _candidate_heading(candidate: ScorecardCandidate) -> TextBlock:
    incumbent = _SPEAKING.get().say("incumbent")
    details = [common.single_line(candidate.party), incumbent if candidate.incumbent else ""]
    about = " · ".join(detail for detail in details if detail)
    parts = [TextPart(candidate.name, bold=True, max_lines=NAME_LINES)]
    return _cell([*parts, TextPart(about, max_lines=3)] if about else parts)


def _value_heading(value: ValueWeight) -> TextBlock:
    say = _SPEAKING.get()
    parts = [TextPart(say.value(value.title), max_lines=NAME_LINES)]
    if value.dealbreaker:
        mark = f"{DEALBREAKER_MARK} {say.say('dealbreaker')}"
        parts.append(TextPart(mark, colour=common.VERMILLION))
    return _cell(parts)


def _hits_cell(score: CandidateScore) -> TextBlock:
    if not score.dealbreaker_hits:
        return _cell([TextPart(_SPEAKING.get().say("none"))])
    named = ", ".join(_SPEAKING.get().value(title) for title in score.dealbreaker_hits)
    hits = f"{DEALBREAKER_HIT_MARK} {named}"
    return _cell([TextPart(hits, bold=True, colour=common.VERMILLION, max_lines=NAME_LINES)])


def _rating_text(rating: int | None, *, hit: bool = False) -> str:
    say = _SPEAKING.get()
    if rating is None:
        return UNKNOWN_LABEL if say.english else say.say("unknown")
    label = f"{RATING_LABELS[rating] if say.english else say.rating(rating)} ({rating})"
    return f"{DEALBREAKER_HIT_MARK} {label}" if hit else label


def _rating_style(
    rating: int | None, dealbreaker: bool, cell: tuple[int, int]
) -> list[tuple[Any, ...]]:
    if rating is None:
        return [("TEXTCOLOR", cell, cell, common.MUTED)]
    if dealbreaker and rating == 0:
        return [
            ("BACKGROUND", cell, cell, HIT_FILL),
            ("TEXTCOLOR", cell, cell, colors.white),
            ("FONTNAME", cell, cell, common.FONT_BOLD),
        ]
    return [("BACKGROUND", cell, cell, RATING_FILLS[rating])]


def _swatches(width: float) -> Table:
    """One row: each rating's label on its own fill, Champion first."""
    entries: list[tuple[str, list[tuple[Any, ...]]]] = [
        (_rating_text(rating), _rating_style(rating, False, (i, 0)))
        for i, rating in enumerate((4, 3, 2, 1, 0))
    ]
    entries.append((_rating_text(None), _rating_style(None, False, (5, 0))))
    entries.append((_rating_text(0, hit=True), _rating_style(0, True, (6, 0))))
    cells: list[Any] = [text for text, _ in entries]
    if not _SPEAKING.get().english:  # "Strong / Fuerte (3)" wraps inside its swatch
        cells = [_cell([TextPart(text)]) for text in cells]
    return Table(
        [cells],
        colWidths=[min(78.0, width / len(entries))] * len(entries),
        style=[
            ("FONTNAME", (0, 0), (-1, -1), common.FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BOX", (0, 0), (-1, -1), 0.4, common.RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, common.RULE),
            *(command for _, commands in entries for command in commands),
        ],
        hAlign="LEFT",
    )


def _legend(width: float) -> list[Flowable]:
    s = common.styles()
    explanations = _SPEAKING.get().each("legend", mark=DEALBREAKER_MARK, hit=DEALBREAKER_HIT_MARK)
    return [
        _swatches(width),
        Spacer(0, 3),
        *(Paragraph(escape(explanation), s.small) for explanation in explanations),
    ]


# --- appendix ----------------------------------------------------------------------------------


def _notes(
    race: ScorecardRace, candidate: ScorecardCandidate
) -> list[tuple[ValueWeight, RatingEntry]]:
    """The ratings of a candidate that have evidence or a source, in value order."""
    entries = []
    for value in race.values:
        entry = candidate.ratings.get(value.title)
        if entry and (common.single_line(entry.evidence) or common.single_line(entry.source)):
            entries.append((value, entry))
    return entries


def _appendix(races: Sequence[ScorecardRace], width: float) -> list[Flowable]:
    s = common.styles()
    say = _SPEAKING.get()
    story: list[Flowable] = [PageBreak(), Paragraph(escape(say.say("appendix")), s.title)]
    for race in races:
        heading = Paragraph(escape(say.title(race.title, race.title_es)), s.heading)
        blocks = [_candidate_notes(race, candidate, width) for candidate in race.candidates]
        if blocks:  # the race's heading stands above the first candidate's notes
            blocks[0] = blocks[0].led_by(heading)
        story += blocks or [heading]
    return story


def _candidate_notes(
    race: ScorecardRace, candidate: ScorecardCandidate, width: float
) -> _CandidateNotes:
    """One candidate's notes; the heading (name and race) repeats on each page they run onto."""
    # (capped: the heading repeats on every page the notes run onto, however long a name is)
    heading = [
        TextPart(candidate.name, bold=True, max_lines=3),
        TextPart(race.title, colour=common.MUTED, max_lines=2),
    ]
    notes = [_note(value, entry) for value, entry in _notes(race, candidate)]
    if not notes:
        notes = [[TextPart(_SPEAKING.get().say("no_notes"), colour=common.MUTED)]]
    text_width = width - 2 * common.CELL_PADDING
    return _CandidateNotes(
        _wrap(heading, _CandidateNotes.HEADING_SIZE, text_width),
        [_wrap(parts, NOTE_SIZE, text_width) for parts in notes],
        width,
    )


def _note(value: ValueWeight, entry: RatingEntry) -> list[TextPart]:
    source = common.single_line(entry.source)
    say = _SPEAKING.get()
    heading = f"{common.single_line(say.value(value.title))} — {_rating_text(entry.rating)}"
    if source:
        heading += f" · {say.say('source', source=source)}"
    evidence = [TextPart(line) for line in common.clean_text(entry.evidence).split("\n")]
    return [TextPart(heading, bold=True), *evidence]


class _CandidateNotes(Flowable):
    """One candidate's evidence notes under their name and race, drawn straight on the page.

    It looks as a one-column table of them did (a shaded heading, a rule under it, each note
    padded as a cell), but an appendix of 2,400 notes spent most of the handout's time laying
    out and drawing those tables cell by cell (P-4). Here each note is wrapped once, and a page's
    text is written as PDF operators in one go.

    Across a page break the heading repeats above the rest. A note breaks between its lines
    only when two of them stay on each side, so neither page holds a lone line of it (a bold
    heading without its evidence, or the last word of a note).

    The first candidate of a race carries the race's heading (`led_by`): both start a new page
    together when they fit on one, and otherwise the heading stays on the page the notes start
    on. (As a flowable of its own, kept with the next, ReportLab would move it and more than a
    page of notes to a new page, leaving the page before empty but for what came above.)
    """

    HEADING_SIZE = NOTE_SIZE + 1
    HEADING_LEADING = round(HEADING_SIZE * 1.25, 1)
    LEADING = round(NOTE_SIZE * 1.25, 1)
    TOP = 2.0  # a cell's padding above and below its text, as in data_table
    BOTTOM = 3.0
    KEPT = 2  # the fewest lines of a note either side of a page break

    def __init__(
        self,
        heading: Sequence[_Line],
        notes: Sequence[Sequence[_Line]],
        width: float,
        lead: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.heading = heading
        self.notes = notes
        self.width = width  # as wide as the race tables: a cell's text width inside
        self.lead = lead
        self.lead_height = 0.0
        if lead is not None:
            self.lead_height = lead.wrap(width, 10_000)[1] + lead.getSpaceAfter()
            self.spaceBefore = lead.getSpaceBefore()
        self.heading_height = len(heading) * self.HEADING_LEADING + self.TOP + self.BOTTOM
        self.height = self.lead_height + self.heading_height + sum(map(self._note_height, notes))
        self.spaceAfter = 8

    def led_by(self, lead: Flowable) -> _CandidateNotes:
        return _CandidateNotes(self.heading, self.notes, self.width, lead)

    def _note_height(self, lines: Sequence[_Line]) -> float:
        return len(lines) * self.LEADING + self.TOP + self.BOTTOM

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)  # set by the frame that asks
        if self.lead is not None and frame is not None and self.height <= frame._aH:
            return []  # a race's heading and its first notes that fit a page start one together
        room = available_height - self.lead_height - self.heading_height
        here: list[Sequence[_Line]] = []
        for index, note in enumerate(self.notes):
            height = self._note_height(note)
            if height <= room:
                here.append(note)
                room -= height
                continue
            fit = min(int((room - self.TOP - self.BOTTOM) // self.LEADING), len(note) - self.KEPT)
            if fit >= self.KEPT:
                here.append(note[:fit])
                rest = [note[fit:], *self.notes[index + 1 :]]
            else:
                rest = list(self.notes[index:])
            break
        else:  # all of it fits after all (the frame asked to split at a rounding's breadth)
            return [self]
        if not here and frame is not None and frame._atTop:
            # Not even the start of a note fits on a page of its own (text no real race has):
            # the race's heading goes first, alone, or the note breaks at any line.
            if self.lead is not None:  # (after nothing: the frame splits the heading if need be)
                rest_of_it = _CandidateNotes(self.heading, self.notes, self.width)
                return [Spacer(0, 0), self.lead, rest_of_it]
            first, *others = self.notes
            fit = max(1, int((room - self.TOP - self.BOTTOM) // self.LEADING))
            here, rest = [first[:fit]], [first[fit:], *others] if first[fit:] else others
            if not rest:
                return [self]
        if not here:
            return []  # not even the start of a note fits: all of it moves to the next page
        return [
            _CandidateNotes(self.heading, here, self.width, self.lead),
            _CandidateNotes(self.heading, rest, self.width),
        ]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - self.lead_height
        if self.lead is not None:
            self.lead.drawOn(canvas, 0, top + self.lead.getSpaceAfter())
        below = top - self.heading_height
        code = [
            f"q {common.colour_op(common.HEADER_FILL)} 0 {below:.2f} {self.width:.2f}"
            f" {top - below:.2f} re f"
        ]
        at = (common.CELL_PADDING, top - self.TOP - self.HEADING_SIZE)
        _write_lines(
            canvas, code, self.heading, at, size=self.HEADING_SIZE, leading=self.HEADING_LEADING
        )
        y = below
        for note in self.notes:
            at = (common.CELL_PADDING, y - self.TOP - NOTE_SIZE)
            _write_lines(canvas, code, note, at, size=NOTE_SIZE, leading=self.LEADING)
            y -= self._note_height(note)
        code.append("Q")
        canvas._code.append("\n".join(code))
        canvas.saveState()
        canvas.setStrokeColor(common.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, below, self.width, below)
        canvas.restoreState()


def _wrap(
    parts: Sequence[TextPart], size: float, width: float, colour: colors.Color = common.INK
) -> list[_Line]:
    """Parts wrapped to `width` as a TextBlock wraps them, each starting a new line: (line,
    bold, colour) in order; `colour` for a part without its own."""
    return [
        (line, part.bold, colour if part.colour is None else part.colour)
        for part in parts
        for line in common.wrap_lines(
            part.text, size, width, bold=part.bold, max_lines=part.max_lines
        )
    ]
