"""`endorse-desktop export track-record --db F -o OUT.pdf|OUT.csv [--cycle NAME]`."""

from __future__ import annotations

from pathlib import Path

from tests.pdf_text import pdf_text


def test_export_track_record_pdf_and_csv_for_one_cycle(cli, demo_path: Path, tmp_path: Path):
    pdf = tmp_path / "record.pdf"
    done = cli("export", "track-record", "--db", str(demo_path), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "Track record" in pdf_text(pdf)
    csv = tmp_path / "record.csv"
    import sqlite3

    with sqlite3.connect(demo_path) as conn:
        general = conn.execute("SELECT name FROM cycles WHERE name LIKE '% General'").fetchone()[0]
    done = cli("export", "track-record", "--db", str(demo_path), "-o", str(csv), "--cycle", general)
    assert done.returncode == 0, done.stderr
    rows = csv.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert len(rows) == 4 and all(row.startswith(general) for row in rows)
    assert (csv.stat().st_mode & 0o077) == 0  # owner-only, like every export


def test_an_unknown_cycle_is_named_in_one_line(cli, demo_path: Path, tmp_path: Path):
    done = cli(
        "export",
        "track-record",
        "--db",
        str(demo_path),
        "-o",
        str(tmp_path / "x.pdf"),
        "--cycle",
        "1999 Special",
    )
    assert done.returncode == 1
    assert "no cycle called '1999 Special'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
