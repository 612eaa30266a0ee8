"""What every benchmark shares: the large sample, timing, child processes and the result rows.

Each SPEC §7 figure is printed next to a *floor*: the same work done the plainest way on this
machine in the same run (a bare PySide6 window, a bare SQLite commit, a bare ReportLab loop ...).
Absolute timings on a shared two-core machine swing from run to run; the ratio to a floor measured
a moment earlier swings much less, so it says more about the app than the figure alone.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only by the sections that need it
    from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]


# ----- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """A SPEC limit: on the figure itself (`limit`) or on its ratio to the floor (`ratio`)."""

    limit: float | None = None
    ratio: float | None = None

    def met(self, value: float, floor: float | None) -> bool:
        if self.limit is not None:
            return value <= self.limit
        assert self.ratio is not None and floor
        return value / floor <= self.ratio

    def describe(self, unit: str) -> str:
        if self.limit is not None:
            return f"≤ {self.limit:.3g} {unit}"
        return f"≤ {self.ratio:g}× floor"


@dataclass(frozen=True)
class Row:
    spec: str  # "P-1", or "—" for a figure SPEC §7 sets no target for
    what: str
    value: float
    unit: str
    floor: float | None = None
    target: Target | None = None
    note: str = ""  # how it was measured ("median of 11"), shown under the table

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.target.met(self.value, self.floor)


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def format_table(rows: Sequence[Row]) -> str:
    header = ("SPEC", "measurement", "figure", "floor", "ratio", "target", "result")
    lines = [
        (
            row.spec,
            row.what,
            _number(row.value, row.unit),
            "" if row.floor is None else _number(row.floor, row.unit),
            "" if row.ratio is None else f"{row.ratio:.2f}×",
            "" if row.target is None else row.target.describe(row.unit),
            {True: "PASS", False: "FAIL", None: "info"}[row.passed],
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]
    right = {2, 3, 4}

    def render(cells: Sequence[str]) -> str:
        return " | ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "-+-".join("-" * width for width in widths)
    text = [render(header), rule, *(render(cells) for cells in lines)]
    notes = [f"{row.spec} {row.what}: {row.note}" for row in rows if row.note]
    if notes:
        text += ["", "How each figure was taken:", *(f"  {note}" for note in notes)]
    return "\n".join(text)


# ----- timing ----------------------------------------------------------------------------------
def timed(action: Callable[[], object]) -> float:
    """Seconds one call of `action` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of `runs` calls, in seconds: the least disturbed by other work on the machine."""
    return min(timed(action) for _ in range(runs))


def median_of(runs: int, action: Callable[[], object]) -> float:
    return statistics.median(timed(action) for _ in range(runs))


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


# ----- the large sample group --------------------------------------------------------------------
class Workspace:
    """A temporary folder holding the large sample group, built once per benchmark run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._large: Path | None = None
        self.build_seconds: float | None = None
        self.build_summary = ""
        self.compiled = False  # the app's bytecode, for the processes started (child_env)

    @property
    def large(self) -> Path:
        """The large sample (SPEC §7 scale). Read it; copy it (`large_copy`) to change it."""
        if self._large is None:
            from endorse_desktop.core.demo import build_demo

            path = self.folder / "large.sqlite3"
            remove_database(path)  # a folder kept from an earlier run (--keep): build afresh
            started = time.perf_counter()
            self.build_summary = build_demo(path, size="large")
            self.build_seconds = time.perf_counter() - started
            self._large = path
        return self._large

    def large_copy(self, name: str) -> Path:
        copy = self.folder / f"{name}.sqlite3"
        remove_database(copy)
        shutil.copyfile(self.large, copy)
        return copy

    def path(self, name: str) -> Path:
        return self.folder / name


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ----- child processes ---------------------------------------------------------------------------
def child_env(workspace: Workspace) -> dict[str, str]:
    """The environment the app and the bare window start in, the same for both.

    Offscreen Qt; private settings folders, so no user's recent-files list changes; this checkout
    on the path; and the app's modules compiled to bytecode beforehand, as an installed app's are
    (pip compiles on install, as it did PySide6's and ReportLab's). Some shells, this one included,
    set PYTHONDONTWRITEBYTECODE: left alone, every start would compile the app again.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    home = workspace.path("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env.update(
        PYTHONUNBUFFERED="1",  # the awaited line reaches us when printed, not at exit
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    if not workspace.compiled:
        # Into the usual __pycache__ folders (ignored by git), where an installed app has them.
        folders = [str(REPO / "endorse_desktop"), str(REPO / "tests" / "benchmarks")]
        subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], env=env, check=True)
        workspace.compiled = True
    return env


@dataclass(frozen=True)
class ChildRun:
    seconds_to_line: float  # from starting the process to the line that was waited for
    line: str
    output: str
    peak_rss_mb: float
    returncode: int


def run_child(command: Sequence[str], env: dict[str, str], wait_for: str) -> ChildRun:
    """Start `command`, time it until it prints a line starting with `wait_for`, let it finish.

    A child that prints `peak_rss_kb=` reports its peak memory: the kernel's high-water mark of
    its resident set (VmHWM), everything it touched, Qt and SQLite as well as Python. (Not
    ru_maxrss from wait4: Linux counts in it the memory of this parent at the fork, and this
    parent has opened windows on the large sample by then.)
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one pipe: a chatty stderr cannot fill up and block the child
        text=True,
        env=env,
        cwd=REPO,
    )
    assert process.stdout is not None
    seen = None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if seen is None and line.startswith(wait_for):
            seen = time.perf_counter() - started, line.strip()
    process.wait()
    if seen is None or process.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited with {process.returncode} without printing "
            f"{wait_for!r}:\n{''.join(lines)}"
        )
    peaks = [int(line.split("=", 1)[1]) for line in lines if line.startswith("peak_rss_kb=")]
    return ChildRun(
        seconds_to_line=seen[0],
        line=seen[1],
        output="".join(lines),
        peak_rss_mb=peaks[-1] / 1024 if peaks else 0.0,
        returncode=process.returncode,
    )


def python_command(*args: str) -> list[str]:
    return [sys.executable, *args]


# ----- Qt in this process ------------------------------------------------------------------------
def qt_app() -> QApplication:
    """The one QApplication of this process, offscreen, with the app's PySide6 guard applied."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import endorse_desktop.ui  # noqa: F401 - applies the PySide6 guard before any widget exists

    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def settle() -> None:
    """Let Qt handle what is pending (layouts, deferred deletes, timers due now)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def dispose(widget: object) -> None:
    """Close a window and free it now, C++ and Python side, so the next measurement does not
    pay for it (deleteLater alone waits for an event loop that these scripts never return to,
    and a garbage collector walking old windows' objects would slow every later figure)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()  # type: ignore[attr-defined]
    widget.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
