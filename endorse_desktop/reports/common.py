"""What every printed document shares: font, safe text, page furniture, styles, tables, bars.

Every PDF the app prints (ballots, scorecards, sign-up sheets, the meeting summary, the commitment
report) is built on this module, so a new document only describes its own content.

A flowing document in a few lines::

    from reportlab.platypus import Paragraph
    from endorse_desktop.reports import common

    info = common.DocumentInfo(group_name="Riverton Indivisible", cycle_name="2026 Primary",
                               title="Meeting summary", page_size="letter")
    s = common.styles()
    story = [
        Paragraph("Attendance", s.heading),
        Paragraph(f"Held at <b>{common.escape(meeting.place)}</b>.", s.body),
        common.data_table([["Name", "Present"], [member.name, common.Plain("yes")]], [200, 60]),
        common.horizontal_bar(Fraction(7, 10), 150, label="7 of 10 canvass shifts"),
    ]
    pages = common.build_document(path, info, story)

`build_document` draws the header (group · cycle · title) and the footer (generation time and
"Page X of Y") on every page, embeds the fonts it used, fills in the PDF metadata and replaces the
target file only once the whole PDF has been written.

Rules of the road
* User text (names, notes, titles) is never trusted as markup. Put it through `escape()` before it
  goes into a `Paragraph`. `TextBlock`s and `data_table()` cells take plain text, not markup, and
  are much faster than Paragraphs: use them for anything there is a lot of. Text drawn straight on
  a canvas goes through `clean_text()` / `single_line()` / `wrap_lines()`, which drop control
  characters that would break ReportLab and replace letters the font lacks.
* Use `FONT` / `FONT_BOLD` (or the `styles()`), never a built-in PDF font: those have no
  Vietnamese, Greek or Cyrillic and would print "Nguyễn" as black boxes. `<b>` works inside
  paragraphs; `<i>` prints upright because we ship no oblique face.
* Letters DejaVu Sans lacks (Chinese, Japanese, Korean, Devanagari, Thai) come from the fallback
  fonts (`FALLBACK_FONTS`), run by run: `TextBlock`s and `escape()`d paragraphs switch by
  themselves; text drawn on a canvas goes through `draw_text()`, and is measured with
  `text_width()`. A character no font has prints as "\ufffd"; wrap a render in
  `warning_for_unprintable(name)` so the export logs a warning naming it.
* `styles()` returns shared objects: derive a new style (`ParagraphStyle("x", parent=s.body, ...)`)
  rather than changing one.
* Documents drawn directly on a canvas (ballots) call `register_fonts()`, `page_size()` and
  `write_atomically()` themselves.
* ReportLab is imported only inside `endorse_desktop.reports`; the rest of the app imports these
  modules lazily (inside the function that exports) so that start-up does not pay for ReportLab.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeAlias

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from endorse_desktop import APP_TITLE
from endorse_desktop.core.document_text import Language, texts
from endorse_desktop.core.private_files import private_file_name
from endorse_desktop.resources import resource_path

# ReportLab wraps compressed page content in ASCII85 by default, for 7-bit mail transports no one
# uses: a quarter more bytes, and in pure Python a tenth of the time of a long document.
rl_config.useA85 = 0

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PAGE_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

# Page furniture. Office printers cannot print the outer ~6 mm, so nothing goes closer than MARGIN.
MARGIN = 15 * mm
HEADER_HEIGHT = 8 * mm  # room between the top margin and the body for the header line
FOOTER_HEIGHT = 8 * mm

# Okabe–Ito colours: distinguishable with the common forms of colour blindness. Documents take their
# accents from here so that every handout speaks the same colour language.
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5C5C5C")
RULE = colors.HexColor("#9E9E9E")
HEADER_FILL = colors.HexColor("#E8E8E8")
BLUE = colors.HexColor("#0072B2")
SKY = colors.HexColor("#56B4E9")
ORANGE = colors.HexColor("#E69F00")
VERMILLION = colors.HexColor("#D55E00")  # our "red": warnings such as a dealbreaker hit
GREEN = colors.HexColor("#009E73")


# --- fonts -------------------------------------------------------------------------------------


# When DejaVu Sans lacks a letter, these fonts draw it, tried in order. Each is TrueType-outline
# (ReportLab embeds nothing else) and ships under resources/fonts/ with its licence, so a ballot
# prints the same on every machine. DejaVu itself covers Latin (Vietnamese too), Greek, Cyrillic,
# Armenian, Georgian, Hebrew and Arabic. WenQuanYi Micro Hei has no bold face: bold CJK prints
# regular, which reads better than a box.
def _noto(script: str) -> tuple[str, str, str, str]:
    """A Noto Sans script font's names and files, as Google ships them."""
    name = f"NotoSans{script}"
    return (name, f"{name}-Bold", f"{name}-Regular.ttf", f"{name}-Bold.ttf")


FALLBACK_FONTS: tuple[tuple[str, str, str, str], ...] = (
    # (regular name, bold name, regular file, bold file)
    _noto("Devanagari"),
    _noto("Thai"),
    ("WenQuanYiMicroHei", "WenQuanYiMicroHei", "wqy-microhei.ttc", "wqy-microhei.ttc"),
)
_COLLECTIONS = (".ttc",)  # TrueType collections: the first font of the file is the one we use


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular + bold) as a family, so `<b>` works in paragraphs.

    Cheap to call again (cached). TrueType fonts are always embedded (subset) by ReportLab. The
    fallback fonts are registered the first time a letter needs one (`_register_fallbacks`):
    reading the CJK font costs half a second, which a document in Latin letters need not pay.
    """
    _register_family(FONT, FONT_BOLD, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    _mend_to_unicode_map()


@cache
def _register_fallbacks() -> None:
    register_fonts()
    for regular, bold, regular_file, bold_file in FALLBACK_FONTS:
        _register_family(regular, bold, regular_file, bold_file)


def _register_family(regular: str, bold: str, regular_file: str, bold_file: str) -> None:
    """Register a regular and bold face; as a family, `<b>` inside `<font face=...>` works."""
    for name, file in {regular: regular_file, bold: bold_file}.items():
        pdfmetrics.registerFont(_MeasuringFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )


@cache
def font_chain(*, bold: bool = False) -> tuple[str, ...]:
    """The fonts tried for a letter, DejaVu Sans first."""
    return (FONT_BOLD if bold else FONT, *(f[1] if bold else f[0] for f in FALLBACK_FONTS))


@cache
def _coverage(font_name: str) -> frozenset[str]:
    """The printable characters a font has a glyph for."""
    if font_name in (FONT, FONT_BOLD):
        register_fonts()
    else:
        _register_fallbacks()
    char_map = pdfmetrics.getFont(font_name).face.charToGlyph
    if font_name == FONT:
        return frozenset(chr(code) for code in char_map if chr(code).isprintable())
    # The letters DejaVu Sans's set holds, not copies of them: a letter past U+00FF is a string
    # of its own each time chr() makes it, and the bold face alone repeats 6,000 (1 MB).
    known = {ord(ch): ch for ch in _coverage(FONT)}
    return frozenset(known.get(code) or chr(code) for code in char_map if chr(code).isprintable())


@lru_cache(maxsize=65_536)
def font_runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """`text` cut into runs that one font each can draw: ((font name, run), ...).

    Spaces and combining marks stay in the run they follow, so "王 小明" is one run and a
    Devanagari vowel sign stays with its consonant. A character no font has stays in DejaVu
    (`clean_text` has already turned it into "\ufffd", and reported it).
    """
    chain = font_chain(bold=bold)
    if _coverage(chain[0]).issuperset(text):  # the common case, decided in C
        return ((chain[0], text),) if text else ()
    runs: list[tuple[str, str]] = []
    for ch in text:
        current = runs[-1][0] if runs else chain[0]
        if ch.isspace() or unicodedata.combining(ch) or unicodedata.category(ch) == "Mc":
            font = current if ch in _coverage(current) else chain[0]
        else:
            font = next((f for f in chain if ch in _coverage(f)), chain[0])
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return tuple(runs)


# Scripts whose letters change shape and order with their neighbours (Devanagari's vowel sign
# "ि" stands before the consonant it follows, "क्ष" is one glyph): HarfBuzz, through ReportLab,
# arranges them. The font's own tables do the work; other fonts print letter by letter as typed.
SHAPED_FONTS = frozenset({"NotoSansDevanagari", "NotoSansDevanagari-Bold"})


@cache
def _can_shape() -> bool:
    try:
        # deferred: ~25 ms (python -X importtime), paid only when a Devanagari name is printed
        import uharfbuzz  # noqa: F401 - ReportLab shapes with it when it is installed
    except ImportError:  # pragma: no cover - a dependency; without it Devanagari prints unshaped
        return False
    return True


@lru_cache(maxsize=16_384)
def _shaped(run: str, font: str, size: float) -> tuple[str, float] | None:
    """`run` shaped for `font` at `size` and its width, or None for a font drawn as it is."""
    if font not in SHAPED_FONTS or not run.strip() or not _can_shape():
        return None
    shaped = shapeStr(run, font, size)
    if not isinstance(shaped, ShapedStr):
        return None  # nothing for HarfBuzz to do (a lone letter, say)
    return shaped, sum(glyph.x_advance for glyph in shaped.__shapeData__) * size / 1000


def run_width(run: str, font: str, size: float) -> float:
    """The width of one run of `font_runs` as it prints (shaped where its script needs it)."""
    shaped = _shaped(run, font, size)
    return shaped[1] if shaped else float(pdfmetrics.getFont(font).stringWidth(run, size))


def actual_text(text: str) -> str:
    """PDF marked content saying what the glyphs up to the next "EMC" stand for: a shaped run's
    glyphs (conjuncts, reordered vowel signs) have no letters of their own, so copy and paste,
    search and screen readers take `text` instead."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line of clean text at baseline `y`, switching font wherever the letters need it.

    `align` is "left", "centre" or "right" of `x`. Leaves the canvas's font changed.
    """
    runs = font_runs(text, bold)
    if align != "left":
        total = sum(run_width(run, font, size) for font, run in runs)
        x -= total / 2 if align == "centre" else total
    for font, run in runs:
        canvas.setFont(font, size)
        shaped = _shaped(run, font, size)
        if shaped is None:
            canvas.drawString(x, y, visual_order(run))
            x += pdfmetrics.stringWidth(run, font, size)
            continue
        canvas._code.append(actual_text(run))
        canvas.drawString(x, y, shaped[0])
        canvas._code.append("EMC")
        x += shaped[1]


# --- right-to-left letters ----------------------------------------------------------------------

_RIGHT_TO_LEFT = ("R", "AL")
_KEPT_IN_ORDER = ("EN", "AN")  # digits read left to right inside right-to-left text
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


@cache
def right_to_left_letters() -> frozenset[str]:
    """The drawable letters written right to left (Hebrew, Arabic, …)."""
    # DejaVu Sans has them all; asking the fallback fonts would load them (the CJK one costs
    # half a second and 30 MB) for documents that need none of their letters.
    return frozenset(
        ch
        for ch in _coverage(FONT) | _coverage(FONT_BOLD)
        if unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT
    )


# --- Arabic letters, joined ---------------------------------------------------------------------

_FORMS = ("isolated", "final", "initial", "medial")


@cache
def _arabic_forms() -> dict[str, dict[str, str]]:
    """Letter (or lam + alef) → its presentation forms that both faces of DejaVu Sans draw:
    {"م": {"isolated": "ﻡ", "final": "ﻢ", "initial": "ﻣ", "medial": "ﻤ"}, "لا": {...}}."""
    drawable = _primary_drawable()
    forms: dict[str, dict[str, str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        form = chr(code)
        kind, _, letters = unicodedata.decomposition(form).partition(" ")
        if kind.strip("<>") in _FORMS and form in drawable:
            base = "".join(chr(int(part, 16)) for part in letters.split())
            forms.setdefault(base, {}).setdefault(kind.strip("<>"), form)
    return forms


@cache
def _presentation_letters() -> dict[str, str]:
    """Presentation form → the letters it stands for ("ﻣ" → "م", "ﻻ" → "لا")."""
    return {form: base for base, kinds in _arabic_forms().items() for form in kinds.values()}


_TATWEEL = "\u0640"  # the joining stroke: joins on both sides, has no forms of its own


@lru_cache(maxsize=65_536)
def arabic_joined(text: str) -> str:
    """`text` with each Arabic letter in the form its neighbours call for (initial, medial,
    final or isolated) and lam + alef as their ligature, still in typed order.

    ReportLab draws the code points it is given, and a letter's own code point is its
    isolated form: "محمد" would print as four separate letters. The presentation forms are
    glyphs of their own in DejaVu Sans; ToUnicode maps them back to the letters (see
    `_mend_to_unicode_map`). Vowel marks between letters do not break a join.
    """
    forms = _arabic_forms()
    if forms.keys().isdisjoint(text):
        return text
    units: list[str] = []  # letters (lam-alef as one), each with its marks
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        step = 2 if len(pair) == 2 and pair in forms else 1
        units.append(text[index : index + step])
        index += step
        while index < len(text) and unicodedata.category(text[index]) == "Mn":
            units[-1] += text[index]
            index += 1

    def letter(unit: str) -> str:
        return unit[:2] if unit[:2] in forms else unit[:1]

    def joins_after(unit: str) -> bool:  # may join the letter that follows it
        base = letter(unit)
        return base == _TATWEEL or "medial" in forms.get(base, {})

    def joins_before(unit: str) -> bool:  # may join the letter before it
        base = letter(unit)
        return base == _TATWEEL or "final" in forms.get(base, {})

    out = []
    for position, unit in enumerate(units):
        base = letter(unit)
        kinds = forms.get(base)
        if not kinds:
            out.append(unit)
            continue
        before = position > 0 and joins_after(units[position - 1]) and joins_before(unit)
        after = (
            position + 1 < len(units) and joins_after(unit) and joins_before(units[position + 1])
        )
        wanted = {
            (True, True): ("medial", "final"),
            (True, False): ("final",),
            (False, True): ("initial", "isolated"),
            (False, False): ("isolated",),
        }[(before, after)]
        form = next((kinds[kind] for kind in wanted if kind in kinds), base)
        out.append(form + unit[len(base) :])
    return "".join(out)


@lru_cache(maxsize=65_536)
def visual_order(text: str) -> str:
    """One line of text in the order its letters stand on paper, read left to right.

    ReportLab draws every string left to right, so "דוד כהן" would print backwards. Each stretch
    of right-to-left letters (with the spaces and punctuation between them) is turned round,
    numbers inside it still reading left to right and accents staying on their letter; text
    with no such letters comes back unchanged. (The Unicode bidirectional algorithm
    for a left-to-right line, without embeddings: what a name or a title needs.) PDF readers
    put such letters back in reading order when they extract or copy text.
    """
    if right_to_left_letters().isdisjoint(text):
        return text
    text = arabic_joined(text)  # joined in typed order, then turned round
    kinds = [unicodedata.bidirectional(ch) for ch in text]
    out: list[str] = []
    index = 0
    while index < len(text):
        if kinds[index] not in _RIGHT_TO_LEFT:
            out.append(text[index])
            index += 1
            continue
        # the stretch runs to the last right-to-left letter before a left-to-right one
        end = index
        probe = index
        while probe < len(text) and kinds[probe] != "L":
            if kinds[probe] in _RIGHT_TO_LEFT:
                end = probe
            probe += 1
        units: list[str] = []
        position = index
        while position <= end:
            start = position
            position += 1
            if kinds[start] in _KEPT_IN_ORDER:
                while position <= end and (
                    kinds[position] in _KEPT_IN_ORDER
                    or (
                        kinds[position] == "CS"
                        and position + 1 <= end
                        and kinds[position + 1] in _KEPT_IN_ORDER
                    )
                ):
                    position += 1
            while position <= end and kinds[position] == "NSM":
                position += 1  # an accent stays after its letter
            unit = text[start:position]
            units.append(unit if kinds[start] in _KEPT_IN_ORDER else unit.translate(_MIRRORED))
        out.extend(reversed(units))
        index = end + 1
    return "".join(out)


# --- characters no font can print ---------------------------------------------------------------

_LOG = logging.getLogger("endorse_desktop.reports")
_collectors: list[set[str]] = []


@contextmanager
def unprintable_characters() -> Iterator[set[str]]:
    """Collect the characters `clean_text` could not print while the block runs."""
    found: set[str] = set()
    _collectors.append(found)
    try:
        yield found
    finally:
        _collectors.remove(found)


def describe_unprintable(characters: Iterable[str]) -> str:
    """ "U+1F600 GRINNING FACE (😀), U+E000 (private use)": what a reader needs to find them."""
    described = []
    for ch in sorted(set(characters)):
        name = unicodedata.name(ch, "")
        if not name and unicodedata.category(ch) == "Co":
            name = "(private use)"
        described.append(f"U+{ord(ch):04X} {name} ({ch})" if name else f"U+{ord(ch):04X}")
    return ", ".join(described)


@contextmanager
def warning_for_unprintable(document: str) -> Iterator[set[str]]:
    """Log one warning naming every character no font could print in `document`.

    The CLI shows it on stderr (logging's last-resort handler prints warnings); the GUI may add
    a handler to the "endorse_desktop.reports" logger.
    """
    with unprintable_characters() as found:
        yield found
    if found:
        _LOG.warning(
            "%s: no font can print %s; each shows as \ufffd",
            document,
            describe_unprintable(found),
        )


class _MeasuringFont(TTFont):
    """A TrueType font that remembers the width of every string it has measured.

    Laying out a document measures the same words over and over (every candidate of every race
    is "Strong", "Mixed", "housing"…), and without ReportLab's optional C accelerator each
    measurement is a Python loop over the characters.
    """

    _LIMIT = 200_000  # entries (a few tens of MB at most) before starting afresh

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, subfontIndex=0)
        self._widths: dict[tuple[str, float], float] = {}
        shaped = name in SHAPED_FONTS
        _compact_face(self.face, shaped=shaped)
        if not shaped:
            self.shapable = False  # its glyph → characters map is gone (`_compact_face`)

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= self._LIMIT:
                self._widths.clear()
            # Arabic letters print joined (`arabic_joined`): measured as they print
            drawn = text if right_to_left_letters().isdisjoint(text) else arabic_joined(text)
            width = self._widths[key] = super().stringWidth(drawn, size, encoding)
        return width


class _GlyphMetrics(Sequence[tuple[int, int]]):
    """A face's (advance width, left side bearing) per glyph, in two arrays of unsigned shorts.

    ReportLab keeps them as a list of tuples, about 600 KB for DejaVu Sans, held as long as the
    app runs once a document has been printed; it only reads them by glyph number, to write a
    subset's hmtx table, and takes `int()` of each.
    """

    def __init__(self, metrics: Sequence[tuple[float, int]]) -> None:
        self._advances = array("H", (int(advance) for advance, _ in metrics))
        self._bearings = array("H", (bearing for _, bearing in metrics))

    def __len__(self) -> int:
        return len(self._advances)

    def __getitem__(self, glyph: Any) -> Any:
        if isinstance(glyph, slice):
            return list(zip(self._advances[glyph], self._bearings[glyph], strict=True))
        return self._advances[glyph], self._bearings[glyph]


def _compact_face(face: Any, *, shaped: bool) -> None:
    """Keep a parsed font's tables in arrays instead of Python objects: a few MB less for the
    rest of the session (SPEC P-6), the same subset bytes in every PDF.

    The glyph → characters map (1 MB a face) is only read by HarfBuzz shaping, which ReportLab
    does for a shaped font only (`SHAPED_FONTS`): the others drop it and say they do not shape.
    """
    metrics = face.hmetrics
    if all(0 <= advance < 65_536 and 0 <= bearing < 65_536 for advance, bearing in metrics):
        face.hmetrics = _GlyphMetrics(metrics)
    face.glyphPos = array("L", face.glyphPos)
    if not shaped:
        face.glyphToChar = {}


def forget_layouts() -> None:
    """Drop what laying out documents remembered: words measured, lines cut into font runs,
    names turned. A document fills these again as it goes; between documents the window need
    not hold them (SPEC P-6). The fonts and what they cover stay."""
    for remembered in (font_runs, _shaped, arabic_joined, visual_order, _single_line_cached):
        remembered.cache_clear()
    _letter_widths.cache_clear()
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, _MeasuringFont):
            font._widths.clear()


def _mend_to_unicode_map() -> None:
    """Make copy-and-paste and text extraction give back the letters typed.

    * Characters beyond U+FFFF (emoji): ReportLab writes their entry in the font's ToUnicode map
      as five hex digits ("<1F600>"), which PDF readers reject; the PDF format wants UTF-16
      ("<D83DDE00>"). The glyphs themselves print correctly either way. This part switches
      itself off once ReportLab gets it right.
    * Arabic letters are drawn in their joined forms (`arabic_joined`), glyphs with code points
      of their own ("ﻣ", U+FEE3): their entry names the letter they stand for ("م", U+0645;
      "لا" for the lam-alef ligature), so a name reads back exactly as it was typed.
    """
    original = ttfonts.makeToUnicodeCMap
    wide = "<1F600>" in original("probe", [0x1F600])

    def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        cmap = original(fontname, subset)
        for code in subset:
            letters = _presentation_letters().get(chr(code))
            if letters is None and not (wide and code > 0xFFFF):
                continue
            utf16 = (letters or chr(code)).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"> <{code:04X}>\n", f"> <{utf16}>\n")
        return cmap

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def missing_glyphs(text: str, font_name: str | None = None) -> str:
    """The characters of `text` that would print as "\ufffd": no font of the chain has them.

    With `font_name`, the characters that one font lacks.
    """
    register_fonts()
    if font_name is not None:
        char_map = pdfmetrics.getFont(font_name).face.charToGlyph
        return "".join(sorted({ch for ch in text if ord(ch) not in char_map and not ch.isspace()}))
    drawable = _drawable_characters()
    return "".join(sorted({ch for ch in text if ch not in drawable and not ch.isspace()}))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of one line of clean text, each run measured in the font that draws it."""
    register_fonts()
    return sum(run_width(run, font, size) for font, run in font_runs(text, bold))


# --- safe text ---------------------------------------------------------------------------------

MISSING_GLYPH = "\ufffd"
_LINE_BREAKS = {"\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}
_SPACES_AND_BREAKS = re.compile(r"[ \n]+")


def clean_text(text: object) -> str:
    """User text in a form our font draws faithfully; line breaks are kept as "\\n".

    * NFC normalisation: a name typed as "e" + combining accents becomes the single precomposed
      letter DejaVu has a glyph for (ReportLab does not position combining marks itself).
    * Control and format characters are dropped: NUL and friends break ReportLab's markup parser,
      and zero-width or direction marks would print as boxes because ReportLab does no shaping.
      Lone surrogates, which cannot be encoded at all, go the same way.
    * A visible character no font of the chain has a glyph for (most emoji, private-use letters)
      becomes "�": it would print as an empty box anyway, and read back from the PDF as a NUL.
      Inside `unprintable_characters()` it is also recorded, so the export can name it.
    * Tabs become spaces; every kind of line break becomes "\\n".
    """
    text = unicodedata.normalize("NFC", "" if text is None else str(text))
    if _primary_drawable().issuperset(text):  # the common case, decided in C
        return text
    drawable = _drawable_characters()
    kept = []
    for ch in text.replace("\r\n", "\n"):
        if ch in drawable:
            kept.append(ch)
        elif ch in _LINE_BREAKS:
            kept.append("\n")
        elif ch == "\t" or unicodedata.category(ch) == "Zs":
            kept.append(" ")
        elif ch.isprintable() or unicodedata.category(ch) == "Co":
            # Private-use letters too: someone typed them meaning something (a custom font's
            # name glyph, a Klingon name); print the replacement and say so, never drop them.
            kept.append(MISSING_GLYPH)
            for found in _collectors:
                found.add(ch)
    return "".join(kept)


@cache
def _primary_drawable() -> frozenset[str]:
    """Printable characters both faces of DejaVu Sans draw: no fallback font needed."""
    return _coverage(FONT) & _coverage(FONT_BOLD)


@cache
def _drawable_characters() -> frozenset[str]:
    """Printable characters that some regular and some bold font of the chain can draw."""
    regular = frozenset().union(*map(_coverage, font_chain()))
    bold = frozenset().union(*map(_coverage, font_chain(bold=True)))
    return regular & bold


def single_line(text: object) -> str:
    """`clean_text` with every run of spaces and line breaks folded into one space."""
    return _SPACES_AND_BREAKS.sub(" ", clean_text(text)).strip(" ")


@lru_cache(maxsize=65_536)
def _single_line_cached(text: str) -> str:
    return single_line(text)


def escape(text: object, *, line_breaks: bool = False) -> str:
    """User text made safe for Paragraph markup: `Bob <b>Smith & Co` prints exactly like that.

    With `line_breaks=True` the user's own line breaks are kept (notes, evidence); otherwise they
    read as spaces, as they would in any paragraph.
    """
    cleaned = clean_text(text)
    if not line_breaks:
        cleaned = cleaned.replace("\n", " ")
    pieces = []
    for font, run in font_runs(cleaned):
        # right-to-left letters as they stand on paper (a title or a name: one line)
        safe = visual_order(run).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        # A letter DejaVu lacks goes in a run of the font that has it; inside <b> the font's
        # family supplies its bold face.
        pieces.append(safe if font == FONT else f'<font face="{font}">{safe}</font>')
    text = "".join(pieces)
    return text.replace("\n", "<br/>") if line_breaks else text


def wrap_lines(
    text: object,
    size: float,
    max_width: float,
    *,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[str]:
    """Break text into lines no wider than `max_width` points, for drawing straight on a canvas.

    Lines break between words or after a hyphen; a word wider than a line is cut between
    characters rather than allowed to overflow. With `max_lines`, what does not fit is replaced
    by "…" at the end of the last line.
    """
    if isinstance(text, str) and (
        _primary_drawable().issuperset(text) or _drawable_characters().issuperset(text)
    ):
        # A long report wraps the same names, activities and dates thousands of times. (Text
        # with a letter no font has is wrapped afresh each time, so each export names it.)
        return list(_wrap_lines_cached(text, size, max_width, bold, max_lines))
    return list(_wrap_lines(text, size, max_width, bold, max_lines))


def _wrap_lines(
    text: object, size: float, max_width: float, bold: bool, max_lines: int | None
) -> tuple[str, ...]:
    """`wrap_lines`'s work, cached or not: a tuple, so a cached answer cannot be changed."""
    register_fonts()
    font = pdfmetrics.getFont(FONT_BOLD if bold else FONT)
    covered = _coverage(font.fontName)

    def width(s: str) -> float:
        if covered.issuperset(s):
            return float(font.stringWidth(s, size))  # remembered by _MeasuringFont
        return text_width(s, size, bold=bold)  # letters from the fallback fonts

    text = _single_line_cached(text) if isinstance(text, str) else single_line(text)
    if width(text) <= max_width + 1e-6:
        return (text,) if text else ()  # most cells: the whole text fits on one line

    # Widths add up (ReportLab does not kern), so each word is measured once and lines are sums;
    # the small allowance absorbs rounding in those sums.
    limit = max_width + 1e-6
    space = width(" ")
    lines: list[str] = []
    current, current_width = "", 0.0
    for joiner, piece in _pieces(text):
        piece_width = width(piece)
        added = piece_width + (space if joiner else 0.0)
        if current and current_width + added <= limit:
            current, current_width = current + joiner + piece, current_width + added
            continue
        if current:
            lines.append(current)
        current, current_width = piece, piece_width
        while current_width > limit and len(current) > 1:  # a word longer than the line
            cut = _natural_cut(current, _longest_prefix(current, max_width, width))
            lines.append(current[:cut])
            current = current[cut:]
            current_width = width(current)
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1], max_width, width)
    return tuple(lines)


# The same work, remembered: only for text every letter of which a font has (see wrap_lines).
_wrap_lines_cached = lru_cache(maxsize=65_536)(_wrap_lines)


_AFTER_HYPHEN = re.compile(r"(?<=\w-)(?=\w)")  # between "Smith-" and "Jones"


def _pieces(text: str) -> Iterator[tuple[str, str]]:
    """The places a line may break: between words, and after a hyphen ("Smith-|Jones").

    Yields (what joins the piece to the one before on the same line, the piece).
    """
    for word in text.split(" "):
        if "-" not in word:  # nearly every word: skip the regular expression
            yield " ", word
            continue
        for index, piece in enumerate(_AFTER_HYPHEN.split(word)):
            yield ("" if index else " "), piece


def _natural_cut(word: str, cut: int) -> int:
    """Where to break a word too long for its line: before an "@" or after a ".", "/" or "_"
    (an email address, a web address) if one lies within the first `cut` characters; between
    two letters only when the word offers no such place."""
    best = word.rfind("@", 1, cut)
    for mark in "./_":
        found = word.rfind(mark, 0, cut - 1)
        if found >= 0:
            best = max(best, found + 1)
    return best if best > 0 else cut


def fit_text(text: object, size: float, max_width: float, *, bold: bool = False) -> str:
    """One line of text, shortened with "…" if it is too wide."""
    lines = wrap_lines(text, size, max_width, bold=bold, max_lines=1)
    return lines[0] if lines else ""


def _longest_prefix(text: str, max_width: float, width: Callable[[str], float]) -> int:
    """Length of the longest prefix that fits (at least 1 character, so wrapping advances)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle]) <= max_width:
            low = middle
        else:
            high = middle - 1
    return low


def _with_ellipsis(line: str, max_width: float, width: Callable[[str], float]) -> str:
    while line and width(line.rstrip() + "…") > max_width:
        line = line[:-1]
    return line.rstrip() + "…"


def format_timestamp(moment: datetime) -> str:
    """How documents print a moment: unambiguous in every locale, to the minute."""
    return moment.strftime("%Y-%m-%d %H:%M")


# --- pages -------------------------------------------------------------------------------------


def page_size(name: str, *, landscape_orientation: bool = False) -> tuple[float, float]:
    """Width and height in points of "letter" or "a4", optionally turned to landscape."""
    try:
        size = PAGE_SIZES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; use 'letter' or 'a4'") from None
    return landscape(size) if landscape_orientation else size


def _now() -> datetime:
    return datetime.now()


@dataclass(frozen=True)
class DocumentInfo:
    """What the header, footer and PDF metadata of a document say."""

    group_name: str
    cycle_name: str
    title: str
    page_size: str = "letter"
    landscape: bool = False
    generated_at: datetime = field(default_factory=_now)
    language: Language = Language.EN  # the footer's words ("Page 1 of 2", "Página 1 de 2")

    def __post_init__(self) -> None:
        page_size(self.page_size)  # refuse an unknown size now, not halfway through a build

    @property
    def pagesize(self) -> tuple[float, float]:
        return page_size(self.page_size, landscape_orientation=self.landscape)

    @property
    def header_text(self) -> str:
        parts = (self.group_name, self.cycle_name, self.title)
        return " · ".join(p for p in (single_line(part) for part in parts) if p)


@contextmanager
def write_atomically(path: str | os.PathLike[str]) -> Iterator[str]:
    """Yield a temporary file name beside `path`; move it over `path` only if the block succeeds.

    A failed export therefore never leaves a half-written PDF, nor destroys the previous one. The
    temporary is owner-only from its first byte (documents can name members), is removed on every
    failure, and a full disk is one sentence (core/private_files.py).
    """
    with private_file_name(Path(path)) as temporary:
        yield str(temporary)


class _LeanPage(pdfdoc.PDFPage):
    """A page dictionary written in one step, its resources shared with the pages like it.

    ReportLab builds each page's dictionary and its resources (fonts, forms) as nested Python
    objects and formats them name by name: for the 4,700 pages of the large sample's sign-up
    sheets that was a third of the export (issue 14). Pages drawn alike (the same forms, no
    transparency, shadings nor links) point at one resources object, and the dictionary
    is one formatted string; any other page is written as ReportLab writes it.

    `deflated` is the page's drawing, compressed when the page was finished (a document holds
    every page until the end: compressed, a 1,600-page report holds a tenth of the bytes); it
    may be in several parts, which PDF readers draw one after the other.
    """

    deflated: tuple[bytes, ...] = ()
    # the forms of every page of the document, when its pages share one resources object
    shared_forms: set[str] | None = None

    def format(self, document: Any) -> bytes:
        plain = not (
            self.ExtGState
            or self._colorsUsed
            or self._shadingUsed
            or self.Annots
            or self.Rotate
            or self.Dur is not None
            or any(getattr(self, box) for box in ("CropBox", "ArtBox", "BleedBox", "TrimBox"))
            or (self.Trans is not None and self.Trans.dict)
            or not isinstance(document.encrypt, pdfdoc.NoEncryption)
        )
        if not plain or not self.deflated:
            if self.deflated:  # as ReportLab writes it: one stream, compressed as it likes
                self.stream = "\n".join(
                    part.decode("utf8")
                    if isinstance(part, _Short)
                    else zlib.decompress(part).decode("utf8")
                    for part in self.deflated
                )
            return super().format(document)  # type: ignore[no-any-return]
        if self.shared_forms is not None:  # the same for every page: worked out once
            found = document.__dict__.get("_lean_shared_forms")
            if found is None:
                names = tuple(sorted(self.shared_forms))
                references = {name: pdfdoc.PDFObjectReference(name) for name in names}
                found = document._lean_shared_forms = (names, pdfdoc.PDFDictionary(references))
            forms, xobjects = found
        else:
            forms = tuple(sorted(self.XObjects.dict)) if self.XObjects else ()
            xobjects = self.XObjects
        shared: dict[Any, bytes] = document.__dict__.setdefault("_lean_resources", {})
        key = (forms, bool(self.hasImages), self.pagewidth, self.pageheight)
        tail = shared.get(key)
        if tail is None:
            resources = pdfdoc.PDFResourceDictionary()
            resources.basicFonts()
            if self.hasImages:  # ReportLab's canvas says so of every page (the image procsets)
                resources.allProcs()
            else:
                resources.basicProcs()
            if xobjects:
                resources.XObject = xobjects
            box = pdfdoc.PDFArray([0, 0, self.pagewidth, self.pageheight])
            tail = b"\n /MediaBox %s\n /Parent %s\n /Resources %s\n /Type /Page\n>>" % (
                pdfdoc.format(box, document),
                document.Reference(document.Pages).format(document),
                document.Reference(resources).format(document),
            )
            shared[key] = tail
        numbers = document.idToObjectNumberAndVersion
        # "12 0 R" written here, not through ReportLab's text codec: a page a few microseconds
        parts = [
            b"%d %d R" % numbers[document.Reference(_Deflated(part)).name] for part in self.deflated
        ]
        contents = parts[0] if len(parts) == 1 else b"[ %s ]" % b" ".join(parts)
        return b"<<\n/Contents %s%s" % (contents, tail)


class _Short(bytes):
    """A page's drawing too short to be worth compressing (a page that places forms)."""


class _Deflated(pdfdoc.PDFStream):
    """Page drawing already compressed (or `_Short`), written as PDFStream writes it."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data

    def format(self, document: Any) -> bytes:
        if isinstance(self.data, _Short):
            return b"<< /Length %d >>\nstream\n%s\nendstream\n" % (len(self.data), self.data)
        return b"<<\n/Filter [ /FlateDecode ]\n /Length %d\n>>\nstream\n%sendstream\n" % (
            len(self.data),
            self.data,
        )


SHORT_DRAWING = 400  # bytes: below this, zlib's own set-up costs more than the bytes it saves


def deflate(code: str) -> bytes:
    """A page's drawing compressed: level 3, half the time of zlib's default for a seventh
    more bytes (issue 14). A short one is kept as it is."""
    data = code.encode("utf8")
    return _Short(data) if len(data) < SHORT_DRAWING else zlib.compress(data, 3)


class LeanCanvas(Canvas):
    """A canvas whose pages are written as `_LeanPage`s: every document of the app uses it.

    With `share_forms()`, every page names every form of the document in one resources object:
    a sheet that places one of a few hundred forms on each of its thousands of pages would
    otherwise write a resources object for each pair of forms a page shows (issue 14)."""

    _shared_forms: set[str] | None = None

    def share_forms(self) -> None:
        self._shared_forms = set()

    def add_placed_page(self, forms: Sequence[str], code: str) -> None:
        """Finish a page that places `forms` and then draws `code` (PDF operators), made straight
        as a `_LeanPage`: nothing drawn through the canvas is on it, so ReportLab's per-page
        bookkeeping (a new graphics state, the page's own resources) has nothing to do, and a
        sheet of the whole group runs to thousands of such pages (issue 14). Only with
        `share_forms()`, and only between pages drawn the usual way."""
        assert self._shared_forms is not None and not self._code, "a page half drawn"
        page = _LeanPage()
        page.pagewidth, page.pageheight = self._pagesize
        page.compression = self._pageCompression
        # no transparency, colour spaces nor shadings of its own: the forms carry theirs
        page.ExtGState, page._colorsUsed, page._shadingUsed = None, {}, {}
        names = [self._doc.getXObjectName(form) for form in forms]
        self._shared_forms.update(names)
        page.shared_forms = self._shared_forms
        drawing = "\n".join([self._preamble, *(f"/{name} Do" for name in names), code, ""])
        page.deflated = (deflate(drawing),)
        self._doc.addPage(page)
        self._pageNumber += 1

    def showPage(self) -> None:
        held = self.__dict__.pop("_held_drawing", None)  # drawn earlier, already compressed
        super().showPage()
        page = self._doc.Pages.pages[-1]
        page.__class__ = _LeanPage
        if self._shared_forms is not None:
            if page.XObjects:
                self._shared_forms.update(page.XObjects.dict)
            page.shared_forms = self._shared_forms
        if page.compression and not rl_config.useA85:
            page.deflated = (*((held,) if held else ()), deflate(page.stream))
            page.stream = None
        elif held:
            page.stream = zlib.decompress(held).decode("utf8") + "\n" + page.stream


PageDecorator: TypeAlias = Callable[[Canvas, DocumentInfo, int, int], None]


def _decorated_canvas_class(
    info: DocumentInfo, decorate: PageDecorator | None = None
) -> type[Canvas]:
    """A canvas that holds every page back until the end, so each can say "Page X of Y"."""
    furniture = decorate or draw_page_furniture

    class DecoratedCanvas(LeanCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            if self._held_pages and _paints_nothing(self._code):
                # A page nothing was drawn on (a spacer or a break that ran over the end of a
                # full page): never print it, nor count it in "Page X of Y".
                self._startPage()
                return
            page = dict(self.__dict__)
            # The page's drawing compressed, not the thousands of small strings it was drawn
            # as: a long report holds every page until the end (SPEC P-6). Its header and
            # footer follow in a second part (`LeanCanvas.showPage`).
            page["_code"] = []
            page["_held_drawing"] = deflate("\n".join(self._code))
            self._held_pages.append(page)
            self._startPage()

        def save(self) -> None:
            held = self._held_pages
            total = len(held)
            shared = None
            if decorate is None and held:
                # What every page's header and footer share is drawn once, as a form: a report
                # of 1,600 pages would otherwise draw the same header 1,600 times.
                shared = "pageFurniture"
                self.beginForm(shared)
                draw_page_furniture(self, info, 0, 0, numbered=False)
                self.endForm()
            for number in range(1, total + 1):
                state, held[number - 1] = held[number - 1], {}  # let each page go once written
                self.__dict__.update(state)
                if shared is None:
                    furniture(self, info, number, total)
                else:
                    self.doForm(shared)
                    draw_page_number(self, number, total, info.language)
                super().showPage()
            super().save()

    return DecoratedCanvas


_NUMBERS = re.compile(r"-?[\d.]+")
_NO_PAINT = frozenset({"q", "Q", "cm"})


def _paints_nothing(code: Sequence[str]) -> bool:
    """True for a page's drawing that only saves, moves and restores (nothing on the paper)."""
    if sum(len(part) for part in code) > 400:
        return False
    return set(_NUMBERS.sub(" ", "\n".join(code)).split()) <= _NO_PAINT


def draw_page_furniture(
    canvas: Canvas, info: DocumentInfo, page: int, pages: int, *, numbered: bool = True
) -> None:
    """Header (group · cycle · title, a rule under it) and footer (generated at, Page X of Y).

    Without `numbered`, all but "Page X of Y": what every page of a document shares, drawn once
    into a form; `draw_page_number` adds each page's number."""
    width, height = canvas._pagesize
    usable = width - 2 * MARGIN
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    header_y = height - MARGIN
    canvas.setFont(FONT, 8)
    draw_text(canvas, MARGIN, header_y, fit_text(info.header_text, 8, usable), 8)
    canvas.setFont(FONT, 8)
    canvas.line(MARGIN, header_y - 3, width - MARGIN, header_y - 3)
    footer_y = MARGIN - 4
    canvas.line(MARGIN, footer_y + 10, width - MARGIN, footer_y + 10)
    words = texts(info.language)
    when = format_timestamp(info.generated_at)
    canvas.drawString(MARGIN, footer_y, " / ".join(t.generated.format(when=when) for t in words))
    if numbered:
        canvas.drawRightString(
            width - MARGIN,
            footer_y,
            " / ".join(t.page_of.format(page=page, pages=pages) for t in words),
        )
    canvas.restoreState()


class _LetterWidths(dict):  # type: ignore[type-arg]
    """Letter → its width in the main font at one size, measured when first asked for."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def __missing__(self, letter: str) -> float:
        width = self[letter] = text_width(letter, self.size)
        return width


@cache
def _letter_widths(size: float) -> _LetterWidths:
    return _LetterWidths(size)


def draw_page_number(
    canvas: Canvas, page: int, pages: int, language: Language = Language.EN
) -> None:
    """ "Page X of Y" where `draw_page_furniture` puts it, written as PDF operators (fast)."""
    canvas._code.append(page_number_code(canvas, page, pages, language))


def page_number_code(
    canvas: Canvas, page: int, pages: int, language: Language = Language.EN
) -> str:
    """`draw_page_number`'s PDF operators."""
    width = canvas._pagesize[0]
    text = " / ".join(t.page_of.format(page=page, pages=pages) for t in texts(language))
    # letter by letter: each page's text is new, each letter's width is remembered
    x = width - MARGIN - sum(map(_letter_widths(8).__getitem__, text))
    shown = _shown_letter_by_letter(canvas, text, 8)
    if shown is None:  # a letter past the font's first subset: written as any text is
        shown = text_op(canvas, FONT, 8, (x, MARGIN - 4), text)
    else:
        shown = f"BT 1 0 0 1 {x:.2f} {MARGIN - 4:.2f} Tm {shown} ET"
    return f"q {colour_op(MUTED)} {shown} Q"


def _shown_letter_by_letter(canvas: Canvas, text: str, size: float) -> str | None:
    """`text` in the main font as "/F 8 Tf <hex> Tj", from each letter's code in the document's
    first subset (remembered per document), or None when a letter is not there."""
    letters: dict[str, str] = canvas.__dict__.setdefault("_letter_codes", {})
    font = pdfmetrics.getFont(FONT)
    for letter in set(text).difference(letters):
        plain = letter in _primary_drawable() and letter not in right_to_left_letters()
        encoded = _encoded(font, letter, canvas._doc) if plain else []
        if len(encoded) != 1 or encoded[0][0] != 0:
            return None
        letters[letter] = encoded[0][1].hex()
    name = font.getSubsetInternalName(0, canvas._doc)
    return f"{name} {size:g} Tf <{''.join(map(letters.__getitem__, text))}> Tj"


class _LazyStory(list):  # type: ignore[type-arg]
    """The story as ReportLab's build loop reads it (a list it takes from the front of), filled
    from an iterator a few flowables at a time: a document of thousands of pages never holds
    more than the page being laid out (SPEC P-6; issue 14)."""

    AHEAD = 16  # enough for keepWithNext chains (a heading, its note, its table)

    def __init__(self, items: Iterator[Flowable]) -> None:
        super().__init__()
        self._items: Iterator[Flowable] | None = items
        self._fill()

    def _fill(self) -> None:
        while self._items is not None and super().__len__() < self.AHEAD:
            item = next(self._items, None)
            if item is None:
                self._items = None
            else:
                self.append(item)

    def __len__(self) -> int:
        self._fill()
        return super().__len__()


def build_document(
    path: str | os.PathLike[str],
    info: DocumentInfo,
    story: Iterable[Flowable],
    *,
    decorate: PageDecorator | None = None,
) -> int:
    """Lay out `story` on pages with our header and footer, write the PDF; return the page count.

    `decorate(canvas, info, page, pages)` draws each page's furniture instead of the app's header
    and footer (the announcement prints on the group's letterhead)."""
    register_fonts()
    with write_atomically(path) as temporary:
        doc = SimpleDocTemplate(
            temporary,
            pagesize=info.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=single_line(info.title),
            author=single_line(info.group_name),
            subject=single_line(info.cycle_name),
            creator=APP_TITLE,
            initialFontName=FONT,  # else every page names Helvetica, a font it does not embed
        )
        # A list is laid out as it is; any other iterable (a generator of pages) is read as the
        # layout reaches it. An empty story would make a PDF without pages: a blank page with
        # its header is clearer.
        flowables = list(story) if isinstance(story, Sequence) else _LazyStory(iter(story))
        doc.build(flowables or [Spacer(0, 0)], canvasmaker=_decorated_canvas_class(info, decorate))
        # the pages printed: a page nothing was drawn on was left out (see showPage)
        return len(doc.canv._held_pages)


# --- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles all documents share (body text 10 pt, table cells 8.5 pt)."""
    register_fonts()

    def style(name: str, size: float, *, bold: bool = False, **extra: Any) -> ParagraphStyle:
        settings: dict[str, Any] = {"textColor": INK, "splitLongWords": 1, **extra}
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=round(size * 1.25, 1),
            **settings,
        )

    return Styles(
        title=style("EndorseTitle", 18, bold=True, spaceAfter=6),
        heading=style(
            "EndorseHeading", 14, bold=True, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        subheading=style(
            "EndorseSubheading", 11, bold=True, spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
        body=style("EndorseBody", 10, spaceAfter=4),
        small=style("EndorseSmall", 8, textColor=MUTED),
        cell=style("EndorseCell", 8.5),
        cell_header=style("EndorseCellHeader", 8.5, bold=True),
    )


# --- plain text in bulk ------------------------------------------------------------------------


@dataclass(frozen=True)
class TextPart:
    """A run of a `TextBlock`; every part starts on a new line."""

    text: str
    bold: bool = False
    colour: colors.Color | None = None  # None: the block's colour
    max_lines: int | None = None  # longer text ends in "…"


class TextBlock(Flowable):
    """Plain user text wrapped to the width it is given: a fast stand-in for Paragraph in bulk.

    Paragraph parses markup and is the tool for headings and sentences with <b> in them. A
    document with thousands of table cells or notes (the scorecard handout of SPEC P-4) spends
    most of its time inside Paragraph, so cells and notes use this instead: no markup (user text
    needs no escaping), lines broken by `wrap_lines` (between words, after hyphens), splittable
    between lines across pages.
    """

    def __init__(
        self,
        parts: Sequence[TextPart | str],
        size: float = 10,
        *,
        leading: float | None = None,
        colour: colors.Color = INK,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.parts = tuple(part if isinstance(part, TextPart) else TextPart(part) for part in parts)
        self.size = size
        self.leading = leading or round(size * 1.25, 1)
        self.colour = colour
        self.spaceAfter = space_after
        self._lines: list[tuple[str, bool, colors.Color]] = []
        self._wrapped_to: float | None = None

    def _layout(self, width: float) -> list[tuple[str, bool, colors.Color]]:
        if width != self._wrapped_to:
            self._lines = [
                (line, part.bold, self.colour if part.colour is None else part.colour)
                for part in self.parts
                for line in wrap_lines(
                    part.text, self.size, width, bold=part.bold, max_lines=part.max_lines
                )
            ]
            self._wrapped_to = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self._layout(available_width)) * self.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._layout(available_width)
        fit = int((available_height + 1e-6) // self.leading)
        if fit >= len(lines):
            # Everything fits (the caller measured with other rounding). Tables split a cell's
            # content into exactly two parts, so hand back the whole block and an empty rest.
            return [self._of(lines, space_after=self.spaceAfter), self._of([], space_after=0.0)]
        if fit < 1:
            return []
        head, tail = lines[:fit], lines[fit:]
        return [self._of(head, space_after=0.0), self._of(tail, space_after=self.spaceAfter)]

    def _of(self, lines: Sequence[tuple[str, bool, colors.Color]], space_after: float) -> TextBlock:
        parts = [TextPart(line, bold, colour) for line, bold, colour in lines]
        return TextBlock(
            parts, self.size, leading=self.leading, colour=self.colour, space_after=space_after
        )

    def draw(self) -> None:
        text = self.canv.beginText(0, self.height - self.size)
        text.setLeading(self.leading)
        font = colour = None
        for line, bold, line_colour in self._lines:
            if line_colour != colour:
                colour = line_colour
                text.setFillColor(line_colour)
            # A line's encoded runs are remembered per document (`_shown`): a scorecard repeats
            # its ratings, weights and names on every page, and encoding each anew was the
            # largest part of drawing one (P-4).
            shown = _shown(self.canv, FONT_BOLD if bold else FONT, self.size, line)
            if shown is not None:
                text._code.append(shown)
                font = None  # the runs chose their own fonts: the next run sets its own again
                text.textLine("")
                continue
            for run_font, run in font_runs(line, bold):  # one run, unless a fallback is needed
                if run_font != font:
                    font = run_font
                    text.setFont(run_font, self.size, self.leading)
                shaped = _shaped(run, run_font, self.size)
                if shaped is None:
                    text.textOut(visual_order(run))
                else:  # the glyphs say what they stand for: the letters as typed
                    text._code.append(actual_text(run))
                    text.textOut(shaped[0])
                    text._code.append("EMC")
            text.textLine("")
        self.canv.drawText(text)


# --- tables ------------------------------------------------------------------------------------

CELL_PADDING = 3.0


class Plain(str):
    """A table cell shown as it is, on one line: a short label (a count, "Strong (3)").

    The table style's FONTNAME, TEXTCOLOR and ALIGN commands apply to it, and it is the cheapest
    cell there is.
    """


Cell: TypeAlias = str | Flowable | None


def data_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    style: Sequence[tuple[Any, ...]] = (),
    max_lines: int | None = 12,
    grid: bool = True,
    table_class: type[Table] = Table,
) -> Table:
    """A grid whose text cells wrap, with the header row(s) repeated on every page it spans.

    `str` cells are user text, wrapped to the column (at most `max_lines` lines, bold in header
    rows) as a `TextBlock`. `Plain` cells stay one line of text styled by the table (FONTNAME,
    TEXTCOLOR, ALIGN apply to them); Flowable cells are used as they are; None leaves a cell
    empty. `style` adds TableStyle commands after ours (backgrounds, spans, ...). Rows taller than
    a page split across pages. Without `grid` only a rule under the header rows is drawn.
    `table_class` makes a subclass of Table (one that captions its continuations, say).
    """
    s = styles()

    def cell(value: Cell, row: int) -> Flowable | str:
        if value is None:
            return ""
        if isinstance(value, Plain):
            text = single_line(value)
            font = FONT_BOLD if row < header_rows else FONT
            if not _coverage(font).issuperset(text) or not right_to_left_letters().isdisjoint(text):
                # Letters from a fallback font, or written right to left: the table can only
                # draw its own font, left to right.
                part = TextPart(text, bold=row < header_rows, max_lines=1)
                return TextBlock([part], s.cell.fontSize, leading=s.cell.leading)
            return text
        if isinstance(value, str):
            part = TextPart(value, bold=row < header_rows, max_lines=max_lines)
            return TextBlock([part], s.cell.fontSize, leading=s.cell.leading)
        return value

    data = [[cell(value, r) for value in row] for r, row in enumerate(rows)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE)
        if grid
        else ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), s.cell.leading),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ]
    # A style per cell, as ReportLab would make them, but all named alike: ReportLab names each
    # by repr((row, column)), a string per cell that only a debugger reads (half a million of
    # them, 30 MB, in the commitment report of the large sample).
    cell_styles = [[CellStyle("cell") for _ in row] for row in data]
    return table_class(
        data,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        splitInRow=1,
        style=TableStyle([*commands, *style]),
        hAlign="LEFT",
        cellStyles=cell_styles,
    )


# --- bars --------------------------------------------------------------------------------------


class HorizontalBar(Flowable):
    """A bar `width` points long, filled in proportion to an exact fraction, label on its right.

    The fill is clamped to the bar (a goal can be over-pledged: say so in the label). All bars of
    the same width are comparable, whatever their labels.
    """

    LABEL_SIZE = 8
    LABEL_GAP = 4

    def __init__(
        self,
        fraction: Fraction,
        width: float,
        height: float = 10,
        label: str = "",
        fill: colors.Color = BLUE,
    ) -> None:
        super().__init__()
        self.fraction = Fraction(fraction)
        self.bar_width = float(width)
        self.bar_height = float(height)
        self.label = single_line(label)
        self.fill = fill

    @property
    def filled_width(self) -> float:
        return float(min(max(self.fraction, Fraction(0)), Fraction(1)) * Fraction(self.bar_width))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        label_width = text_width(self.label, self.LABEL_SIZE) + self.LABEL_GAP if self.label else 0
        self.width = self.bar_width + label_width
        self.height = max(self.bar_height, self.LABEL_SIZE * 1.25)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        bottom = (self.height - self.bar_height) / 2
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(INK)
        if self.filled_width > 0:
            canvas.setFillColor(self.fill)
            canvas.rect(0, bottom, self.filled_width, self.bar_height, stroke=0, fill=1)
        canvas.rect(0, bottom, self.bar_width, self.bar_height, stroke=1, fill=0)
        if self.label:
            canvas.setFillColor(INK)
            baseline = self.height / 2 - self.LABEL_SIZE * 0.35
            draw_text(
                canvas, self.bar_width + self.LABEL_GAP, baseline, self.label, self.LABEL_SIZE
            )
        canvas.restoreState()


def horizontal_bar(
    fraction: Fraction, width: float, height: float = 10, label: str = ""
) -> HorizontalBar:
    """A progress bar: `horizontal_bar(Fraction(7, 10), 120, label="7 of 10 shifts")`."""
    return HorizontalBar(fraction, width, height, label)


# --- long tables, streamed ---------------------------------------------------------------------

StreamCell: TypeAlias = "str | Sequence[TextPart]"


class StreamTable(Flowable):
    """A long table of plain text (thousands of rows), drawn straight onto each page.

    ReportLab's Table lays out every remaining row again at each page it splits across, and
    draws every cell through a Flowable and a text object: a 20,000-row report spent most of a
    minute and hundreds of MB there. This one keeps the rows as plain data, measures a row only
    when a page needs it (once: the pieces of a split share the rows and the measurements),
    splits in constant time, and writes each page's text and rules as a few strings of PDF.

    Every piece repeats the heading row; a piece that continues the table on a new page also
    repeats `caption` ("Ana Núñez — Mayor, continued") above it, so a loose page still says what
    it lists. A row never splits across pages. A cell is user text (wrapped to its column, at
    most `max_lines` lines) or several `TextPart`s, each starting a new line.
    """

    TOP = 2.0
    BOTTOM = 3.0
    MEASURE_LIMIT = 2_000.0  # points: taller than any page

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[StreamCell]],
        col_widths: Sequence[float],
        *,
        caption: str = "",
        right: frozenset[int] = frozenset(),
        size: float | None = None,
        max_lines: int = 12,
        _shared: _StreamRows | None = None,
        _start: int = 0,
        _stop: int | None = None,
        _continued: bool = False,
    ) -> None:
        super().__init__()
        s = styles()
        self.size = size or s.cell.fontSize
        self.leading = round(self.size * 1.25, 1)
        self.col_widths = [float(w) for w in col_widths]
        self.caption = single_line(caption)
        self.right = right
        self.max_lines = max_lines
        self.header = tuple(header)
        self.shared = _shared or _StreamRows(rows, self)
        self.start = _start
        self.stop = len(self.shared.rows) if _stop is None else _stop
        self.continued = _continued
        self.hAlign = "LEFT"
        if _shared is not None:  # a piece: the heading is the whole table's
            self._header_lines, self._header_height = _shared.header
        else:
            self._header_lines = [
                wrap_lines(text, self.size, w - 2 * CELL_PADDING, bold=True, max_lines=3)
                for text, w in zip(self.header, self.col_widths, strict=True)
            ]
            self._header_height = (
                max(len(lines) for lines in self._header_lines) * self.leading
                + self.TOP
                + self.BOTTOM
            )
            self.shared.header = (self._header_lines, self._header_height)
        self._fits = self.stop  # rows [start, _fits) fit the height last wrapped to

    # ----- layout --------------------------------------------------------------------------------
    def _top_height(self) -> float:
        caption = self.leading + 2 if self.continued and self.caption else 0.0
        return caption + self._header_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Measure only as far as the page reaches: a height beyond the page is all the frame
        # needs to know to split, and measuring the whole rest at every page would be quadratic.
        height = self._top_height()
        index = self.start
        # A KeepTogether (a heading kept with its table) asks with room for anything: no page
        # is taller than this, so past it the answer "too tall" is already known.
        limit = min(available_height, self.MEASURE_LIMIT) + 1e-6
        while index < self.stop:
            row_height = self.shared.height(index)
            if height + row_height > limit:
                self._fits = index
                self.width, self.height = sum(self.col_widths), height + row_height
                return self.width, self.height
            height += row_height
            index += 1
        self._fits = self.stop
        self.width, self.height = sum(self.col_widths), height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        cut = self._fits
        if cut <= self.start:
            return []  # not even one row here: the frame moves on to the next page
        return [self._piece(self.start, cut, self.continued), self._piece(cut, self.stop, True)]

    def _piece(self, start: int, stop: int, continued: bool) -> StreamTable:
        return StreamTable(
            self.header,
            (),
            self.col_widths,
            caption=self.caption,
            right=self.right,
            size=self.size,
            max_lines=self.max_lines,
            _shared=self.shared,
            _start=start,
            _stop=stop,
            _continued=continued,
        )

    # ----- drawing -------------------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        code: list[str] = ["q"]
        y = self.height
        if self.continued and self.caption:
            y -= self.leading
            code.append(colour_op(MUTED))
            code.append(text_op(canvas, FONT, self.size, (0, y + 2), f"{self.caption} (continued)"))
            y -= 2
        total = sum(self.col_widths)
        top = y
        code.append(
            f"{colour_op(HEADER_FILL)} 0 {y - self._header_height:.2f} {total:.2f} "
            f"{self._header_height:.2f} re f"
        )
        code.append(colour_op(INK))
        heading = self.shared.heading_code(canvas, self.right)
        if heading is None:  # a heading that needs shaping
            self._draw_row(canvas, code, self._header_lines, [True] * len(self.header), y)
        else:  # the same on every page: worked out once
            code.append(f"BT 1 0 0 1 0 {y:.2f} Tm {heading} ET")
        y -= self._header_height
        rules = [y]
        # One text object for the rows: each row moves to its top, each cell's lines are
        # written from there by operators worked out once per distinct cell (issue 14).
        code.append("BT")
        for index in range(self.start, self.stop):
            shown = self.shared.row_code(canvas, index, self.right)
            if shown is None:  # a cell that needs shaping: drawn line by line
                lines, bold, colours = self.shared.layout(index)
                code.append("ET")
                self._draw_row(canvas, code, lines, bold, y, colours=colours)
                code.append("BT")
            else:
                code.append(f"1 0 0 1 0 {y:.2f} Tm {shown}")
            y -= self.shared.height(index)
            rules.append(y)
        code.append("ET")
        path = [f"0 {top:.2f} m {total:.2f} {top:.2f} l"]
        path += [f"0 {rule:.2f} m {total:.2f} {rule:.2f} l" for rule in rules]
        x = 0.0
        for edge in (0.0, *self._edges()):
            x = edge
            path.append(f"{x:.2f} {top:.2f} m {x:.2f} {y:.2f} l")
        code.append(f"{_stroke_op(RULE)} 0.4 w {' '.join(path)} S Q")
        canvas._code.append("\n".join(code))

    def _edges(self) -> list[float]:
        edges, x = [], 0.0
        for w in self.col_widths:
            x += w
            edges.append(x)
        return edges

    def _draw_row(
        self,
        canvas: Canvas,
        code: list[str],
        lines: Sequence[Sequence[str]],
        bold: Sequence[Sequence[bool] | bool],
        y: float,
        *,
        colours: Sequence[Sequence[colors.Color | None]] | None = None,
    ) -> None:
        x = 0.0
        current = INK
        for column, (cell_lines, width) in enumerate(zip(lines, self.col_widths, strict=True)):
            baseline = y - self.TOP - self.size
            cell_bold = bold[column]
            for number, line in enumerate(cell_lines):
                is_bold = cell_bold if isinstance(cell_bold, bool) else cell_bold[number]
                colour = colours[column][number] if colours else None
                colour = colour or INK
                if colour is not current:
                    code.append(colour_op(colour))
                    current = colour
                font = FONT_BOLD if is_bold else FONT
                if column in self.right:
                    left = x + width - CELL_PADDING - text_width(line, self.size, bold=is_bold)
                else:
                    left = x + CELL_PADDING
                code.append(text_op(canvas, font, self.size, (left, baseline), line))
                baseline -= self.leading
            x += width
        if current is not INK:
            code.append(colour_op(INK))


class _StreamRows:
    """The rows of a StreamTable and each row's layout, measured once, shared by its pieces."""

    def __init__(self, rows: Sequence[Sequence[StreamCell]], table: StreamTable) -> None:
        self.rows = rows
        self.size = table.size
        self.leading = table.leading
        self.widths = [w - 2 * CELL_PADDING for w in table.col_widths]
        self.max_lines = table.max_lines
        self.lefts = [sum(table.col_widths[:column]) for column in range(len(table.col_widths))]
        self.header: tuple[list[list[str]], float] = ([], 0.0)  # set by the whole table
        self._heading_code: object = _UNWRITTEN
        self._heights: dict[int, float] = {}
        # A long report repeats its cells (activities, statuses, dates, a member's name on each
        # of their pledges): each distinct cell is wrapped once and written once, and a row is
        # its cells' entries ([lines, bold, colours, operators or _UNWRITTEN]).
        self._cells: list[dict[str, list[Any]]] = [{} for _ in table.col_widths]  # per column
        self._measured: dict[int, list[list[Any]]] = {}  # rows measured, not drawn yet

    def _entries(self, index: int) -> list[list[Any]]:
        found = self._measured.pop(index, None)
        if found is not None:
            return found
        entries = []
        for cell, seen, width in zip(self.rows[index], self._cells, self.widths, strict=True):
            if isinstance(cell, str):
                entry = seen.get(cell)
                if entry is None:
                    entry = seen[cell] = [*self._wrap_cell(cell, width), _UNWRITTEN]
            else:  # parts: a member's name and contact details, written once anyway
                entry = [*self._wrap_cell(cell, width), _UNWRITTEN]
            entries.append(entry)
        return entries

    def layout(self, index: int) -> tuple[list[list[str]], list[list[bool]], list[list[Any]]]:
        entries = self._entries(index)
        return [e[0] for e in entries], [e[1] for e in entries], [e[2] for e in entries]

    def _wrap_cell(self, cell: StreamCell, width: float) -> tuple[list[str], list[bool], list[Any]]:
        if isinstance(cell, str):  # most cells: one plain text
            wrapped = wrap_lines(cell, self.size, width, max_lines=self.max_lines)
            return wrapped, [False] * len(wrapped), [None] * len(wrapped)
        cell_lines: list[str] = []
        cell_bold: list[bool] = []
        cell_colours: list[Any] = []
        for part in cell:
            wrapped = wrap_lines(
                part.text, self.size, width, bold=part.bold, max_lines=part.max_lines
            )
            cell_lines += wrapped
            cell_bold += [part.bold] * len(wrapped)
            cell_colours += [part.colour] * len(wrapped)
        return cell_lines, cell_bold, cell_colours

    def row_code(self, canvas: Canvas, index: int, right: frozenset[int]) -> str | None:
        """The operators that write row `index`'s text from its top left corner, the text
        position left there after; None if a cell needs shaping."""
        codes = []
        for column, entry in enumerate(self._entries(index)):
            code = entry[3]
            if code is _UNWRITTEN:
                code = entry[3] = self._cell_code(canvas, column, entry, right)
            if code is None:
                return None
            codes.append(code)
        return " ".join(codes)

    def heading_code(self, canvas: Canvas, right: frozenset[int]) -> str | None:
        """`row_code` for the heading row (bold), worked out once."""
        if self._heading_code is _UNWRITTEN:
            codes = [
                self._cell_code(
                    canvas, column, [lines, [True] * len(lines), [None] * len(lines)], right
                )
                for column, lines in enumerate(self.header[0])
            ]
            self._heading_code = None if None in codes else " ".join(map(str, codes))
        return self._heading_code  # type: ignore[return-value]

    def _cell_code(
        self, canvas: Canvas, column: int, entry: list[Any], right: frozenset[int]
    ) -> str | None:
        lines, bold, colours = entry[:3]
        code = []
        dy = -(StreamTable.TOP + self.size)
        for line, is_bold, colour in zip(lines, bold, colours, strict=True):
            shown = _shown(canvas, FONT_BOLD if is_bold else FONT, self.size, line)
            if shown is None:
                return None
            if column in right:
                width = text_width(line, self.size, bold=is_bold)
                x = self.lefts[column] + self.widths[column] + CELL_PADDING - width
            else:
                x = self.lefts[column] + CELL_PADDING
            # Td moves from where the line before started: out to the line, and back again
            line_code = f"{x:.2f} {dy:.2f} Td {shown} {-x:.2f} {-dy:.2f} Td"
            if colour is not None and colour != INK:
                line_code = f"{colour_op(colour)} {line_code} {colour_op(INK)}"
            code.append(line_code)
            dy -= self.leading
        return " ".join(code)

    def height(self, index: int) -> float:
        height = self._heights.get(index)
        if height is None:
            entries = self._measured[index] = self._entries(index)
            most = max((len(entry[0]) for entry in entries), default=1)
            height = max(1, most) * self.leading + StreamTable.TOP + StreamTable.BOTTOM
            self._heights[index] = height
        return height


_UNWRITTEN = object()  # a cell whose operators are not worked out yet


def colour_op(colour: colors.Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f} rg"


def _stroke_op(colour: colors.Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f} RG"


_TEXT_CACHE_LIMIT = 50_000


def text_op(canvas: Canvas, font_name: str, size: float, at: tuple[float, float], text: str) -> str:
    """One line of text as PDF operators, in the embedded subset ReportLab keeps for the font
    (the same encoding its text objects write, without their per-call bookkeeping), switching to
    a fallback font for each run of letters the main one lacks (`font_runs`).

    The encoded text is remembered per document (its subsets are the document's): a long
    report repeats the same activity names, statuses and dates thousands of times."""
    shown = _shown(canvas, font_name, size, text)
    if shown is None:  # rare: drawn by ReportLab
        return _shaped_text_op(canvas, font_runs(text, bold=font_name == FONT_BOLD), size, at)
    return f"BT 1 0 0 1 {at[0]:.2f} {at[1]:.2f} Tm {shown} ET"


def _shown(canvas: Canvas, font_name: str, size: float, text: str) -> str | None:
    """The operators inside a text object that show one line where the text position stands
    ("/F1+0 8.5 Tf <...> Tj", a run per font), remembered per document; None for a line with
    a run that needs shaping (see `text_op`)."""
    cache: dict[tuple[str, float, str], str | None] | None = getattr(canvas, "_stream_text", None)
    if cache is None or len(cache) > _TEXT_CACHE_LIMIT:
        cache = canvas._stream_text = {}  # type: ignore[attr-defined]
    key = (font_name, size, text)
    if key in cache:
        return cache[key]
    runs = font_runs(text, bold=font_name == FONT_BOLD)
    if any(_shaped(run, run_font, size) for run_font, run in runs):
        cache[key] = None
        return None
    doc = canvas._doc
    parts = []
    for run_font, run in runs or ((font_name, ""),):
        font = pdfmetrics.getFont(run_font)
        for subset, piece in _encoded(font, visual_order(run), doc):
            name = font.getSubsetInternalName(subset, doc)
            parts.append(f"{name} {size:g} Tf <{piece.hex()}> Tj")
    # Tj moves the text position by what it showed, so the runs follow one another.
    shown = cache[key] = " ".join(parts)
    return shown


def _shaped_text_op(
    canvas: Canvas, runs: Sequence[tuple[str, str]], size: float, at: tuple[float, float]
) -> str:
    """`text_op` for a line with a run that needs shaping: each run its own text object."""
    x, y = at
    code = []
    for run_font, run in runs:
        text = canvas.beginText(x, y)
        text.setFont(run_font, size)
        shaped = _shaped(run, run_font, size)
        if shaped is None:
            text.textOut(visual_order(run))
            code.append(text.getCode())
        else:
            text.textOut(shaped[0])
            code.append(f"{actual_text(run)} {text.getCode()} EMC")
        x += run_width(run, run_font, size)
    return " ".join(code)


def _encoded(font: Any, text: str, doc: Any) -> list[tuple[int, bytes]]:
    """`font.splitString(text, doc)`, without its per-letter bookkeeping when every letter
    already has its code in the document's subsets (thousands of names of the same letters)."""
    state = font.state.get(doc)
    if state is not None:
        try:
            # in C, letter by letter: a note of the scorecard appendix is hundreds of them (P-4)
            return [(0, bytes(map(state.assignments.__getitem__, map(ord, text))))]
        except KeyError:
            pass  # a letter new to the document: ReportLab gives it a code
        except ValueError:
            pass  # a code past 255: a letter of a later subset
    return font.splitString(text, doc)  # type: ignore[no-any-return]
