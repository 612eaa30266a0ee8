"""How a rating looks on screen and on the projector: its words, its colour, its symbols.

The words carry the meaning; colour only helps the eye (SPEC F-4: colour-blind safe). Fills are
ColorBrewer's PuOr scale (orange "against" … purple "for"), the same as the printed handout, with
black text on every fill. A dealbreaker value rated Opposes is vermillion AND marked ✖.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from endorse_desktop.core.scoring import RATING_LABELS, UNKNOWN_LABEL

DEALBREAKER_MARK = "⚠"
HIT_MARK = "✖"
EVIDENCE_MARK = "✎"

RATING_FILLS = {
    0: QColor("#F1A340"),
    1: QColor("#FEE0B6"),
    2: QColor("#F7F7F7"),
    3: QColor("#D8DAEB"),
    4: QColor("#998EC3"),
}
HIT_FILL = QColor("#D55E00")
INK = QColor("#000000")


def rating_word(rating: int | None) -> str:
    """ "Strong", "Unknown" — translated."""
    word = UNKNOWN_LABEL if rating is None else RATING_LABELS[rating]
    return QCoreApplication.translate("Rating", word)


def rating_text(rating: int | None, *, hit: bool = False, number: bool = True) -> str:
    """ "Strong (3)", "Unknown", "✖ Opposes (0)" for a dealbreaker hit."""
    if rating is None:
        return rating_word(None)
    text = f"{rating_word(rating)} ({rating})" if number else rating_word(rating)
    return f"{HIT_MARK} {text}" if hit else text


def rating_fill(rating: int | None, *, hit: bool = False) -> QColor | None:
    if rating is None:
        return None
    return HIT_FILL if hit else RATING_FILLS[rating]


def scale_help() -> str:
    """The keys of the scale, for hints: "0 Opposes · 1 Weak · … · U Unknown"."""
    words = [f"{n} {rating_word(n)}" for n in RATING_LABELS]
    return " · ".join([*words, f"U {rating_word(None)}"])
