"""A guard against a PySide6 fault that would end a long meeting with a crash.

PySide6-Essentials 6.12.0 running on Python 3.11 gives back one reference to `None` too many every
time a C++ method that returns nothing (`setText`, `update`, every `QPainter` call…) is called
from Python. After a few thousand such calls — a minute of projector painting, a few thousand
ballot keystrokes — `None`'s reference count reaches zero and Python aborts ("deallocating
None"). PySide6 6.11 does not do this, and on Python 3.12+ `None` is immortal, so there it is
harmless.

When the fault is detected, `None` gets an enormous reference count once, which is what Python
3.12 does for it anyway: `None` is never freed, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 64
HEADROOM = 1 << 50  # more void calls than any session could ever make


def none_reference_leak_detected() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= PROBE_CALLS


def guard_none_refcount() -> bool:
    """Apply the guard if this PySide6 needs it; returns True when it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not none_reference_leak_detected():
        return False
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
