"""`python -m tests.benchmarks`: build the large sample once, measure, print the table.

Exit status 0 when every SPEC §7 target is met, 1 when one is not.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from .harness import Row, format_table
from .sections import SECTIONS, Options, run_section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--only",
        metavar="IDS",
        help="comma-separated sections to run: " + ", ".join(SECTIONS),
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=11,
        help="P-1: interleaved starts of the app and of the bare window (default 11)",
    )
    parser.add_argument(
        "--keystrokes", type=int, default=1000, help="P-2: keystrokes timed (default 1000)"
    )
    parser.add_argument(
        "--every-export",
        action="store_true",
        help="P-6: also a session that writes every export, the commitment report included",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="work in DIR and keep the files (default: a temp dir)",
    )
    args = parser.parse_args(argv)
    wanted = [part.strip() for part in (args.only or ",".join(SECTIONS)).split(",") if part]
    unknown = [name for name in wanted if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    options = Options(runs=args.runs, keystrokes=args.keystrokes, every_export=args.every_export)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return _run(args.keep, wanted, options)
    with tempfile.TemporaryDirectory(prefix="endorse-bench-") as folder:
        return _run(Path(folder), wanted, options)


def _run(folder: Path, wanted: list[str], options: Options) -> int:
    from .harness import Workspace

    _private_settings(folder)
    workspace = Workspace(folder)
    started = time.perf_counter()
    rows: list[Row] = []
    for name in wanted:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows += run_section(name, workspace, options)
    print()
    print(format_table(rows))
    print(
        f"\n{len(rows)} figures in {time.perf_counter() - started:.0f} s on {os.cpu_count()} CPUs "
        f"(Python {sys.version.split()[0]}, {_versions()})"
    )
    failed = [row for row in rows if row.passed is False]
    return 1 if failed else 0


def _private_settings(folder: Path) -> None:
    """The windows opened here remember recent files in a folder of their own, not the user's."""
    home = folder / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / name.lower()).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(home / name.lower())


def _versions() -> str:
    from importlib.metadata import version

    return ", ".join(
        f"{name} {version(name)}" for name in ("PySide6-Essentials", "reportlab", "sqlite-utils")
    )


if __name__ == "__main__":
    raise SystemExit(main())
