"""The app survives PySide6's lost reference to None on Python 3.11 (see pyside_workarounds.py)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

PROBE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
import endorse_desktop.ui  # installs the remedy
app = QApplication([])
label = QLabel()
for n in range(200_000):  # far more void calls than None had references to lose
    label.setText("x")
print("survived")
"""


def test_many_void_calls_do_not_kill_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "survived"
