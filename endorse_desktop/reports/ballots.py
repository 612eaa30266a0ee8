"""Paper ballots (SPEC F-8): choose-one or ranked, 1, 2 or 4 to a page, with cut lines.

Every ballot of a print run is identical except for its optional serial number, so the ballot is
laid out once (`_layout`, a short list of shapes in ballot coordinates), drawn once into a PDF form
XObject, and each copy just places that form and prints its number. That keeps 1,000 ballots well
inside the 2-second budget of SPEC P-4 and the file small enough for a slow office printer.

The layout shrinks its type until everything fits the ballot, wrapping long names whole; only a
name that would need more than six lines even at the smallest type is cut short with "…". If the
options cannot fit at the smallest readable size with marking targets of at least 8 mm,
`render_ballots` refuses with `BallotLayoutError` (ask `ballot_fits` first to offer only the
choices that work).

Nothing on a ballot identifies a voter: the serial number (when asked for) identifies the paper,
so the facilitator can tell that every ballot counted was one that was handed out. For the same
reason ballots carry no page numbers: they would number the paper even when serials are off.
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
from endorse_desktop.core.documents import BallotSpec
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.reports import common

TARGET_MIN = 8 * mm  # SPEC: large marking targets, at least 8 mm across
SLOT_INSET = 8.5 * mm  # from cut lines and page edges: clear of printers' unprintable margin
_OPTION_SIZES = (20, 18, 16, 15, 14, 13, 12, 11, 10, 9)  # tried largest first
# How names may be set, in order of preference: whole on up to six lines (shrinking the type
# first); if that fails even at the smallest type, cut short with "…" after six lines, then three.
_NAME_RULES = ((6, False), (6, True), (3, True))
FOOTER_SIZE = 7.5  # print time and serial number, on the bottom line of each ballot
_SHADE = colors.HexColor("#EFEFEF")
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
    """Write the ballots to `path` (PDF); return the number of pages."""
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
                _draw_serial(canvas, number, spec.copies, width)
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
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


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


def _draw_serial(canvas: Canvas, number: int, copies: int, width: float) -> None:
    canvas.setFont(common.FONT, FOOTER_SIZE)
    canvas.setFillColor(common.MUTED)
    canvas.drawRightString(width, 0, serial_text(number, copies))


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


@dataclass(frozen=True)
class _Box:
    x: float
    y: float
    width: float
    height: float
    fill: colors.Color


_Shape = _Text | _Circle | _Box


def _draw(canvas: Canvas, shapes: Sequence[_Shape]) -> None:
    canvas.setLineWidth(1.1)
    canvas.setStrokeColor(common.INK)
    for shape in shapes:
        if isinstance(shape, _Text):
            canvas.setFont(common.FONT_BOLD if shape.bold else common.FONT, shape.size)
            canvas.setFillColor(shape.colour)
            draw = canvas.drawCentredString if shape.centred else canvas.drawString
            draw(shape.x, shape.y, shape.text)
        elif isinstance(shape, _Circle):
            canvas.circle(shape.x, shape.y, shape.radius, stroke=1, fill=0)
        else:
            canvas.setFillColor(shape.fill)
            canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)


def _layout(spec: BallotSpec, width: float, height: float) -> list[_Shape]:
    for name_lines, shorten in _NAME_RULES:
        for size in _OPTION_SIZES:
            shapes = _Layout(
                spec, width, height, size, name_lines=name_lines, shorten=shorten
            ).shapes()
            if shapes is not None:
                return shapes
    kind = "ranked" if spec.ranked else "choose-one"
    where = f"printed {spec.per_page} to a page; print fewer to a page" if spec.per_page > 1 else ""
    raise BallotLayoutError(
        f"{len(spec.options)} options do not fit on a {kind} ballot {where}".rstrip() + "."
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
    ) -> None:
        self.spec = spec
        self.width = width
        self.height = height
        self.size = size
        self.name_lines = name_lines
        self.shorten = shorten
        self.small = max(7.0, round(size * 0.62, 1))
        self.target = max(TARGET_MIN, size * 1.5)
        self.shapes_: list[_Shape] = []

    def shapes(self) -> list[_Shape] | None:
        top = self._header(self.height)
        rows = self._ranked_rows if self.spec.ranked else self._choice_rows
        if not rows(top, FOOTER_SIZE * 2):
            return None
        printed = f"Printed {common.format_timestamp(self.spec.generated_at)}"
        self.shapes_.append(_Text(0, 0, printed, FOOTER_SIZE, colour=common.MUTED))
        return self.shapes_

    # Each step takes the y of the space still free at the top and returns the new one.

    def _header(self, top: float) -> float:
        spec = self.spec
        context = " · ".join(p for p in map(common.single_line, (spec.group_name, spec.cycle)) if p)
        top -= self._text(context, 0, top, self.width, self.small, colour=common.MUTED, max_lines=2)
        if spec.meeting_date and common.single_line(spec.meeting_date):
            meeting = f"Meeting: {common.single_line(spec.meeting_date)}"
            top -= self._text(meeting, 0, top, self.width, self.small, colour=common.MUTED)
        top -= self.small * 0.6
        top -= self._text(spec.race_title, 0, top, self.width, self.size * 1.15, bold=True)
        top -= self._text(spec.question_text, 0, top, self.width, self.size * 0.9, max_lines=4)
        top -= self.small * 0.8
        return top - self._instructions(top)

    def _instructions(self, top: float) -> float:
        if self.spec.ranked:
            text = (
                "Rank the choices: in the 1st column fill in the circle beside your favourite, "
                "in the 2nd column your next choice, and so on. At most one circle in each row "
                "and in each column. Rank as many or as few as you like."
            )
        else:
            text = (
                "Fill in ONE circle completely, like this: ●. A ballot with more than one "
                "circle filled in cannot be counted. Made a mistake? Ask for a fresh ballot."
            )
        size = max(8.0, round(self.size * 0.72, 1))
        pad = size * 0.5
        first = len(self.shapes_)
        text_height = self._text(text, pad, top - pad, self.width - 2 * pad, size, max_lines=5)
        box = _Box(0, top - text_height - 2 * pad, self.width, text_height + 2 * pad, _SHADE)
        self.shapes_.insert(first, box)  # behind the words
        return text_height + 2 * pad + self.small

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
        label_width = common.text_width(ordinal(count), label_size, bold=True)
        column = max(self.target + max(7.0, self.target * 0.3), label_width + 6)
        name_width = self.width - count * column - 6
        if name_width < max(70.0, self.width * 0.28):
            return False
        grid_left = self.width - count * column
        header_height = label_size * 1.8
        for rank in range(1, count + 1):
            x = grid_left + (rank - 0.5) * column
            baseline = top - label_size * 1.2
            self.shapes_.append(_Text(x, baseline, ordinal(rank), label_size, True, centred=True))
        top -= header_height
        blocks = self._wrap_names(name_width - 4)
        if blocks is None:
            return False
        leading = self.size * 1.22
        heights = [max(self.target + 6, len(lines) * leading + 6) for lines in blocks]
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
                self.shapes_.append(_Circle(grid_left + (rank + 0.5) * column, middle, radius))
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
        for name in self.spec.options:
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
        max_lines: int = 3,
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
