"""CSV files for spreadsheets, with formula injection neutralised.

A cell that starts with = + - @ (or a tab/CR) is run as a formula by Excel, LibreOffice and Google
Sheets. We keep the text but prefix an apostrophe, which spreadsheets show as plain text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from endorse_desktop.core.private_files import private_text_file

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, int | float):
        return text  # a negative number is a number, not a formula
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write UTF-8 with BOM (so Excel reads accents right); returns the number of rows.

    The file is owner-only (it holds contact details) and appears whole or not at all.
    """
    count = 0
    with private_text_file(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(value) for value in row])
            count += 1
    return count
