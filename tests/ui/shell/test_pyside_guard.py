"""A long meeting does not end in a crash, whatever PySide6 build runs it (see pyside_guard)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

# 50,000 calls of a method that returns nothing: far more than one PySide6 6.12 build on Python
# 3.11 survives without the guard (it aborts with "deallocating None" after a few thousand).
PROBE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import endorse_desktop.ui
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(50_000):
    probe.setObjectName("x")
print("still here")
"""


# 50,000 signal emissions: a long count emits once per ballot key, and the same build drops a
# reference to True on every emit ("deallocating True or False" after a few thousand).
EMIT_PROBE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import endorse_desktop.ui
from PySide6.QtCore import QObject, Signal

class Probe(QObject):
    fired = Signal()

probe = Probe()
for _ in range(50_000):
    probe.fired.emit()
print("still here")
"""


def run_probe(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_fifty_thousand_void_calls_do_not_abort_the_app() -> None:
    result = run_probe(PROBE)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "still here"


def test_fifty_thousand_signal_emissions_do_not_abort_the_app() -> None:
    result = run_probe(EMIT_PROBE)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "still here"
