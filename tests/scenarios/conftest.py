"""A real X server with a window manager for the keyboard scenarios, started once per run.

Xvfb on a display number it picks itself, openbox on it (a window manager gives focus,
activation and stacking as on a desktop). Each scenario then runs the app in a process of its
own on this display (`harness.run_scenario`); the rest of the suite stays offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


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
    yield from _x_server(tmp_path_factory, "1600x1000x24")


@pytest.fixture(scope="session")
def laptop_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A 1280×800 screen, the small laptop a facilitator brings (issue 12, item 9)."""
    yield from _x_server(tmp_path_factory, "1280x800x24")


def _x_server(tmp_path_factory: pytest.TempPathFactory, screen: str) -> Iterator[str]:
    for program in ("Xvfb", "openbox", "xdotool"):
        assert shutil.which(program), (
            f"{program} is not installed: the keyboard scenarios need it (.ci/run installs it)"
        )
    log = tmp_path_factory.mktemp("x-server") / "x.log"
    with log.open("w") as output:
        # -displayfd: Xvfb picks a free display itself and writes its number once it accepts
        # connections, so parallel runs never race for a number or connect too early.
        read_end, write_end = os.pipe()
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                screen,
                "-nolisten",
                "tcp",
            ],
            stdout=output,
            stderr=output,
            pass_fds=(write_end,),
        )
        os.close(write_end)
        manager = None
        try:
            with os.fdopen(read_end) as numbers:
                number = numbers.readline().strip()
            assert number.isdigit(), f"Xvfb did not start; its output:\n{log.read_text()}"
            display = f":{number}"
            # only what an X client needs: nothing a test left in the environment
            env = {"DISPLAY": display, "PATH": os.environ.get("PATH", ""), "HOME": str(log.parent)}

            def window_manager_up() -> bool:
                nonlocal manager
                if manager is None or manager.poll() is not None:  # (re)start it
                    manager = subprocess.Popen(
                        ["openbox", "--sm-disable"], env=env, stdout=output, stderr=output
                    )
                    time.sleep(0.2)
                return _wm_running(env)

            # openbox is up once the root window says it supports _NET_ACTIVE_WINDOW (EWMH)
            _wait_for(window_manager_up, "openbox", log)
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
