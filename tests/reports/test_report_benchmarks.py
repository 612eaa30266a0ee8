"""SPEC P-4 for the PDFs written here: 1,000 ballots ≤ 2 s, scorecards of 20 races ≤ 1 s.

Benchmarks, not unit tests: run them on purpose, with the timings printed:

    python -m pytest -m benchmark tests/reports -s

Each figure is the best of three runs in this process (fonts already registered, as they are
after the first export in the app).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from endorse_desktop.core.scoring import ValueWeight
from endorse_desktop.reports import ballots, common
from endorse_desktop.reports.ballots import BallotSpec, render_ballots
from endorse_desktop.reports.scorecard import (
    RatingEntry,
    ScorecardCandidate,
    ScorecardDocument,
    ScorecardRace,
    render_scorecards,
)

pytestmark = pytest.mark.benchmark

OPTIONS = (
    "Ana Núñez",
    "Bob <b>Smith & Co",
    "Nguyễn Thị Minh",
    "Ωμέγα Παπαδόπουλος",
    "Иван Петров",
    "No endorsement",
)
_NOTE_VOCABULARY = (
    "housing rent tenants council vote voted budget transit bus lanes climate plan union wages "
    "police review board schools library parks questionnaire interview record statement supports "
    "opposes promised pledged declined answered forum debate district neighbours zoning density "
    "permits shelter clinic water air jobs training youth seniors"
)
WORDS = tuple(_NOTE_VOCABULARY.split())


def best_of_three(action: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_reportlab_ballots(spec: BallotSpec, path: Path) -> None:
    """The floor to compare with: draw every string and circle of every ballot, no layout work."""
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


@pytest.mark.parametrize("per_page", [1, 4])
@pytest.mark.parametrize("ranked", [False, True])
def test_thousand_ballots(tmp_path: Path, per_page: int, ranked: bool) -> None:
    spec = BallotSpec(
        group_name="Riverton Indivisible",
        cycle="2026 Primary",
        meeting_date="14 May 2026",
        race_title="Mayor — City of Riverton",
        options=OPTIONS,
        ranked=ranked,
        copies=1000,
        per_page=per_page,
        serial_numbers=True,
    )
    ours = best_of_three(lambda: render_ballots(spec, tmp_path / "ballots.pdf"))
    bare = best_of_three(lambda: bare_reportlab_ballots(spec, tmp_path / "bare.pdf"))
    kind = "ranked" if ranked else "choose-one"
    print(
        f"\n1,000 {kind} ballots, {per_page}/page: {ours:.3f} s (bare ReportLab loop {bare:.3f} s)"
    )
    assert ours <= 2.0


def scorecard_document(seed: int = 1) -> ScorecardDocument:
    """20 races × 6 candidates × 20 values, every rating with a note of its own."""
    rnd = random.Random(seed)
    values = tuple(
        ValueWeight(
            f"{rnd.choice(WORDS).title()} and {rnd.choice(WORDS)} {i}",
            rnd.randint(1, 5),
            i % 6 == 0,
        )
        for i in range(20)
    )

    def note() -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 40))).capitalize() + "."

    def candidate(race: int, n: int) -> ScorecardCandidate:
        ratings = {
            v.title: RatingEntry(rnd.choice([0, 1, 2, 3, 4, None]), note(), rnd.choice(WORDS[-24:]))
            for v in values
        }
        return ScorecardCandidate(f"{OPTIONS[n % 5]} {race}-{n}", "Democratic", n == 0, ratings)

    races = tuple(
        ScorecardRace(
            f"City Council District {r}",
            values,
            tuple(candidate(r, n) for n in range(6)),
            "City Council",
            f"District {r}",
            "2026-06-02",
            "primary",
        )
        for r in range(20)
    )
    return ScorecardDocument("Riverton Indivisible", "2026 Primary", races)


def test_scorecards_of_twenty_races(tmp_path: Path) -> None:
    document = scorecard_document()
    pages = render_scorecards(document, tmp_path / "warm-up.pdf")
    seconds = best_of_three(lambda: render_scorecards(document, tmp_path / "scorecards.pdf"))
    print(f"\nScorecards, 20 races × 6 candidates × 20 values, {pages} pages: {seconds:.3f} s")
    assert seconds <= 1.0
