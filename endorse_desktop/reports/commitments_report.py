"""The commitment report (SPEC F-8): how each endorsement's promises stand, and who made them.

For each endorsement: its goals against what members pledged and did (with bars), the totals per
activity, the overdue pledges, and every pledge grouped by member with the member's phone and
email so that organizers can follow up. Because of those contact details, every page is marked
internal in its header.

"Pledged" counts pledges that are pledged, confirmed or done; "done" counts done ones (the rule
lives in core/commitments/progress.py, shared with the screen and the projector).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate
from typing import Any

from reportlab.lib import colors
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
            story.append(
                _LongTable(
                    cells,
                    ["Member", "Activity", "Quantity", "Due", "Days late"],
                    [
                        (
                            item.member_name,
                            item.activity_name,
                            quantity_text(item.pledge.quantity, item.pledge.unit),
                            item.due,
                            f"{item.days_late:,}",
                        )
                        for item in progress.overdue
                    ],
                    _widths(width, [2.4, 2.4, 1.2, 1.1, 0.9]),
                    caption=f"{section.title}: overdue",
                    right=frozenset({4}),
                )
            )
    else:
        story.append(Paragraph("Nothing is overdue.", s.body))
    story.append(Paragraph("Pledges by member", s.subheading))
    if section.pledges:
        story.append(_pledges_table(section.pledges, width, section.title, cells))
    else:
        story.append(Paragraph("No pledges yet.", s.body))
    if progress.members:
        story.append(Paragraph("Totals by member", s.subheading))
        story.append(
            _LongTable(
                cells,
                [
                    "Member",
                    "Pledges",
                    "Open",
                    "Done",
                    "No-show / dropped",
                    "Amount pledged",
                    "Amount done",
                ],
                [
                    (
                        member.member_name,
                        *(f"{n:,}" for n in (member.pledges, member.open, member.done)),
                        f"{member.lapsed:,}",
                        _amounts_text(member.pledged_amounts) or "–",
                        _amounts_text(member.done_amounts) or "–",
                    )
                    for member in progress.members
                ],
                _widths(width, [2.4, 0.95, 0.75, 0.75, 1.2, 2, 2]),
                caption=f"{section.title}: totals by member",
                right=frozenset({1, 2, 3, 4}),
            )
        )
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


def _pledges_table(
    pledges: Sequence[MemberPledge], width: float, caption: str, cells: _Cells
) -> Flowable:
    """A row per pledge. The member's name is on every row (a member's pledges may run onto the
    next page); phone and email under it on the member's first row."""
    rows: list[tuple[_Cell, ...]] = []
    last_member: int | None = None
    overdue = ("overdue", True, common.VERMILLION)
    for pledge in pledges:
        member: _Cell = pledge.member_name
        if pledge.member_id != last_member:
            member = ((pledge.member_name, True, None),)
            member += tuple(
                (detail, False, None) for detail in (pledge.phone, pledge.email) if detail
            )
            last_member = pledge.member_id
        status: _Cell = ((pledge.status, False, None), overdue) if pledge.overdue else pledge.status
        rows.append(
            (
                member,
                pledge.activity,
                _quantity_text(pledge.quantity, pledge.unit),
                status,
                pledge.due or "–",
                pledge.notes,
            )
        )
    return _LongTable(
        cells,
        ["Member", "Activity", "Quantity", "Status", "Due", "Notes"],
        rows,
        _widths(width, [3.3, 2.2, 1.1, 1.1, 1.35, 1.75]),
        caption=f"{caption}: pledges by member",
    )


def _widths(width: float, weights: Sequence[float]) -> list[float]:
    total = sum(weights)
    return [width * weight / total for weight in weights]


def _right(first: int, last: int) -> list[tuple[Any, ...]]:
    return [("ALIGN", (first, 1), (last, -1), "RIGHT")]


# --- the long tables ----------------------------------------------------------------------------

# A cell of a long table: plain user text, or lines of (text, bold, colour or None for ink), each
# part starting a new line (a member's name over their phone and email).
_Cell = str | tuple[tuple[str, bool, colors.Color | None], ...]
_UNWRITTEN = None


class _Cells:
    """Every distinct cell of one report's long tables, wrapped once and written once.

    The report runs to 1,600 pages on the large sample, with 38,000 rows but only a few thousand
    distinct cells: the same statuses, dates and activities on every page, and each member's
    name and contact details in every endorsement's tables (issue 14). A cell is wrapped when a
    table is made (its height is needed to lay out the pages) and turned into PDF operators the
    first time it is drawn, relative to its row's top left corner, so every row that shows it
    reuses them. The operators belong to the document being drawn: one `_Cells` per render.
    """

    SIZE = 8.5  # the table cell size of `common.styles()`
    LEADING = round(SIZE * 1.25, 1)

    def __init__(self) -> None:
        # per column (left edge, width, right-aligned): cell → [lines, operators]
        self._columns: dict[tuple[float, float, bool], dict[_Cell, list[Any]]] = {}

    def column(self, left: float, width: float, right: bool) -> dict[_Cell, list[Any]]:
        return self._columns.setdefault((left, width, right), {})

    def entry(self, column: dict[_Cell, list[Any]], cell: _Cell, width: float) -> list[Any]:
        """[lines as (text, bold, colour), operators or None]: wrapped the first time."""
        found = column.get(cell)
        if found is None:
            inside = width - 2 * common.CELL_PADDING
            parts = ((cell, False, None),) if isinstance(cell, str) else cell
            lines = [
                (line, bold, colour)
                for text, bold, colour in parts
                # plain text at most 12 lines like any table cell; a name and its details whole
                for line in common.wrap_lines(
                    text, self.SIZE, inside, bold=bold, max_lines=12 if parts is not cell else None
                )
            ]
            found = column[cell] = [lines, _UNWRITTEN]
        return found

    def code(self, canvas: Canvas, entry: list[Any], left: float, width: float, right: bool) -> str:
        """The entry's operators, from its row's top left corner (written once)."""
        if entry[1] is None:
            ops = []
            baseline = -(common.StreamTable.TOP + self.SIZE)
            for line, bold, colour in entry[0]:
                x = left + common.CELL_PADDING
                if right:
                    x = (
                        left
                        + width
                        - common.CELL_PADDING
                        - common.text_width(line, self.SIZE, bold=bold)
                    )
                font = common.FONT_BOLD if bold else common.FONT
                op = common.text_op(canvas, font, self.SIZE, (x, baseline), line)
                if colour is not None:
                    op = f"{common.colour_op(colour)} {op} {common.colour_op(common.INK)}"
                ops.append(op)
                baseline -= self.LEADING
            entry[1] = " ".join(ops)
        return entry[1]  # type: ignore[no-any-return]


class _LongTable(Flowable):
    """A long table of plain text drawn straight on each page: fixed column widths, rows never
    split, the heading row on every page and, on a page that continues it, `caption` and
    "(continued)" above it. Rows are measured once (when the table is made), so finding where
    a page ends is a search in their running heights, and drawing a page joins the operators of
    cells written once (`_Cells`)."""

    def __init__(
        self,
        cells: _Cells,
        header: Sequence[str],
        rows: Sequence[tuple[_Cell, ...]],
        col_widths: Sequence[float],
        *,
        caption: str = "",
        right: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__()
        self.cells = cells
        self.caption = common.single_line(caption)
        lefts = [0.0, *accumulate(col_widths)][:-1]
        self.columns = [
            (cells.column(left, width, i in right), left, width, i in right)
            for i, (left, width) in enumerate(zip(lefts, col_widths, strict=True))
        ]
        self.header = [
            cells.entry(column, ((text, True, None),), width)
            for (column, _, width, _), text in zip(self.columns, header, strict=True)
        ]
        self.header_height = self._height(max(len(entry[0]) for entry in self.header))
        # Column by column, each cell looked up once: a plain loop per column is the cheapest
        # way through 38,000 rows in Python.
        self.entries = [self._entries(index, rows) for index in range(len(self.columns))]
        lines = [[len(entry[0]) for entry in column] for column in self.entries]
        heights = (
            [self._height(most) for most in map(max, *lines)]
            if len(lines) > 1
            else [self._height(most) for most in lines[0]]
        )
        self.tops = [0.0, *accumulate(heights)]  # row i runs from tops[i] to tops[i + 1]
        self.start, self.stop, self.continued = 0, len(rows), False
        self.hAlign = "LEFT"
        self.fits = self.stop

    def _entries(self, index: int, rows: Sequence[tuple[_Cell, ...]]) -> list[list[Any]]:
        """Column `index`'s entry (`_Cells.entry`) for each of `rows`."""
        column, _, width, _ = self.columns[index]
        get, entry = column.get, self.cells.entry
        return [get(row[index]) or entry(column, row[index], width) for row in rows]

    def _codes(self, index: int) -> list[str]:
        """Column `index`'s operators for the heading and each row of this piece."""
        _, left, width, right = self.columns[index]
        code, canvas = self.cells.code, self.canv
        entries = [self.header[index], *self.entries[index][self.start : self.stop]]
        return [
            entry[1] if entry[1] is not None else code(canvas, entry, left, width, right)
            for entry in entries
        ]

    def _height(self, lines: int) -> float:
        return max(1, lines) * _Cells.LEADING + common.StreamTable.TOP + common.StreamTable.BOTTOM

    def _above(self) -> float:
        caption = _Cells.LEADING + 2 if self.continued and self.caption else 0.0
        return caption + self.header_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        above = self._above()
        base = self.tops[self.start]
        # the rows whose bottom is within the page; past them, one more says "too tall"
        self.fits = max(
            self.start,
            min(self.stop, bisect_right(self.tops, base + available_height - above + 1e-6) - 1),
        )
        last = min(self.stop, self.fits + 1) if self.fits < self.stop else self.stop
        self.width = self.columns[-1][1] + self.columns[-1][2]
        self.height = above + self.tops[last] - base
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
        shared = ("cells", "caption", "entries", "columns", "header", "header_height", "tops")
        piece.__dict__.update({name: self.__dict__[name] for name in shared})
        piece.start, piece.stop, piece.continued, piece.fits = start, stop, continued, stop
        piece.hAlign = "LEFT"
        return piece

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        code = ["q"]
        if self.continued and self.caption:
            y -= _Cells.LEADING
            text = f"{self.caption} (continued)"
            code += [
                common.colour_op(common.MUTED),
                common.text_op(canvas, common.FONT, _Cells.SIZE, (0, y + 2), text),
            ]
            y -= 2
        top, total = y, self.width
        code.append(
            f"{common.colour_op(common.HEADER_FILL)} 0 {y - self.header_height:.2f} {total:.2f} "
            f"{self.header_height:.2f} re f {common.colour_op(common.INK)}"
        )
        heights = [self.header_height]
        heights += [self.tops[i + 1] - self.tops[i] for i in range(self.start, self.stop)]
        rules = [top]
        for shown in zip(*(self._codes(index) for index in range(len(self.columns))), strict=True):
            code.append(f"q 1 0 0 1 0 {y:.2f} cm {' '.join(shown)} Q")
            y -= heights[len(rules) - 1]
            rules.append(y)
        lines = [f"0 {rule:.2f} m {total:.2f} {rule:.2f} l" for rule in rules]
        lines += [
            f"{x:.2f} {top:.2f} m {x:.2f} {y:.2f} l"
            for x in (0.0, *(c[1] + c[2] for c in self.columns))
        ]
        code.append(
            f"{common.colour_op(common.RULE).replace('rg', 'RG')} 0.4 w {' '.join(lines)} S Q"
        )
        canvas._code.append("\n".join(code))
