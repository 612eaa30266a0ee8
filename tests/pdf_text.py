"""Read back what a generated PDF says, the way a reader's viewer would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_pages_text(path: Path | str) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path: Path | str) -> str:
    return "\n".join(pdf_pages_text(path))
