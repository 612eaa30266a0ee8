"""The benchmark sections, in the order they run and print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .harness import Row, Workspace


@dataclass(frozen=True)
class Options:
    runs: int = 11  # P-1: starts of the app and of the bare window, interleaved
    keystrokes: int = 1000  # P-2
    every_export: bool = False  # P-6: also a session that writes every export


def _demo(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_demo import demo_rows

    return demo_rows(workspace)


def _startup(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_startup import startup_rows

    return startup_rows(workspace, options.runs)


def _memory(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_memory import memory_rows

    return memory_rows(workspace, every_export=options.every_export)


def _keystroke(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_keystroke import keystroke_rows

    return keystroke_rows(workspace, options.keystrokes)


def _counting(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_counting import counting_rows

    return counting_rows()


def _pdfs(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_pdfs import pdf_rows

    return pdf_rows(workspace)


def _tables(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_tables import table_rows

    return table_rows(workspace)


def _exports(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_exports import export_rows

    return export_rows(workspace)


def _more(workspace: Workspace, options: Options) -> list[Row]:
    from .bench_more import more_rows

    return more_rows(workspace)


SECTIONS: dict[str, Callable[[Workspace, Options], list[Row]]] = {
    "demo": _demo,
    "P-1": _startup,
    "P-2": _keystroke,
    "P-3": _counting,
    "P-4": _pdfs,
    "P-5": _tables,
    "P-6": _memory,
    "more": _more,
    "exports": _exports,
}


def run_section(name: str, workspace: Workspace, options: Options) -> list[Row]:
    return SECTIONS[name](workspace, options)
