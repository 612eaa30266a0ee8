"""Where a line of text looks different after a change of words: the part a repaint must cover.

A ballot changes a few digits in long lines ("Needed: 5,011 of 10,020 votes cast (majority)",
"⚠ Over-vote: 10,070 ballots but only …"). Repainting the whole line draws every glyph of it
again, which on a 1920×1080 wall costs several times what the digits do; repainting from the
first changed letter to the last one (when what follows stays where it was) draws only those.
"""

from __future__ import annotations

import re
from itertools import accumulate

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
        # the lines compared last: where each letter starts, and whether its places cannot be
        # told so (a line break, right-to-left letters). A key's new line is the next key's
        # old one: each line is measured once.
        self._lines: dict[str, tuple[list[float], bool]] = {}

    def _measured(self, text: str) -> tuple[list[float], bool]:
        line = self._lines.get(text)
        if line is None:
            if len(self._lines) >= 16:
                self._lines.clear()
            starts = [0.0, *accumulate(map(self._advance, text))]
            odd = "\n" in text or _RIGHT_TO_LEFT.search(text) is not None
            line = self._lines[text] = (starts, odd)
        return line

    def one_line(self, text: str, width: float) -> bool:
        """Whether `text` surely fits on one line `width` wide (False: it may wrap)."""
        return "\n" not in text and self._measured(text)[0][-1] + self.margin <= width

    def changed(self, rect: QRectF, old: str, new: str, *, wraps: bool = True) -> QRectF | None:
        """The part of `rect` that differs when `new` replaces `old`, each written on one line
        from the rect's left edge (None: nothing differs). The whole line's width when either
        may wrap or is written right to left, where the letters' places cannot be told so.
        Words that do not wrap (`wraps` False) may run on past the rect's right edge, and so
        may the part that changed."""
        if old == new:
            return None
        shorter = min(len(old), len(new))
        start = _shared(old, new, shorter)
        # letters the two share at their ends, not counting the shared start
        end = _shared(old[::-1], new[::-1], shorter - start)
        old_starts, old_odd = self._measured(old)
        new_starts, new_odd = self._measured(new)
        before = new_starts[start]
        was = old_starts[len(old) - end] - old_starts[start]
        now = new_starts[len(new) - end] - before
        after = new_starts[len(new)] - new_starts[len(new) - end]
        widest = before + max(was, now) + after
        margin = self.margin
        if (wraps and widest + margin > rect.width()) or old_odd or new_odd:
            whole = rect.width() if wraps else max(rect.width(), widest + margin)
            return QRectF(rect.left(), rect.top(), whole, rect.height())
        # what follows the change stays in place only when the changed letters are as wide
        right = before + now if was == now else widest
        left = max(rect.left(), rect.left() + before - margin)
        return QRectF(left, rect.top(), rect.left() + right + margin - left, rect.height())


def _shared(old: str, new: str, most: int) -> int:
    """How many letters, up to `most`, `old` and `new` share from their start: compared eight
    at a time, then one by one (a line is compared a few times, not letter by letter)."""
    shared = 0
    while shared + 8 <= most and old[shared : shared + 8] == new[shared : shared + 8]:
        shared += 8
    while shared < most and old[shared] == new[shared]:
        shared += 1
    return shared
