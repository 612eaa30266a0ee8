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

In Spanish or both languages (`SignupDocument.language`) the words come from
`core.document_text`; a bilingual sheet sets each text in English and in Spanish side by side,
headings and activity names in both, and holds fewer rows to a page when the longer header needs
the room (rows never get closer than handwriting allows).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table

from endorse_desktop import APP_TITLE
from endorse_desktop.core.document_text import (
    ENGLISH,
    SPANISH,
    DocumentText,
    Language,
    format_date,
    texts,
    translated,
)
from endorse_desktop.core.documents import SignupDocument, SignupSheet
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, escape

TITLE = "Commitment sign-up sheet"
# as many as fit at MIN_ROW_HEIGHT below the usual header and a line of notes, on Letter and A4
# (a sheet with more notes has fewer): the fewer pages a sheet of the whole group takes
ROWS_PER_PAGE = 12
MIN_BLANK_ROWS = 4  # below pre-printed names, for guests and newcomers
# (scale of the header's type, most lines of each part): tried in turn until a row fits
HEAD_FITS: tuple[tuple[float, int | None], ...] = ((1.0, None), (0.75, None), (0.6, None), (0.6, 4))
NOTES_ROOM = 60.0  # the money and coordination notes under the table, at most
TICK = "☐"
NAME_SIZE = 10  # a pre-printed name
NAME_LEADING = 11
# Column widths in points (landscape Letter leaves 707 pt between the margins). Phone and Email
# are wide enough for handwriting and never narrowed; many activities take room from the others.
NUMBER_COLUMN = 16.0  # the least: wider when the sheet's row numbers run to four digits or more
NUMBER_SIZE = 7
NAME_COLUMN = 138.0
MIN_NAME_COLUMN = 100.0
PHONE_COLUMN = 1.5 * inch
EMAIL_COLUMN = 2.5 * inch
MIN_TICK_COLUMN = 30.0
CROWDED_TICK_COLUMN = 20.0  # the least, when the group offers very many activities
MAX_TICK_COLUMN = 52.0
MIN_NOTES_COLUMN = 60.0
HEADING_HEIGHT = 64.0  # the row of sideways activity names
BILINGUAL_HEADING_HEIGHT = 100.0  # room for "Canvassing (door knocking)" and its Spanish
HEADING_SIZE = 7.5
MAX_ROW_HEIGHT = 30.0
MIN_ROW_HEIGHT = 8.5 * mm  # handwriting needs 8 mm between the rules; a little to spare


# Our own words (core.document_text has them in Spanish too): what the sheet asks of the people
# signing it, what signing agrees to (so no one is surprised by a call), and the notes on money and
# on independent expenditures.
DEFAULT_ASK = ENGLISH.ask
MONEY_NOTE = ENGLISH.money_note
CONSENT_LINE = ENGLISH.consent_line
COORDINATION_NOTE = ENGLISH.coordination_note


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
        " / ".join(t.signup_title for t in texts(doc.language)),
        doc.page_size,
        landscape=True,
        generated_at=doc.generated_at,
        language=doc.language,
    )
    page_width, page_height = info.pagesize
    width = page_width - 2 * common.MARGIN
    frame_height = (
        page_height
        - 2 * common.MARGIN
        - common.HEADER_HEIGHT
        - common.FOOTER_HEIGHT
        - 12  # the frame's own padding, 6 pt top and bottom
    )
    sheets = doc.sheets or (SignupSheet(race_title=""),)
    # Every page of a sheet is the same but for its row numbers and pre-printed names, and a
    # sheet of the whole group runs to hundreds of pages (issue 14): the sheet is drawn once as a
    # form, and each page places the form and writes only what differs, as a few strings of PDF.
    # The page count is known before the first page, so each page is finished as it is written.
    common.register_fonts()
    plan = [_page(doc, sheet, width=width, frame_height=frame_height) for sheet in sheets]
    total = sum(layout.pages for layout in plan)
    with common.write_atomically(path) as temporary:
        canvas = common.LeanCanvas(
            temporary,
            pagesize=info.pagesize,
            pageCompression=1,
            initialFontName=common.FONT,  # else every page names Helvetica, which is not embedded
        )
        canvas.setTitle(common.single_line(info.title))
        canvas.setAuthor(common.single_line(info.group_name))
        canvas.setSubject(common.single_line(info.cycle_name))
        canvas.setCreator(APP_TITLE)
        number = 0
        # a page's rows → the form that draws them: every endorsement's sheet lists the same
        # members, so each page of names is written once, for all the sheets
        written: dict[tuple[object, ...], str] = {}
        canvas.share_forms()
        for index, layout in enumerate(plan):
            form = f"signup{index}"
            canvas.beginForm(form)
            common.draw_page_furniture(canvas, info, 0, 0, numbered=False)
            top = page_height - common.MARGIN - common.HEADER_HEIGHT
            frame = Frame(common.MARGIN, top - frame_height - 12, width, frame_height + 12)
            frame.addFromList(layout.story, canvas)
            # the form is every page of the sheet: nothing of it may be left out unseen
            assert not layout.story, f"the sign-up sheet overflows a page: {layout.story!r:.300}"
            canvas.endForm()
            names = list(layout.sheet.prefilled_names)
            rows = len(layout.slots)
            places = tuple((s.number_at, s.name_at, s.name_width) for s in layout.slots)
            for page in range(layout.pages):
                number += 1
                chunk = tuple(names[page * rows : (page + 1) * rows])
                # Every endorsement's sheet lists the same members: its pages repeat the first
                # sheet's rows wherever the two sheets' rows stand in the same places.
                key = (places, page, chunk)
                rows_form = written.get(key)
                if rows_form is None:
                    rows_form = written[key] = f"signupRows{len(written)}"
                    canvas.beginForm(rows_form)
                    canvas._code.append(_rows_code(canvas, layout.slots, chunk, page * rows))
                    canvas.endForm()
                page_number = common.page_number_code(canvas, number, total, doc.language)
                canvas.add_placed_page((form, rows_form), page_number)
        canvas.save()
    return total


def _rows_code(canvas: Canvas, slots: Sequence[_Slot], names: Sequence[str], first: int) -> str:
    """One page's row numbers and pre-printed names, as PDF operators."""
    code = ["q", common.colour_op(common.MUTED)]
    for index, slot in enumerate(slots):
        number = str(first + index + 1)
        code.append(common.text_op(canvas, common.FONT, NUMBER_SIZE, slot.number_at, number))
    if names:
        code.append(common.colour_op(common.INK))
    for slot, name in zip(slots, names, strict=False):
        lines = common.wrap_lines(name, NAME_SIZE, slot.name_width, max_lines=2)
        x, middle = slot.name_at
        baseline = middle + len(lines) * NAME_LEADING / 2 - NAME_SIZE
        for line in lines:
            code.append(common.text_op(canvas, common.FONT, NAME_SIZE, (x, baseline), line))
            baseline -= NAME_LEADING
    code.append("Q")
    return "\n".join(code)


@dataclass
class _SheetLayout:
    """What every page of one sheet shows, and where each page writes its own rows."""

    sheet: SignupSheet
    story: list[Flowable]
    slots: list[_Slot]
    pages: int


def _page(
    doc: SignupDocument, sheet: SignupSheet, *, width: float, frame_height: float
) -> _SheetLayout:
    text_width = width - 12  # inside the frame's padding
    heading = _heading_height(doc, sheet, width)
    # Every page of a sheet is one form, so the header and at least one ruled row must share a
    # page: a header that leaves no room (a very long name, race or ask) is set smaller, and
    # only past the smallest size cut short.
    for scale, most_lines in HEAD_FITS:
        head = _head(doc, sheet, scale, most_lines, text_width)
        head_height = sum(_height(item, text_width) for item in head)
        if frame_height - head_height - heading - 2 - NOTES_ROOM >= MIN_ROW_HEIGHT + 0.5:
            break
    notes = _notes(doc, sheet, text_width)
    used = head_height + sum(_height(item, text_width) for item in notes) + (4 if notes else 0)
    room = frame_height - used - heading - 2
    # Fewer ruled rows, never narrower ones, when a long title or note takes the room; the table
    # is measured as drawn (its padding, a taller bilingual heading), and a row goes until the
    # whole sheet fits the one form every page shows.
    rows = max(1, min(ROWS_PER_PAGE, int(room // (MIN_ROW_HEIGHT + 0.5))))
    # at least one page, and room after the pre-printed names for people not on the list
    names = len(sheet.prefilled_names)
    wanted_rows = names + (MIN_BLANK_ROWS if names else 0)
    number = NUMBER_COLUMN
    while True:
        row_height = max(MIN_ROW_HEIGHT, min(MAX_ROW_HEIGHT, room / rows - 0.5))
        slots = [_Slot() for _ in range(rows)]
        table = _table(
            doc, sheet, slots, width, row_height=row_height, heading_height=heading, number=number
        )
        if rows == 1 or used + 2 + _height(table, text_width) <= frame_height:
            # The last row's number is the widest: "1981" would run into the name beside it
            # in the narrow column that fits "11" (issue 14).
            needed = number_column(max(1, -(-wanted_rows // rows)) * rows)
            if needed <= number:
                break
            number = needed
            continue
        rows -= 1
    story: list[Flowable] = [*head, table]
    if notes:
        # not KeepTogether: a Frame never places one (its wrap asks for a split), and the form
        # is measured above to hold the notes anyway
        story += [Spacer(0, 4), *notes]
    return _SheetLayout(sheet, story, slots, max(1, -(-wanted_rows // rows)))


def _heading_height(doc: SignupDocument, sheet: SignupSheet, width: float) -> float:
    """The table's heading row: the sideways activity names, or taller column names."""
    if doc.language is not Language.BOTH:
        return HEADING_HEIGHT
    widths = column_widths(len(sheet.activities), width)
    labels = _column_labels(texts(doc.language))
    tallest = max(
        label.wrap(column - 2 * common.CELL_PADDING, 1000)[1]
        for label, column in zip(labels, (widths[1], widths[2], widths[3], widths[-1]), strict=True)
        if isinstance(label, Flowable)
    )
    # Taller sideways headings: each activity's name in two languages needs the length.
    return max(BILINGUAL_HEADING_HEIGHT, tallest + 5)


def _notes(doc: SignupDocument, sheet: SignupSheet, width: float) -> list[Flowable]:
    """The money and coordination notes under the table, in each language of the sheet."""
    s = common.styles()
    words = texts(doc.language)
    notes: list[Flowable] = []
    if sheet.offers_money:
        notes += _side_by_side([t.money_note for t in words], s.small, width)
    if doc.independent_expenditures:
        notes += _side_by_side([t.coordination_note for t in words], s.small, width)
    return notes


def _ask(doc: SignupDocument, words: DocumentText) -> str:
    """The group's ask in this language; our own Spanish when the group kept our English one."""
    if words.code != "es":
        return doc.ask
    if doc.ask_es.strip():
        return doc.ask_es
    return SPANISH.ask if doc.ask.strip() == ENGLISH.ask else doc.ask


def _side_by_side(parts: Sequence[str], style: ParagraphStyle, width: float) -> list[Flowable]:
    """One text, or the same text in two languages in two columns (English on the left)."""
    if len(parts) == 1:
        return [Paragraph(escape(parts[0]), style)]
    gap = 14.0
    cells = [[Paragraph(escape(part), style) for part in parts]]
    column = (width - gap) / len(parts)
    table = Table(cells, colWidths=[column] * len(parts), hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gap),
            ("RIGHTPADDING", (1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [table]


def _head(
    doc: SignupDocument,
    sheet: SignupSheet,
    scale: float,
    most_lines: int | None,
    width: float,
) -> list[Flowable]:
    """Who the help is for, what we ask and what signing agrees to (in each language)."""
    s = common.styles()
    words = texts(doc.language)

    def block(text: str, style: ParagraphStyle, *, bold: bool = False) -> common.TextBlock:
        size = round(style.fontSize * scale, 1)
        return common.TextBlock(
            [common.TextPart(text, bold=bold, max_lines=most_lines)],
            size,
            leading=round(size * 1.25, 1),
            space_after=style.spaceAfter * scale,
        )

    def said(parts: list[str], style: ParagraphStyle) -> list[Flowable]:
        parts = list(dict.fromkeys(parts))
        if len(parts) == 1:
            return [block(parts[0], style)]
        return _side_by_side(parts, style, width)

    headline = " / ".join(dict.fromkeys(_headline(sheet, t) for t in words))
    return [
        block(headline, s.title, bold=True),
        *said([_details(doc, sheet, t) for t in words], s.body),
        *said([_ask(doc, t) for t in words], s.body),
        *_side_by_side(list(dict.fromkeys(t.consent_line for t in words)), s.small, width),
        Spacer(0, 2),
    ]


def _height(item: Flowable, width: float) -> float:
    _, height = item.wrap(width, 10_000)
    return float(height) + item.getSpaceBefore() + item.getSpaceAfter()


def _race(sheet: SignupSheet, words: DocumentText) -> str:
    return translated(sheet.race_title, sheet.race_title_es, words.code)


def _headline(sheet: SignupSheet, words: DocumentText) -> str:
    race = _race(sheet, words)
    if sheet.candidate:
        return words.help_elect.format(candidate=common.single_line(sheet.candidate), race=race)
    if sheet.race_title:
        return words.commitments_for_race.format(race=race)
    return words.commitments


def _details(doc: SignupDocument, sheet: SignupSheet, words: DocumentText) -> str:
    parts = []
    if sheet.candidate:
        parts.append(words.endorsed_candidate.format(candidate=common.single_line(sheet.candidate)))
    elif sheet.race_title:
        parts.append(words.whoever_endorsed)
    if sheet.race_title:
        parts.append(words.race.format(race=_race(sheet, words)))
    if sheet.election_date:
        parts.append(words.election_day.format(date=format_date(sheet.election_date, words.code)))
    parts.append(words.date.format(date=format_date(doc.sheet_date, words.code)))
    return " · ".join(common.single_line(part) for part in parts)


def _column_labels(words: Sequence[DocumentText]) -> tuple[common.Cell, ...]:
    """Name, Phone, Email, Shifts / Notes: one line per language (plain text in English alone)."""

    def label(field: str) -> common.Cell:
        said = [str(getattr(t, field)) for t in words]
        if len(said) == 1:
            return said[0]
        style = common.styles().cell_header
        parts = [common.TextPart(one, bold=True) for one in said]
        return common.TextBlock(parts, style.fontSize, leading=style.leading)

    return label("name"), label("phone"), label("email"), label("shifts_notes")


def _activity_names(doc: SignupDocument, sheet: SignupSheet) -> list[tuple[str, ...]]:
    """Each activity's column name in each language of the sheet (said once if not translated)."""
    spanish = (*sheet.activities_es, *([""] * len(sheet.activities)))
    return [
        tuple(dict.fromkeys(translated(name, spanish[i], t.code) for t in texts(doc.language)))
        for i, name in enumerate(sheet.activities)
    ]


def number_column(largest: int) -> float:
    """The width of the # column that holds row numbers up to `largest` (at least NUMBER_COLUMN)."""
    digits = common.text_width(str(largest), NUMBER_SIZE)
    return max(NUMBER_COLUMN, digits + 2 * common.CELL_PADDING + 1)


def column_widths(activity_count: int, width: float, number: float = NUMBER_COLUMN) -> list[float]:
    """#, Name, Phone, Email, one per activity, Shifts/Notes — filling `width` exactly."""
    writing = number + PHONE_COLUMN + EMAIL_COLUMN  # never narrowed
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
    return [number, name, PHONE_COLUMN, EMAIL_COLUMN, *([tick] * activity_count), notes]


def _table(
    doc: SignupDocument,
    sheet: SignupSheet,
    slots: Sequence[_Slot],
    width: float,
    *,
    row_height: float,
    heading_height: float = HEADING_HEIGHT,
    number: float = NUMBER_COLUMN,
) -> Table:
    count = len(sheet.activities)
    widths = column_widths(count, width, number)
    ticks = range(4, 4 + count)
    name_label, phone_label, email_label, notes_label = _column_labels(texts(doc.language))
    header: list[common.Cell] = [
        _Fixed("#", number, heading_height - 6, bottom=True),
        name_label,
        phone_label,
        email_label,
        *(
            _SidewaysHeading(f"{n}", name, widths[4 + n - 1], heading_height)
            for n, name in enumerate(_activity_names(doc, sheet), start=1)
        ),
        notes_label,
    ]
    rows: list[list[common.Cell]] = [header]
    for slot in slots:
        rows.append(
            [
                _NumberMark(slot, number, row_height - 5),
                _NameMark(slot),
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


class _Slot:
    """Where one row's number and pre-printed name go on every page of a sheet (page points)."""

    def __init__(self) -> None:
        self.number_at = (0.0, 0.0)  # the number's baseline
        self.name_at = (0.0, 0.0)  # the name cell's left edge of text, and its middle
        self.name_width = 0.0


class _NumberMark(Flowable):
    """The number cell of a ruled row: gives the row its height, and notes where the number
    goes (each page prints its own numbers; the form holds what every page shares)."""

    def __init__(self, slot: _Slot, width: float, height: float) -> None:
        super().__init__()
        self.slot = slot
        self.cell_width = width - 2 * common.CELL_PADDING
        self.fixed_height = max(1.0, height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.cell_width, self.fixed_height

    def draw(self) -> None:
        self.slot.number_at = self.canv.absolutePosition(0, (self.fixed_height - 7) / 2)


class _NameMark(Flowable):
    """The name cell of a ruled row: notes where a pre-printed name goes, wrapped rather than
    running into Phone, in whatever script."""

    def __init__(self, slot: _Slot) -> None:
        super().__init__()
        self.slot = slot

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.slot.name_width = available_width
        return available_width, 0.0  # centred in the row, like the name it stands for

    def draw(self) -> None:
        self.slot.name_at = self.canv.absolutePosition(0, 0)


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

    def __init__(
        self, number: str, name: str | tuple[str, ...], width: float, height: float
    ) -> None:
        super().__init__()
        names = (name,) if isinstance(name, str) else name  # a name per language: English first
        self.number = number
        self.name = " / ".join(names)
        self.column_width = width - 2  # the heading row has 1 pt padding each side
        self.fixed_height = height - 5  # the table's top and bottom padding
        room = self.fixed_height - HEADING_SIZE - 4
        most_lines = max(1, int((self.column_width - 2) // (HEADING_SIZE * 1.15)))
        each = max(1, most_lines // len(names))
        self.lines = [
            line
            for one in names
            for line in common.wrap_lines(one, HEADING_SIZE, room, max_lines=each)
        ][: max(most_lines, len(names))]

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
