"""The core and the reports never import Qt: they must run (and be tested) without a screen."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

PROBE = """
import importlib, json, pkgutil, sys
import endorse_desktop.core, endorse_desktop.reports
names = []
for package in (endorse_desktop.core, endorse_desktop.reports):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"modules": names, "qt": qt}))
"""


def test_core_and_reports_import_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    report = json.loads(result.stdout)
    assert "endorse_desktop.core.store.database" in report["modules"]
    assert report["qt"] == []


def test_core_does_not_import_reportlab_or_sqlite_utils_up_front() -> None:
    # Start-up stays fast when the store opens an up-to-date file without these (SPEC P-1).
    probe = (
        "import sys, endorse_desktop.core.store, endorse_desktop.core.settings, "
        "endorse_desktop.core.members; "
        "print([m for m in ('reportlab', 'sqlite_utils') if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"
