"""P-6: one meeting's worth of the app on the large sample, in a process of its own.

`python -m tests.benchmarks.app_session FILE FOLDER [--every-export]` starts the app on FILE the
way `endorse-desktop` does, then: visits every tab, shows every projector slide, counts 1,000
paper ballots on the tally with the live vote on the projector (10,000 already in the round), and
writes the SPEC P-4 documents through File ▸ Print (1,000 ballots, the meeting summary, every
race's scorecard) into FOLDER, each off the GUI thread as the app does. With --every-export it
also writes every other export (the commitment report, sign-up sheets, CSV, JSON), as the smoke
test does. It prints its peak memory (`peak_rss_kb=`, the kernel's VmHWM) and `session done`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--every-export", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from endorse_desktop.core.store import Store

    from .live_vote import round_with_ballots

    with Store.open(args.db) as store:
        vote_id = round_with_ballots(store, 10_000)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import endorse_desktop.ui  # noqa: F401 - the PySide6 guard, as the app applies it
    from endorse_desktop.ui.shell.app_icon import app_icon
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session
    from endorse_desktop.ui.shell.theme import apply_theme, saved_theme

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    apply_theme(app, saved_theme())
    window = MainWindow(Session(Store.open(args.db)))
    window.show()
    outcome: list[int] = []

    def session() -> None:
        try:
            _meeting(window, vote_id, args.folder, every_export=args.every_export)
            outcome.append(0)
        finally:
            window.close()
            app.exit(0)

    QTimer.singleShot(0, session)
    app.exec()
    if outcome != [0]:
        return 1
    from .bare_window import peak_rss_kb

    print(f"peak_rss_kb={peak_rss_kb()}", flush=True)
    print("session done", flush=True)
    return 0


def _meeting(window: MainWindow, vote_id: int, folder: Path, *, every_export: bool) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from endorse_desktop.ui.projector.slide import SLIDE_TYPES
    from endorse_desktop.ui.shell.smoke import DATA_KINDS, PDF_KINDS

    def refuse_to_wait(parent: object, title: str, text: str, *_: object) -> None:
        raise RuntimeError(f"{title}: {text}")  # a modal box would wait forever offscreen

    QMessageBox.warning = refuse_to_wait  # type: ignore[method-assign]

    # Each tab and slide painted on the screen (the window's own backing store), as a visit
    # paints it; not grabbed into extra images as the smoke test does.
    for key in window.tab_keys():
        tab = window.show_tab(key)
        QApplication.processEvents()
        tab.repaint()
    projector = window.ensure_projector()
    projector.show()
    for slide_id, slide_type in SLIDE_TYPES.items():
        params = (
            slide_type.smoke_params(window.session) if hasattr(slide_type, "smoke_params") else {}
        )
        if params is not None:
            projector.show_slide(slide_id, **params)
            QApplication.processEvents()
            projector.repaint()

    tab = window.show_tab("meeting")
    tab.select_vote(vote_id)
    tab.show_live_vote()
    window.projector.resize(1920, 1080)
    tab.tally.setFocus()
    keys = [getattr(Qt.Key, f"Key_{n}") for n in "1234"]
    for number in range(1000):
        QTest.keyClick(tab.tally, keys[number % 4])
        window.projector.current_slide.repaint()
    assert tab.desk.tally.ballots == 11_000, tab.desk.tally.ballots

    documents: list[tuple[str, dict[str, object]]] = [
        ("ballots", {"copies": 1000}),
        ("summary", {}),
        ("scorecard", {}),
    ]
    if every_export:
        documents += [
            (kind, {}) for kind in (*PDF_KINDS, *DATA_KINDS) if kind not in dict(documents)
        ]
    for kind, options in documents:
        name = kind if kind == "csv" else f"{kind}.{'json' if kind == 'json' else 'pdf'}"
        window.export(kind, folder / name, open_after=False, **options)
        _wait_for_background_work()
        if not (folder / name).exists():
            raise RuntimeError(f"export {kind} wrote nothing")


def _wait_for_background_work(timeout_s: float = 600) -> None:
    from PySide6.QtWidgets import QApplication

    from endorse_desktop.ui.shell.workers import BackgroundTask

    deadline = time.monotonic() + timeout_s
    while BackgroundTask._running:
        if time.monotonic() > deadline:
            raise TimeoutError("an export did not finish")
        QApplication.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
