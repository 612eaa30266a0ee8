"""Real read-only folders and real full disks for a child process, without touching the machine.

`unshare -rm` gives the child its own mount namespace (as an unprivileged user, through a user
namespace), where a folder can be remounted read-only or replaced by a tiny tmpfs. The kernel then
refuses writes exactly as it would on a read-only USB stick or a full disk — even to root, which
ignores permission bits. Where namespaces are not allowed the tests that need them are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
SMALL_DISK = 'mount -t tmpfs -o size="$2" tmpfs "$1" && shift 2 && exec "$@"'


@cache
def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", 'mount -t tmpfs tmpfs "$1"', "sh", "/tmp"],
        capture_output=True,
        check=False,
        timeout=30,
    )
    return probe.returncode == 0


def _run(script: str, args: list[str], argv: list[str], env: dict[str, str] | None, timeout: float):
    if not _namespaces_work():
        pytest.skip("needs Linux mount namespaces (unshare -rm)")
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *args, *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        timeout=timeout,
        check=False,
    )


def run_with_read_only_folder(
    folder: Path, argv: list[str], env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run argv with `folder` on a read-only filesystem."""
    return _run(READ_ONLY, [str(folder)], argv, env, timeout)


def run_on_small_disk(
    folder: Path,
    size: str,
    argv: list[str],
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run argv with an empty filesystem of `size` (e.g. "2m") mounted on `folder`."""
    return _run(SMALL_DISK, [str(folder), size], argv, env, timeout)
