"""SPEC P-5: the pledges table opens, sorts and filters 20,000 pledges in 100 ms or less.

A benchmark, run on purpose with the timings printed:

    python -m pytest -m benchmark tests/benchmarks -s

"Open" is building the Pledges page from the file: reading every pledge, the names it shows,
and filling the model. Each figure is the best of three.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from endorse_desktop.core.store import Store
from endorse_desktop.ui.pledges_page import PledgesPage
from endorse_desktop.ui.session import Session

pytestmark = pytest.mark.benchmark
LIMIT_S = 0.100


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from endorse_desktop.core.demo import build_demo

    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    build_demo(path, size="large")
    return path


def best_of_three(action: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def test_pledges_table_open_sort_filter(qtbot, large_file: Path) -> None:
    session = Session(Store.open(large_file))
    stack = QUndoStack()
    pages: list[PledgesPage] = []

    def open_page() -> None:
        page = PledgesPage(session, stack)
        pages.append(page)

    opened = best_of_three(open_page)
    page = pages[-1]
    qtbot.addWidget(page)
    assert len(page.model.records) == 20_000
    timings = {"open": opened}
    for column in range(page.model.columnCount()):
        name = page.model.headerData(column, Qt.Orientation.Horizontal)
        timings[f"sort {name}"] = best_of_three(
            lambda column=column: page.model.sort(column, Qt.SortOrder.DescendingOrder)
        )
    names = page.member_filter
    timings["filter member name"] = (
        best_of_three(lambda: (names.setText("ana g"), names.setText(""))) / 2
    )
    statuses = page.status_filter
    timings["filter status"] = (
        best_of_three(lambda: (statuses.setCurrentIndex(3), statuses.setCurrentIndex(1))) / 2
    )
    statuses.setCurrentIndex(0)
    timings["filter overdue"] = (
        best_of_three(
            lambda: (page.overdue_only.setChecked(True), page.overdue_only.setChecked(False))
        )
        / 2
    )
    endorsements = page.endorsement_filter
    timings["filter endorsement"] = (
        best_of_three(lambda: (endorsements.setCurrentIndex(1), endorsements.setCurrentIndex(0)))
        / 2
    )
    for what, seconds in timings.items():
        print(f"P-5 pledges table, 20,000 pledges: {what}: {seconds * 1000:.1f} ms")
    session.close()
    slow = {what: round(s * 1000, 1) for what, s in timings.items() if s > LIMIT_S}
    assert slow == {}
