"""Issue 14: Arabic names print joined, right to left, and read back as typed.

ReportLab draws the code point it is given, and an Arabic letter's own code point is its
isolated form: without joining, "محمد علي" prints as seven separate letters. Each document draws
the joined forms (initial, medial, final: glyphs of their own in DejaVu Sans), and the font's
ToUnicode map names the letter each stands for, so the PDF's text is still the name as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from endorse_desktop.reports import common
from endorse_desktop.reports.ballots import render_ballots
from endorse_desktop.reports.scorecard import render_scorecards
from endorse_desktop.reports.signup import render_signup_sheets
from tests.pdf_text import pdf_text
from tests.reports.test_print_standards import (
    ARABIC,
    _poppler_text,
    ballot_spec,
    scorecard,
    signup_document,
)

MEEM = "\u0645"  # "م": twice in "محمد", once starting the word and once inside it


def test_arabic_letters_take_the_form_their_neighbours_call_for() -> None:
    common.register_fonts()
    # meem initial, hah medial, meem medial, dal final; ain initial, lam medial, yeh final
    assert common.arabic_joined(ARABIC) == "\ufee3\ufea4\ufee4\ufeaa \ufecb\ufee0\ufef2"
    # lam + alef is one ligature; a vowel mark does not break the join
    assert common.arabic_joined("سلام") == "\ufeb3\ufefc\ufee1"
    assert common.arabic_joined("مُحَمَّد") == "\ufee3\u064f\ufea4\u064e\ufee4\u064e\u0651\ufeaa"
    # then turned round for ReportLab, which draws left to right
    assert common.visual_order(ARABIC) == "\ufef2\ufee0\ufecb \ufeaa\ufee4\ufea4\ufee3"
    # letters that are not Arabic are left alone
    assert common.arabic_joined("Ana Núñez דוד") == "Ana Núñez דוד"
    # measured as printed: the joined name is narrower than its isolated letters side by side
    isolated = common.pdfmetrics.getFont(common.FONT)
    assert common.text_width(ARABIC, 12) < super(type(isolated), isolated).stringWidth(ARABIC, 12)


@pytest.mark.parametrize("document", ["ballot", "ranked ballot", "scorecard", "sign-up sheet"])
def test_arabic_names_print_joined_and_read_back_as_typed(tmp_path: Path, document: str) -> None:
    out = tmp_path / "p.pdf"
    names = (ARABIC, "Ana Núñez")
    if document == "scorecard":
        render_scorecards(scorecard(*names), out)
    elif document == "sign-up sheet":
        signup = signup_document()
        sheet = replace(signup.sheets[0], prefilled_names=names)
        render_signup_sheets(replace(signup, sheets=(sheet,)), out)
    else:
        render_ballots(ballot_spec(options=names, ranked=document == "ranked ballot"), out)
    # Joined: the name's two meems are two different glyphs (initial and medial), each read
    # back as the letter meem. Printed letter by letter there is one meem glyph.
    letters = _letters_of_glyphs(out)
    assert letters[MEEM] >= 2, letters
    assert "\ufee3" not in "".join(letters)  # no glyph reads back as a presentation form
    for text in (pdf_text(out), _poppler_text(out)):
        assert "".join(ARABIC.split()) in "".join(text.split()), text


def _letters_of_glyphs(path: Path) -> Counter[str]:
    """How many glyphs of the PDF's fonts stand for each character (their ToUnicode maps)."""
    found: Counter[str] = Counter()
    seen: set[str] = set()  # each subset once, however many pages and forms name it
    for page in PdfReader(str(path)).pages:
        for font in _fonts(page.get("/Resources")):
            if str(font["/BaseFont"]) in seen or "/ToUnicode" not in font:
                continue
            seen.add(str(font["/BaseFont"]))
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            pairs = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, flags=re.DOTALL))
            for _, target in re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)>", pairs):
                found[bytes.fromhex(target).decode("utf-16-be")] += 1
    return found


def _fonts(resources: Any) -> list[Any]:
    if resources is None:
        return []
    resources = resources.get_object()
    fonts = [ref.get_object() for ref in resources.get("/Font", {}).values()]
    for ref in resources.get("/XObject", {}).values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            fonts += _fonts(xobject.get("/Resources"))
    return fonts
