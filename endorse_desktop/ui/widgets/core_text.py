"""The core's words in the window's language: its sentences, rule summaries and refusals.

The core writes them in English and Spanish side by side (`core.bilingual`), without Qt; the UI
asks for the one it is showing. The window's language is QLocale's default, which View ▸
Language sets with the translations (`ui/shell/language.install_language`), so no tab keeps a copy
that a switch could leave stale.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from endorse_desktop.core.bilingual import in_code


def ui_code() -> str:
    """ "es" while the window speaks Spanish, else "en" (the core's other language)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def in_ui(text: object) -> str:
    """A core text (a refusal, a `Said`) in the window's language: its Spanish when written."""
    return in_code(text, ui_code())
