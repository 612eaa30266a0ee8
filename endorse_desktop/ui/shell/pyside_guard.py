"""A guard against a PySide6 fault that would end a long meeting with a crash.

PySide6-Essentials 6.12.0 running on Python 3.11 gives back one reference to `None` too many every
time a C++ method that returns nothing (`setText`, `update`, every `QPainter` call…) is called
from Python. After a few thousand such calls — a minute of projector painting, a few thousand
ballot keystrokes — `None`'s reference count reaches zero and Python aborts ("deallocating
None"). PySide6 6.11 does not do this, and on Python 3.12+ `None` is immortal, so there it is
harmless.

The same build drops a reference to `True` on every `Signal.emit()` (emit returns True), and
the app emits on every ballot key (the live numbers go to the projector through a signal): a few
thousand ballots into a count, "deallocating True or False" would end the meeting the same way.

When a fault is detected, the object gets an enormous reference count once, which is what Python
3.12 does for `None`, `True` and `False` anyway: they are never freed, so nothing else changes.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

PROBE_CALLS = 64
HEADROOM = 1 << 50  # more void calls than any session could ever make


def none_reference_leak_detected() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= PROBE_CALLS


def true_reference_leak_detected() -> bool:
    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.fired.emit()
    return before - sys.getrefcount(True) >= PROBE_CALLS


def guard_none_refcount() -> bool:
    """Apply the guard if this PySide6 needs it; returns True when it did."""
    return _guard(none_reference_leak_detected, None)


def guard_bool_refcount() -> bool:
    """Apply the guard for `True` and `False` if this PySide6 needs it; returns True when it did."""
    return _guard(true_reference_leak_detected, True, False)


def _guard(leak_detected: Callable[[], bool], *constants: object) -> bool:
    # Python 3.12 made these constants immortal itself; other interpreters do not count references.
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not leak_detected():
        return False
    for constant in constants:
        _make_immortal(constant)
    return True


def _make_immortal(constant: object) -> None:
    # deferred: only a PySide6 with the fault needs ctypes; ~3 ms at start-up (python -X importtime)
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(constant)).value += HEADROOM
