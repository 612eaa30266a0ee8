"""P-6: peak memory on the large sample, against a bare PySide6 window.

Each run is a process of its own (`app_session.py`); its peak resident set (ru_maxrss, read by
the parent from wait4) covers everything it touched: Qt, SQLite and ReportLab as well as Python.
The figure is the highest of the runs, the floor the highest of as many bare windows.
"""

from __future__ import annotations

from .bench_startup import BARE_WINDOW
from .harness import (
    Row,
    Target,
    Workspace,
    child_env,
    python_command,
    remove_database,
    run_child,
)

P6_LIMIT_MB = 150.0


def memory_rows(workspace: Workspace, runs: int = 3, every_export: bool = False) -> list[Row]:
    env = child_env(workspace)
    bare = [run_child(python_command(str(BARE_WINDOW)), env, "startup_ms=") for _ in range(runs)]
    floor = max(run.peak_rss_mb for run in bare)
    rows = [_session_row(workspace, env, runs, floor, every_export=False)]
    if every_export:
        rows.append(_session_row(workspace, env, 1, floor, every_export=True))
    return rows


def _session_row(
    workspace: Workspace, env: dict[str, str], runs: int, floor: float, *, every_export: bool
) -> Row:
    peaks = []
    for number in range(runs):
        path = workspace.large_copy(f"session-{number}")
        folder = workspace.path(f"session-{number}-out")
        folder.mkdir(exist_ok=True)
        command = python_command("-m", "tests.benchmarks.app_session", str(path), str(folder))
        if every_export:
            command.append("--every-export")
        peaks.append(run_child(command, env, "session done").peak_rss_mb)
        remove_database(path)
    if every_export:
        return Row(
            "—",
            "peak memory, same session + every export",
            max(peaks),
            "MB",
            floor,
            note="as P-6, then also the commitment report, sign-up sheets, CSV and JSON",
        )
    return Row(
        "P-6",
        "peak memory: tabs, projector, tally, PDFs",
        max(peaks),
        "MB",
        floor,
        Target(limit=P6_LIMIT_MB),
        f"highest of {runs} sessions (each: every tab, every projector slide, 1,000 ballot keys "
        "with the live vote shown, then 1,000 ballots, the summary and the scorecards as PDFs "
        f"off the GUI thread); floor: the highest of {runs} bare windows",
    )
