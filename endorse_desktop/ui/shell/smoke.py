"""`--smoke-test`: visit every tab and projector slide, export every PDF, report, exit.

Each tab may exercise itself further through an optional `smoke_test(folder)` method, and each
slide class may say what to present through an optional `smoke_params(session)` classmethod.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from endorse_desktop.exports.kind_names import DATA_KINDS, PDF_KINDS
from endorse_desktop.exports.kinds import ExportUnavailableError, export_document
from endorse_desktop.ui.projector.slide import SLIDE_TYPES
from endorse_desktop.ui.shell.host import TabFeatures

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.main_window import MainWindow


def run_smoke_test(window: MainWindow) -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="endorse-smoke-") as temp:
        folder = Path(temp)
        _step("tabs", failures, lambda: _visit_tabs(window, folder))
        _step("projector", failures, lambda: _visit_slides(window))
        for kind in (*PDF_KINDS, *DATA_KINDS):
            _step(f"export {kind}", failures, _exporter(window, kind, folder))
    for failure in failures:
        print(f"smoke test: FAILED {failure}", file=sys.stderr)
    if not failures:
        print("smoke test: ok")
    return 1 if failures else 0


def _step(name: str, failures: list[str], action: Callable[[], str | None]) -> None:
    try:
        note = action()
    except Exception as error:
        detail = "".join(traceback.format_exception_only(error)).strip()
        failures.append(f"{name}: {detail}")
    else:
        print(f"smoke test: {name} {note or 'ok'}")


def _visit_tabs(window: MainWindow, folder: Path) -> str | None:
    if not window.session.has_group:
        return "skipped (no group yet: the welcome page is all an empty file shows)"
    for key in window.tab_keys():
        tab = window.show_tab(key)
        QApplication.processEvents()
        tab.grab()
        if isinstance(tab, TabFeatures):
            tab.smoke_test(folder)
    return None


def _visit_slides(window: MainWindow) -> str | None:
    projector = window.ensure_projector()
    projector.show()
    for slide_id, slide_type in SLIDE_TYPES.items():
        params = {}
        if hasattr(slide_type, "smoke_params"):
            params = slide_type.smoke_params(window.session)
            if params is None:
                continue  # nothing to show in this file (e.g. no races yet)
        projector.show_slide(slide_id, **params)
        QApplication.processEvents()
        projector.grab()
    projector.hide()
    return None


def _exporter(window: MainWindow, kind: str, folder: Path) -> Callable[[], str | None]:
    """One kind's export step (a def, not a `lambda kind=kind`, so each step keeps its own kind
    and the type checker can see what it returns)."""

    def step() -> str | None:
        return _export(window, kind, folder)

    return step


def _export(window: MainWindow, kind: str, folder: Path) -> str | None:
    output = folder / (kind if kind == "csv" else f"{kind}.{'json' if kind == 'json' else 'pdf'}")
    try:
        written = export_document(window.session.store, kind, output)
    except ExportUnavailableError:
        return "skipped (not in this version yet)"
    for path in written:
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            raise RuntimeError(f"{path} was not written")
    return None
