"""`python -m tests.benchmarks`: build the large sample once, measure, print the table.

Exit status 0 when every SPEC §7 target is met, 1 when one is not. With --weak-laptop, the
figures are measured twice, normally and on one core beside a busy neighbour, and printed side
by side; exit status 0 only when the normal run meets SPEC §7 and the other the weak-laptop
targets (tests/benchmarks/weak_laptop.py).
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
        "--weak-laptop",
        action="store_true",
        help="also measure every figure and its floor pinned to one core beside a busy "
        "neighbour process, print both runs side by side, hold the weak run to issue 17's targets",
    )
    # Internal: how --weak-laptop starts its pinned run.
    parser.add_argument("--pinned-core", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--rows-json", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="work in DIR and keep the files (default: a temp dir)",
    )
    args = parser.parse_args(argv)
    if args.pinned_core is not None:
        from .weak_laptop import pin_to

        pin_to(args.pinned_core)  # first, before any thread: all that follows inherits it
    wanted = [part.strip() for part in (args.only or ",".join(SECTIONS)).split(",") if part]
    unknown = [name for name in wanted if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    options = Options(runs=args.runs, keystrokes=args.keystrokes, every_export=args.every_export)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    inner = [arg for arg in (argv if argv is not None else sys.argv[1:]) if arg != "--weak-laptop"]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return _run(args.keep, wanted, options, args, inner)
    with tempfile.TemporaryDirectory(prefix="endorse-bench-") as folder:
        return _run(Path(folder), wanted, options, args, inner)


def _run(
    folder: Path, wanted: list[str], options: Options, args: argparse.Namespace, inner: list[str]
) -> int:
    from .harness import Workspace

    _private_settings(folder)
    workspace = Workspace(folder)
    started = time.perf_counter()
    rows: list[Row] = []
    for name in wanted:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows += run_section(name, workspace, options)
    if args.rows_json is not None:
        from .weak_laptop import rows_to_json

        rows_to_json(rows, args.rows_json)
        return 0  # the run that started this one prints the figures and judges them
    if args.weak_laptop:
        return _weak_laptop(folder, rows, inner, started)
    print()
    print(format_table(rows))
    print(
        f"\n{len(rows)} figures in {time.perf_counter() - started:.0f} s on {os.cpu_count()} CPUs "
        f"(Python {sys.version.split()[0]}, {_versions()})"
    )
    failed = [row for row in rows if row.passed is False]
    return 1 if failed else 0


def _weak_laptop(folder: Path, normal: list[Row], inner: list[str], started: float) -> int:
    """The same figures again pinned to one core beside a busy neighbour, both runs printed."""
    from .weak_laptop import conditions, format_pairs, pair_rows, run_weak

    print("… the same again on a weak laptop", file=sys.stderr, flush=True)
    pairs = pair_rows(normal, run_weak(inner, folder))
    print()
    print(format_pairs(pairs))
    notes = [f"{pair.row.spec} {pair.row.what}: {pair.row.note}" for pair in pairs if pair.row.note]
    print("\nHow each figure was taken:", *(f"  {note}" for note in notes), sep="\n")
    print(
        f"\n{conditions()}.\n{len(pairs)} figures, both runs, in "
        f"{time.perf_counter() - started:.0f} s on {os.cpu_count()} CPUs "
        f"(Python {sys.version.split()[0]}, {_versions()})"
    )
    failed = [pair for pair in pairs if pair.passed is False]
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
