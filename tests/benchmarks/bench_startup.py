"""P-1: start-up to a painted main window showing the large sample, against a bare PySide6 window.

Both are separate processes started the same way, in turn (app, bare, app, bare, ...), so a busy
moment on the machine slows both. The figure is the time from starting the process to reading
its `startup_ms=` line, printed after the first paint; the median of the runs. The value each
process printed itself (from /proc, 10 ms steps) is kept in the note as a cross-check.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from .harness import Row, Target, Workspace, child_env, python_command, run_child

P1_RATIO = 2.0
BARE_WINDOW = Path(__file__).with_name("bare_window.py")


def startup_rows(workspace: Workspace, runs: int = 11) -> list[Row]:
    path = workspace.large_copy("startup")
    env = child_env(workspace)
    app = python_command("-m", "endorse_desktop", "--db", str(path), "--exit-after-startup")
    bare = python_command(str(BARE_WINDOW))
    for command in (app, bare):  # warm-up: fills the bytecode cache and the disk cache
        run_child(command, env, "startup_ms=")
    app_runs, bare_runs = [], []
    for _ in range(runs):
        app_runs.append(run_child(app, env, "startup_ms="))
        bare_runs.append(run_child(bare, env, "startup_ms="))

    def median_ms(results: list) -> float:
        return statistics.median(run.seconds_to_line for run in results) * 1000

    def printed_ms(results: list) -> float:
        return statistics.median(float(run.line.split("=", 1)[1]) for run in results)

    note = (
        f"median of {runs} interleaved starts each, timed from outside; the processes' own "
        f"startup_ms medians: app {printed_ms(app_runs):.0f} ms, "
        f"bare {printed_ms(bare_runs):.0f} ms"
    )
    return [
        Row(
            "P-1",
            "start-up to a painted window, large file",
            median_ms(app_runs),
            "ms",
            median_ms(bare_runs),
            Target(ratio=P1_RATIO),
            note,
        )
    ]
