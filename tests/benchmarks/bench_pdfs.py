"""P-4: PDFs from the large sample, each against a bare ReportLab loop drawing the same text.

Each figure is the export as File ▸ Print and `endorse-desktop export` run it: read the file
(read-only), gather the data, lay it out and write the PDF; the best of three in this process,
after one run that registers the fonts, as they are after the first export in the app.

The floors draw the same text with the same embedded font and nothing else. For the ballots:
every string and marking circle of every ballot, one by one. For the summary and the
scorecards: the text of each page of our PDF (read back with pypdf), one line after another on
as many pages, with no layout, tables, wrapping or page furniture.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from endorse_desktop.core.store import Store

from .harness import Row, Target, Workspace, best_of

BALLOTS_LIMIT_S = 2.0
SUMMARY_LIMIT_S = 1.0
SCORECARDS_LIMIT_S = 1.0
COPIES = 1000


def pdf_rows(workspace: Workspace) -> list[Row]:
    from endorse_desktop.core.store import Store
    from endorse_desktop.exports.kinds import export_document

    rows = []
    out = workspace.path("pdfs")
    out.mkdir(exist_ok=True)
    with Store.open(workspace.large, readonly=True) as store:
        export_document(store, "summary", out / "warm-up.pdf")  # registers the fonts
        # The large sample's races put 7 options on a ballot (6 candidates, "No endorsement"):
        # with names ≥ 12 pt and instructions ≥ 10 pt they fit one to a page, and the app
        # refuses more to a page rather than shrink the type (issue 15).
        for ranked, per_page in ((False, 1), (True, 1)):
            path = out / f"ballots-{'ranked' if ranked else 'one'}-{per_page}.pdf"
            options = {
                "copies": COPIES,
                "per_page": per_page,
                "ranked": ranked,
                "serial_numbers": True,
            }
            seconds = best_of(
                3, lambda p=path, o=options: export_document(store, "ballots", p, **o)
            )
            floor = best_of(
                3, lambda r=ranked, n=per_page: _bare_ballots(store, out / "bare.pdf", r, n)
            )
            kind = "ranked" if ranked else "choose-one"
            rows.append(
                Row(
                    "P-4",
                    f"1,000 {kind} ballots, {per_page} a page",
                    seconds,
                    "s",
                    floor,
                    Target(limit=BALLOTS_LIMIT_S),
                    "" if rows else _BALLOTS_NOTE,
                )
            )
        summary = out / "summary.pdf"
        meeting = int(store.scalar("SELECT id FROM meetings ORDER BY held_on DESC, id DESC"))
        votes = int(store.scalar("SELECT count(*) FROM votes WHERE meeting_id = ?", (meeting,)))
        seconds = best_of(3, lambda: export_document(store, "summary", summary))
        rows.append(
            Row(
                "P-4",
                f"meeting summary of {votes} votes ({_pages(summary)} pages)",
                seconds,
                "s",
                best_of(3, lambda: _bare_text(summary, out / "bare.pdf")),
                Target(limit=SUMMARY_LIMIT_S),
                "the latest meeting of the large sample (its endorsement night)",
            )
        )
        races = int(
            store.scalar(
                "SELECT count(*) FROM races "
                "WHERE cycle_id = (SELECT id FROM cycles WHERE is_current = 1)"
            )
        )
        scorecards = out / "scorecards.pdf"
        seconds = best_of(3, lambda: export_document(store, "scorecard", scorecards))
        rows.append(
            Row(
                "P-4",
                f"scorecards of {races} races ({_pages(scorecards)} pages)",
                seconds,
                "s",
                best_of(3, lambda: _bare_text(scorecards, out / "bare.pdf")),
                Target(limit=SCORECARDS_LIMIT_S),
                "every race: 6 candidates × 20 values, with the evidence appendix",
            )
        )
    return rows


_BALLOTS_NOTE = (
    "export ballots --copies 1000 --serial-numbers (the first race); ours draws the ballot once "
    "as a PDF form and places it, so it beats the floor, which draws every ballot"
)


def _bare_ballots(store: Store, path: Path, ranked: bool, per_page: int) -> None:
    """Every string and circle of every ballot drawn one by one, as a plain loop would."""
    from reportlab.pdfgen.canvas import Canvas

    from endorse_desktop.core.settings import settings_or_default
    from endorse_desktop.exports.ballots import plan_ballots
    from endorse_desktop.reports import ballots, common

    plan = plan_ballots(store, None, None, COPIES, ranked or None)
    assert plan is not None
    settings = settings_or_default(store)
    spec = ballots.BallotSpec(
        group_name=settings.name,
        cycle=settings.cycle,
        meeting_date=plan.meeting.held_on if plan.meeting else None,
        race_title=plan.race.title,
        question=plan.question,
        options=plan.options,
        ranked=plan.ranked,
        copies=COPIES,
        per_page=per_page,
        serial_numbers=True,
        page_size=settings.page_size,
    )
    width, height = ballots._content_size(spec)
    try:
        shapes = ballots._layout(spec, width, height)
    except ballots.BallotLayoutError:  # too many options for the slot: one a page, as the app
        spec = replace(spec, per_page=1)
        width, height = ballots._content_size(spec)
        shapes = ballots._layout(spec, width, height)
    page = common.page_size(spec.page_size)
    origins = ballots._slot_origins(spec.per_page, *page)
    canvas = Canvas(str(path), pagesize=page, initialFontName=common.FONT)
    for number in range(spec.copies):
        x, y = origins[number % spec.per_page]
        for shape in shapes:
            if isinstance(shape, ballots._Text):
                canvas.setFont(common.FONT_BOLD if shape.bold else common.FONT, shape.size)
                canvas.drawString(x + shape.x, y + shape.y, shape.text)
            elif isinstance(shape, ballots._Circle):
                canvas.circle(x + shape.x, y + shape.y, shape.radius)
        canvas.drawRightString(x + width, y, ballots.serial_text(number + 1, spec.copies))
        if number % spec.per_page == spec.per_page - 1:
            canvas.showPage()
    canvas.save()


_TEXT_CACHE: dict[Path, list[list[str]]] = {}


def _bare_text(ours: Path, path: Path) -> None:
    """The text of each page of `ours`, drawn line by line on as many pages, nothing else."""
    from reportlab.pdfgen.canvas import Canvas

    from endorse_desktop.reports import common

    pages = _TEXT_CACHE.get(ours)
    if pages is None:
        pages = _TEXT_CACHE[ours] = _page_lines(ours)
    width, height = common.page_size("letter")
    canvas = Canvas(str(path), pagesize=(width, height), initialFontName=common.FONT)
    for lines in pages:
        y = height - common.MARGIN
        canvas.setFont(common.FONT, 8)
        for line in lines:
            canvas.drawString(common.MARGIN, y, line)
            y -= 9
        canvas.showPage()
    canvas.save()


def _page_lines(pdf: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [(page.extract_text() or "").splitlines() for page in PdfReader(str(pdf)).pages]


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)
