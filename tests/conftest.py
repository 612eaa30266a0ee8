"""Shared test set-up.

Qt runs offscreen and every test gets private XDG folders, so no test touches the real user data
folder, recent-files list or screen. Tests that use `qtbot` are marked `gui` automatically;
`pytest -m "not gui"` runs the core alone without Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from endorse_desktop.core.demo.calendar import SampleCalendar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
# The sample's dates count from the day it is built; tests name them through this calendar
# (SAMPLE.meeting_day, SAMPLE.election_day, SAMPLE.cycle …), built once for the whole run.
SAMPLE_TODAY = date.today()
SAMPLE = SampleCalendar(SAMPLE_TODAY)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "group.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator:
    from endorse_desktop.core.store import Store

    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample group, built once per test run; tests get copies."""
    from endorse_desktop.core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "sample.sqlite3"
    build_demo(path, today=SAMPLE_TODAY)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample.sqlite3"
    shutil.copy2(demo_template, copy)
    return copy


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator:
    from endorse_desktop.core.store import Store

    opened = Store.open(demo_path)
    yield opened
    opened.close()


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120):
    """Run `endorse-desktop ARGS` in a fresh interpreter, as a user's shell would."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "endorse_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def cli():
    return run_cli


# ----- the real main window on the sample group, for the UI tests -------------------------------
@pytest.fixture
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait for a click that never comes: fail with its text instead
    (a module asks for it with `pytestmark = pytest.mark.usefixtures("no_modal_boxes")`)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"message box: {title}: {text}")

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator:
    """The main window on a copy of the sample group, shown; closed once its background work
    (exports) is done."""
    from endorse_desktop.core.store import Store
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session
    from endorse_desktop.ui.shell.workers import wait_for_background_tasks

    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    yield win
    wait_for_background_tasks()
    win.close()


@pytest.fixture
def paged_window(window):  # type: ignore[no-untyped-def]
    """The shared window at the size the paged tables' tests count the rows read for."""
    window.resize(1200, 700)
    return window


@pytest.fixture
def sample_window(qtbot, window) -> Iterator:
    """The same window, active, so keys reach it as they reach a person's."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
