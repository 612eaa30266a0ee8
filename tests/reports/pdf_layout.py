"""Where a generated PDF puts its words, and at what size, as a reader's ruler would find them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader


@dataclass(frozen=True)
class Placed:
    page: int
    text: str
    x: float  # points; inside a form (ballots) in the form's own coordinates
    y: float  # baseline
    size: float


def placed_text(path: Path | str) -> list[Placed]:
    """Every run of text with its position and type size, page by page in drawing order."""
    found: list[Placed] = []
    for number, page in enumerate(PdfReader(str(path)).pages):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, page: int = number) -> None:  # noqa: PLR0917 - pypdf's visitor signature
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Placed(page, text.strip(), x, y, size * (tm[3] or 1)))

        page.extract_text(visitor_text=visit)
    return found
