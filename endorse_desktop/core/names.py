"""One rule for people's names: how they are stored, matched and sorted.

Names arrive typed, pasted from web pages and imported from other groups' files. Two names that
look the same on a ballot must *be* the same name, or a race shows two identical lines and every
vote on it is refused. So every name is stored as `clean_name` leaves it (NFC, no invisible
characters, single spaces), two names are the same person or candidate when their `name_key`s
match (accent-, case- and spacing-blind), and lists sort by `sort_key` (last name, then first,
as people read them: "Élodie" with the E's, not after "Zoë").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from endorse_desktop.core.errors import InvalidInputError

MAX_NAME_LENGTH = 200

# Invisible characters a paste carries along: zero-width spaces and joiners, the byte-order mark,
# the soft hyphen, and the bidi controls that can make a name print in another order than it is
# stored. None of them is part of a name anyone types.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufeff\uffa0"
)


class NameTooLongError(InvalidInputError):
    """A name too long for any ballot or scorecard (one sentence, for the user)."""


def _kept(ch: str) -> bool:
    if ch in _INVISIBLE:
        return False
    category = unicodedata.category(ch)
    # Cf (format) covers the remaining invisible controls; Cc/Cs are control and broken characters
    return category not in ("Cc", "Cf", "Cs") or ch.isspace()


def clean_name(text: str, what: str = "a name") -> str:
    """`text` as a name is stored: NFC, invisible characters gone, one line, single spaces.

    Raises NameTooLongError beyond MAX_NAME_LENGTH characters (a pasted paragraph, or a merged
    roster row): no ballot or scorecard can print it.
    """
    composed = unicodedata.normalize("NFC", text or "")
    cleaned = " ".join("".join(ch for ch in composed if _kept(ch)).split())
    if len(cleaned) > MAX_NAME_LENGTH:
        raise NameTooLongError(
            f"{what} is {len(cleaned):,} characters long; names are at most "
            f"{MAX_NAME_LENGTH} characters",
            es=(
                f"este nombre tiene {len(cleaned):,} caracteres; los nombres tienen como máximo "
                f"{MAX_NAME_LENGTH} caracteres"
            ),
        )
    return cleaned


def clean_names(refusal: type[InvalidInputError], *named: tuple[str, str]) -> list[str]:
    """Each `(text, what)` cleaned as `clean_name` cleans it; a name too long is refused as
    `refusal`, the error the feature's callers catch (a MemberError, a RaceError)."""
    try:
        return [clean_name(text, what) for text, what in named]
    except NameTooLongError as error:
        raise refusal(str(error)) from error


def name_key(text: str) -> str:
    """The key two names share when they are the same name: accent-, case- and spacing-blind.

    "José Núñez", "jose  nunez" and an NFD or zero-width-space twin all give "jose nunez".
    """
    return typed_key(text).rstrip()


# Letters NFKD does not take apart, written as people type them without the accent
# ("soren" finds Søren).
_PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"}
)


@lru_cache(maxsize=65_536)  # reports sort thousands of members by it, once per endorsement
def typed_key(text: str) -> str:
    """`name_key` of what someone is still typing: a trailing space is kept, so "Jo " (a first
    name, finished) no longer matches "José". Check-in, sign-up entry and search use it."""
    if text.isascii() and text.isprintable():
        folded = text.casefold()  # most names: the same answer, much sooner
    else:
        composed = unicodedata.normalize("NFC", text or "")
        visible = "".join(ch for ch in composed if _kept(ch))
        decomposed = unicodedata.normalize("NFKD", visible.casefold())
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = folded.translate(_PLAIN_LETTERS)
    words = folded.split()
    if not words:
        return ""
    return " ".join(words) + (" " if folded[-1].isspace() else "")


def name_keys(texts: Sequence[str]) -> list[str]:
    """`name_key` of every text, a whole table's column at once (SPEC P-5: 5,000 names in a few
    milliseconds, not a Python call each).

    The texts are joined into one string and folded the way `typed_key` folds one: normalizing,
    dropping and casefolding work on the whole string in C; only the distinct characters (a few
    hundred at most) are looked at one by one. A NUL keeps the texts apart: it is a character of
    its own in every normal form and no name keeps one.
    """
    if not texts:
        return []
    blob = _APART.join(texts)
    if blob.count(_APART) != len(texts) - 1:  # a text with a NUL of its own: one at a time
        return list(map(name_key, texts))
    return joined_name_keys(blob)


def joined_name_keys(blob: str) -> list[str]:
    """`name_keys` of texts that come joined by NULs in one string (SQLite's group_concat): the
    texts are never made one by one. Each text must be free of NULs of its own."""
    composed = unicodedata.normalize("NFC", blob)
    present = set(composed)
    hidden = "".join(ch for ch in present if ch != _APART and not _kept(ch))
    if hidden:
        composed = re.sub(f"[{re.escape(hidden)}]+", "", composed)
    decomposed = unicodedata.normalize("NFKD", composed.casefold())
    # What NFKD leaves outside ASCII, found from the few distinct characters of the names (case
    # folding and NFKD take a text apart character by character), not from the whole text.
    wide = {
        part
        for ch in present
        if not ch.isascii() and ch not in hidden
        for part in unicodedata.normalize("NFKD", ch.casefold())
        if not part.isascii()
    }
    folded = decomposed
    for ch in wide:
        plain = _PLAIN_LETTERS.get(ord(ch))
        if plain is not None:
            folded = folded.replace(ch, plain)
    marks = [ch for ch in wide if unicodedata.combining(ch)]
    if len(marks) == len(wide) - sum(ord(ch) in _PLAIN_LETTERS for ch in wide):
        # nothing outside ASCII is left but accents: dropped at once by the codec
        folded = folded.encode("ascii", "ignore").decode("ascii")
    elif marks:
        folded = re.sub(f"[{re.escape(''.join(marks))}]+", "", folded)
    if _single_spaced(folded):
        return folded.split(_APART)  # as names are stored: no name's spacing to change
    return list(map(" ".join, map(str.split, folded.split(_APART))))


def _single_spaced(blob: str) -> bool:
    """Whether no name in `blob` has spacing `name_key` would change: a space that is not a
    plain one, two in a row, or one at either end of a name (each test a pass in C)."""
    return " ".join(blob.split()) == blob and f" {_APART}" not in blob and f"{_APART} " not in blob


_APART = "\x00"


def sort_key(first: str, last: str = "") -> tuple[str, str, str, str]:
    """Sort by last name then first, accent-blind first (Élodie with the E's), accents breaking
    ties so the order is stable."""
    return (name_key(last), name_key(first), last.casefold(), first.casefold())


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)
