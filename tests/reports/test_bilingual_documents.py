"""Issue 15: ballots, sign-up sheets and the announcement in English, Spanish or both, every
Spanish string on the paper and the print minimums kept (names ≥ 12 pt, instructions ≥ 10 pt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

import pytest

from endorse_desktop.core.document_text import (
    ENGLISH,
    SPANISH,
    DocumentText,
    Language,
    format_date,
    format_number,
    ordinal,
)
from endorse_desktop.core.documents import (
    AnnouncementDocument,
    BallotSpec,
    SignupDocument,
    SignupSheet,
)
from endorse_desktop.reports.announcement import render_announcement
from endorse_desktop.reports.ballots import ballot_fits, render_ballots
from endorse_desktop.reports.signup import ROWS_PER_PAGE, render_signup_sheets
from tests.pdf_text import pdf_pages_text, pdf_text
from tests.reports.pdf_layout import placed_text

NAMES = ("Ana Núñez", "Bob Lee")


def flat(text: str) -> str:
    return " ".join(text.split())


def said(text: str, pdf: str) -> bool:
    """Whether `text` is on the page, however the lines were broken."""
    return flat(text).replace(" ", "") in flat(pdf).replace(" ", "")


def ballot(**changes: object) -> BallotSpec:
    base = BallotSpec(
        group_name="Riverton Indivisible",
        cycle="2026 Primary",
        meeting_date="2026-05-14",
        race_title="Mayor — City of Riverton",
        race_title_es="Alcaldía — Ciudad de Riverton",
        options=(*NAMES, "No endorsement"),
        generated_at=datetime(2026, 5, 14, 19, 32),
        language=Language.BOTH,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# --- the catalog ---------------------------------------------------------------------------------


def test_every_document_string_has_its_spanish() -> None:
    for field in DocumentText.__dataclass_fields__:
        english, spanish = getattr(ENGLISH, field), getattr(SPANISH, field)
        pairs = (
            zip(english, spanish, strict=True)
            if isinstance(english, tuple)
            else [(english, spanish)]
        )
        for one, other in pairs:
            assert other.strip(), field
            if field != "code" and len(one) > 12:
                assert other != one, f"{field} is not translated"


def test_dates_numbers_and_ordinals_follow_the_language_not_the_machine() -> None:
    assert format_date("2026-05-14", "es") == "14 de mayo de 2026"
    assert format_date(date(2026, 11, 3), "es") == "3 de noviembre de 2026"
    assert format_date("2026-05-14", "en") == "2026-05-14"
    assert format_date("after the primary", "es") == "after the primary"
    assert format_number(12345, "en") == "12,345"
    assert format_number(12345, "es") == "12\u00a0345"
    assert format_number(2026, "es") == "2026"
    assert [ordinal(n, "en") for n in (1, 2, 3, 11)] == ["1st", "2nd", "3rd", "11th"]
    assert ordinal(2, "es") == "2.ª"
    assert Language.parse("en+es") is Language.BOTH
    with pytest.raises(ValueError, match="en, es or en\\+es"):
        Language.parse("fr")


# --- ballots ----------------------------------------------------------------------------------


@pytest.mark.parametrize("ranked", [False, True], ids=["choose-one", "ranked"])
@pytest.mark.parametrize("per_page", [1, 2, 4])
def test_bilingual_ballots_say_everything_in_both_languages_names_once(
    tmp_path: Path, ranked: bool, per_page: int
) -> None:
    spec = ballot(ranked=ranked, per_page=per_page, copies=per_page)
    assert ballot_fits(spec)
    out = tmp_path / "b.pdf"
    render_ballots(spec, out)
    pages = pdf_pages_text(out)
    assert len(pages) == 1
    text = pages[0]
    for words in (ENGLISH, SPANISH):
        assert text.count(words.official_ballot) == per_page
        assert said(words.tellers_initials, text)
        assert said(words.no_endorsement, text)
    assert said("Alcaldía — Ciudad de Riverton", text)
    # the instructions: in full where there is room, else the short form, always in both
    if ranked:
        full = (ENGLISH.ranked_instructions, SPANISH.ranked_instructions)
        short = (ENGLISH.ranked_short, SPANISH.ranked_short)
        assert said("Example / Ejemplo:", text)
        assert said(ENGLISH.example_note, text) and said(SPANISH.example_note, text)
        assert "1.ª" in text and "1st" in text
    else:
        full = (ENGLISH.choose_one_instructions, SPANISH.choose_one_instructions)
        short = (ENGLISH.choose_one_short, SPANISH.choose_one_short)
    assert all(said(t, text) for t in full) or all(said(t, text) for t in short)
    # candidates' names once per ballot, never translated
    for name in NAMES:
        assert text.count(name) == per_page
    placed = placed_text(out)
    names = [p for p in placed if p.text in NAMES]
    assert len(names) == 2 * per_page and min(p.size for p in names) >= 12
    instructions = [
        p
        for p in placed
        if p.text.startswith(
            ("Fill in ONE", "Rellene UN", "Rank the", "Vote por", "1st col", "1.ª col")
        )
    ]
    assert instructions and min(p.size for p in instructions) >= 10


def test_a_spanish_ballot_is_all_spanish_with_the_date_written_out(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    render_ballots(ballot(language=Language.ES, serial_numbers=True), out)
    text = flat(pdf_text(out))
    assert "PAPELETA OFICIAL" in text and "OFFICIAL BALLOT" not in text
    assert "Reunión: 14 de mayo de 2026" in text
    assert "¿A quién debe respaldar el grupo para Alcaldía — Ciudad de Riverton?" in text
    assert "Sin respaldo" in text and "No endorsement" not in text
    assert "N.º 0001 / 0001" in text
    assert "Fill in" not in text and "Teller" not in text


def test_the_groups_own_question_is_printed_in_its_spanish(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    spec = ballot(question="Shall we endorse in the mayoral race?", question_es="¿Respaldamos?")
    render_ballots(spec, out)
    text = flat(pdf_text(out))
    assert "Shall we endorse in the mayoral race?" in text and "¿Respaldamos?" in text


def test_english_ballots_are_unchanged_by_the_language_option(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    render_ballots(ballot(language=Language.EN), out)
    text = flat(pdf_text(out))
    assert "OFFICIAL BALLOT" in text and "PAPELETA" not in text and "Alcaldía" not in text


# --- sign-up sheets ---------------------------------------------------------------------------


def signup(language: Language, **changes: object) -> SignupDocument:
    sheet = SignupSheet(
        race_title="Mayor",
        race_title_es="Alcaldía",
        candidate="Ana Núñez",
        election_date="2026-06-02",
        activities=("Canvassing (door knocking)", "Phone bank", "Small-dollar donation"),
        activities_es=("Visitas casa por casa", "Llamadas a votantes", "Donación pequeña"),
        offers_money=True,
        prefilled_names=tuple(f"Member {n}" for n in range(1, 16)),
    )
    base = SignupDocument(
        group_name="Riverton Indivisible",
        cycle_name="2026 Primary",
        sheet_date="2026-05-14",
        ask=ENGLISH.ask,
        sheets=(sheet,),
        independent_expenditures=True,
        generated_at=datetime(2026, 5, 14, 20, 0),
        language=language,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_bilingual_sign_up_sheet_has_every_spanish_string(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    render_signup_sheets(signup(Language.BOTH), out)
    text = pdf_text(out)
    for words in (ENGLISH, SPANISH):
        for field in ("ask", "consent_line", "money_note", "coordination_note", "signup_title"):
            assert said(getattr(words, field), text), (words.code, field)
        for field in ("name", "phone", "email", "shifts_notes"):
            assert said(getattr(words, field), text), (words.code, field)
    assert said("Help elect Ana Núñez for Mayor", text)
    assert said("Ayude a elegir a Ana Núñez para Alcaldía", text)
    assert said("Día de la elección: 2 de junio de 2026", text)
    for name in ("Visitas casa por casa", "Llamadas a votantes", "Donación pequeña", "Phone bank"):
        assert said(name, text), name
    assert "Página 1 de" in text and "Page 1 of" in text
    # every pre-printed name once, on rows still sized for handwriting
    for n in range(1, 16):
        assert (
            text.count(f"Member {n}\n") + text.count(f"Member {n} ") >= 1 or f"Member {n}" in text
        )
    numbers = [p for p in placed_text(out) if p.text.isdigit() and p.size == 7]
    for page in {p.page for p in numbers}:
        ys = sorted((p.y for p in numbers if p.page == page), reverse=True)
        gaps = [a - b for a, b in pairwise(ys)]
        assert gaps and min(gaps) >= 8 * 72 / 25.4 - 0.01  # 8 mm between the rules


def test_a_spanish_sign_up_sheet_uses_the_groups_spanish_ask(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    ask_es = "Anótese para ayudar a Ana este sábado."
    render_signup_sheets(signup(Language.ES, ask="Sign up to help Ana.", ask_es=ask_es), out)
    text = pdf_text(out)
    assert said(ask_es, text) and not said("Sign up to help Ana.", text)
    assert said("Hoja de compromisos", text) and not said("Commitment sign-up sheet", text)


def test_english_sign_up_sheets_keep_eleven_rows(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    render_signup_sheets(signup(Language.EN, sheets=(SignupSheet(race_title="Mayor"),)), out)
    numbers = [p for p in placed_text(out) if p.text.isdigit() and p.size == 7]
    # two notes under the table (money, coordination) take the room of the twelfth row
    assert len(numbers) == ROWS_PER_PAGE - 1 == 11


# --- the announcement ------------------------------------------------------------------------


def test_a_bilingual_announcement_prints_both_releases(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    doc = AnnouncementDocument(
        group_name="Riverton Indivisible",
        cycle_name="2026 Primary",
        title="Ana Núñez — Mayor",
        text="FOR IMMEDIATE RELEASE\n\nRiverton Indivisible endorses Ana Núñez for Mayor.",
        text_es=(
            "PARA DIFUSIÓN INMEDIATA\n\nRiverton Indivisible respalda a Ana Núñez para Alcaldía."
        ),
        language=Language.BOTH,
    )
    render_announcement(doc, out)
    text = flat(pdf_text(out))
    assert "Riverton Indivisible endorses Ana Núñez for Mayor." in text
    assert "Riverton Indivisible respalda a Ana Núñez para Alcaldía." in text
    assert text.index("endorses") < text.index("respalda")  # English first
    render_announcement(replace(doc, text_es="", text="Draft: [name, phone]."), out)
    draft = flat(pdf_text(out))
    assert "BORRADOR" in draft and "DRAFT" in draft
