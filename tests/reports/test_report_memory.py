"""What printing leaves held in memory (SPEC P-6): the fonts compact, nothing per document."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from endorse_desktop.reports import common
from endorse_desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout


def test_dejavu_sans_and_what_it_covers_hold_under_six_and_a_half_mb() -> None:
    # A fresh process: this one may have registered the fonts already. (ReportLab's own parse of
    # the two faces, with the sets of letters they cover, held 9.0 MB of Python objects.)
    held = _run(
        "import tracemalloc; from endorse_desktop.reports import common\n"
        "tracemalloc.start(); common.register_fonts(); common._primary_drawable()\n"
        "common.right_to_left_letters(); print(tracemalloc.get_traced_memory()[0])"
    )
    assert int(held) < 6.5 * 2**20


def test_a_font_subset_is_byte_for_byte_what_reportlab_makes_from_its_own_parse() -> None:
    common.register_fonts()
    for name, file in ((common.FONT, "DejaVuSans.ttf"), (common.FONT_BOLD, "DejaVuSans-Bold.ttf")):
        compact = pdfmetrics.getFont(name).face
        plain = TTFont("plain", str(resource_path("fonts", file))).face
        letters = [ord(ch) for ch in "Nguyễn Ωμέγα Жанна דוד محمد ﻣ ½ → ✓ fi"]
        everything = sorted(plain.charToGlyph)  # every glyph, the last metrics entries too
        for subset in (letters, everything[:255], everything[-255:]):
            assert compact.makeSubset(subset) == plain.makeSubset(subset)
        assert list(compact.hmetrics) == [(int(a), b) for a, b in plain.hmetrics]


def test_only_a_shaped_font_keeps_its_glyph_to_letters_map() -> None:
    common.register_fonts()
    assert pdfmetrics.getFont(common.FONT).face.glyphToChar == {}
    assert not pdfmetrics.getFont(common.FONT).shapable
    common._register_fallbacks()
    devanagari = pdfmetrics.getFont("NotoSansDevanagari")
    assert devanagari.face.glyphToChar and devanagari.shapable


def test_forget_layouts_empties_what_documents_remembered_and_keeps_the_fonts(
    tmp_path: Path,
) -> None:
    common.register_fonts()
    info = common.DocumentInfo(group_name="G", cycle_name="C", title="T", page_size="letter")
    story = [
        common.data_table([["Name", "Note"], ["Nguyễn Văn An", common.Plain("דוד")]], [200, 60])
    ]
    common.build_document(tmp_path / "a.pdf", info, story)
    assert common.font_runs.cache_info().currsize > 0
    common.forget_layouts()
    assert common.font_runs.cache_info().currsize == 0
    assert common.visual_order.cache_info().currsize == 0
    assert pdfmetrics.getFont(common.FONT)._widths == {}
    common.build_document(tmp_path / "b.pdf", info, story)  # and the next one prints as before
    assert (tmp_path / "b.pdf").stat().st_size > 1000


def test_the_kinds_of_export_do_not_hold_the_commitment_documents_until_one_is_printed() -> None:
    loaded = _run(
        "import sys, endorse_desktop.exports.kinds; print('\\n'.join(sys.modules))"
    ).split()
    for module in (
        "exports.commitments",
        "reports.signup",
        "reports.commitments_report",
        "reports.announcement",
        "reports.track_record",
    ):
        assert f"endorse_desktop.{module}" not in loaded
