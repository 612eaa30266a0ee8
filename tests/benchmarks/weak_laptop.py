"""`--weak-laptop`: the figures again on a machine made to behave like a facilitator's old laptop.

A volunteer's ten-year-old laptop has few, slow cores, and a browser or a video call busy beside
the app. This run reproduces that on any Linux machine: the whole benchmark process (and every
process it starts: the app's start-ups, the memory sessions) is pinned to ONE core with
`os.sched_setaffinity`, and a neighbour process pinned to the same core keeps it busy half of
the time (spinning 5 ms, sleeping 5 ms). Every figure and its floor are measured under those
same conditions, in a process of their own, and shown beside the normal run's.

The targets are stricter than SPEC §7's (issue 17: every figure at half its limit, with the
headroom to survive a laptop two or three times slower): `WEAK_TARGETS`. A figure without one
keeps its SPEC target.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .harness import REPO, Row, Target, _number

# The neighbour: busy for SPIN_MS, idle for IDLE_MS, for as long as the process that started
# it lives (it checks its parent every cycle, so it cannot outlive a benchmark that was killed).
SPIN_MS = 5
IDLE_MS = 5
_NEIGHBOUR = f"""
import os, sys, time
os.sched_setaffinity(0, {{int(sys.argv[1])}})
parent = os.getppid()
while os.getppid() == parent:
    end = time.perf_counter() + {SPIN_MS} / 1000
    while time.perf_counter() < end:
        pass
    time.sleep({IDLE_MS} / 1000)
"""


@dataclass(frozen=True)
class WeakTarget:
    spec: str
    what_starts: str  # the start of the figure's name ("" for every figure of that SPEC item)
    target: Target


WEAK_TARGETS = (
    WeakTarget("P-1", "", Target(ratio=1.5)),
    WeakTarget("P-2", "ballot keystroke, median", Target(limit=2.5)),
    WeakTarget("P-2", "ballot keystroke, 99th percentile", Target(limit=8.0)),
    WeakTarget("P-4", "scorecards of 20 races, evidence", Target(limit=1.0)),
    WeakTarget("P-5", "", Target(limit=50.0)),
    WeakTarget("P-6", "", Target(limit=120.0)),
)


def weak_target(row: Row) -> Target | None:
    for weak in WEAK_TARGETS:
        if row.spec == weak.spec and row.what.startswith(weak.what_starts):
            return weak.target
    return row.target


def the_core() -> int:
    """The core both the benchmark and its neighbour share: the last this process may use."""
    return max(os.sched_getaffinity(0))


def pin_to(core: int) -> None:
    """Pin this process to `core`. Called first thing, before Qt or SQLite start a thread: the
    threads started afterwards, and every child process, inherit it."""
    os.sched_setaffinity(0, {core})


class BusyNeighbour:
    """A process pinned to `core`, spinning half of the time; always ended on leaving `with`."""

    def __init__(self, core: int) -> None:
        self.core = core
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> BusyNeighbour:
        self.process = subprocess.Popen([sys.executable, "-c", _NEIGHBOUR, str(self.core)])
        return self

    def __exit__(self, *_: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def run_weak(argv: Sequence[str], folder: Path) -> list[Row]:
    """The benchmark again in a child process pinned to one core beside a busy neighbour; its
    rows, read back from the JSON file it writes."""
    core = the_core()
    out = folder / "weak-laptop-rows.json"
    out.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "tests.benchmarks",
        *argv,
        "--pinned-core",
        str(core),
        "--rows-json",
        str(out),
    ]
    with BusyNeighbour(core):
        subprocess.run(command, cwd=REPO, check=False)
    if not out.exists():
        raise RuntimeError("the weak-laptop run wrote no figures")
    return rows_from_json(out)


def rows_to_json(rows: Sequence[Row], path: Path) -> None:
    path.write_text(json.dumps([asdict(row) for row in rows]), encoding="utf-8")


def rows_from_json(path: Path) -> list[Row]:
    rows = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        target = entry.pop("target")
        rows.append(Row(**entry, target=None if target is None else Target(**target)))
    return rows


@dataclass(frozen=True)
class Pair:
    normal: Row | None
    weak: Row | None

    @property
    def row(self) -> Row:
        row = self.weak or self.normal
        assert row is not None
        return row

    @property
    def target(self) -> Target | None:
        return weak_target(self.row)

    @property
    def passed(self) -> bool | None:
        """Both runs meet their targets: SPEC's for the normal run, the weak ones for the other."""
        results = []
        if self.normal is not None and self.normal.target is not None:
            results.append(self.normal.passed)
        if self.weak is not None and self.target is not None:
            results.append(self.target.met(self.weak.value, self.weak.floor))
        return None if not results else all(results)


def pair_rows(normal: Sequence[Row], weak: Sequence[Row]) -> list[Pair]:
    """The figures of both runs side by side, matched by SPEC item and name, in normal order."""
    by_name = {(row.spec, row.what): row for row in weak}
    pairs = [Pair(row, by_name.pop((row.spec, row.what), None)) for row in normal]
    return pairs + [Pair(None, row) for row in by_name.values()]


def format_pairs(pairs: Sequence[Pair]) -> str:
    header = (
        "SPEC",
        "measurement",
        "normal",
        "floor",
        "ratio",
        "weak laptop",
        "floor",
        "ratio",
        "weak target",
        "result",
    )

    def cells(row: Row | None) -> tuple[str, str, str]:
        if row is None:
            return ("—", "", "")
        return (
            _number(row.value, row.unit),
            "" if row.floor is None else _number(row.floor, row.unit),
            "" if row.ratio is None else f"{row.ratio:.2f}×",
        )

    lines = []
    for pair in pairs:
        row, target = pair.row, pair.target
        lines.append(
            (
                row.spec,
                row.what,
                *cells(pair.normal),
                *cells(pair.weak),
                "" if target is None else target.describe(row.unit),
                {True: "PASS", False: "FAIL", None: "info"}[pair.passed],
            )
        )
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    right = {2, 3, 4, 5, 6, 7}

    def render(line: Sequence[str]) -> str:
        return " | ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()

    rule = "-+-".join("-" * width for width in widths)
    return "\n".join([render(header), rule, *(render(line) for line in lines)])


def conditions() -> str:
    return (
        f"weak laptop: pinned to core {the_core()} of {os.cpu_count()} (os.sched_setaffinity), "
        f"beside a neighbour on the same core busy {SPIN_MS} ms of every {SPIN_MS + IDLE_MS}; "
        "each figure and its floor measured under those conditions"
    )
