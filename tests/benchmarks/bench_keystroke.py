"""P-2: one paper-ballot keystroke, with 10,000 ballots already in the round.

The real window on a copy of the large sample: the Meeting & Voting tab's tally has the focus,
the projector shows the live vote at 1920×1080. Each timed keystroke is a key press and release
sent to the tally widget (QTest.keyClick, the path a real key takes through Qt), which records the
ballot in its own durable transaction and updates the totals, then the repaints the app asks
for: the tally board's, and the projector's next frame (asked for at once rather than up to a
frame later, so it is counted with its key). Each repaints what the key changed, as the app
decides: everything the facilitator and the room see change. The board and the slide must have
been painted during the run (tests/ui/meeting/test_ballot_repaint.py holds that what they paint
then looks as a full repaint does).

The floor is the least any durable keystroke can cost: one INSERT and COMMIT into a table of the
same shape in a fresh file, with the app's pragmas (WAL, synchronous=FULL).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from .harness import Row, Target, Workspace, dispose, percentile, qt_app, settle
from .live_vote import OPTION_KEYS, round_with_ballots

P2_MEDIAN_MS = 5.0
P2_P99_MS = 16.0
BALLOTS_IN_ROUND = 10_000


def keystroke_rows(workspace: Workspace, keystrokes: int = 1000) -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from endorse_desktop.core.store import Store
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    path = workspace.large_copy("keystrokes")
    with Store.open(path) as store:
        vote_id = round_with_ballots(store, BALLOTS_IN_ROUND)
    qt_app()
    window = MainWindow(Session(Store.open(path)))
    window.show()
    tab = window.show_tab("meeting")
    tab.select_vote(vote_id)  # type: ignore[attr-defined]
    tab.show_live_vote()  # type: ignore[attr-defined]
    projector = window.projector
    projector.resize(1920, 1080)
    tally = tab.tally  # type: ignore[attr-defined]
    tally.setFocus()
    settle()
    keys = [getattr(Qt.Key, f"Key_{key}") for key in OPTION_KEYS]
    rng = random.Random(11)
    for _ in range(20):  # warm-up: first paints fill font and glyph caches
        QTest.keyClick(tally, rng.choice(keys))
    settle()

    slide = projector.current_slide
    # (a slide without frames repaints at once: then the same loop measures an app before them)
    flush = getattr(slide, "flush", lambda: None)
    paints = PaintCounter(tally.board, slide)
    times = []
    for _ in range(keystrokes):
        key = rng.choice(keys)
        started = time.perf_counter()
        QTest.keyClick(tally, key)
        flush()  # the projector's next frame: now, not up to 16 ms later
        settle()  # the board's and the slide's repaints, of what changed
        times.append((time.perf_counter() - started) * 1000)
    counted = tab.desk.tally.ballots  # type: ignore[attr-defined]
    paints.check(keystrokes)
    dispose(window)
    expected = BALLOTS_IN_ROUND + 20 + keystrokes
    if counted != expected:
        raise AssertionError(f"the tally counted {counted} ballots, not {expected}")

    floor = _bare_commits(workspace.path("bare-commits.sqlite3"), keystrokes)
    note = (
        f"{keystrokes} keystrokes after 20 warm-up ones; key press + release into the tally, "
        "commit, totals, the repaints the app asks for (tally board, status lines, the "
        "1920×1080 projector slide's next frame); floor: INSERT + COMMIT, WAL, synchronous=FULL"
    )
    return [
        Row(
            "P-2",
            "ballot keystroke, median",
            statistics.median(times),
            "ms",
            statistics.median(floor),
            Target(limit=P2_MEDIAN_MS),
            note,
        ),
        Row(
            "P-2",
            "ballot keystroke, 99th percentile",
            percentile(times, 0.99),
            "ms",
            percentile(floor, 0.99),
            Target(limit=P2_P99_MS),
        ),
    ]


class PaintCounter:
    """Counts the paint events of the board and the slide: a figure taken while nothing was
    painted would be no figure at all."""

    def __init__(self, *widgets: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counts = self.counts = dict.fromkeys(widgets, 0)

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and watched in counts:
                    counts[watched] += 1
                return False

        self._filter = Filter()
        for widget in widgets:
            widget.installEventFilter(self._filter)

    def check(self, keystrokes: int) -> None:
        for widget, count in self.counts.items():
            widget.removeEventFilter(self._filter)
            if count < keystrokes // 2:
                raise AssertionError(f"{type(widget).__name__} painted {count} times")


def _bare_commits(path: Path, count: int) -> list[float]:
    """Milliseconds of each of `count` INSERT + COMMITs, durable as the app's are."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE ballot_events (id INTEGER PRIMARY KEY, round_id INTEGER, kind TEXT, "
        "option_id INTEGER, created_at TEXT)"
    )
    times = []
    for number in range(count):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO ballot_events (round_id, kind, option_id, created_at) VALUES (?, ?, ?, ?)",
            (1, "ballot", number % 4, "2026-05-02T19:00:00.000+00:00"),
        )
        conn.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times
