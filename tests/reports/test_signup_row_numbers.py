"""A sign-up sheet's row numbers stay in their column however many rows it runs to (issue 14)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pdf_layout import placed_text

from endorse_desktop.core.documents import SignupDocument, SignupSheet
from endorse_desktop.reports import common
from endorse_desktop.reports.signup import render_signup_sheets


def test_four_digit_row_numbers_end_before_the_names_begin(tmp_path: Path) -> None:
    names = tuple(f"Member Number{n:04d}" for n in range(1, 1_101))
    sheet = SignupSheet(race_title="Mayor", candidate="Ana Núñez", activities=("Canvassing",))
    doc = SignupDocument(
        "Riverton Indivisible",
        "2026 Primary",
        "2026-05-14",
        "Help!",
        (replace(sheet, prefilled_names=names),),
    )
    out = tmp_path / "s.pdf"
    pages = render_signup_sheets(doc, out)
    placed = placed_text(out)
    numbers = [p for p in placed if p.text.isdigit() and p.size == 7]
    printed = [p for p in placed if p.text.startswith("Member Number")]
    assert len(printed) == len(names)
    assert max(int(p.text) for p in numbers) >= 1_000
    name_left = min(p.x for p in printed)
    for number in numbers:
        right = number.x + common.text_width(number.text, 7)
        # inside its own column: a cell's padding clear of where the names start
        assert right <= name_left - 2 * common.CELL_PADDING + 0.01, (number.text, pages)
