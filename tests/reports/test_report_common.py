"""The shared PDF foundation: fonts, safe text, page furniture, tables, bars."""

from __future__ import annotations

import re
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Paragraph

from endorse_desktop.reports import common
from tests.pdf_text import pdf_pages_text, pdf_text
from tests.reports.pdf_fonts import embedded_font_names

MOMENT = datetime(2026, 5, 14, 19, 32)


def info(**changes: object) -> common.DocumentInfo:
    fields: dict[str, object] = {
        "group_name": "Riverton Indivisible",
        "cycle_name": "2026 Primary",
        "title": "Test handout",
        "generated_at": MOMENT,
    }
    return common.DocumentInfo(**{**fields, **changes})  # type: ignore[arg-type]


def test_user_markup_prints_literally(tmp_path: Path) -> None:
    s = common.styles()
    story = [Paragraph(common.escape("Bob <b>Smith & Co"), s.body)]
    common.build_document(tmp_path / "x.pdf", info(), story)
    assert "Bob <b>Smith & Co" in pdf_text(tmp_path / "x.pdf")


def test_user_line_breaks_can_be_kept(tmp_path: Path) -> None:
    s = common.styles()
    story = [Paragraph(common.escape("first line\nsecond line", line_breaks=True), s.body)]
    common.build_document(tmp_path / "x.pdf", info(), story)
    assert "first line\nsecond line" in pdf_text(tmp_path / "x.pdf")


def test_clean_text_drops_what_would_break_or_box() -> None:
    assert common.clean_text("a\x00b\x07c\u200bd\ufeffe") == "abcde"
    assert common.clean_text("a\tb\r\nc\u2028d") == "a b\nc\nd"
    assert common.clean_text("\ud800x") == "x"  # a lone surrogate cannot even be encoded
    # Typed as "e" + two combining accents: one precomposed letter DejaVu can draw.
    assert common.clean_text("Nguye\u0302\u0303n") == "Nguyễn"
    # A letter no font has a glyph for shows as the replacement mark, not an empty box; a
    # private-use letter too, rather than vanishing.
    assert common.clean_text("\U000f0000") == common.MISSING_GLYPH
    assert common.clean_text("a\ue000b") == f"a{common.MISSING_GLYPH}b"
    assert common.single_line("  two\n\nlines  ") == "two lines"


def test_wrapped_lines_fit_and_break_after_hyphens() -> None:
    name = "Maximiliana Featherstonehaugh-Cholmondeley y Rodríguez-Villanueva"
    lines = common.wrap_lines(name, 10, 130)
    assert all(common.text_width(line, 10) <= 130 for line in lines)
    assert "Featherstonehaugh-" in lines
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")


def test_a_word_longer_than_the_line_is_cut_not_overflowing() -> None:
    lines = common.wrap_lines("W" * 200, 10, 50)
    assert all(common.text_width(line, 10) <= 50 for line in lines)
    assert "".join(lines) == "W" * 200


def test_max_lines_ends_with_an_ellipsis() -> None:
    lines = common.wrap_lines("word " * 100, 10, 60, max_lines=2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert common.text_width(lines[-1], 10) <= 60


def test_every_page_says_page_x_of_y_with_time_and_group(tmp_path: Path) -> None:
    s = common.styles()
    story = [Paragraph(f"Paragraph {i} " + "text " * 80, s.body) for i in range(40)]
    pages = common.build_document(tmp_path / "x.pdf", info(), story)
    texts = pdf_pages_text(tmp_path / "x.pdf")
    assert pages == len(texts) > 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Generated 2026-05-14 19:32" in text
        assert "Riverton Indivisible · 2026 Primary · Test handout" in text


def test_page_size_and_orientation(tmp_path: Path) -> None:
    common.build_document(tmp_path / "l.pdf", info(), [])
    common.build_document(tmp_path / "a.pdf", info(page_size="a4", landscape=True), [])
    letter = PdfReader(tmp_path / "l.pdf").pages[0].mediabox
    a4 = PdfReader(tmp_path / "a.pdf").pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == tuple(map(round, LETTER))
    assert (round(float(a4.width)), round(float(a4.height))) == (round(A4[1]), round(A4[0]))
    with pytest.raises(ValueError, match="page size"):
        info(page_size="legal")


def test_fonts_are_embedded_dejavu(tmp_path: Path) -> None:
    s = common.styles()
    story = [Paragraph(common.escape("Nguyễn <b>Ωμέγα</b>") + " <b>Иван</b>", s.body)]
    common.build_document(tmp_path / "x.pdf", info(), story)
    assert embedded_font_names(tmp_path / "x.pdf") == {"DejaVuSans", "DejaVuSans-Bold"}


def test_emoji_survive_text_extraction(tmp_path: Path) -> None:
    # ReportLab writes characters beyond U+FFFF wrongly into the font's text map; we mend it.
    s = common.styles()
    common.build_document(tmp_path / "x.pdf", info(), [Paragraph("Thanks 😀!", s.body)])
    assert "Thanks 😀!" in pdf_text(tmp_path / "x.pdf")


def test_register_fonts_is_idempotent() -> None:
    common.register_fonts()
    common.register_fonts()
    assert common.missing_glyphs("Nguyễn Thị Minh Ωμέγα Иван ⚠✖●") == ""


def test_table_repeats_its_header_and_wraps_cells(tmp_path: Path) -> None:
    long_note = "a very long note " * 30
    rows = [["Member", "Notes"]] + [[f"Member {i}", long_note] for i in range(60)]
    table = common.data_table(rows, [120, 300])
    pages = common.build_document(tmp_path / "x.pdf", info(), [table])
    texts = pdf_pages_text(tmp_path / "x.pdf")
    assert pages > 1
    assert all("Member\nNotes" in text or "Member Notes" in text for text in texts)
    assert "Member 59" in texts[-1]


def test_table_row_taller_than_a_page_splits(tmp_path: Path) -> None:
    table = common.data_table([["Notes"], ["word " * 5000]], [200], max_lines=None)
    assert common.build_document(tmp_path / "x.pdf", info(), [table]) > 1


def test_table_plain_cells_and_user_markup(tmp_path: Path) -> None:
    table = common.data_table(
        [["Name", "Count"], ["Bob <b>Smith & Co", common.Plain("12")]], [150, 50]
    )
    common.build_document(tmp_path / "x.pdf", info(), [table])
    text = pdf_text(tmp_path / "x.pdf")
    assert "Bob <b>Smith & Co" in text
    assert "12" in text


@pytest.mark.parametrize(
    ("fraction", "filled"),
    [(Fraction(1, 3), 40.0), (Fraction(0), 0.0), (Fraction(1), 120.0), (Fraction(3, 2), 120.0)],
)
def test_bar_fill_is_the_fraction_of_its_width(fraction: Fraction, filled: float) -> None:
    bar = common.horizontal_bar(fraction, 120, label="x")
    assert bar.filled_width == pytest.approx(filled)


def test_bars_render_with_their_labels(tmp_path: Path) -> None:
    story = [
        common.horizontal_bar(Fraction(7, 10), 150, label="7 of 10 canvass shifts"),
        common.horizontal_bar(Fraction(12, 10), 150, label="12 of 10 letters (over the goal)"),
    ]
    common.build_document(tmp_path / "x.pdf", info(), story)
    text = pdf_text(tmp_path / "x.pdf")
    assert "7 of 10 canvass shifts" in text
    assert "12 of 10 letters (over the goal)" in text


def test_a_failed_build_leaves_the_previous_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"previous export")

    class Broken(Paragraph):
        def draw(self) -> None:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        common.build_document(target, info(), [Broken("x", common.styles().body)])
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_header_is_shortened_not_overflowing(tmp_path: Path) -> None:
    common.build_document(tmp_path / "x.pdf", info(group_name="Group " * 80), [])
    header = pdf_text(tmp_path / "x.pdf").splitlines()
    assert any(re.match(r"^(Group ?)+.*…$", line) for line in header)
