"""Reports stay Qt-free; ReportLab stays inside reports/ so that start-up does not pay for it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "endorse_desktop"


def _modules_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    return set(result.stdout.split())


def test_reports_do_not_import_qt() -> None:
    for module in ("common", "ballots", "scorecard"):
        loaded = _modules_after_import(f"endorse_desktop.reports.{module}")
        assert not any(name.startswith("PySide6") for name in loaded), module


def test_scoring_imports_neither_qt_nor_reportlab() -> None:
    loaded = _modules_after_import("endorse_desktop.core.scoring")
    assert not any(name.startswith(("PySide6", "reportlab")) for name in loaded)


def test_reportlab_is_imported_only_inside_reports() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+reportlab\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "reports" not in path.relative_to(PACKAGE).parts and pattern.search(path.read_text())
    ]
    assert offenders == []
