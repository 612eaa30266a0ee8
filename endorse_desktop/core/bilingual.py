"""Words the core says to people, in English and Spanish, without Qt.

The UI's own words are in the .ts catalogs, but the core (sentences, rules, refusals) cannot use
them: it never imports Qt, and the CLI and the documents need the same words. So the core writes
each text in both languages side by side where it is made, and the caller picks: the UI its own
language (`ui/widgets/core_text.py`), a document each of its languages, the CLI English.

`Said` is such a text where a plain English `str` was expected before (a live view's rule words,
an over-vote warning): it *is* the English string, so code that compares or prints it is
unchanged, and `in_code(text, "es")` finds its Spanish.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from endorse_desktop.core.document_text import Language


class Said(str):
    """An English text that also knows its Spanish (`.es`)."""

    es: str

    def __new__(cls, english: str, spanish: str = "") -> Said:
        text = super().__new__(cls, english)
        text.es = spanish
        return text

    def __reduce__(self) -> tuple[type[Said], tuple[str, str]]:
        return (Said, (str(self), self.es))


def say(code: str, english: str, spanish: str) -> str:
    """The text in `code` ("en" or "es"): both are written side by side where they are made, so a
    text never gains an English clause its Spanish lacks."""
    return spanish if code == "es" else english


def in_code(text: object, code: str) -> str:
    """`text` in `code`: a `Said`'s (or a refusal's) Spanish when asked for and written, else the
    text itself."""
    spanish = getattr(text, "es", "")
    return spanish if code == "es" and spanish else str(text)


def said(language: Language, make: Callable[[str], str], separator: str = "\n") -> str:
    """What `make(code)` says in each language of a document, English first, said once when
    both are the same (a number, a name)."""
    return separator.join(dict.fromkeys(make(code) for code in language.codes))
