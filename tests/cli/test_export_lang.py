"""Issue 15: `export KIND --lang en|es|en+es`, and the warning that names every group text a
Spanish document would print in English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_text import pdf_text


def flat(text: str) -> str:
    return " ".join(text.split())


def test_ballots_in_both_languages_and_the_missing_office_named(cli, demo_path, tmp_path):
    out = tmp_path / "b.pdf"
    args = ("export", "ballots", "--db", str(demo_path), "--race", "Mayor", "-o", str(out))
    result = cli(*args, "--lang", "en+es", "--per-page", "2")
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr and "the office of the race “Mayor" in result.stderr
    text = flat(pdf_text(out))
    assert "OFFICIAL BALLOT" in text and "PAPELETA OFICIAL" in text

    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE races SET office_es = 'Alcaldía' WHERE office = 'Mayor'")
    result = cli(*args, "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    text = flat(pdf_text(out))
    assert "Alcaldía" in text and "OFFICIAL BALLOT" not in text and "Rellene UN" in text

    result = cli(*args)  # English unless asked
    assert result.returncode == 0 and "warning" not in result.stderr
    assert "PAPELETA" not in pdf_text(out)


@pytest.mark.parametrize(
    ("kind", "spanish"),
    [
        ("signup", "Hoja de compromisos"),
        ("announcement", "Anuncio de respaldo"),
        ("scorecard", "Strong / Fuerte (3)"),
        ("summary", "Acta de la reunión"),
    ],
)
def test_every_pdf_export_takes_lang(cli, demo_path, tmp_path, kind: str, spanish: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = cli("export", kind, "--db", str(demo_path), "-o", str(out), "--lang", "en+es")
    assert result.returncode == 0, result.stderr
    title = PdfReader(str(out)).metadata.title or ""
    assert spanish in " ".join(pdf_text(out).split()) or spanish in title, kind


def test_an_unknown_language_is_refused(cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    result = cli("export", "ballots", "--db", str(demo_path), "-o", str(out), "--lang", "fr")
    assert result.returncode == 2 and not out.exists()
    assert "--lang" in result.stderr and "invalid choice: 'fr'" in result.stderr
