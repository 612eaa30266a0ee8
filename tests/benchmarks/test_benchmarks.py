"""The SPEC §7 benchmarks as tests: `python -m pytest -m benchmark tests/benchmarks -s`.

Left out of the default run (`-m 'not benchmark'` in pyproject.toml): they take minutes and
their figures depend on the machine. Each test runs one section of `python -m tests.benchmarks`
on the large sample (built once per session), prints its rows and fails if a SPEC target is
missed.
"""

from __future__ import annotations

import pytest

from .harness import Workspace, format_table
from .sections import Options, run_section

pytestmark = pytest.mark.benchmark


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("benchmarks"))


@pytest.mark.parametrize(
    "section", ["demo", "P-1", "P-2", "P-3", "P-4", "P-5", "P-6", "more", "exports"]
)
def test_spec_performance(section: str, workspace: Workspace) -> None:
    rows = run_section(section, workspace, Options())
    print()
    print(format_table(rows))
    missed = [f"{row.spec} {row.what}" for row in rows if row.passed is False]
    assert missed == [], f"SPEC §7 targets missed: {missed}"
