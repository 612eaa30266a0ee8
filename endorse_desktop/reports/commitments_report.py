"""The commitment report (SPEC F-8): how each endorsement's promises stand, and who made them.

For each endorsement: its goals against what members pledged and did (with bars), the totals per
activity and the overdue pledges. Then every pledge of every endorsement by member, under the
member's phone and email, so that one call to a member covers all they promised. Because of
those contact details, every page is marked internal in its header.

"Pledged" counts pledges that are pledged, confirmed or done; "done" counts done ones (the rule
lives in core/commitments/progress.py, shared with the screen and the projector).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from endorse_desktop.core.commitments.progress import (
    GoalProgress,
    describe_amounts,
    percent,
    quantity_text,
)
from endorse_desktop.core.documents import CommitmentReport, EndorsementSection, MemberPledge
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, escape

# The long tables say the same few quantities thousands of times ("1 shift", "$25")
_quantity_text = lru_cache(maxsize=4_096)(quantity_text)
_amounts_text = lru_cache(maxsize=4_096)(describe_amounts)

TITLE = "Commitment report"
LIST_TITLE = "Pledges by member"
INTERNAL_MARK = "Internal — contains member contact details"


def render_commitment_report(report: CommitmentReport, path: str | os.PathLike[str]) -> int:
    """Write the report to `path` (PDF); return the number of pages."""
    info = common.DocumentInfo(
        report.group_name,
        report.cycle_name,
        f"{TITLE} · {INTERNAL_MARK}",
        report.page_size,
        generated_at=report.generated_at,
    )
    width = info.pagesize[0] - 2 * common.MARGIN
    s = common.styles()
    cells = _Cells()  # what the report's long tables share, for this one document
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(
            f"<b>{escape(INTERNAL_MARK)}.</b> Share it only with the group's organizers.", s.body
        ),
        Paragraph(
            escape(
                f"As of {report.as_of}. Pledged counts pledges that are pledged, confirmed or "
                "done; no-shows and dropped pledges are left out. A pledge is overdue when it is "
                "still open after its due date (its own, else its goal's, else election day)."
            ),
            s.small,
        ),
    ]
    if not report.sections:
        story.append(Spacer(0, 12))
        story.append(Paragraph("The group has no endorsements yet, so nothing is pledged.", s.body))
    for index, section in enumerate(report.sections):
        if index:
            story.append(PageBreak())
        story += _section(section, width, cells)
    if report.sections:
        story += [
            PageBreak(),
            Paragraph(LIST_TITLE, s.heading),
            Paragraph(
                "Every endorsement's pledges, member by member: one call covers all that a "
                "member promised.",
                s.small,
            ),
        ]
        if report.pledges:
            story.append(_pledges_table(report.pledges, width, cells))
        else:
            story.append(Paragraph("No pledges yet.", s.body))
    return common.build_document(path, info, story)


def _section(section: EndorsementSection, width: float, cells: _Cells) -> list[Flowable]:
    s = common.styles()
    progress = section.progress
    story: list[Flowable] = [
        Paragraph(escape(section.title), s.heading),
        Paragraph(escape(f"Endorsed {section.endorsed_on} · {section.status}"), s.small),
        Paragraph("Goals", s.subheading),
    ]
    if progress.goals:
        story.append(_goals_table(progress.goals, width))
    else:
        story.append(Paragraph("No goals set for this endorsement yet.", s.body))
    story.append(Paragraph("Totals by activity", s.subheading))
    if progress.activities:
        rows: list[list[common.Cell]] = [
            ["Activity", "Unit", "Pledged", "Done", "Open", "No-show / dropped", "Pledges"]
        ]
        for line in progress.activities:
            t = line.tally
            rows.append(
                [
                    line.activity_name,
                    Plain(line.unit),
                    *(Plain(f"{n:,}") for n in (t.pledged, t.done, t.open, t.lapsed, t.pledges)),
                ]
            )
        widths = _widths(width, [3.2, 1.2, 1, 1, 1, 1.5, 1])
        story.append(common.data_table(rows, widths, style=_right(2, 6)))
    else:
        story.append(Paragraph("No pledges yet.", s.body))
    story.append(Paragraph("Overdue", s.subheading))
    if progress.overdue or progress.overdue_goals:
        for goal in progress.overdue_goals:
            story.append(
                Paragraph(
                    escape(
                        f"Goal past due: {goal.activity_name} — {goal.done:,} of "
                        f"{quantity_text(goal.target, goal.unit)} done by {goal.goal.due_on}"
                    ),
                    s.body,
                )
            )
        if progress.overdue:
            # the pledge list's type and spacing: a few hundred overdue pledges on a few pages
            layout = _list_layout(cells, _widths(width, [2.4, 2.4, 1.2, 1.1, 0.9]), right={4})
            story.append(
                _LongTable(
                    cells,
                    (0, ["Member", "Activity", "Quantity", "Due", "Days late"]),
                    [layout],
                    [
                        (
                            0,
                            (
                                item.member_name,
                                item.activity_name,
                                _quantity_text(item.pledge.quantity, item.pledge.unit),
                                item.due,
                                f"{item.days_late:,}",
                            ),
                        )
                        for item in progress.overdue
                    ],
                    caption=f"{section.title}: overdue",
                    padding=LIST_PADDING,
                )
            )
    else:
        story.append(Paragraph("Nothing is overdue.", s.body))
    return story


def _goals_table(goals: Sequence[GoalProgress], width: float) -> Any:
    rows: list[list[common.Cell]] = [
        ["Activity", "Goal", "Pledged", "Done", "Due", "Pledged / done of the goal"]
    ]
    widths = _widths(width, [2.5, 1.3, 0.9, 0.8, 1.1, 3.0])
    # the bar fills its column but leaves room for the longest label ("1000% pledged")
    bar_width = widths[-1] - 2 * common.CELL_PADDING - common.text_width("1000% pledged", 8) - 6
    for goal in goals:
        rows.append(
            [
                goal.activity_name,
                Plain(quantity_text(goal.target, goal.unit)),
                Plain(f"{goal.pledged:,}"),
                Plain(f"{goal.done:,}"),
                Plain(goal.goal.due_on or "–"),
                [
                    _bar(
                        goal.pledged_share,
                        bar_width,
                        f"{percent(goal.pledged, goal.target)}% pledged",
                    ),
                    Spacer(0, 2),
                    _bar(
                        goal.done_share,
                        bar_width,
                        f"{percent(goal.done, goal.target)}% done",
                        done=True,
                    ),
                ],
            ]
        )
    return common.data_table(rows, widths, style=_right(2, 3))


def _bar(share: Fraction, width: float, label: str, *, done: bool = False) -> Flowable:
    # pledged blue, done orange: told apart in every kind of colour vision, and labelled
    fill = common.ORANGE if done else common.BLUE
    return common.HorizontalBar(share, width, 8, label, fill=fill)


def _pledges_table(pledges: Sequence[MemberPledge], width: float, cells: _Cells) -> Flowable:
    """A shaded line per member (name, phone, email), then a line per pledge under it, naming
    whom it is for: about forty lines a page at 9 pt. A page that starts inside a member's
    pledges repeats the member's line, marked "(continued)"."""
    # A pledge's line, indented under its member; "overdue" in a column of its own. Points:
    # "Canvassing (door knocking)", "Candidate 20.1", "10 releases", "Confirmed", "2026-12-24",
    # and "Can drive two others" in what is left of Letter.
    fixed = [130.0, 74.0, 56.0, 51.0, 57.0, 46.0]
    pledge = _list_layout(cells, [*fixed, width - _INDENT - sum(fixed)], indent=_INDENT)
    # the member's line: the name, the phone over quantity and status, the email from the due date
    member = _list_layout(
        cells,
        [_INDENT + sum(fixed[:2]), sum(fixed[2:4]), width - _INDENT - sum(fixed[:4])],
    )
    rows: list[tuple[int, tuple[_Cell, ...]]] = []
    heads: list[int] = []
    last_member: int | None = None
    overdue = (("overdue", True, common.VERMILLION),)
    for item in pledges:
        if item.member_id != last_member:
            last_member = item.member_id
            heads.append(len(rows))
            rows.append((0, (((item.member_name, True, None),), item.phone, item.email)))
        heads.append(heads[-1])
        rows.append(
            (
                1,
                (
                    item.activity,
                    item.endorsement,
                    _quantity_text(item.quantity, item.unit),
                    item.status,
                    item.due or "–",
                    overdue if item.overdue else "",
                    item.notes,
                ),
            )
        )
    return _LongTable(
        cells,
        (1, ["Member / activity", "For", "Quantity", "Status", "Due", "", "Notes"]),
        [member, pledge],
        rows,
        caption=LIST_TITLE,
        padding=LIST_PADDING,
        heads=heads,
        mark=_continued,
    )


def _list_layout(
    cells: _Cells, widths: Sequence[float], indent: float = 0.0, right: Iterable[int] = ()
) -> tuple[_Column, ...]:
    return cells.layout(
        widths,
        right=frozenset(right),
        indent=indent,
        size=LIST_SIZE,
        leading=LIST_LEADING,
        top=LIST_PADDING[0],
        pad=LIST_CELL_PADDING,
    )


def _continued(row: tuple[_Cell, ...]) -> tuple[_Cell, ...]:
    """A member's line again at the top of a page that goes on with their pledges."""
    name = row[0][0][0]  # type: ignore[index]
    return (((f"{name} (continued)", True, None),), *row[1:])


def _widths(width: float, weights: Sequence[float]) -> list[float]:
    total = sum(weights)
    return [width * weight / total for weight in weights]


def _right(first: int, last: int) -> list[tuple[Any, ...]]:
    return [("ALIGN", (first, 1), (last, -1), "RIGHT")]


# --- the long tables ----------------------------------------------------------------------------

# A cell of a long table: plain user text, or lines of (text, bold, colour or None for ink), each
# part starting a new line.
_Cell = str | tuple[tuple[str, bool, colors.Color | None], ...]
_UNWRITTEN = None
_ESCAPED = {"(": "\\(", ")": "\\)", "\\": "\\\\"}  # in a PDF literal string
_LINES = itemgetter(2)  # how many lines an entry (`_Cells.entry`) has
# The pledge list's rows: type that stays legible at arm's length, rows close enough that a page
# holds about forty of them (issue 14).
LIST_SIZE = 9.0
LIST_LEADING = 10.8
LIST_PADDING = (1.2, 1.5)  # above and below a row's text: rows 13.5 pt apart
LIST_CELL_PADDING = 2.0  # beside a cell's text: the list has seven columns and no rules between
MEMBER_FILL = colors.HexColor("#F0F0F0")  # the member's line: a band light enough to print grey
_INDENT = 10.0  # a pledge's line under its member's


class _Column:
    """One column of a long table: where it stands, its type, and every distinct cell it has
    shown (`_Cells.entry`)."""

    __slots__ = ("found", "leading", "left", "pad", "right", "size", "top", "width")

    def __init__(
        self,
        left: float,
        width: float,
        right: bool,
        *,
        size: float,
        leading: float,
        top: float,
        pad: float,
    ) -> None:
        self.left, self.width, self.right = left, width, right
        self.size, self.leading, self.top, self.pad = size, leading, top, pad
        self.found: dict[_Cell, list[Any]] = {}


class _Cells:
    """Every distinct cell of one report's long tables, wrapped once and written once.

    The report of the large sample lists 20,000 pledges but only a few thousand distinct cells:
    the same statuses, dates and activities on every page, and each member's name and contact
    details in every endorsement they pledged to (issue 14). A cell is wrapped when a table is
    made (its height is needed to lay out the pages) and turned into PDF operators the first time
    it is drawn, relative to its row's top left corner, so every row that shows it reuses them.
    The operators belong to the document being drawn: one `_Cells` per render.
    """

    SIZE = 8.5  # the table cell size of `common.styles()`
    LEADING = round(SIZE * 1.25, 1)
    PADDING = (common.StreamTable.TOP, common.StreamTable.BOTTOM)

    def __init__(self) -> None:
        self._columns: dict[tuple[float, ...], _Column] = {}
        self._layouts: dict[tuple[_Column, ...], tuple[_Column, ...]] = {}
        # font → letter → its code, in hexadecimal and in a literal string (None: not there)
        self._letters: dict[str, dict[str, tuple[str, str | None]]] = {}
        # font → (the letters of it that print as a literal, their translation table, the
        # subset's name): a line of only these is written by one str.translate
        self._literal: dict[str, tuple[set[str], dict[int, str], str]] = {}
        # (id of a layout, a row's cells) → [its cells' entries, its lines, its operators or
        # None until first drawn]: a row like one before (a member in another endorsement's
        # list, a pledge like another) is looked up and joined once per document
        self.rows: dict[tuple[int, tuple[_Cell, ...]], list[Any]] = {}

    def layout(
        self,
        widths: Sequence[float],
        *,
        right: frozenset[int] = frozenset(),
        indent: float = 0.0,
        size: float = SIZE,
        leading: float = LEADING,
        top: float = PADDING[0],
        pad: float = common.CELL_PADDING,
    ) -> tuple[_Column, ...]:
        """Columns of these widths from `indent`, numbers in the `right` ones right-aligned,
        their text `pad` points in from each side."""
        lefts = [indent, *accumulate(widths, initial=indent)][1:-1]
        made = tuple(
            self._columns.setdefault(
                (left, width, index in right, size, leading, top, pad),
                _Column(left, width, index in right, size=size, leading=leading, top=top, pad=pad),
            )
            for index, (left, width) in enumerate(zip(lefts, widths, strict=True))
        )
        return self._layouts.setdefault(made, made)  # one object per layout: rows know it by id

    @staticmethod
    def entry(column: _Column, cell: _Cell) -> list[Any]:
        """The cell's entry in its column, [lines as (text, bold, colour), operators or None
        until first drawn, how many lines]: wrapped the first time it is asked for."""
        found = column.found.get(cell)
        if found is None:
            inside = column.width - 2 * column.pad
            parts = ((cell, False, None),) if isinstance(cell, str) else cell
            lines = [
                (line, bold, colour)
                for text, bold, colour in parts
                # plain text at most 12 lines like any table cell; a name and its details whole
                for line in common.wrap_lines(
                    text,
                    column.size,
                    inside,
                    bold=bold,
                    max_lines=12 if parts is not cell else None,
                )
            ]
            found = column.found[cell] = [lines, _UNWRITTEN, max(1, len(lines))]
        return found

    def code(self, canvas: Canvas, column: _Column, entry: list[Any]) -> str:
        """The entry's operators, from its row's top left corner (written once)."""
        if entry[1] is None:
            ops = []
            baseline = -(column.top + column.size)
            for line, bold, colour in entry[0]:
                x = column.left + column.pad
                if column.right:
                    x = (
                        column.left
                        + column.width
                        - column.pad
                        - common.text_width(line, column.size, bold=bold)
                    )
                font = common.FONT_BOLD if bold else common.FONT
                shown = self._shown(canvas, font, column.size, line)
                op = (
                    f"BT {x:.2f} {baseline:.2f} Td {shown} ET"
                    if shown is not None
                    else common.text_op(canvas, font, column.size, (x, baseline), line)
                )
                if colour is not None:
                    op = f"{common.colour_op(colour)} {op} {common.colour_op(common.INK)}"
                ops.append(op)
                baseline -= column.leading
            entry[1] = " ".join(ops)
        return entry[1]  # type: ignore[no-any-return]

    def _shown(self, canvas: Canvas, font_name: str, size: float, text: str) -> str | None:
        """ "/F1+0 9 Tf (…) Tj" for a line the font draws as it is (no other font, no right-to-left
        or joined letters), from each letter's code in the document's first subset, remembered;
        None for any other line (`common.text_op` writes it). Thousands of names, phones and
        emails are written once each: letter by letter, a third of the time. The codes go in a
        literal string, half the bytes of hexadecimal ones (900 pages of them are compressed),
        unless one is outside printable ASCII."""
        literal = self._literal.get(font_name)
        if literal is not None and literal[0].issuperset(text):
            # every letter seen before with a printable code: a translation, in C
            return f"{literal[2]} {size:g} Tf ({text.translate(literal[1])}) Tj"
        bold = font_name == common.FONT_BOLD
        if common.font_runs(text, bold=bold) != ((font_name, text),):
            return None
        if common.visual_order(text) != text:
            return None
        letters = self._letters.setdefault(font_name, {})
        font = pdfmetrics.getFont(font_name)
        name = font.getSubsetInternalName(0, canvas._doc)
        if literal is None:
            literal = self._literal[font_name] = (set(), {}, name)
        for letter in set(text).difference(letters):
            encoded = font.splitString(letter, canvas._doc)
            if len(encoded) != 1 or encoded[0][0] != 0:
                return None  # past the first subset: as `common.text_op` writes it
            code = encoded[0][1][0]
            shown = _ESCAPED.get(chr(code), chr(code)) if 32 <= code < 127 else None  # ASCII
            letters[letter] = (f"{code:02x}", shown)
            # a letter that never changes its neighbours' order may take the fast way above
            if shown is not None and letter not in common.right_to_left_letters():
                literal[0].add(letter)
                literal[1][ord(letter)] = shown
        found = [letters[letter] for letter in text]
        literals = [literal for _, literal in found if literal is not None]
        if len(literals) == len(found):
            return f"{name} {size:g} Tf ({''.join(literals)}) Tj"
        return f"{name} {size:g} Tf <{''.join(code for code, _ in found)}> Tj"


class _LongTable(Flowable):
    """A long table of plain text drawn straight on each page: fixed columns, rows never split,
    the heading row on every page and, on a page that continues it, `caption` and "(continued)"
    above it. Rows are measured once (when the table is made), so finding where a page ends is a
    search in their running heights, and drawing a page joins the operators of cells written
    once (`_Cells`).

    Each row is laid out by one of `layouts` (row = (layout index, cells)). With `heads`, rows
    come in groups (a member's line, then their pledges): `heads[i]` is the index of row i's
    group line. A group line never ends a page while its group goes on, groups are ruled apart
    and the line is shaded, and a page that starts inside a group repeats its line first, passed
    through `mark` ("Ana Núñez (continued)"). Without `heads`, every cell is ruled."""

    def __init__(
        self,
        cells: _Cells,
        header: tuple[int, Sequence[str]],
        layouts: Sequence[tuple[_Column, ...]],
        rows: Sequence[tuple[int, tuple[_Cell, ...]]],
        *,
        caption: str = "",
        padding: tuple[float, float] = _Cells.PADDING,
        heads: Sequence[int] | None = None,
        mark: Any = None,
    ) -> None:
        super().__init__()
        self.cells, self.layouts, self.padding = cells, layouts, padding
        self.caption = common.single_line(caption)
        self.rows, self.heads, self.mark = rows, heads, mark
        header_layout = layouts[header[0]]
        self.header = (
            header[0],
            [
                cells.entry(c, ((t, True, None),))
                for c, t in zip(header_layout, header[1], strict=True)
            ],
        )
        self.header_height = self._height(self.header[1])
        # Row by row, each row and cell looked up once: the cheapest way through 40,000 rows.
        known, entries, entry = cells.rows, [], cells.entry
        ids = [id(layout) for layout in layouts]
        for kind, row in rows:
            key = (ids[kind], row)
            found = known.get(key)
            if found is None:
                cell_entries = [
                    c.found.get(cell) or entry(c, cell)
                    for c, cell in zip(layouts[kind], row, strict=True)
                ]
                found = known[key] = [cell_entries, max(map(_LINES, cell_entries)), None]
            entries.append(found)
        self.kinds = [kind for kind, _ in rows]
        self.entries = entries  # each row's [entries, lines, operators] (`_Cells.rows`)
        leading, pad = layouts[0][0].leading, sum(padding)
        # row i runs from tops[i] to tops[i + 1]
        self.tops = [0.0, *accumulate(found[1] * leading + pad for found in entries)]
        self.width = max(c.left + c.width for layout in layouts for c in layout)
        self.start, self.stop, self.continued = 0, len(rows), False
        self.hAlign = "LEFT"
        self.fits = self.stop
        self.repeated: tuple[int, list[list[Any]], float] | None = None

    def _height(self, found: Sequence[list[Any]]) -> float:
        """A row's height: every layout of a table has the same type and leading."""
        return max(map(_LINES, found)) * self.layouts[0][0].leading + sum(self.padding)

    def _repeat(self) -> tuple[int, list[list[Any]], float] | None:
        """The group line this piece repeats at its top, marked (None: it starts a group)."""
        if self.heads is None or self.start >= self.stop or not self.continued:
            return None
        head = self.heads[self.start]
        if head == self.start:
            return None
        kind, row = self.rows[head]
        layout = self.layouts[kind]
        found = [self.cells.entry(c, cell) for c, cell in zip(layout, self.mark(row), strict=True)]
        return kind, found, self._height(found)

    def _above(self) -> float:
        caption = _Cells.LEADING + 2 if self.continued and self.caption else 0.0
        repeated = self.repeated[2] if self.repeated else 0.0
        return caption + self.header_height + repeated

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.repeated = self._repeat()
        above = self._above()
        base = self.tops[self.start]
        # the rows whose bottom is within the page; past them, one more says "too tall"
        fits = min(self.stop, bisect_right(self.tops, base + available_height - above + 1e-6) - 1)
        if (
            self.heads is not None
            and self.start < fits < self.stop
            and self.heads[fits] == fits - 1
        ):
            fits -= 1  # a group's line stays with the group's first row
        self.fits = max(self.start, fits)
        self.height = above + self.tops[self.fits] - base
        if self.fits < self.stop:  # taller than the page: the frame splits it
            self.height = max(self.height, available_height) + 1
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.fits <= self.start:
            return []  # not even one row here: the frame moves on to the next page
        return [
            self._piece(self.start, self.fits, self.continued),
            self._piece(self.fits, self.stop, True),
        ]

    def _piece(self, start: int, stop: int, continued: bool) -> _LongTable:
        piece = object.__new__(_LongTable)
        Flowable.__init__(piece)  # a flowable of its own: nothing of where the whole one stood
        shared = (
            *("cells", "caption", "entries", "layouts", "header", "header_height", "tops"),
            *("kinds", "rows", "heads", "mark", "padding", "width"),
        )
        piece.__dict__.update({name: self.__dict__[name] for name in shared})
        piece.start, piece.stop, piece.continued, piece.fits = start, stop, continued, stop
        piece.hAlign, piece.repeated = "LEFT", None
        return piece

    def _written(self, layout: tuple[_Column, ...], found: list[list[Any]]) -> str:
        code, canvas = self.cells.code, self.canv
        return " ".join(
            e[1] if e[1] is not None else code(canvas, c, e)
            for c, e in zip(layout, found, strict=True)
        )

    def draw(self) -> None:
        canvas, layouts, total = self.canv, self.layouts, self.width
        y = self.height
        code = ["q"]
        if self.continued and self.caption:
            y -= _Cells.LEADING
            text = f"{self.caption} (continued)"
            code += [
                common.colour_op(common.MUTED),
                common.text_op(canvas, common.FONT, _Cells.SIZE, (0, y + 2), text),
                common.colour_op(common.INK),
            ]
            y -= 2
        top = y
        bands: list[tuple[float, float]] = []  # (top, height) of each member line's band
        rules, texts = [top], []
        for kind, found, height in (
            (*self.header, self.header_height),
            *((self.repeated,) if self.repeated else ()),
        ):
            if found is not self.header[1]:  # the repeated group line
                bands.append((y, height))
                rules.append(y)
            texts.append(f"q 1 0 0 1 0 {y:.2f} cm {self._written(layouts[kind], found)} Q")
            y -= height
            if self.heads is None:
                rules.append(y)
        # each row's operators, joined the first time a row like it is drawn (`_Cells.rows`)
        start, stop = self.start, self.stop
        tops, heads = self.tops, self.heads
        for i, kind, found, above, below in zip(
            range(start, stop),
            self.kinds[start:stop],
            self.entries[start:stop],
            tops[start:stop],
            tops[start + 1 : stop + 1],
            strict=True,
        ):
            shown = found[2]
            if shown is None:
                shown = found[2] = self._written(layouts[kind], found[0])
            texts.append(f"q 1 0 0 1 0 {y:.2f} cm {shown} Q")
            if heads is not None and heads[i] == i:
                bands.append((y, below - above))
                rules.append(y)
            y -= below - above
            if heads is None:
                rules.append(y)
        rules.append(y)
        # the heading's fill, then every member line's band in one fill
        code.append(
            f"{common.colour_op(common.HEADER_FILL)} 0 {top - self.header_height:.2f} "
            f"{total:.2f} {self.header_height:.2f} re f {common.colour_op(MEMBER_FILL)}"
        )
        code += [f"0 {at - height:.2f} {total:.2f} {height:.2f} re" for at, height in bands]
        code.append(f"{'f ' if bands else ''}{common.colour_op(common.INK)}")
        code += texts
        lines = [f"0 {rule:.2f} m {total:.2f} {rule:.2f} l" for rule in rules]
        if heads is None:
            lines += [
                f"{x:.2f} {top:.2f} m {x:.2f} {y:.2f} l"
                for x in (0.0, *(c.left + c.width for c in layouts[0]))
            ]
        code.append(
            f"{common.colour_op(common.RULE).replace('rg', 'RG')} 0.4 w {' '.join(lines)} S Q"
        )
        canvas._code.append("\n".join(code))
