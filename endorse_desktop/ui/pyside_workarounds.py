"""Work around a reference-counting slip in PySide6 6.12 on Python 3.11.

On Python 3.11, PySide6 6.12.0 gives back `None` from a method that returns nothing (setText,
update, fillRect, drawLine, …) without counting the reference it hands over, so every such call
lowers None's reference count by one. Python 3.12 made None immortal, which hides the slip there;
on 3.11 the count starts near 5,000 and the interpreter aborts ("deallocating None") once it
reaches zero: after a few minutes of a projector timer, or a few hundred tally keys with the
projector repainting.

None is never freed anyway, so the remedy is to raise its count far beyond what any session can
use up (2**40 calls: years of repainting). Nothing changes on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 2**40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < HEADROOM:
        count.value += HEADROOM
