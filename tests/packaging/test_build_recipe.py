"""The PyInstaller spec and packaging/build.sh.

The spec is run here with stand-ins for PyInstaller's build steps (PyInstaller itself is not a
dependency of the app), once as each platform would run it, to check that every file it names
exists. The real build takes a minute or more, so it only runs when asked for:

    python -m pytest -m packaging
"""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from conftest import REPO

SPEC = REPO / "packaging" / "endorse-desktop.spec"
BUILD_SCRIPT = REPO / "packaging" / "build.sh"


class BuildStep:
    """Records what the spec passes to Analysis, EXE, COLLECT or BUNDLE."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list = []
        self.datas: list = []
        self.pure: list = []
        self.scripts: list = []


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, list[BuildStep]]:
    steps: dict[str, list[BuildStep]] = {}

    def step(name: str) -> type[BuildStep]:
        def record(*args: object, **kwargs: object) -> BuildStep:
            made = BuildStep(*args, **kwargs)
            steps.setdefault(name, []).append(made)
            return made

        return record  # type: ignore[return-value]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds the repository to it

    namespace = {name: step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace |= {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return steps


def named_files(steps: dict[str, list[BuildStep]]) -> list[Path]:
    analysis = steps["Analysis"][0]
    files = [Path(script) for script in analysis.args[0]]  # type: ignore[union-attr]
    files += [Path(source) for source, _ in analysis.kwargs["datas"]]  # type: ignore[union-attr]
    files += [Path(folder) for folder in analysis.kwargs["pathex"]]  # type: ignore[union-attr]
    for name in ("EXE", "BUNDLE"):
        files += [Path(step.kwargs["icon"]) for step in steps.get(name, []) if step.kwargs["icon"]]
    return files


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_names_only_files_that_exist(monkeypatch: pytest.MonkeyPatch, platform: str) -> None:
    files = named_files(run_spec(monkeypatch, platform))
    missing = [str(path) for path in files if not path.exists()]
    assert not missing
    assert any(path.suffix == ".ico" for path in files) == (platform == "win32")
    assert any(path.suffix == ".icns" for path in files) == (platform == "darwin")


def test_spec_puts_resources_where_the_app_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = run_spec(monkeypatch, "linux")["Analysis"][0]
    assert (str(REPO / "resources"), "endorse_desktop/resources") in analysis.kwargs["datas"]
    assert analysis.args[0] == [str(REPO / "endorse_desktop" / "__main__.py")]
    assert "tkinter" in analysis.kwargs["excludes"]  # type: ignore[operator]
    assert "PySide6.QtNetwork" in analysis.kwargs["excludes"]  # type: ignore[operator]


def test_spec_builds_one_folder_named_like_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = run_spec(monkeypatch, "linux")
    assert steps["EXE"][0].kwargs["exclude_binaries"] is True  # one folder, not one file
    assert steps["EXE"][0].kwargs["name"] == steps["COLLECT"][0].kwargs["name"] == "endorse-desktop"


def test_build_script_is_executable_and_strict() -> None:
    assert os.access(BUILD_SCRIPT, os.X_OK)
    assert "set -euo pipefail" in BUILD_SCRIPT.read_text(encoding="utf-8")


@pytest.mark.packaging
@pytest.mark.slow
def test_build_script_makes_an_app_that_passes_its_smoke_test() -> None:
    result = subprocess.run(
        [str(BUILD_SCRIPT)], capture_output=True, text=True, check=False, timeout=1800
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke test: ok" in result.stdout
    assert (REPO / "dist" / "endorse-desktop" / "endorse-desktop").is_file()
