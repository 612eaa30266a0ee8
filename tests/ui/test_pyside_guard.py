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


def test_fifty_thousand_void_calls_do_not_abort_the_app() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "still here"
