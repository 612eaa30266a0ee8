"""Issue 3 acceptance through the command line: shared JSON in, scorecard PDF and JSON out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_text import pdf_pages_text, pdf_text

LONG_NAME = (
    "Guadalupe Esperanza Montserrat Villalobos-Achterberg de la Fuente Oyelaran-Kowalczyk "
    "Þórsdóttir Nakashima-Ferreira Lindqvist Abernathy-Okonkwo Delacroix-Mwangi "
    "Fitzwilliam-Sørensen Ramos-Lee"
)
NAMES = ["Bob <b>Smith & Co", "Nguyễn Thị Minh", "Ωμέγα Παπαδόπουλος", "Иван Петров", LONG_NAME]
VALUES = [
    {
        "title": "Affordable housing",
        "description": "Homes people can afford.",
        "weight": 5,
        "dealbreaker": True,
    },
    {
        "title": "Climate & jobs",
        "description": "A <green> new deal.",
        "weight": 3,
        "dealbreaker": False,
    },
    {"title": "Voting access", "description": "", "weight": 1, "dealbreaker": False},
]
RATINGS = [
    {
        "Affordable housing": {
            "rating": 4,
            "evidence": "Wrote the 2025 ordinance.",
            "source": "record",
        },
        "Climate & jobs": {
            "rating": 2,
            "evidence": 'Said "maybe" at the forum.',
            "source": "statement",
        },
    },
    {"Affordable housing": {"rating": 0, "evidence": "Voted no, twice.", "source": "record"}},
    {
        "Climate & jobs": {"rating": 3, "evidence": "", "source": "questionnaire"},
        "Voting access": {"rating": None, "evidence": "Asked; no answer yet.", "source": ""},
    },
    {},
    {
        "Affordable housing": {"rating": 1, "evidence": "", "source": "interview"},
        "Climate & jobs": {"rating": 1, "evidence": "", "source": "interview"},
        "Voting access": {"rating": 4, "evidence": "", "source": "interview"},
    },
]


def test_the_long_name_is_190_characters() -> None:
    assert len(LONG_NAME) == 190


@pytest.fixture
def hostile_json(tmp_path: Path) -> Path:
    document = {
        "format": "endorse-desktop/shared",
        "version": 1,
        "group": {"name": "Chapter <i>Ω</i> & Friends"},
        "values": VALUES,
        "races": [
            {
                "office": "City Council",
                "district": "Ward 3",
                "election_date": "2026-06-02",
                "stage": "primary",
                "candidates": [
                    {"name": name, "party": "Independent", "incumbent": i == 1, "ratings": ratings}
                    for i, (name, ratings) in enumerate(zip(NAMES, RATINGS, strict=True))
                ],
            }
        ],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def pdf_fonts(path: Path) -> set[tuple[str, bool]]:
    """(font name, embedded?) for every font the PDF's pages use."""
    found = set()
    for page in PdfReader(str(path)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = bool(
                descriptor
                and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2"))
            )
            found.add((str(font["/BaseFont"]), embedded))
    return found


def test_hostile_names_import_and_print_literally(cli, hostile_json: Path, tmp_path: Path):
    from endorse_desktop.reports.common import missing_glyphs

    db = tmp_path / "group.sqlite3"
    assert not db.exists()
    imported = cli("import", "--db", str(db), str(hostile_json))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == (
        "added 3 values, 1 race, 5 candidates; set 8 ratings; "
        "named the group 'Chapter <i>Ω</i> & Friends'"
    )
    assert db.exists()  # importing into a file that does not exist creates it

    pdf = tmp_path / "scorecards.pdf"
    exported = cli("export", "scorecard", "--db", str(db), "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == str(pdf)
    text = pdf_text(pdf)
    for name in NAMES[:-1]:
        assert name in text
        assert missing_glyphs(name) == ""
    flat = "".join(text.split())
    assert "".join(LONG_NAME.split()) in flat  # wrapped over several lines, every letter there
    assert missing_glyphs(LONG_NAME) == ""
    assert "\ufffd" not in text and "\x00" not in text
    assert "Chapter <i>Ω</i> & Friends" in text
    assert "Climate & jobs" in text and 'Said "maybe" at the forum.' in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("DejaVuSans" in name for name, _ in fonts)  # no built-in font without Cyrillic


def test_export_import_export_round_trips_through_the_cli(cli, hostile_json, tmp_path) -> None:
    first_db, second_db = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    assert cli("import", "--db", str(first_db), str(hostile_json)).returncode == 0
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert cli("export", "json", "--db", str(first_db), "-o", str(one)).returncode == 0
    assert cli("import", "--db", str(second_db), str(one)).returncode == 0
    assert cli("export", "json", "--db", str(second_db), "-o", str(two)).returncode == 0
    first, second = json.loads(one.read_text("utf-8")), json.loads(two.read_text("utf-8"))
    assert first == second
    # and it is what went in: values, weights, dealbreakers and every rating
    assert first["values"] == VALUES
    candidates = first["races"][0]["candidates"]
    assert [c["name"] for c in candidates] == NAMES
    assert [c["ratings"] for c in candidates] == RATINGS


def test_export_scorecard_for_one_race(cli, demo_path: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "ward3.pdf"
    result = cli(
        "export", "scorecard", "--db", str(demo_path), "-o", str(pdf), "--race", "City Council"
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert "City Council — Ward 3" in text and "Priya Raman" in text
    assert "Mayor — City of Riverton" not in text and "Ana Núñez" not in text


def test_the_sample_handout_shows_labels_scores_coverage_and_the_dealbreaker(
    cli, demo_path, tmp_path
):
    pdf = tmp_path / "all.pdf"
    assert cli("export", "scorecard", "--db", str(demo_path), "-o", str(pdf)).returncode == 0
    pages = pdf_pages_text(pdf)
    text = "\n".join(pages)
    for race in ("Mayor — City of Riverton", "City Council — Ward 3", "State House — District 52"):
        assert race in text
    assert "Riverton Indivisible" in pages[0] and f"Page 1 of {len(pages)}" in pages[0]
    mayor = next(page for page in pages if "Bob Lee" in page and "Weighted score" in page)
    for expected in ("63%", "49%", "78%", "7 of 8 values rated", "✖ Opposes (0)", "Unknown"):
        assert expected in mayor
    assert "Appendix: evidence notes" in text
    assert "Voted against it twice on the council." in text


def test_an_unknown_race_is_one_line_naming_the_races(cli, demo_path, tmp_path) -> None:
    result = cli(
        "export",
        "scorecard",
        "--db",
        str(demo_path),
        "-o",
        str(tmp_path / "x.pdf"),
        "--race",
        "Governor",
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no race called 'Governor'" in result.stderr and "City Council — Ward 3" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_group_still_gets_a_handout_that_says_so(cli, tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "endorse-desktop/shared", "version": 1}', encoding="utf-8")
    assert cli("import", "--db", str(db), str(empty)).returncode == 0
    pdf = tmp_path / "empty.pdf"
    result = cli("export", "scorecard", "--db", str(db), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "There are no races to show yet." in pdf_text(pdf)
    data = tmp_path / "empty-out.json"
    assert cli("export", "json", "--db", str(db), "-o", str(data)).returncode == 0
    assert json.loads(data.read_text("utf-8"))["races"] == []


def test_a_refused_file_leaves_no_database_behind(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "endorse-desktop/shared", "version": 1, "values": [{}]}')
    db = tmp_path / "never.sqlite3"
    result = cli("import", "--db", str(db), str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "values[0].title: is missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists()


def test_ratings_csv_has_every_cell(cli, demo_path: Path, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "csv"
    result = cli("export", "csv", "--db", str(demo_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with (out / "ratings.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "race",
        "candidate",
        "value",
        "weight",
        "rating",
        "rating_label",
        "evidence",
        "source",
    ]
    assert len(rows) == 9 * 8  # every candidate against every value, Unknowns included
    bob = next(
        r for r in rows if r["candidate"] == "Bob Lee" and r["value"] == "Affordable housing"
    )
    assert (bob["race"], bob["weight"], bob["rating"], bob["rating_label"], bob["source"]) == (
        "Mayor — City of Riverton",
        "5",
        "0",
        "Opposes",
        "record",
    )
    unknown = [r for r in rows if r["rating_label"] == "Unknown"]
    assert unknown and all(r["rating"] == "" for r in unknown)
