"""`endorse-desktop import` of a roster and `export csv` of the members, as a user runs them."""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.store import Store

REPORT = (
    "first_name,last_name,email,zip_code,can2_phone\n"
    "Ana,Núñez,ana@example.org,48103,734-555-0101\n"
    "Zoë,Kim,zoe@example.org,48104,\n"
    ",,,48105,\n"
)


def test_import_prints_the_summary(cli, tmp_path: Path) -> None:
    db = tmp_path / "group.sqlite3"
    report = tmp_path / "an.csv"
    report.write_bytes(codecs.BOM_UTF8 + REPORT.encode())
    result = cli("import", "--db", str(db), str(report))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "added 2, updated 0, skipped 1 (row 4: no name or email)\n"
    assert "ana@example.org" not in result.stdout + result.stderr
    again = cli("import", "--db", str(db), str(report))
    assert again.stdout.startswith("added 0, updated 0, skipped 3")
    with Store.open(db, readonly=True) as store:
        assert sorted(m.first_name for m in roster.list_members(store)) == ["Ana", "Zoë"]


def test_import_refuses_junk_in_one_line_and_leaves_the_file_alone(
    cli, demo_path: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "roster.csv"
    pdf.write_bytes(b"%PDF-1.5\n" + bytes(range(256)) * 20)
    odd = tmp_path / "inventory.csv"
    odd.write_text("item,size,count\nchairs,L,40\n", encoding="utf-8")
    before = demo_path.read_bytes()
    for junk, expected in ((pdf, "is a PDF document"), (odd, "holds names or emails")):
        result = cli("import", "--db", str(demo_path), str(junk))
        assert result.returncode != 0
        assert result.stderr.count("\n") == 1, result.stderr
        assert expected in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
        assert demo_path.read_bytes() == before
    # A refused file does not even create the database it was meant for.
    missing = tmp_path / "new.sqlite3"
    assert cli("import", "--db", str(missing), str(pdf)).returncode != 0
    assert not missing.exists()


def test_export_csv_neutralises_formulas_but_keeps_their_text(
    cli, db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        roster.add_member(
            store,
            Member(
                first_name='=HYPERLINK("http://evil.example","Click")',
                last_name="@SUM(A1:A9)",
                phone="+1 734 555 0101",
                notes="-2+3",
                postal_code="48103",
                email="ana@example.org",
                eligible=False,
                eligibility_reason="dues",
            ),
        )
    out = tmp_path / "csv"
    result = cli("export", "csv", "--db", str(db_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with (out / "members.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["first_name"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert row["last_name"] == "'@SUM(A1:A9)"
    assert row["phone"] == "'+1 734 555 0101"
    assert row["notes"] == "'-2+3"
    assert (row["postal_code"], row["email"]) == ("48103", "ana@example.org")
    assert (row["eligible"], row["eligibility_reason"], row["archived"]) == ("no", "dues", "no")
