"""Paper ballots (SPEC F-8): choose-one or ranked, 1, 2 or 4 to a page, with cut lines.

Every ballot of a print run is identical except for its optional serial number, so the ballot is
laid out once (`_layout`, a short list of shapes in ballot coordinates), drawn once into a PDF form
XObject, and each copy just places that form and prints its number. That keeps 1,000 ballots well
inside the 2-second budget of SPEC P-4 and the file small enough for a slow office printer.

The layout shrinks the names' type, never below 12 pt (instructions never below 10 pt), until
everything fits the ballot, wrapping long names and race titles whole; only a name that would need
more than six lines even at 12 pt is cut short with "…". Before that minimum is reached it says
the instructions in fewer words, and a ranked ballot drops the ordinals over its grid (the
circles are numbered): that is how a bilingual ranked ballot of four options fits four to a page.
If the options still cannot fit with marking targets of at least 8 mm, `render_ballots` refuses
with `BallotLayoutError`, whose one sentence (`unfit_sentence`) tells to print fewer to a page
(ask `ballot_fits` first: the Print dialog says it before anything is printed).

Like an election office's, each ballot says "Official ballot", has a box for the teller's initials
(initialled when handed out, so a ballot from home is not counted) and a marked example of how to
fill in a circle. Nothing on a ballot identifies a voter or a batch: the date printed is the
meeting's (the print date, without the time, only when there is no meeting), so a latecomer's
ballot printed later looks like everyone else's. The serial number (when asked for) goes on a stub
below a tear-off line: the teller tears it off when handing the ballot out, so the counted paper
carries no number. For the same reason ballots carry no page numbers.

A ballot in Spanish, or in both languages (`BallotSpec.language`), takes its words from
`core.document_text`; a bilingual one is laid out as US election offices do: every heading and
instruction in English and then in Spanish, the candidates' names once. The longer text takes
room from the spread between the options, never from the type size.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from endorse_desktop import APP_TITLE
from endorse_desktop.core.document_text import DocumentText, format_date, texts
from endorse_desktop.core.document_text import ordinal as ordinal_in
from endorse_desktop.core.documents import BALLOTS_PER_PAGE, BallotSpec
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.voting.rules import NO_ENDORSEMENT
from endorse_desktop.reports import common

TARGET_MIN = 8 * mm  # SPEC: large marking targets, at least 8 mm across
SLOT_INSET = 8.5 * mm  # from cut lines and page edges: clear of printers' unprintable margin
_OPTION_SIZES = (20, 18, 16, 15, 14, 13, 12)  # tried largest first; 12 pt is the least for names
INSTRUCTION_MIN = 10.0  # points: instructions readable at arm's length
RANK_GAP = 3 * mm  # clear space between neighbouring circles of the ranked grid
STUB_HEIGHT = 13 * mm  # the tear-off stub that carries the serial number
INITIALS_BOX = (30 * mm, 12 * mm)  # width, height of the teller's-initials box
# How names may be set, in order of preference: whole on up to six lines (shrinking the type
# first); if that fails even at the smallest type, cut short with "…" after six lines, then three.
_NAME_RULES = ((6, False), (6, True), (3, True))
FOOTER_SIZE = 8.0  # print date and serial number
_SHADE = colors.HexColor("#EFEFEF")
_NUMBER_INK = colors.HexColor("#8A8A8A")  # numbers inside the circles: legible, filled over easily
_FORM_NAME = "ballot"


class BallotLayoutError(InvalidInputError):
    """The options cannot fit on a ballot of this size, even at the smallest readable type."""


def default_copies(present: int) -> int:
    """Members present plus 10 % for spoiled ballots and late arrivals, rounded up (at least 1)."""
    if present < 0:
        raise ValueError("the number of members present cannot be negative")
    return max(1, present + -(-present // 10))


def ballot_fits(spec: BallotSpec) -> bool:
    """Whether `render_ballots` can lay these options out at this many ballots per page."""
    try:
        _layout(spec, *_content_size(spec))
    except BallotLayoutError:
        return False
    return True


def render_ballots(spec: BallotSpec, path: str | os.PathLike[str]) -> int:
    """Write the ballots to `path` (PDF); return the number of pages.

    Logs a warning naming any character no font can print (it shows as "\ufffd").
    """
    with common.warning_for_unprintable("ballots"):
        return _render_ballots(spec, path)


def _render_ballots(spec: BallotSpec, path: str | os.PathLike[str]) -> int:
    common.register_fonts()
    width, height = _content_size(spec)
    shapes = _layout(spec, width, height)
    page_width, page_height = common.page_size(spec.page_size)
    pages = math.ceil(spec.copies / spec.per_page)
    with common.write_atomically(path) as temporary:
        canvas = Canvas(
            temporary,
            pagesize=(page_width, page_height),
            pageCompression=1,
            initialFontName=common.FONT,  # else every page names Helvetica, which is not embedded
        )
        _describe(canvas, spec)
        canvas.beginForm(_FORM_NAME, 0, 0, width, height)
        _draw(canvas, shapes)
        canvas.endForm()
        slots = _slot_origins(spec.per_page, page_width, page_height)
        for number, (page, slot) in enumerate(_positions(spec.copies, len(slots)), start=1):
            if slot == 0 and page > 0:
                canvas.showPage()
            if slot == 0:
                _draw_cut_lines(canvas, spec.per_page, page_width, page_height)
            x, y = slots[slot]
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(_FORM_NAME)
            if spec.serial_numbers:
                _draw_serial(canvas, number, spec.copies, width, spec)
            canvas.restoreState()
        canvas.showPage()
        canvas.save()
    return pages


def serial_text(number: int, copies: int) -> str:
    """ "0007 / 0040": at least four digits, so serials sort and read alike."""
    digits = max(4, len(str(copies)))
    return f"{number:0{digits}d} / {copies:0{digits}d}"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st."""
    return ordinal_in(n, "en")


def option_label(option: str, spec: BallotSpec) -> str:
    """An option as printed: names once; the app's own "No endorsement" in each language."""
    if option != NO_ENDORSEMENT:
        return option
    return " / ".join(t.no_endorsement for t in texts(spec.language))


# --- page geometry -----------------------------------------------------------------------------


def _content_size(spec: BallotSpec) -> tuple[float, float]:
    page_width, page_height = common.page_size(spec.page_size)
    columns, rows = _grid(spec.per_page)
    return page_width / columns - 2 * SLOT_INSET, page_height / rows - 2 * SLOT_INSET


def _grid(per_page: int) -> tuple[int, int]:
    """Columns and rows of ballots on a portrait page: halves are stacked, quarters are 2 × 2."""
    return {1: (1, 1), 2: (1, 2), 4: (2, 2)}[per_page]


def _slot_origins(
    per_page: int, page_width: float, page_height: float
) -> list[tuple[float, float]]:
    """Lower-left corner of each ballot's content box, in reading order (top left first)."""
    columns, rows = _grid(per_page)
    slot_width, slot_height = page_width / columns, page_height / rows
    return [
        (column * slot_width + SLOT_INSET, (rows - 1 - row) * slot_height + SLOT_INSET)
        for row in range(rows)
        for column in range(columns)
    ]


def _positions(copies: int, per_page: int) -> Iterator[tuple[int, int]]:
    for index in range(copies):
        yield divmod(index, per_page)


def _draw_cut_lines(canvas: Canvas, per_page: int, page_width: float, page_height: float) -> None:
    if per_page == 1:
        return
    columns, rows = _grid(per_page)
    canvas.saveState()
    canvas.setStrokeColor(common.RULE)
    canvas.setFillColor(common.MUTED)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.setFont(common.FONT, 10)
    for row in range(1, rows):
        y = page_height * row / rows
        canvas.line(0, y, page_width, y)
        canvas.drawString(SLOT_INSET, y - 3.5, "✂")
    for column in range(1, columns):
        x = page_width * column / columns
        canvas.line(x, 0, x, page_height)
    canvas.restoreState()


def _draw_serial(canvas: Canvas, number: int, copies: int, width: float, spec: BallotSpec) -> None:
    """The number on the stub, below the tear-off line (never on the ballot body)."""
    canvas.setFont(common.FONT_BOLD, 10)
    canvas.setFillColor(common.INK)
    serial = serial_text(number, copies)
    label = " / ".join(dict.fromkeys(t.serial.format(serial=serial) for t in texts(spec.language)))
    canvas.drawRightString(width, 2, label)


def _describe(canvas: Canvas, spec: BallotSpec) -> None:
    canvas.setTitle(f"Ballots: {common.single_line(spec.race_title)}")
    canvas.setAuthor(common.single_line(spec.group_name))
    canvas.setSubject(common.single_line(spec.cycle))
    canvas.setCreator(APP_TITLE)


# --- one ballot: layout as shapes, then drawing -------------------------------------------------


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    bold: bool = False
    colour: colors.Color = common.INK
    centred: bool = False


@dataclass(frozen=True)
class _Circle:
    x: float
    y: float
    radius: float
    filled: bool = False
    example: bool = False  # the marked example in the instructions, not a place to vote


@dataclass(frozen=True)
class _Line:
    x1: float
    y1: float
    x2: float
    y2: float
    dashed: bool = False


@dataclass(frozen=True)
class _Box:
    """A shaded band, or with no fill an outlined box (the teller's initials)."""

    x: float
    y: float
    width: float
    height: float
    fill: colors.Color | None = None


_Shape = _Text | _Circle | _Box | _Line


def _draw(canvas: Canvas, shapes: Sequence[_Shape]) -> None:
    canvas.setLineWidth(1.1)
    canvas.setStrokeColor(common.INK)
    for shape in shapes:
        if isinstance(shape, _Text):
            canvas.setFillColor(shape.colour)
            align = "centre" if shape.centred else "left"
            common.draw_text(
                canvas, shape.x, shape.y, shape.text, shape.size, bold=shape.bold, align=align
            )
        elif isinstance(shape, _Circle):
            canvas.setFillColor(common.INK)
            canvas.circle(shape.x, shape.y, shape.radius, stroke=1, fill=int(shape.filled))
        elif isinstance(shape, _Line):
            canvas.saveState()
            canvas.setLineWidth(0.8)
            canvas.setStrokeColor(common.MUTED)
            if shape.dashed:
                canvas.setDash(4, 3)
            canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
            canvas.restoreState()
        elif shape.fill is None:
            canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=1, fill=0)
        else:
            canvas.setFillColor(shape.fill)
            canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)


# How a ballot may save room, tried in order before the names' type gets any smaller: the full
# instructions; the short ones (every language still says everything, in fewer words); then, for
# a ranked ballot, the grid without its row of ordinals over the columns (its circles carry
# their numbers, so "1st column" still points at them).
_FULL, _CONCISE, _NUMBERED_GRID = 0, 1, 2


def _layout(spec: BallotSpec, width: float, height: float) -> list[_Shape]:
    for compact in (_FULL, _CONCISE, _NUMBERED_GRID) if spec.ranked else (_FULL, _CONCISE):
        for name_lines, shorten in _NAME_RULES:
            for size in _OPTION_SIZES:
                shapes = _Layout(
                    spec,
                    width,
                    height,
                    size,
                    name_lines=name_lines,
                    shorten=shorten,
                    concise=compact >= _CONCISE,
                    numbered_grid=compact == _NUMBERED_GRID,
                ).shapes()
                if shapes is not None:
                    return shapes
    raise BallotLayoutError(unfit_sentence(spec))


def unfit_sentence(spec: BallotSpec) -> str:
    """Why these ballots cannot be printed as asked, in one sentence that says what to do."""
    kind = "ranked" if spec.ranked else "choose-one"
    count = len(spec.options)
    if spec.per_page == 1:
        return (
            f"{count} options do not fit on a {kind} ballot with names of at least 12 pt and "
            "instructions of at least 10 pt."
        )
    fewer = [n for n in BALLOTS_PER_PAGE if n < spec.per_page]
    return (
        f"{count} options do not fit on a {kind} ballot printed {spec.per_page} to a page with "
        f"names of at least 12 pt and instructions of at least 10 pt; print fewer to a page "
        f"({' or '.join(map(str, fewer))})."
    )


class _Layout:
    """One attempt at laying out a ballot with the option names at `size` points.

    Names get up to `name_lines` lines; a longer name makes the attempt fail, unless `shorten`
    allows cutting it short with "…".
    """

    def __init__(
        self,
        spec: BallotSpec,
        width: float,
        height: float,
        size: float,
        *,
        name_lines: int,
        shorten: bool,
        concise: bool = False,
        numbered_grid: bool = False,
    ) -> None:
        self.spec = spec
        self.concise = concise
        self.numbered_grid = numbered_grid
        self.width = width
        self.height = height
        self.size = size
        self.name_lines = name_lines
        self.shorten = shorten
        self.small = max(7.0, round(size * 0.62, 1))
        self.target = max(TARGET_MIN, size * 1.5)
        self.shapes_: list[_Shape] = []
        self.words: tuple[DocumentText, ...] = texts(spec.language)
        self.options = tuple(option_label(option, spec) for option in spec.options)

    def _dated(self, field: str, value: str) -> list[str]:
        """A dated line in each language of the ballot, each with its own way of writing dates."""
        return [str(getattr(t, field)).format(date=format_date(value, t.code)) for t in self.words]

    def shapes(self) -> list[_Shape] | None:
        top = self._header(self.height)
        bottom = self._stub() if self.spec.serial_numbers else 0.0
        if not self._has_meeting_date:
            # No meeting to name: the day it was printed, never the time (which would tell a
            # latecomer's batch apart from the others).
            day = self.spec.generated_at.date().isoformat()
            for printed in reversed(self._dated("printed", day)):
                self.shapes_.append(_Text(0, bottom, printed, FOOTER_SIZE, colour=common.MUTED))
                bottom += FOOTER_SIZE * 1.3
            bottom += FOOTER_SIZE * 0.7
        rows = self._ranked_rows if self.spec.ranked else self._choice_rows
        if not rows(top, bottom + 4):
            return None
        return self.shapes_

    @property
    def _has_meeting_date(self) -> bool:
        return bool(self.spec.meeting_date and common.single_line(self.spec.meeting_date))

    def _stub(self) -> float:
        """The tear-off stub at the foot; `_draw_serial` prints each copy's number on it."""
        self.shapes_.append(_Line(0, STUB_HEIGHT, self.width, STUB_HEIGHT, dashed=True))
        top = STUB_HEIGHT - 3
        for words in self.words:
            note = words.stub_note
            top -= self._text(note, 0, top, self.width * 0.62, FOOTER_SIZE, colour=common.MUTED)
        return STUB_HEIGHT + 4

    # Each step takes the y of the space still free at the top and returns the new one.

    def _header(self, top: float) -> float:
        spec = self.spec
        box_width, box_height = INITIALS_BOX
        labels = [t.tellers_initials for t in self.words]
        # As wide as the longest label ("Iniciales del escrutador"); a line taller per language.
        box_width = max(box_width, *(common.text_width(label, 7) + 6 for label in labels))
        box_height += 8 * (len(labels) - 1)
        self.shapes_.append(_Box(self.width - box_width, top - box_height, box_width, box_height))
        for index, label in enumerate(labels):
            self.shapes_.append(
                _Text(
                    self.width - box_width + 3, top - 9 - 8 * index, label, 7, colour=common.MUTED
                )
            )
        beside = self.width - box_width - 6  # the lines beside the box
        box_bottom = top - box_height
        heading = " / ".join(t.official_ballot for t in self.words)
        top -= self._text(heading, 0, top, beside, 12, bold=True)
        context = " · ".join(p for p in map(common.single_line, (spec.group_name, spec.cycle)) if p)
        top -= self._text(context, 0, top, beside, self.small, colour=common.MUTED, max_lines=2)
        if self._has_meeting_date:
            held_on = common.single_line(spec.meeting_date)
            meeting = " · ".join(self._dated("meeting", held_on))
            if self.concise:  # one line: "Meeting / Reunión: 2026-05-14", a date both read
                said = " / ".join(t.meeting.split(":")[0] for t in self.words)
                meeting = f"{said}: {held_on}"
            top -= self._text(meeting, 0, top, beside, self.small, colour=common.MUTED)
        top = min(top, box_bottom) - self.small * 0.6
        # The race and the question wrap rather than being cut (a title cut short could name
        # another race); only text past six lines, far longer than any real title, ends in "…".
        title_size = self.size if self.numbered_grid else self.size * 1.15  # still the largest
        for title in self._race_titles():
            top -= self._text(title, 0, top, self.width, title_size, bold=True, max_lines=6)
        questions = self._questions()
        for question in questions:
            top -= self._text(question, 0, top, self.width, self.size * 0.9, max_lines=6)
        top -= self.small * (0.8 if questions else 0.3)
        return top - self._instructions(top)

    def _race_titles(self) -> list[str]:
        spec = self.spec
        titles = [spec.race_title]
        if spec.language.has_spanish and common.single_line(spec.race_title_es):
            titles = (
                [spec.race_title_es]
                if not spec.language.has_english
                else [*titles, spec.race_title_es]
            )
        return titles

    def _questions(self) -> list[str]:
        spec = self.spec
        asked = bool(spec.question and common.single_line(spec.question)) or bool(
            spec.question_es and common.single_line(spec.question_es)
        )
        if self.concise and not asked:
            return []  # the question the app asks only repeats the race title above it
        found = [
            spec.question_text if t.code == "en" else spec.question_text_es for t in self.words
        ]
        return list(dict.fromkeys(found))

    def _instructions(self, top: float) -> float:
        size = max(INSTRUCTION_MIN, round(self.size * 0.72, 1))
        pad = size * 0.5
        first = len(self.shapes_)
        text_height = 0.0
        for index, words in enumerate(self.words):
            if self.concise:
                text = words.ranked_short if self.spec.ranked else words.choose_one_short
            else:
                text = (
                    words.ranked_instructions if self.spec.ranked else words.choose_one_instructions
                )
            if index:
                text_height += size * (0.3 if self.concise else 0.45)  # a paragraph each
            text_height += self._text(
                text, pad, top - pad - text_height, self.width - 2 * pad, size, max_lines=None
            )
        if self.spec.ranked:
            text_height += self._ranked_example(pad, top - pad - text_height, size)
        box = _Box(0, top - text_height - 2 * pad, self.width, text_height + 2 * pad, _SHADE)
        self.shapes_.insert(first, box)  # behind the words
        return text_height + 2 * pad + self.small

    def _ranked_example(self, x: float, top: float, size: float) -> float:
        """A marked example row: "Example:", circles 1 2 3 with the first filled in.

        In two languages, when the notes would not fit beside the circles on one line each,
        "Example / Ejemplo:" goes on a line of its own above the circles instead.
        """
        radius = size * 0.7
        leading = size * 1.22
        example = " / ".join(t.example.rstrip(":") for t in self.words) + ":"
        label_width = common.text_width(example, size, bold=True) + size
        circles_width = 3 * (2 * radius + size)
        notes = [t.example_note for t in self.words]
        beside = self.width - x - label_width - circles_width - x / 2
        above = len(notes) > 1 and any(common.text_width(n, size) > beside for n in notes)
        used = 0.0
        if above:
            self.shapes_.append(_Text(x, top - size * 0.93, example, size, bold=True))
            used = leading
            top -= leading
        middle = top - size * 0.4 - radius
        if not above:
            self.shapes_.append(_Text(x, middle - size * 0.35, example, size, bold=True))
            x += label_width
        for rank in (1, 2, 3):
            centre = x + radius + (rank - 1) * (2 * radius + size)
            self.shapes_.append(_Circle(centre, middle, radius, filled=rank == 1, example=True))
            if rank != 1:
                self._number(centre, middle, rank, radius)
        after = x + circles_width
        lines = [
            line
            for note in notes
            for line in common.wrap_lines(note, size, self.width - after - x / 2, max_lines=2)
        ]
        first_baseline = middle - size * 0.35 + (len(lines) - 1) * leading / 2
        for index, line in enumerate(lines):
            self.shapes_.append(_Text(after, first_baseline - index * leading, line, size))
        return used + size * 0.4 + max(2 * radius, len(lines) * leading) + size * 0.2

    def _number(self, x: float, y: float, rank: int, radius: float) -> None:
        size = max(7.0, round(radius * 0.85, 1))
        label = str(rank)
        self.shapes_.append(
            _Text(x, y - size * 0.36, label, size, colour=_NUMBER_INK, centred=True)
        )

    def _choice_rows(self, top: float, bottom: float) -> bool:
        radius = self.target / 2
        text_x = self.target + self.size * 0.8
        blocks = self._wrap_names(self.width - text_x)
        if blocks is None:
            return False
        leading = self.size * 1.22
        heights = [max(self.target, len(lines) * leading) for lines in blocks]
        gap = self._spread(top - bottom, heights, minimum=self.target * 0.35)
        if gap is None:
            return False
        for lines, row_height in zip(blocks, heights, strict=True):
            middle = top - row_height / 2
            self.shapes_.append(_Circle(radius + 1, middle, radius))
            self._lines(lines, text_x, middle + len(lines) * leading / 2, self.size)
            top -= row_height + gap
        return True

    def _ranked_rows(self, top: float, bottom: float) -> bool:
        count = len(self.spec.options)
        radius = self.target / 2
        label_size = max(8.0, self.small)
        label_width = max(
            common.text_width(ordinal_in(count, t.code), label_size, bold=True) for t in self.words
        )
        column = max(self.target + RANK_GAP, label_width + 6)
        name_width = self.width - count * column - 6
        if name_width < max(70.0, self.width * 0.28):
            return False
        grid_left = self.width - count * column
        header_height = label_size * (1.8 + 1.15 * (len(self.words) - 1))
        if self.numbered_grid:
            header_height, count_labels = 0.0, range(0)
        else:
            count_labels = range(1, count + 1)
        for rank in count_labels:
            x = grid_left + (rank - 0.5) * column
            for index, words in enumerate(self.words):  # "1st" over "1.ª"
                baseline = top - label_size * (1.2 + 1.15 * index)
                label = ordinal_in(rank, words.code)
                self.shapes_.append(_Text(x, baseline, label, label_size, True, centred=True))
        top -= header_height
        blocks = self._wrap_names(name_width - 4)
        if blocks is None:
            return False
        leading = self.size * 1.22
        pad = 4 if self.numbered_grid else 6  # above and below a row's circles, together
        heights = [max(self.target + pad, len(lines) * leading + pad) for lines in blocks]
        gap = self._spread(top - bottom, heights, minimum=0.0)
        if gap is None:
            return False
        for index, (lines, row_height) in enumerate(zip(blocks, heights, strict=True)):
            height = row_height + gap
            if index % 2 == 0:  # shading guides the eye along a row to the right circle
                self.shapes_.append(_Box(0, top - height, self.width, height, _SHADE))
            middle = top - height / 2
            self._lines(lines, 4, middle + len(lines) * leading / 2, self.size)
            for rank in range(count):
                centre = grid_left + (rank + 0.5) * column
                self.shapes_.append(_Circle(centre, middle, radius))
                self._number(centre, middle, rank + 1, radius)
            top -= height
        return True

    def _spread(self, room: float, heights: Sequence[float], *, minimum: float) -> float | None:
        """The gap between rows: at least `minimum`, growing into spare room up to a limit."""
        spare = room - sum(heights) - minimum * len(heights)
        if spare < 0:
            return None
        return minimum + min(spare / len(heights), self.target * 0.8)

    def _wrap_names(self, width: float) -> list[list[str]] | None:
        blocks = []
        for name in self.options:
            lines = common.wrap_lines(name, self.size, width)
            if len(lines) > self.name_lines:
                if not self.shorten:
                    return None
                lines = common.wrap_lines(name, self.size, width, max_lines=self.name_lines)
            blocks.append(lines or ["–"])  # a name that was nothing but control characters
        return blocks

    def _text(
        self,
        text: str,
        x: float,
        top: float,
        width: float,
        size: float,
        *,
        bold: bool = False,
        colour: colors.Color = common.INK,
        max_lines: int | None = 3,
    ) -> float:
        """Wrap `text` under `top`; return the height used (0 for empty text)."""
        lines = common.wrap_lines(text, size, width, bold=bold, max_lines=max_lines)
        self._lines(lines, x, top, size, bold=bold, colour=colour)
        return len(lines) * size * 1.22

    def _lines(
        self,
        lines: Sequence[str],
        x: float,
        top: float,
        size: float,
        *,
        bold: bool = False,
        colour: colors.Color = common.INK,
    ) -> None:
        for index, line in enumerate(lines):
            baseline = top - size * 0.93 - index * size * 1.22  # 0.93: DejaVu's ascent
            self.shapes_.append(_Text(x, baseline, line, size, bold, colour))
