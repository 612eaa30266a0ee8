"""The scorecard handout: what a member holding the printout can read off it."""

from __future__ import annotations

import logging
import re
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from endorse_desktop.core.scoring import ValueWeight
from endorse_desktop.reports import common
from endorse_desktop.reports.scorecard import (
    RatingEntry,
    ScorecardCandidate,
    ScorecardDocument,
    ScorecardRace,
    render_scorecards,
)
from tests.pdf_text import pdf_pages_text, pdf_text
from tests.reports.pdf_fonts import embedded_font_names

LONG_NAME = (
    "Maximiliana Alexandra Featherstonehaugh-Cholmondeley de la Cruz y Villanueva Ortega "
    "Rodríguez-Papadopoulos Nguyễn Ivanova Smith-Jones O'Brien van der Berg Okonkwo-Adeyemi "
    "Fitzgerald Kowalski"
)
NAMES = ("Bob <b>Smith & Co", "Nguyễn Thị Minh", "Ωμέγα Παπαδόπουλος", "Иван Петров", LONG_NAME)

HOUSING = ValueWeight("Affordable housing", 5, dealbreaker=True)
CLIMATE = ValueWeight("Climate <action> & jobs", 3)
TRANSIT = ValueWeight("Transit", 1)
VALUES = (HOUSING, CLIMATE, TRANSIT)


def candidate(
    name: str, housing: int | None, climate: int | None, **extra: object
) -> ScorecardCandidate:
    ratings = {
        HOUSING.title: RatingEntry(housing, "Answered question 4 in full.", "questionnaire"),
        CLIMATE.title: RatingEntry(
            climate, "Voted for the <2024> climate plan & the bond.", "record"
        ),
    }
    return ScorecardCandidate(name, ratings=ratings, **extra)  # type: ignore[arg-type]


def race(*candidates: ScorecardCandidate, title: str = "Mayor — City of Riverton") -> ScorecardRace:
    return ScorecardRace(
        title,
        VALUES,
        candidates,
        office="Mayor",
        district="City of Riverton",
        election_date=date(2026, 6, 2),
        stage="primary",
    )


def document(*races: ScorecardRace) -> ScorecardDocument:
    return ScorecardDocument(
        "Riverton Indivisible", "2026 Primary", races, generated_at=datetime(2026, 5, 14, 19, 32)
    )


@pytest.fixture
def names_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "scorecards.pdf"
    candidates = [candidate(name, 3, 2) for name in NAMES]
    render_scorecards(document(race(*candidates)), path)
    return path


def test_the_190_character_name_is_that_long() -> None:
    assert len(LONG_NAME) == 190


def test_every_name_prints_literally(names_pdf: Path) -> None:
    text = pdf_text(names_pdf)
    for name in NAMES[:-1]:
        assert name in text
    # The long name wraps over several lines of its column.
    assert "".join(LONG_NAME.split()) in "".join(text.split())


def test_every_character_of_every_name_has_a_glyph(names_pdf: Path) -> None:
    for name in NAMES:
        assert common.missing_glyphs(name, common.FONT) == ""
        assert common.missing_glyphs(name, common.FONT_BOLD) == ""  # names head columns in bold
    assert embedded_font_names(names_pdf) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_page_x_of_y_generated_at_and_group(names_pdf: Path) -> None:
    texts = pdf_pages_text(names_pdf)
    assert len(texts) >= 3  # cover, race, appendix
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Generated 2026-05-14 19:32" in text
        assert "Riverton Indivisible" in text


def test_ratings_show_labels_scores_coverage_and_dealbreakers(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    render_scorecards(
        document(race(candidate("Ana Núñez", 4, 2), candidate("Bob Lee", 0, None))), path
    )
    race_page = " ".join(pdf_pages_text(path)[1].split())
    assert "Champion (4)" in race_page
    assert "Mixed (2)" in race_page
    assert "Unknown" in race_page
    # Ana: (5·4 + 3·2) / (4·(5 + 3)) = 26/32 = 81.25 %; Bob: 0 of 20 → 0 %.
    assert "81%" in race_page
    assert "0%" in race_page
    assert race_page.count("2 of 3 values rated") == 1
    assert race_page.count("1 of 3 values rated") == 1
    # Bob opposes a dealbreaker: said in words and with a symbol, not by colour alone.
    assert "✖ Opposes (0)" in race_page
    assert "✖ Affordable housing" in race_page
    assert "⚠ dealbreaker" in race_page
    assert "Election 2026-06-02" in race_page
    assert "Primary" in race_page


def test_weights_are_shown_beside_each_value(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    render_scorecards(document(race(candidate("Ana Núñez", 4, 2))), path)
    lines = [line.strip() for line in pdf_pages_text(path)[1].splitlines()]
    assert "Weight" in " ".join(lines)
    for value in VALUES:
        index = next(i for i, line in enumerate(lines) if line.startswith(value.title))
        assert str(value.weight) in lines[index : index + 3]


def test_the_cover_explains_how_to_read_the_tables(names_pdf: Path) -> None:
    cover = " ".join(pdf_pages_text(names_pdf)[0].split())
    assert "How to read these scorecards" in cover
    for label in ("Champion (4)", "Strong (3)", "Mixed (2)", "Weak (1)", "Opposes (0)", "Unknown"):
        assert label in cover
    assert "Mayor — City of Riverton — 5 candidates" in cover


def test_evidence_notes_are_in_the_appendix(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    render_scorecards(document(race(candidate("Ana Núñez", 4, 2))), path)
    appendix = " ".join(pdf_pages_text(path)[-1].split())
    assert "Appendix: evidence notes" in appendix
    assert "Affordable housing — Champion (4) · source: questionnaire" in appendix
    assert "Voted for the <2024> climate plan & the bond." in appendix
    assert "Transit" not in appendix  # no note for it


def test_notes_running_onto_more_pages_keep_their_heading_and_at_least_two_lines_a_page(
    tmp_path: Path,
) -> None:
    """A candidate's notes continue under their name and race on every page they run onto, in
    order, every word kept; a note breaks across pages only with two of its lines on each side,
    so no page ends on a note's bold heading alone or starts with its last few words."""
    values = tuple(ValueWeight(f"Value {i}", 3) for i in range(40))
    ratings = {
        v.title: RatingEntry(i % 5, " ".join(f"n{i}w{j}" for j in range(8 + 9 * (i % 4))))
        for i, v in enumerate(values)
    }
    ana = ScorecardCandidate("Ana Núñez", ratings=ratings)
    path = tmp_path / "s.pdf"
    render_scorecards(document(ScorecardRace("Council — Ward 3", values, (ana,))), path)
    pages = [[line.strip() for line in page.splitlines()] for page in pdf_pages_text(path)]
    start = next(n for n, page in enumerate(pages) if "Appendix: evidence notes" in page)
    appendix = pages[start:]
    assert len(appendix) >= 3
    words: list[str] = []
    for page in appendix:
        heading = page.index("Ana Núñez")
        assert page[heading + 1] == "Council — Ward 3", page[heading : heading + 3]
        body = [line for line in page[heading + 2 :] if re.match(r"Value \d+ —|n\d+w", line)]
        lines_of: dict[int, int] = {}
        for line in body:
            note = int(re.findall(r"\d+", line)[0])
            lines_of[note] = lines_of.get(note, 0) + 1
            words += line.split() if not line.startswith("Value") else []
        assert min(lines_of.values()) >= 2, lines_of
    assert words == [f"n{i}w{j}" for i in range(40) for j in range(8 + 9 * (i % 4))]


def test_notes_in_every_script_print_in_the_appendix_and_a_letter_no_font_has_is_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The appendix draws its notes itself: each run of letters still comes from the font that
    has them (Chinese, Devanagari shaped, Hebrew right to left), and a letter no font has prints
    as the replacement mark and is named in the export's warning."""
    notes = ("王小明 supports it", "क्षत्रिय agreed", "דוד כהן said so", "Bob\ue000 answered")
    values = tuple(ValueWeight(f"Value {i}", 3) for i in range(len(notes)))
    ratings = {v.title: RatingEntry(2, note) for v, note in zip(values, notes, strict=True)}
    path = tmp_path / "s.pdf"
    with caplog.at_level(logging.WARNING, logger="endorse_desktop.reports"):
        render_scorecards(
            document(
                ScorecardRace("Council", values, (ScorecardCandidate("Ana", ratings=ratings),))
            ),
            path,
        )
    assert "U+E000" in caplog.text and "scorecard" in caplog.text
    command = ["pdftotext", str(path), "-"]
    shown = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    flat = "".join(re.sub("[\u202a-\u202e]", "", shown).split())
    for note in (*notes[:3], f"Bob{common.MISSING_GLYPH} answered"):
        assert "".join(note.split()) in flat, note
    fonts = " ".join(embedded_font_names(path))
    assert "WenQuanYiMicroHei" in fonts and "NotoSansDevanagari" in fonts


def test_no_appendix_without_notes(tmp_path: Path) -> None:
    bare = ScorecardCandidate("Ana Núñez", ratings={"Transit": RatingEntry(3)})
    path = tmp_path / "s.pdf"
    render_scorecards(document(race(bare)), path)
    assert "Appendix" not in pdf_text(path)


def _page_is_landscape(path: Path, index: int = 0) -> bool:
    box = PdfReader(path).pages[index].mediabox
    return float(box.width) > float(box.height)


def test_orientation_follows_the_number_of_candidates(tmp_path: Path) -> None:
    few, many = tmp_path / "few.pdf", tmp_path / "many.pdf"
    render_scorecards(document(race(*(candidate(f"C{i}", 3, 3) for i in range(4)))), few)
    render_scorecards(document(race(*(candidate(f"C{i}", 3, 3) for i in range(5)))), many)
    assert not _page_is_landscape(few)
    assert _page_is_landscape(many)


def test_a_crowded_race_continues_in_a_second_table(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    render_scorecards(document(race(*(candidate(f"Person {i}", 3, 3) for i in range(10)))), path)
    text = " ".join(pdf_text(path).split())
    assert "Candidates 1–7 of 10" in text
    assert "Candidates 8–10 of 10" in text
    for i in range(10):
        assert f"Person {i}" in text


def test_many_values_spill_onto_more_pages_with_the_names_repeated(tmp_path: Path) -> None:
    values = tuple(ValueWeight(f"Value {i}", 3) for i in range(60))
    ratings = {v.title: RatingEntry(2) for v in values}
    crowded = ScorecardRace("Council", values, (ScorecardCandidate("Ana Núñez", ratings=ratings),))
    path = tmp_path / "s.pdf"
    render_scorecards(document(crowded), path)
    race_pages = pdf_pages_text(path)[1:]
    assert len(race_pages) >= 2
    assert all("Ana Núñez" in page for page in race_pages)


def test_a_continued_race_page_says_which_race_with_headings_and_scores_again(
    tmp_path: Path,
) -> None:
    """Issue 14: a page torn from the middle of a long race still says what it lists and how to
    read it, and every rating on it sits below the candidate's score, never a page away."""
    values = tuple(ValueWeight(f"Value {i}", 3) for i in range(60))
    ratings = {v.title: RatingEntry(i % 5) for i, v in enumerate(values)}
    people = tuple(ScorecardCandidate(n, ratings=ratings) for n in ("Ana Núñez", "Bob Lee"))
    crowded = ScorecardRace("Council — Ward 3", values, people)
    path = tmp_path / "s.pdf"
    render_scorecards(document(crowded, race(candidate("Cy Young", 1, 2))), path)
    pages = [[line.strip() for line in page.splitlines()] for page in pdf_pages_text(path)]
    council = [page for page in pages if any(line.startswith("Value 5") for line in page)]
    continued = [page for page in pages[2:] if any(line.startswith("Value 59") for line in page)]
    assert continued and continued[0] is not council[0]
    for page in continued:
        assert "Council — Ward 3 (continued)" in page
        body = page[page.index("Council — Ward 3 (continued)") :]
        assert "Champion (4)" in body and "Opposes (0)" in body  # the key, as on every race page
        heading = body.index("Value")
        assert body[heading : heading + 2] == ["Value", "Weight"], body[:12]  # the heading row
        for label in ("Ana Núñez", "Bob Lee", "Weighted score", "Coverage", "Dealbreakers"):
            assert label in body, label
        assert body.index("Weighted score") < body.index(
            next(line for line in body if line.startswith("Value "))
        )
    # the next race starts afresh, on its own page, with no "(continued)"
    mayor = next(page for page in pages if "Mayor — City of Riverton" in page)
    assert not any(line.endswith("(continued)") for line in mayor)
    assert all(any(line.strip() for line in page) for page in pages)  # no blank page


def test_empty_document_and_empty_races(tmp_path: Path) -> None:
    assert render_scorecards(document(), tmp_path / "none.pdf") == 1
    assert "no races to show" in pdf_text(tmp_path / "none.pdf")
    render_scorecards(document(ScorecardRace("Council", (), ())), tmp_path / "empty.pdf")
    assert "No candidates in this race yet." in pdf_text(tmp_path / "empty.pdf")
