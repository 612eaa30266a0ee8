"""A real X server with a window manager for the keyboard scenarios, started once per run.

Xvfb on a free display number, openbox on it (a window manager gives focus, activation and
stacking as on a desktop). Each scenario then runs the app in a process of its own on this
display (`harness.run_scenario`); the rest of the suite stays offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number between :90 and :199")


def _wait_for(condition: Callable[[], bool], what: str, log: Path) -> None:
    """Generous: a loaded CI machine can take a while to start an X server."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within 60 s; its output:\n{log.read_text()}")


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for program in ("Xvfb", "openbox", "xdotool"):
        assert shutil.which(program), (
            f"{program} is not installed: the keyboard scenarios need it (.ci/run installs it)"
        )
    number = _free_display()
    display = f":{number}"
    log = tmp_path_factory.mktemp("x-server") / "x.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=output,
            stderr=output,
        )
        env = {**os.environ, "DISPLAY": display}
        manager = None
        try:
            _wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), "Xvfb", log)
            manager = subprocess.Popen(
                ["openbox", "--sm-disable"], env=env, stdout=output, stderr=output
            )
            # openbox is up once the root window says it supports _NET_ACTIVE_WINDOW (EWMH)
            _wait_for(lambda: _wm_running(env), "openbox", log)
            yield display
        finally:
            for process in (manager, server):
                if process is not None:
                    process.terminate()
                    try:
                        process.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        process.kill()


def _wm_running(env: dict[str, str]) -> bool:
    """xdotool complains that the window manager "claims not to support" it until one runs."""
    done = subprocess.run(["xdotool", "getactivewindow"], env=env, capture_output=True, check=False)
    return b"claims not to support" not in done.stderr
