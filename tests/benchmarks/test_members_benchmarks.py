"""Roster speed at the benchmark scale (SPEC §7: 5,000 members; P-5: open, sort, filter ≤ 100 ms).

Run with `python -m pytest -m benchmark tests/benchmarks -s` to see the figures.
"""

from __future__ import annotations

import codecs
import csv
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from endorse_desktop.core import members as roster
from endorse_desktop.core.demo import build_demo
from endorse_desktop.core.roster_import import apply_import, read_roster
from endorse_desktop.core.store import Store

pytestmark = pytest.mark.benchmark
P5_BUDGET_S = 0.100


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def report(what: str, seconds: float) -> None:
    print(f"{what}: {seconds * 1000:.1f} ms")


@pytest.fixture(scope="module")
def large_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    build_demo(path, size="large")
    return path


def an_report(rows: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_city"])
    for n in range(rows):
        writer.writerow(
            [f"Zoë{n}", f"Núñez{n}", f"person{n}@example.org", "48103", f"555-{n:04d}", "Ann Arbor"]
        )
    return codecs.BOM_UTF8 + buffer.getvalue().encode()


def test_importing_5000_rows(tmp_path: Path) -> None:
    data = an_report(5000)
    read = best_of(3, lambda: read_roster(data, "big.csv"))
    report("read + parse 5,000-row report", read)
    plan = read_roster(data, "big.csv")
    with Store.open(tmp_path / "fresh.sqlite3") as store:
        started = time.perf_counter()
        summary = apply_import(store, plan)
        added = time.perf_counter() - started
        assert summary.added == 5000
        report("apply: add 5,000 members (one transaction)", added)
        started = time.perf_counter()
        again = apply_import(store, plan)
        report("apply again: 5,000 already on the roster", time.perf_counter() - started)
        assert len(again.skipped) == 5000
    assert added < 1.0


def test_members_table_at_5000(qtbot, large_path: Path) -> None:
    from endorse_desktop.ui.members_model import MembersModel, Show

    with Store.open(large_path, readonly=True) as store:
        records = roster.list_members(store)
        report("list 5,000 members", best_of(3, lambda: roster.list_members(store)))
    model = MembersModel()
    opened = best_of(3, lambda: model.set_records(records))
    report("model: load 5,000 members", opened)
    worst_sort = 0.0
    for column in range(model.columnCount()):
        worst_sort = max(
            worst_sort, best_of(3, lambda c=column: model.sort(c, Qt.SortOrder.DescendingOrder))
        )
    report("model: slowest column sort", worst_sort)
    filtered = best_of(3, lambda: model.set_filter("núñez 481", Show.ELIGIBLE.accepts))
    report("model: search filter", filtered)
    cleared = best_of(3, lambda: model.set_filter("", Show.CURRENT.accepts))
    report("model: clear filter", cleared)
    assert max(opened, worst_sort, filtered, cleared) < P5_BUDGET_S


def test_members_tab_at_5000(qtbot, large_path: Path, tmp_path: Path) -> None:
    import shutil

    from endorse_desktop.ui.main_window import MainWindow
    from endorse_desktop.ui.session import Session

    copy = tmp_path / "large.sqlite3"
    shutil.copy(large_path, copy)
    window = MainWindow(Session(Store.open(copy)))
    qtbot.addWidget(window)
    window.show()
    started = time.perf_counter()
    tab = window.show_tab("members")
    report("build and show the Members tab", time.perf_counter() - started)
    refresh = best_of(3, tab.refresh)
    report("tab refresh (re-read 5,000 members)", refresh)
    header_sort = best_of(3, lambda: tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder))
    report("tab: sort by email", header_sort)
    typed = best_of(3, lambda: (tab.search_edit.setText("gonz"), tab.search_edit.clear()))
    report("tab: type a search and clear it", typed)
    assert max(header_sort, typed / 2) < P5_BUDGET_S
    window.close()
