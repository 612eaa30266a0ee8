"""`export summary`: the minutes of a meeting (SPEC F-8), gathered by the core, drawn by reports."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.document_text import Language
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.minutes import gather_summary
from endorse_desktop.reports.summary import render_summary


def export_summary(
    store: Store,
    output: Path,
    *,
    meeting: int | None = None,
    lang: Language | str | None = None,
    **_: object,
) -> list[Path]:
    language = Language.parse(lang)
    render_summary(gather_summary(store, meeting, language), output, language)
    return [output]
