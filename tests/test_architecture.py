"""The shape of the house (docs/DEVELOPING.md): no import cycles, no grab-bag UI modules, and the
layer contracts in pyproject.toml hold (the same check `lint-imports` makes in CI)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parent.parent
UI_MODULE_LINES = 500
# Modules allowed over the limit while a split is under way: none today.
UI_MODULES_BEING_SPLIT: set[str] = set()


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other round in a circle (Tarjan's strongly connected
    components), counting imports made inside functions and under TYPE_CHECKING too."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for module in sorted(graph.modules):
            if module not in index:
                visit(module)
    finally:
        sys.setrecursionlimit(limit)
    return found


def test_no_module_imports_itself_round_a_circle() -> None:
    assert _cycles(grimp.build_graph("endorse_desktop")) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "circle_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from circle_pkg import b\n")
    (package / "b.py").write_text("def f():\n    from circle_pkg import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(grimp.build_graph("circle_pkg")) == [["circle_pkg.a", "circle_pkg.b"]]


def test_no_ui_module_is_a_grab_bag() -> None:
    too_long = {
        str(path.relative_to(REPO)): lines
        for path in (REPO / "endorse_desktop" / "ui").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > UI_MODULE_LINES
        and path.relative_to(REPO).as_posix() not in UI_MODULES_BEING_SPLIT
    }
    assert too_long == {}


# An import inside a function hides the import graph; it is kept only where importing at the top
# would make a start-up slower, and it says so with the measurement, on its line or just above:
# `# deferred: ReportLab costs ~120 ms at start-up (python -X importtime)`.
DEFERRED = re.compile(r"#\s*deferred:.*\d\s*ms")
# Split by another branch today (issue 11); the lead empties this list at merge.
IMPORTS_BEING_MOVED: set[str] = set()


def _unexplained_function_imports(source: str) -> list[int]:
    """Line numbers of imports made inside a function without a `# deferred: … ms` comment
    on the line or above it (above a run of imports, for the whole run)."""
    lines = source.splitlines()
    found: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Import | ast.ImportFrom):
                continue
            said = [lines[inner.lineno - 1]]
            above = inner.lineno - 2
            # one comment may stand above a run of imports
            while above >= 0 and lines[above].strip().startswith(("#", "from ", "import ")):
                said.append(lines[above])
                above -= 1
            if not any(DEFERRED.search(line) for line in said):
                found.add(inner.lineno)
    return sorted(found)


def test_imports_are_at_the_top_unless_a_measured_cost_says_otherwise() -> None:
    unexplained = {
        name: numbers
        for path in sorted((REPO / "endorse_desktop").rglob("*.py"))
        if (name := path.relative_to(REPO).as_posix()) not in IMPORTS_BEING_MOVED
        and (numbers := _unexplained_function_imports(path.read_text(encoding="utf-8")))
    }
    assert unexplained == {}


def test_the_import_rule_finds_an_unexplained_function_import() -> None:
    source = (
        "import json\n\n\n"
        "def f():\n    from pathlib import Path\n\n\n"
        "def g():\n    # deferred: costs 40 ms at start-up (python -X importtime)\n"
        "    import csv\n\n\n"
        "def h():\n    import decimal  # deferred: it is slow\n"
    )
    assert _unexplained_function_imports(source) == [5, 14]


def test_the_layer_contracts_hold() -> None:
    # The command installed beside this Python (the test extras bring import-linter).
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "BROKEN" not in result.stdout
    assert result.stdout.count("KEPT") >= 5
