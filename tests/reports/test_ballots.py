"""Paper ballots: what the facilitator and the voters see on the printed page."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from endorse_desktop.reports import ballots, common
from endorse_desktop.reports.ballots import (
    BallotLayoutError,
    BallotSpec,
    ballot_fits,
    default_copies,
    render_ballots,
)
from tests.pdf_text import pdf_pages_text, pdf_text
from tests.reports.pdf_fonts import embedded_font_names

OPTIONS = ("Ana Núñez", "Bob <b>Smith & Co", "Nguyễn Thị Minh", "Иван Петров", "No endorsement")
SERIAL = re.compile(r"\d{4} / \d{4}")


def spec(**changes: object) -> BallotSpec:
    base = BallotSpec(
        group_name="Riverton Indivisible",
        cycle="2026 Primary",
        meeting_date="14 May 2026",
        race_title="Mayor — City of Riverton",
        options=OPTIONS,
        generated_at=datetime(2026, 5, 14, 19, 32),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def squashed(text: str) -> str:
    return " ".join(text.split())


def test_forty_ballots_four_to_a_page(tmp_path: Path) -> None:
    pages = render_ballots(spec(copies=40, per_page=4), tmp_path / "b.pdf")
    texts = pdf_pages_text(tmp_path / "b.pdf")
    assert pages == len(texts) == 10
    for text in texts:
        for option in OPTIONS:
            assert squashed(text).count(option) == 4, option


@pytest.mark.parametrize(
    ("copies", "per_page", "pages"), [(3, 1, 3), (5, 2, 3), (6, 2, 3), (1, 4, 1)]
)
def test_page_counts(tmp_path: Path, copies: int, per_page: int, pages: int) -> None:
    assert render_ballots(spec(copies=copies, per_page=per_page), tmp_path / "b.pdf") == pages
    assert len(PdfReader(tmp_path / "b.pdf").pages) == pages


def test_every_ballot_names_group_cycle_meeting_race_and_says_how_to_mark(tmp_path: Path) -> None:
    render_ballots(spec(copies=2, per_page=2), tmp_path / "b.pdf")
    text = squashed(pdf_text(tmp_path / "b.pdf"))
    for expected in (
        "Riverton Indivisible · 2026 Primary",
        "Meeting: 14 May 2026",
        "Mayor — City of Riverton Whom should the group endorse for Mayor — City of Riverton?",
        "Fill in ONE circle",
        "OFFICIAL BALLOT",
        "Teller's initials",
    ):
        assert text.count(expected) == 2, expected


def test_a_question_of_the_callers_own(tmp_path: Path) -> None:
    render_ballots(spec(question="Do we endorse in this race, and whom?"), tmp_path / "b.pdf")
    assert "Do we endorse in this race, and whom?" in squashed(pdf_text(tmp_path / "b.pdf"))


def test_ranked_ballot_has_a_column_per_rank(tmp_path: Path) -> None:
    render_ballots(spec(ranked=True, options=OPTIONS[:3]), tmp_path / "b.pdf")
    text = pdf_text(tmp_path / "b.pdf")
    assert all(rank in text for rank in ("1st", "2nd", "3rd"))
    assert "4th" not in text
    assert "Rank the choices" in squashed(text)


def test_ranked_ballot_counts_ranks_up_to_the_number_of_options(tmp_path: Path) -> None:
    options = (*(f"Candidate {n}" for n in range(1, 12)), "No endorsement")
    render_ballots(spec(ranked=True, options=options), tmp_path / "b.pdf")
    text = pdf_text(tmp_path / "b.pdf")
    assert all(rank in text for rank in ("1st", "2nd", "3rd", "4th", "11th", "12th"))


def test_serial_numbers_count_the_papers(tmp_path: Path) -> None:
    render_ballots(spec(copies=40, per_page=4, serial_numbers=True), tmp_path / "b.pdf")
    serials = SERIAL.findall(pdf_text(tmp_path / "b.pdf"))
    assert serials == [f"{n:04d} / 0040" for n in range(1, 41)]


def test_no_serial_numbers_unless_asked(tmp_path: Path) -> None:
    render_ballots(spec(copies=8, per_page=4), tmp_path / "b.pdf")
    assert not SERIAL.search(pdf_text(tmp_path / "b.pdf"))


def test_every_page_of_an_unnumbered_run_is_identical(tmp_path: Path) -> None:
    # No page numbers either: they would tell the papers apart when serials are off.
    render_ballots(spec(copies=8, per_page=2), tmp_path / "b.pdf")
    texts = pdf_pages_text(tmp_path / "b.pdf")
    assert len(set(texts)) == 1


def test_default_copies_is_present_plus_ten_percent_rounded_up() -> None:
    assert default_copies(31) == 35
    assert default_copies(30) == 33
    assert default_copies(1) == 2
    assert default_copies(0) == 1
    with pytest.raises(ValueError):
        default_copies(-1)


def test_marking_targets_are_at_least_8_mm() -> None:
    for per_page in (1, 2, 4):
        for ranked in (False, True):
            s = spec(per_page=per_page, ranked=ranked)
            # A 5 × 5 grid fits a quarter page too: short instructions, numbered circles.
            assert ballots.ballot_fits(s)
            circles = [
                shape
                for shape in ballots._layout(s, *ballots._content_size(s))
                if isinstance(shape, ballots._Circle) and not shape.example
            ]
            expected = len(OPTIONS) * (len(OPTIONS) if ranked else 1)
            assert len(circles) == expected
            assert min(c.radius for c in circles) * 2 >= 8 * mm - 1e-9


names = st.text(
    alphabet=st.sampled_from("abcdefghij KLMNOPQR-ễΩжé"), min_size=1, max_size=200
).filter(lambda name: name.strip())


@settings(max_examples=40, deadline=None)
@given(
    options=st.lists(names, min_size=1, max_size=4),
    per_page=st.sampled_from((1, 2, 4)),
    ranked=st.booleans(),
    page_size=st.sampled_from(("letter", "a4")),
)
def test_nothing_is_drawn_outside_the_ballot(
    options: list[str], per_page: int, ranked: bool, page_size: str
) -> None:
    s = spec(options=tuple(options), per_page=per_page, ranked=ranked, page_size=page_size)
    # a ballot that does not fit is refused, not drawn (test_too_many_options_… below)
    assume(ballots.ballot_fits(s))
    width, height = ballots._content_size(s)
    for shape in ballots._layout(s, width, height):
        if isinstance(shape, ballots._Text):
            line_width = common.text_width(shape.text, shape.size, bold=shape.bold)
            left = shape.x - line_width / 2 if shape.centred else shape.x
            assert left >= -0.01
            assert left + line_width <= width + 0.01
            assert 0 <= shape.y <= height - shape.size * 0.9
        elif isinstance(shape, ballots._Circle):
            assert shape.radius <= shape.x <= width - shape.radius
            assert shape.radius <= shape.y <= height - shape.radius


def test_long_names_wrap_in_full_when_there_is_room(tmp_path: Path) -> None:
    long_name = " ".join(["Maximiliana Featherstonehaugh-Cholmondeley de la Cruz"] * 3)
    render_ballots(spec(options=(long_name, "No endorsement"), per_page=4), tmp_path / "b.pdf")
    assert "".join(long_name.split()) in "".join(pdf_text(tmp_path / "b.pdf").split())


def test_too_many_options_for_the_size_are_refused_not_squeezed(tmp_path: Path) -> None:
    options = tuple(f"Candidate {n}" for n in range(12))
    crowded = spec(options=options, ranked=True, per_page=4)
    assert not ballot_fits(crowded)
    assert ballot_fits(replace(crowded, per_page=1))
    with pytest.raises(BallotLayoutError, match="print fewer to a page"):
        render_ballots(crowded, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_a_ballot_too_long_even_for_a_whole_page_says_so(tmp_path: Path) -> None:
    crowded = spec(options=tuple(f"Candidate {n}" for n in range(40)))
    with pytest.raises(BallotLayoutError, match="40 options do not fit on a choose-one ballot"):
        render_ballots(crowded, tmp_path / "b.pdf")


@pytest.mark.parametrize(
    "changes",
    [{"per_page": 3}, {"copies": 0}, {"options": ()}, {"page_size": "legal"}],
)
def test_impossible_specs_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        spec(**changes)


def test_ballots_embed_their_font(tmp_path: Path) -> None:
    render_ballots(spec(copies=4, per_page=2, serial_numbers=True), tmp_path / "b.pdf")
    assert embedded_font_names(tmp_path / "b.pdf") <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_a4_pages(tmp_path: Path) -> None:
    render_ballots(spec(page_size="a4", per_page=2, copies=2), tmp_path / "b.pdf")
    box = PdfReader(tmp_path / "b.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
