"""One rule for a day typed by a person or read from a file: written 2026-03-14, and a day on the
calendar (2026-02-30 has the shape and is refused). Each feature refuses with its own error,
naming which date it is.

(A roster's join dates are read more loosely, as the organizing tools export them: see
`members.parse_date`.)
"""

from __future__ import annotations

import re
from datetime import date

from endorse_desktop.core.errors import EndorseError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def checked_day(
    text: str | None,
    refusal: type[EndorseError],
    what: str = "date",
    what_es: str = "la fecha",
    example: str = "2026-03-14",
) -> str | None:
    """The day as typed, trimmed ("" or None: no day); anything else is refused in one sentence
    that names which date it is and shows one written as it should be."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if _ISO_DAY.fullmatch(cleaned):
        try:
            return date.fromisoformat(cleaned).isoformat()
        except ValueError:
            pass
    raise refusal(
        f"{what} {cleaned!r} should look like {example}",
        es=f"{what_es} {cleaned!r} debe tener la forma {example}",
    )
