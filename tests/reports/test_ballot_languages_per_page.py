"""Issue 15: ballots of both methods in English, Spanish or both, 1, 2 and 4 to a page, with 2, 4
and 8 options: every word of each language on the paper (text extraction) and the print
minimums kept (names 12 pt, instructions 10 pt, as a ruler on the PDF measures them); what cannot
keep them is refused in one sentence before anything is printed, never set smaller."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from endorse_desktop.core.document_text import ENGLISH, SPANISH, Language, texts
from endorse_desktop.core.documents import BallotSpec
from endorse_desktop.reports.ballots import (
    BallotLayoutError,
    ballot_fits,
    render_ballots,
)
from tests.pdf_text import pdf_pages_text
from tests.reports.pdf_layout import placed_text

NAMES = (
    "Ana Núñez",
    "Frank Osei",
    "Maria Gonzalez-Whitfield",
    "Dmitri Alexandrovich Volkov",
    "Li Wei",
    "Priya Raghunathan",
    "José Luis Carrasco",
)

# Letter paper, the group's default. Which combinations hold the minimums: every one of two and
# four options (the bilingual ranked ballot of four included), eight options one to a page, and
# two to a page where the words are few enough; never eight four to a page (eight 8 mm columns
# of circles and a name do not fit across a quarter page).
UNFIT = {
    # (ranked, per page, options): the languages that cannot hold the minimums
    (False, 2, 8): {Language.ES, Language.BOTH},
    (True, 2, 8): {Language.BOTH},
    (False, 4, 8): set(Language),
    (True, 4, 8): set(Language),
}


def ballot(language: Language, ranked: bool, per_page: int, options: int) -> BallotSpec:
    return BallotSpec(
        group_name="Riverton Indivisible",
        cycle="2026 Primary",
        meeting_date="2026-05-14",
        race_title="Mayor — City of Riverton",
        race_title_es="Alcaldía — Ciudad de Riverton",
        options=(*NAMES[: options - 1], "No endorsement"),
        ranked=ranked,
        per_page=per_page,
        copies=per_page,
        generated_at=datetime(2026, 5, 14, 19, 32),
        language=language,
    )


def flat(text: str) -> str:
    return "".join(text.split())


def instruction_texts(language: Language, ranked: bool) -> tuple[list[str], list[str]]:
    """The instructions each language of the ballot gives: in full, and in few words."""
    words = texts(language)
    if ranked:
        return [t.ranked_instructions for t in words], [t.ranked_short for t in words]
    return [t.choose_one_instructions for t in words], [t.choose_one_short for t in words]


@pytest.mark.parametrize("options", [2, 4, 8])
@pytest.mark.parametrize("per_page", [1, 2, 4])
@pytest.mark.parametrize("ranked", [False, True], ids=["choose-one", "ranked"])
@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_every_word_in_each_language_and_the_minimums_or_a_refusal(
    tmp_path: Path, language: Language, ranked: bool, per_page: int, options: int
) -> None:
    spec = ballot(language, ranked, per_page, options)
    out = tmp_path / "ballots.pdf"
    if language in UNFIT.get((ranked, per_page, options), set()):
        assert not ballot_fits(spec)
        with pytest.raises(BallotLayoutError) as refused:
            render_ballots(spec, out)
        sentence = str(refused.value)
        assert sentence.count(". ") == 0 and sentence.endswith(".")  # one sentence
        assert "at least 12 pt" in sentence and "print fewer to a page" in sentence
        assert not out.exists()
        return
    assert ballot_fits(spec)
    render_ballots(spec, out)
    pages = pdf_pages_text(out)
    assert len(pages) == 1
    text = flat(pages[0])
    for words in texts(language):
        assert text.count(flat(words.official_ballot)) == per_page
        assert flat(words.tellers_initials) in text
        assert flat(words.no_endorsement) in text
        if ranked:
            assert flat(words.example.rstrip(":")) in text
            assert flat(words.example_note) in text
    full, short = instruction_texts(language, ranked)
    said_in_full = all(flat(t) in text for t in full)
    assert said_in_full or all(flat(t) in text for t in short)
    if language.has_spanish:
        assert flat("Alcaldía — Ciudad de Riverton") in text
    if language is Language.ES:
        assert flat(ENGLISH.official_ballot) not in text
    # the candidates' names once per ballot, never translated
    for name in NAMES[: options - 1]:
        assert text.count(flat(name)) == per_page
    placed = placed_text(out)
    names = [p for p in placed if p.text in spec.options or p.text.startswith(NAMES)]
    assert names and min(p.size for p in names) >= 12
    starts = tuple(t[:12] for t in (*full, *short))
    instructions = [p for p in placed if p.text.startswith(starts)]
    assert len(instructions) >= len(texts(language)) * per_page
    assert min(p.size for p in instructions) >= 10


def test_a_bilingual_ranked_ballot_of_four_options_fits_four_to_a_page(tmp_path: Path) -> None:
    """The ballot the README shows: both languages' words in a quarter of a letter page."""
    for page_size in ("letter", "a4"):
        spec = replace(ballot(Language.BOTH, True, 4, 4), page_size=page_size)
        assert ballot_fits(spec)
        out = tmp_path / f"{page_size}.pdf"
        render_ballots(spec, out)
        text = flat(pdf_pages_text(out)[0])
        assert text.count(flat(SPANISH.ranked_short)) == 4
        assert text.count(flat(ENGLISH.ranked_short)) == 4
        # every circle keeps its number: the columns are told apart without the ordinals row
        circled = [p for p in placed_text(out) if p.text in {"2", "3", "4"}]
        assert len(circled) >= 4 * 4 * 3
