"""Where a line of text looks different after a change of words: the part a repaint must cover.

A ballot changes a few digits in long lines ("Needed: 5,011 of 10,020 votes cast (majority)",
"⚠ Over-vote: 10,070 ballots but only …"). Repainting the whole line draws every glyph of it
again, which on a 1920×1080 wall costs several times what the digits do; repainting from the
first changed letter to the last one (when what follows stays where it was) draws only those.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

# Hebrew, Arabic and the other right-to-left scripts, and the marks that turn a run around
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


class _Advances(dict[str, float]):
    """Each letter's advance in one font, measured the first time it is asked for."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        super().__init__()
        self._metrics = metrics

    def __missing__(self, letter: str) -> float:
        advance = self[letter] = self._metrics.horizontalAdvance(letter)
        return advance


class LineSpans:
    """The changed parts of lines written in one font. Letters are measured one by one, once
    each (measuring a whole line lays it out again, which costs as much as the repaint saves);
    kerning and joined letters move a letter by far less than the margin kept on each side."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._advance = _Advances(metrics).__getitem__
        # room for smoothed edges, overhanging and kerned letters on both sides of the change
        self.margin = metrics.height()

    def _width(self, text: str) -> float:
        return sum(map(self._advance, text))

    def one_line(self, text: str, width: float) -> bool:
        """Whether `text` surely fits on one line `width` wide (False: it may wrap)."""
        return "\n" not in text and self._width(text) + self.margin <= width

    def changed(self, rect: QRectF, old: str, new: str, *, wraps: bool = True) -> QRectF | None:
        """The part of `rect` that differs when `new` replaces `old`, each written on one line
        from the rect's left edge (None: nothing differs). The whole line's width when either
        may wrap or is written right to left, where the letters' places cannot be told so.
        Words that do not wrap (`wraps` False) may run on past the rect's right edge, and so
        may the part that changed."""
        if old == new:
            return None
        shorter = min(len(old), len(new))
        start = _shared(lambda n: old[:n] == new[:n], shorter)
        # letters the two share at their ends, not counting the shared start
        end = _shared(lambda n: old[len(old) - n :] == new[len(new) - n :], shorter - start)
        before = self._width(new[:start])
        was = self._width(old[start : len(old) - end])
        now = self._width(new[start : len(new) - end])
        after = self._width(new[len(new) - end :])
        widest = before + max(was, now) + after
        margin = self.margin
        if (
            (wraps and widest + margin > rect.width())
            or "\n" in old
            or "\n" in new
            or _RIGHT_TO_LEFT.search(old)
            or _RIGHT_TO_LEFT.search(new)
        ):
            whole = rect.width() if wraps else max(rect.width(), widest + margin)
            return QRectF(rect.left(), rect.top(), whole, rect.height())
        # what follows the change stays in place only when the changed letters are as wide
        right = before + now if was == now else widest
        left = max(rect.left(), rect.left() + before - margin)
        return QRectF(left, rect.top(), rect.left() + right + margin - left, rect.height())


def _shared(same: Callable[[int], bool], most: int) -> int:
    """The largest n up to `most` for which `same(n)` holds (it holds for 0 and for every n
    below one it holds for): halving, so a line is compared a few times, not letter by letter."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if same(middle):
            low = middle
        else:
            high = middle - 1
    return low
