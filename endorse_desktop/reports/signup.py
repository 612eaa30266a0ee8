"""The commitment sign-up sheet (SPEC F-8): passed around the room right after the vote.

Landscape, one endorsement (or, before the vote, one race) per sheet: a header that says who the
help is for, what we ask and what signing agrees to, then ruled rows sized for handwriting (at
least 8 mm apart; Phone at least 1.5 in and Email 2.5 in wide) with Name, Phone, Email, a tick
column per activity the group offers the campaign, and Shifts/Notes. Activity columns are
numbered: the number is the key the facilitator presses for that column when typing the sheet in
afterwards.
Activity names are printed sideways so that long names fit above narrow tick columns.

Pre-printed names (the members present at the meeting) save writing; contact details are never
pre-printed, since the sheet travels around the room.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from reportlab.lib.units import inch, mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from endorse_desktop.core.documents import SignupDocument, SignupSheet
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, escape

TITLE = "Commitment sign-up sheet"
ROWS_PER_PAGE = 11  # as many as fit at MIN_ROW_HEIGHT below the longest header, on Letter and A4
MIN_BLANK_ROWS = 4  # below pre-printed names, for guests and newcomers
TICK = "☐"
# Column widths in points (landscape Letter leaves 707 pt between the margins). Phone and Email
# are wide enough for handwriting and never narrowed; many activities take room from the others.
NUMBER_COLUMN = 16.0
NAME_COLUMN = 138.0
MIN_NAME_COLUMN = 100.0
PHONE_COLUMN = 1.5 * inch
EMAIL_COLUMN = 2.5 * inch
MIN_TICK_COLUMN = 30.0
CROWDED_TICK_COLUMN = 20.0  # the least, when the group offers very many activities
MAX_TICK_COLUMN = 52.0
MIN_NOTES_COLUMN = 60.0
HEADING_HEIGHT = 64.0  # the row of sideways activity names
HEADING_SIZE = 7.5
MAX_ROW_HEIGHT = 30.0
MIN_ROW_HEIGHT = 8.5 * mm  # handwriting needs 8 mm between the rules; a little to spare


# Our own words: what the sheet asks of the people signing it.
DEFAULT_ASK = (
    "Our endorsement comes with our work. Put your name down for what you will do for this "
    "campaign, and an organizer will follow up with times and places."
)
MONEY_NOTE = (
    "Donations: give to the campaign yourself. The group never collects or passes on money; "
    "tick the box only so we can count our support."
)
# Our own words: what signing agrees to, so no one is surprised by a call.
CONSENT_LINE = (
    "By writing your name and contact details here you agree that the group's organizers may "
    "phone or email you about these commitments. We use them for nothing else."
)
COORDINATION_NOTE = (
    "Our group spends money independently in this election, so we do not plan with the campaign: "
    "volunteer through the campaign's own events, and keep what it tells you privately out of "
    "our group's plans."
)


def render_signup_sheets(doc: SignupDocument, path: str | os.PathLike[str]) -> int:
    """Write the sheets to `path` (PDF); return the number of pages.

    Logs a warning naming any character no font can print (it shows as "\ufffd").
    """
    with common.warning_for_unprintable("sign-up sheet"):
        return _render_signup_sheets(doc, path)


def _render_signup_sheets(doc: SignupDocument, path: str | os.PathLike[str]) -> int:
    info = common.DocumentInfo(
        doc.group_name,
        doc.cycle_name,
        TITLE,
        doc.page_size,
        landscape=True,
        generated_at=doc.generated_at,
    )
    width = info.pagesize[0] - 2 * common.MARGIN
    frame_height = (
        info.pagesize[1]
        - 2 * common.MARGIN
        - common.HEADER_HEIGHT
        - common.FOOTER_HEIGHT
        - 12  # the frame's own padding, 6 pt top and bottom
    )
    sheets = doc.sheets or (SignupSheet(race_title=""),)

    def story() -> Iterator[Flowable]:
        # page by page, as the layout reaches it: thousands of pre-printed pages are never all
        # held at once (issue 14)
        first = True
        for sheet in sheets:
            names = list(sheet.prefilled_names)
            # at least one page, and room after the pre-printed names for people not on the list
            wanted_rows = len(names) + (MIN_BLANK_ROWS if names else 0)
            pages = max(1, -(-wanted_rows // ROWS_PER_PAGE))
            for page in range(pages):
                if not first:
                    yield PageBreak()
                first = False
                chunk = names[page * ROWS_PER_PAGE : (page + 1) * ROWS_PER_PAGE]
                yield from _page(
                    doc,
                    sheet,
                    names=chunk,
                    first_number=page * ROWS_PER_PAGE,
                    width=width,
                    frame_height=frame_height,
                )

    return common.build_document(path, info, story())


def _page(
    doc: SignupDocument,
    sheet: SignupSheet,
    *,
    names: Sequence[str],
    first_number: int,
    width: float,
    frame_height: float,
) -> list[Flowable]:
    s = common.styles()
    head: list[Flowable] = [
        Paragraph(escape(_headline(sheet)), s.title),
        Paragraph(escape(_details(doc, sheet)), s.body),
        Paragraph(escape(doc.ask), s.body),
        Paragraph(escape(CONSENT_LINE), s.small),
        Spacer(0, 2),
    ]
    notes: list[Flowable] = []
    if sheet.offers_money:
        notes.append(Paragraph(escape(MONEY_NOTE), s.small))
    if doc.independent_expenditures:
        notes.append(Paragraph(escape(COORDINATION_NOTE), s.small))
    used = sum(_height(item, width) for item in (*head, *notes)) + (4 if notes else 0)
    room = frame_height - used - HEADING_HEIGHT - 2
    row_height = max(MIN_ROW_HEIGHT, min(MAX_ROW_HEIGHT, room / ROWS_PER_PAGE - 0.5))
    table = _table(sheet, names, first_number, width, row_height)
    story: list[Flowable] = [*head, table]
    if notes:
        story.append(KeepTogether([Spacer(0, 4), *notes]))
    return story


def _height(item: Flowable, width: float) -> float:
    _, height = item.wrap(width, 10_000)
    return float(height) + item.getSpaceBefore() + item.getSpaceAfter()


def _headline(sheet: SignupSheet) -> str:
    if sheet.candidate:
        return f"Help elect {common.single_line(sheet.candidate)} for {sheet.race_title}"
    if sheet.race_title:
        return f"Commitments for the race for {sheet.race_title}"
    return "Commitments"


def _details(doc: SignupDocument, sheet: SignupSheet) -> str:
    parts = []
    if sheet.candidate:
        parts.append(f"Endorsed candidate: {common.single_line(sheet.candidate)}")
    elif sheet.race_title:
        parts.append("Candidate: whoever the group endorses")
    if sheet.race_title:
        parts.append(f"Race: {sheet.race_title}")
    if sheet.election_date:
        parts.append(f"Election day: {sheet.election_date}")
    parts.append(f"Date: {doc.sheet_date}")
    return " · ".join(common.single_line(part) for part in parts)


def column_widths(activity_count: int, width: float) -> list[float]:
    """#, Name, Phone, Email, one per activity, Shifts/Notes — filling `width` exactly."""
    writing = NUMBER_COLUMN + PHONE_COLUMN + EMAIL_COLUMN  # never narrowed
    name = NAME_COLUMN
    room = width - writing - name - MIN_NOTES_COLUMN
    tick = min(MAX_TICK_COLUMN, room / activity_count) if activity_count else 0.0
    if activity_count and tick < MIN_TICK_COLUMN:
        # Many activities: the name column gives up room first, then the boxes narrow.
        name = max(
            MIN_NAME_COLUMN, width - writing - MIN_NOTES_COLUMN - MIN_TICK_COLUMN * activity_count
        )
        room = width - writing - name - MIN_NOTES_COLUMN
        tick = max(CROWDED_TICK_COLUMN, min(MIN_TICK_COLUMN, room / activity_count))
    notes = max(MIN_NOTES_COLUMN, width - writing - name - tick * activity_count)
    return [NUMBER_COLUMN, name, PHONE_COLUMN, EMAIL_COLUMN, *([tick] * activity_count), notes]


def _table(
    sheet: SignupSheet,
    names: Sequence[str],
    first_number: int,
    width: float,
    row_height: float,
) -> Table:
    count = len(sheet.activities)
    widths = column_widths(count, width)
    ticks = range(4, 4 + count)
    header: list[common.Cell] = [
        _Fixed("#", NUMBER_COLUMN, HEADING_HEIGHT - 6, bottom=True),
        "Name",
        "Phone",
        "Email",
        *(
            _SidewaysHeading(f"{n}", name, widths[4 + n - 1], HEADING_HEIGHT)
            for n, name in enumerate(sheet.activities, start=1)
        ),
        "Shifts / Notes",
    ]
    rows: list[list[common.Cell]] = [header]
    for index in range(ROWS_PER_PAGE):
        name = names[index] if index < len(names) else ""
        rows.append(
            [
                _Fixed(str(first_number + index + 1), NUMBER_COLUMN, row_height - 5),
                _name_cell(name) if name else None,
                None,
                None,
                *(Plain(TICK) for _ in ticks),
                None,
            ]
        )
    style = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (1, 1), (3, -1), 10),
        ("ALIGN", (4, 1), (3 + count, -1), "CENTER"),
        ("FONTSIZE", (4, 1), (3 + count, -1), 12),
        ("TEXTCOLOR", (4, 1), (3 + count, -1), common.MUTED),
    ]
    if count:
        style.append(("LEFTPADDING", (4, 0), (3 + count, 0), 1))
        style.append(("RIGHTPADDING", (4, 0), (3 + count, 0), 1))
    return common.data_table(rows, widths, style=style)


def _name_cell(name: str) -> common.TextBlock:
    """A pre-printed name: wraps rather than running into Phone, in whatever script."""
    return common.TextBlock([common.TextPart(name, max_lines=2)], 10, leading=11)


class _Fixed(Flowable):
    """A short muted label in a cell of a set height: it gives the ruled rows their height."""

    def __init__(self, text: str, width: float, height: float, *, bottom: bool = False) -> None:
        super().__init__()
        self.text = text
        self.cell_width = width - 2 * common.CELL_PADDING
        self.fixed_height = max(1.0, height)
        self.bottom = bottom

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.cell_width, self.fixed_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(common.FONT_BOLD if self.bottom else common.FONT, 7)
        canvas.setFillColor(common.INK if self.bottom else common.MUTED)
        y = 0 if self.bottom else (self.fixed_height - 7) / 2
        canvas.drawString(0, y, self.text)


class _SidewaysHeading(Flowable):
    """An activity's column heading: its number upright at the foot, its name turned 90°."""

    def __init__(self, number: str, name: str, width: float, height: float) -> None:
        super().__init__()
        self.number = number
        self.name = name
        self.column_width = width - 2  # the heading row has 1 pt padding each side
        self.fixed_height = height - 5  # the table's top and bottom padding
        room = self.fixed_height - HEADING_SIZE - 4
        most_lines = max(1, int((self.column_width - 2) // (HEADING_SIZE * 1.15)))
        self.lines = common.wrap_lines(name, HEADING_SIZE, room, max_lines=most_lines)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.column_width, self.fixed_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(common.INK)
        canvas.setFont(common.FONT_BOLD, HEADING_SIZE + 1)
        canvas.drawCentredString(self.column_width / 2, 0, self.number)
        leading = HEADING_SIZE * 1.15
        # Turned to read bottom to top: each line's letters rise about 0.75 em to the left of its
        # baseline and later lines sit to the right. Centre that block across the column.
        spread = (len(self.lines) - 1) * leading - 0.55 * HEADING_SIZE
        canvas.translate(self.column_width / 2 - spread / 2, HEADING_SIZE + 4)
        canvas.rotate(90)
        canvas.setFont(common.FONT, HEADING_SIZE)
        for index, line in enumerate(self.lines):
            common.draw_text(canvas, 0, -index * leading, line, HEADING_SIZE)
        canvas.restoreState()
