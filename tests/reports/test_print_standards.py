"""Issue 14: every script prints, ballots an election office would accept, scorecards that survive
a black-and-white copier, sign-up sheets sized for handwriting."""

from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import SAMPLE
from reportlab.lib.units import inch, mm

from endorse_desktop.core import meetings
from endorse_desktop.core.documents import SignupDocument, SignupSheet
from endorse_desktop.core.scoring import ValueWeight
from endorse_desktop.exports.ballots import plan_ballots
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.reports import ballots, common
from endorse_desktop.reports.ballots import (
    BallotLayoutError,
    BallotSpec,
    ballot_fits,
    render_ballots,
)
from endorse_desktop.reports.scorecard import (
    RATING_FILLS,
    RatingEntry,
    ScorecardCandidate,
    ScorecardDocument,
    ScorecardRace,
    render_scorecards,
)
from endorse_desktop.reports.signup import ROWS_PER_PAGE, render_signup_sheets
from tests.pdf_text import pdf_pages_text, pdf_text
from tests.reports.pdf_fonts import embedded_font_names
from tests.reports.pdf_layout import placed_text
from tests.voting_setup import new_vote

# Chinese, Korean, Japanese, Devanagari, and the Latin/Greek/Cyrillic DejaVu always had.
WORLD_NAMES = ("王小明", "김민준", "山田太郎", "देवनागरी", "Nguyễn Thị Minh", "Ωμέγα", "Иван Петров")
# Devanagari that shaping rearranges: "ि" stands before "प", "क्ष" and "त्र" are single glyphs.
SHAPED_NAMES = ("दीपिका किरण", "क्षत्रिय")
HEBREW = "דוד כהן"
ARABIC = "محمد علي"
NOT_PRINTABLE = "\U000f0000"  # a supplementary private-use letter: no font has it
PRIVATE_USE = "\ue000"


def ballot_spec(**changes: object) -> BallotSpec:
    base = BallotSpec(
        group_name="Riverton Indivisible",
        cycle="2026 Primary",
        meeting_date="2026-05-14",
        race_title="Mayor — City of Riverton",
        options=("Ana Núñez", "Bob Lee", "No endorsement"),
        generated_at=datetime(2026, 5, 14, 19, 32),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def scorecard(*names: str) -> ScorecardDocument:
    values = (ValueWeight("Housing", 5), ValueWeight("Transit", 3))
    candidates = tuple(
        ScorecardCandidate(name, ratings={"Housing": RatingEntry(rating % 5)})
        for rating, name in enumerate(names)
    )
    races = (
        ScorecardRace("Mayor", values, candidates),
        ScorecardRace("Council", values, candidates[:2]),
    )
    return ScorecardDocument("Riverton Indivisible", "2026 Primary", races)


# --- scripts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("ranked", [False, True])
def test_names_in_every_script_print_on_ballots(tmp_path: Path, ranked: bool) -> None:
    out = tmp_path / "b.pdf"
    render_ballots(ballot_spec(options=(*WORLD_NAMES, *SHAPED_NAMES, HEBREW), ranked=ranked), out)
    text = _poppler_text(out)
    for name in (*WORLD_NAMES, *SHAPED_NAMES):
        assert name in text, name
    assert common.MISSING_GLYPH not in text
    embedded = " ".join(embedded_font_names(out))
    assert "WenQuanYiMicroHei" in embedded and "NotoSansDevanagari" in embedded


def test_names_in_every_script_print_on_the_scorecard(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    render_scorecards(scorecard(*WORLD_NAMES, *SHAPED_NAMES, HEBREW), out)
    text = _poppler_text(out)
    for name in (*WORLD_NAMES, *SHAPED_NAMES):  # a narrow column may wrap between words
        assert "".join(name.split()) in "".join(text.split()), name
    assert common.MISSING_GLYPH not in text


def _poppler_text(path: Path) -> str:
    """What `pdftotext` reads: it marks right-to-left text with embedding controls."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub("[\u202a-\u202e]", "", text.stdout)


@pytest.mark.parametrize("document", ["ballot", "ranked ballot", "scorecard"])
def test_right_to_left_names_print_right_to_left_and_read_back_as_typed(
    tmp_path: Path, document: str
) -> None:
    """Hebrew and Arabic letters stand on paper right to left: the first letter typed is the
    rightmost drawn. PDF readers turn such a run back into the order it was typed, so the name
    copied or extracted from the PDF is exactly the one typed (both pypdf and pdftotext)."""
    out = tmp_path / "p.pdf"
    # (not Devanagari: pypdf reads shaped glyphs, not the letters they stand for; see below)
    names = ("王小明", "Nguyễn Thị Minh", "Иван Петров", HEBREW, ARABIC, f"Dr. {HEBREW}")
    if document == "scorecard":
        render_scorecards(scorecard(*names), out)
    else:
        render_ballots(ballot_spec(options=names, ranked=document == "ranked ballot"), out)
    for text in (pdf_text(out), _poppler_text(out)):
        flat = "".join(text.split())
        for name in names:
            assert "".join(name.split()) in flat, (name, text)
        assert common.MISSING_GLYPH not in text


def test_devanagari_is_shaped_and_reads_back_as_typed(tmp_path: Path) -> None:
    """Shaped: the vowel sign "ि" is drawn before its consonant and "क्ष" as one glyph, so the
    page holds fewer glyphs than the name has letters and the name is narrower than its letters
    side by side. Read back (pdftotext, from the marked content): exactly the letters typed, on
    a ballot (canvas), a scorecard (table cells) and a sign-up sheet (pre-printed names)."""
    name = "क्षत्रिय"  # two conjuncts: each one glyph narrower than its letters
    size = 12
    font = "NotoSansDevanagari"
    letters = sum(
        common.pdfmetrics.getFont(f).stringWidth(r, size) for f, r in common.font_runs(name)
    )
    assert common.text_width(name, size) < letters - 1
    ballot, card, sheet = tmp_path / "b.pdf", tmp_path / "c.pdf", tmp_path / "s.pdf"
    render_ballots(ballot_spec(options=(*SHAPED_NAMES, "Ana Núñez")), ballot)
    render_scorecards(scorecard(*SHAPED_NAMES, "Ana Núñez"), card)
    signup = signup_document()
    sheet_spec = replace(signup.sheets[0], prefilled_names=SHAPED_NAMES)
    render_signup_sheets(replace(signup, sheets=(sheet_spec,)), sheet)
    for out in (ballot, card, sheet):
        text = _poppler_text(out)
        flat = "".join(text.split())
        for shaped in SHAPED_NAMES:
            assert "".join(shaped.split()) in flat, (out.name, shaped)
        assert common.MISSING_GLYPH not in text and "\ue000" not in text
    assert font in " ".join(embedded_font_names(ballot))


def test_visual_order_turns_right_to_left_stretches_round_and_leaves_the_rest() -> None:
    assert common.visual_order("דוד כהן") == "ןהכ דוד"
    assert common.visual_order("Dr. דוד כהן, MD") == "Dr. ןהכ דוד, MD"
    assert common.visual_order("רחוב 12 הרצל") == "לצרה 12 בוחר"  # numbers read left to right
    assert common.visual_order("מִרְיָם") == "םיָרְמִ"  # points stay on their letter
    assert common.visual_order("Ana Núñez 王小明") == "Ana Núñez 王小明"


def test_a_name_in_bold_paragraph_markup_switches_font_too(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    out = tmp_path / "p.pdf"
    heading = Paragraph(f"Race: {common.escape('王小明 & देवनागरी <b>')}", common.styles().heading)
    common.build_document(out, common.DocumentInfo("G", "C", "T"), [heading])
    assert "Race: 王小明 & देवनागरी <b>" in pdf_text(out)


def test_header_table_labels_and_bar_labels_switch_font_too(tmp_path: Path) -> None:
    from fractions import Fraction

    out = tmp_path / "t.pdf"
    story = [
        common.data_table([["Name", "Unit"], ["山田太郎", common.Plain("小时")]], [100, 100]),
        common.horizontal_bar(Fraction(1, 2), 100, label="3 of 6 देवनागरी"),
    ]
    common.build_document(out, common.DocumentInfo("河畔 Indivisible", "C", "T"), story)
    text = " ".join(pdf_text(out).split())
    for expected in ("山田太郎", "小时", "3 of 6 देवनागरी", "河畔 Indivisible · C · T"):
        assert expected in text, expected


def test_a_character_no_font_has_is_named_in_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="endorse_desktop.reports"):
        render_ballots(ballot_spec(options=(f"Ana{NOT_PRINTABLE}", "Bob")), tmp_path / "b.pdf")
    assert "U+F0000" in caplog.text and "ballots" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="endorse_desktop.reports"):
        render_scorecards(scorecard("Ana", f"Bob{PRIVATE_USE}"), tmp_path / "s.pdf")
    assert "U+E000" in caplog.text and "scorecard" in caplog.text
    # printed as the replacement mark, not silently dropped
    assert f"Bob{common.MISSING_GLYPH}" in pdf_text(tmp_path / "s.pdf")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="endorse_desktop.reports"):
        render_ballots(ballot_spec(options=WORLD_NAMES), tmp_path / "fine.pdf")
    assert caplog.text == ""


def test_the_cli_names_the_unprintable_character_on_stderr(cli, demo_path: Path, tmp_path):
    import sqlite3

    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE candidates SET name = name || ? WHERE id = 1", (PRIVATE_USE,))
    result = cli("export", "scorecard", "--db", str(demo_path), "-o", str(tmp_path / "s.pdf"))
    assert result.returncode == 0, result.stderr
    assert "U+E000" in result.stderr


# --- ballots -----------------------------------------------------------------------------------


def test_ballots_carry_a_date_but_no_time_of_day(tmp_path: Path) -> None:
    for meeting in ("2026-05-14", None):
        out = tmp_path / "b.pdf"
        render_ballots(ballot_spec(meeting_date=meeting, copies=2), out)
        text = pdf_text(out)
        assert not re.search(r"\d{1,2}:\d{2}", text)
        assert "2026-05-14" in text


def test_serial_numbers_are_on_the_tear_off_stub_not_the_ballot(tmp_path: Path) -> None:
    spec = ballot_spec(copies=4, per_page=2, serial_numbers=True)
    out = tmp_path / "b.pdf"
    render_ballots(spec, out)
    origins = ballots._slot_origins(2, *common.page_size("letter"))
    placed = placed_text(out)
    serials = [p for p in placed if re.search(r"\d{4} / \d{4}", p.text)]
    assert len(serials) == 4
    for serial in serials:  # drawn on the page: take it into its ballot's own coordinates
        local_y = min(serial.y - y for _, y in origins if serial.y >= y)
        assert local_y < ballots.STUB_HEIGHT
    # everything on the ballot itself (drawn in the ballot's coordinates) is above the tear line
    body = [p for p in placed if p not in serials and "tear off" not in p.text and p.text != "✂"]
    assert body and all(p.y > ballots.STUB_HEIGHT for p in body)
    assert "tear off" in pdf_text(out)


def test_the_ballot_names_the_meeting_of_the_vote_being_printed(demo_store, tmp_path) -> None:
    vote = new_vote(demo_store)
    later = (SAMPLE.today + timedelta(days=21)).isoformat()
    newer = meetings.add_meeting(demo_store, meetings.Meeting(later, "Hall"))
    assert newer.id is not None
    for member_id in demo_store.column("SELECT id FROM members ORDER BY id LIMIT 5"):
        meetings.check_in(demo_store, newer.id, member_id)
    plan = plan_ballots(demo_store, "Mayor")
    assert plan is not None and plan.meeting is not None
    assert plan.meeting.id == vote.meeting_id
    out = tmp_path / "b.pdf"
    export_document(demo_store, "ballots", out, race="Mayor", copies=1)
    text = pdf_text(out)
    assert f"Meeting: {vote.meeting_held_on}" in text and later not in text


def test_names_stay_12_pt_and_instructions_10_pt_fewer_to_a_page_instead(tmp_path: Path) -> None:
    eight = (*(f"Candidate number {n}" for n in range(1, 8)), "No endorsement")
    for ranked in (False, True):
        for per_page in (1, 2, 4):
            spec = ballot_spec(options=eight, ranked=ranked, per_page=per_page, copies=per_page)
            if not ballot_fits(spec):
                continue
            out = tmp_path / f"b{ranked}{per_page}.pdf"
            render_ballots(spec, out)
            placed = placed_text(out)
            names = [p for p in placed if p.text.startswith(("Candidate number", "No endorse"))]
            assert len(names) == 8 * per_page
            assert min(p.size for p in names) >= 12
            starts = ("Fill in ONE", "Rank the choices", "1st column")  # full or short
            words = [p for p in placed if p.text.startswith(starts)]
            assert words and min(p.size for p in words) >= 10
    # Eight options do not fit four to a page at those sizes: the export refuses (below).
    assert not ballot_fits(ballot_spec(options=eight, per_page=4))


def test_export_refuses_more_to_a_page_than_the_options_fit(demo_store, tmp_path) -> None:
    mayor = demo_store.scalar("SELECT id FROM races WHERE office = 'Mayor'")
    with demo_store.transaction():
        for n in range(4):
            demo_store.execute(
                "INSERT INTO candidates (race_id, name, created_at, updated_at)"
                " VALUES (?, ?, 'x', 'x')",
                (mayor, f"Newcomer {n}"),
            )
    out = tmp_path / "b.pdf"
    # Not printed some other way than asked, nor smaller: one sentence says what to do.
    with pytest.raises(BallotLayoutError, match=r"printed 4 to a page .* print fewer to a page"):
        export_document(demo_store, "ballots", out, race="Mayor", copies=4, per_page=4, ranked=True)
    assert not out.exists()
    export_document(demo_store, "ballots", out, race="Mayor", copies=4, per_page=1, ranked=True)
    assert len(pdf_pages_text(out)) == 4
    assert min(p.size for p in placed_text(out) if p.text == "No endorsement") >= 12


def test_ranked_grid_has_numbered_spaced_circles_and_a_marked_example(tmp_path: Path) -> None:
    spec = ballot_spec(ranked=True, options=tuple(f"Candidate {n}" for n in range(1, 9)))
    shapes = ballots._layout(spec, *ballots._content_size(spec))
    circles = [s for s in shapes if isinstance(s, ballots._Circle) and not s.example]
    examples = [s for s in shapes if isinstance(s, ballots._Circle) and s.example]
    assert len(circles) == 64
    assert sum(c.filled for c in examples) == 1 and not any(c.filled for c in circles)
    row = sorted((c for c in circles if abs(c.y - circles[0].y) < 0.01), key=lambda c: c.x)
    gaps = [b.x - a.x - a.radius - b.radius for a, b in pairwise(row)]
    assert min(gaps) >= 3 * mm - 1e-6
    # each circle carries its rank number
    out = tmp_path / "b.pdf"
    render_ballots(spec, out)
    numbers = [p.text for p in placed_text(out) if p.text.isdigit()]
    assert all(numbers.count(str(n)) >= 8 for n in range(1, 9))
    assert "Example" in pdf_text(out)


def test_official_ballot_with_a_tellers_box_and_the_whole_race_title(tmp_path: Path) -> None:
    title = (
        "City Council District 4 — Northside, Pine Hills, Old Mill, Riverfront and Cedar Grove "
        "neighbourhoods (special election to fill a vacancy)"
    )
    out = tmp_path / "b.pdf"
    render_ballots(ballot_spec(race_title=title, per_page=4, copies=4), out)
    text = " ".join(pdf_text(out).split())
    assert text.count("OFFICIAL BALLOT") == 4
    assert text.count("Teller's initials") == 4
    assert text.count(title) >= 4 and "…" not in text


# --- scorecards --------------------------------------------------------------------------------


def luminance(colour: object) -> float:
    """Grey level 0–255 a black-and-white printer or copier makes of a fill (Rec. 601)."""
    r, g, b = (getattr(colour, channel) * 255 for channel in ("red", "green", "blue"))
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_rating_fills_ramp_in_grey_from_opposes_to_champion() -> None:
    greys = [luminance(RATING_FILLS[rating]) for rating in range(5)]
    assert abs(greys[0] - greys[4]) >= 60
    steps = [b - a for a, b in pairwise(greys)]
    assert all(step <= -15 for step in steps) or all(step >= 15 for step in steps), greys
    assert min(greys) >= 120  # black text stays readable on every fill


def test_the_legend_is_on_every_race_page(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    render_scorecards(scorecard("Ana", "Bob", "Cy"), out)
    pages = pdf_pages_text(out)
    race_pages = [page for page in pages if "Dealbreakers" in page]
    assert len(race_pages) == 2
    for page in race_pages:
        for label in ("Champion (4)", "Strong (3)", "Mixed (2)", "Weak (1)", "Opposes (0)"):
            assert label in page


# --- sign-up sheets ----------------------------------------------------------------------------


def signup_document(**changes: object) -> SignupDocument:
    sheet = SignupSheet(
        race_title="Mayor",
        candidate="Ana Núñez",
        activities=("Canvassing", "Phone bank", "Event hosting"),
        prefilled_names=("王小明", "Ana Núñez"),
    )
    base = SignupDocument("Riverton Indivisible", "2026 Primary", "2026-05-14", "Help!", (sheet,))
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_signup_rows_and_columns_are_sized_for_handwriting(tmp_path: Path, page_size: str) -> None:
    out = tmp_path / "s.pdf"
    render_signup_sheets(signup_document(page_size=page_size), out)
    placed = placed_text(out)
    numbers = sorted((p for p in placed if p.text.isdigit() and p.size == 7), key=lambda p: -p.y)
    assert [p.text for p in numbers] == [str(n) for n in range(1, ROWS_PER_PAGE + 1)]
    pitches = [a.y - b.y for a, b in pairwise(numbers)]
    assert min(pitches) >= 8 * mm
    assert "王小明" in pdf_text(out)
    # Column widths from where the headings start (each one cell padding into its column).
    # Many activities take room from the other columns, never from Phone and Email.
    many = ("Canvassing", "Phone bank", "Texting", "Event hosting", "Letters", "Rides", "Lawns")
    for activities in ((), many):
        sheet = replace(signup_document().sheets[0], activities=activities)
        render_signup_sheets(signup_document(page_size=page_size, sheets=(sheet,)), out)
        placed = placed_text(out)
        heading = {p.text.split()[0]: p.x for p in placed if p.text in ("Phone", "Email")}
        heading["Shifts"] = next(p.x for p in placed if p.text.startswith("Shifts"))
        after_email = heading["Shifts"]
        if activities:  # the tick boxes are centred in their columns: find the first column
            row = min(p.y for p in placed if p.text == "☐")
            boxes = sorted(p.x for p in placed if p.text == "☐" and p.y == row)
            tick = boxes[1] - boxes[0]
            after_email = boxes[0] + common.text_width("☐", 12) / 2 - tick / 2 + 3
        assert heading["Email"] - heading["Phone"] >= 1.5 * inch - 0.01
        assert after_email - heading["Email"] >= 2.5 * inch - 0.01


def test_a_long_title_and_ask_leave_fewer_rows_never_a_sheet_without_its_table(
    tmp_path: Path,
) -> None:
    """Each page is drawn from one form: when a long candidate name, race and ask take the room,
    the page has fewer ruled rows (still 8 mm apart), and the table with every activity is on it."""
    long = " ".join(["Featherstonehaugh-Cholmondeley"] * 6)
    sheet = replace(signup_document().sheets[0], candidate=long, race_title=long)
    doc = signup_document(ask=" ".join(["Please help us."] * 200), sheets=(sheet,))
    out = tmp_path / "s.pdf"
    render_signup_sheets(doc, out)
    for page in pdf_pages_text(out):
        for activity in ("Canvassing", "Phone", "Event", "Email", "Shifts"):  # sideways, wrapped
            assert activity in page, activity
    numbers = [p for p in placed_text(out) if p.text.isdigit() and p.size == 7 and p.page == 0]
    assert 1 <= len(numbers) < ROWS_PER_PAGE
    ordered = sorted(numbers, key=lambda p: -p.y)
    assert all(a.y - b.y >= 8 * mm for a, b in pairwise(ordered))


def test_signup_says_what_signing_agrees_to(tmp_path: Path) -> None:
    render_signup_sheets(signup_document(), tmp_path / "s.pdf")
    text = " ".join(pdf_text(tmp_path / "s.pdf").split())
    assert "you agree that the group's organizers may phone or email you" in text


def test_every_sheet_of_the_same_members_numbers_and_names_its_own_rows(tmp_path: Path) -> None:
    # Sheets that list the same members share each page of names (written once for all of
    # them): every page must still show its own sheet's title, the right names in the right
    # rows, and "Page X of Y" of the whole document.
    names = tuple(f"Member {n:02d}" for n in range(1, 31))
    sheets = tuple(
        replace(signup_document().sheets[0], candidate=who, prefilled_names=names)
        for who in ("Ana Núñez", "Marcus Okafor")
    )
    out = tmp_path / "s.pdf"
    pages = render_signup_sheets(signup_document(sheets=sheets), out)
    texts_ = [" ".join(page.split()) for page in pdf_pages_text(out)]
    assert pages == len(texts_) == 6  # 30 names and 4 blank rows: three pages a sheet
    placed = placed_text(out)
    for number, text in enumerate(texts_):
        who = "Ana Núñez" if number < 3 else "Marcus Okafor"
        assert f"Help elect {who}" in text and f"Page {number + 1} of 6" in text
        numbered = (p for p in placed if p.page == number and p.size == 7 and p.text.isdigit())
        rows = sorted(numbered, key=lambda p: -p.y)
        first = (number % 3) * len(rows) + 1
        assert [p.text for p in rows] == [str(n) for n in range(first, first + len(rows))]
        shown = sorted(
            (p for p in placed if p.page == number and p.text.startswith("Member")),
            key=lambda p: -p.y,
        )
        assert [p.text for p in shown] == list(names[first - 1 : first - 1 + len(rows)])


def test_present_names_sort_by_last_name_ignoring_accents(demo_store, tmp_path) -> None:
    members = demo_store.rows(
        "SELECT id FROM members WHERE last_name = 'Hernández' OR last_name LIKE 'H%'"
    )
    day = (SAMPLE.today + timedelta(days=30)).isoformat()
    meeting = meetings.add_meeting(demo_store, meetings.Meeting(day, "Hall"))
    assert meeting.id is not None
    for member in members:
        meetings.check_in(demo_store, meeting.id, member["id"])
    out = tmp_path / "s.pdf"
    export_document(demo_store, "signup", out, race="Mayor", present_names=True)
    text = " ".join(pdf_text(out).split())
    assert text.index("Élodie Hernández") < text.index("Grace Hernández")
    assert text.index("Grace Hernández") < text.index("Ruth Hernández")
