"""RELIABILITY.md names the tests that prove each promise: every name it gives must exist, and
every test in tests/reliability must be named there."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# `tests/x.py::test_y`, `R/x.py::test_y` (R/ is tests/reliability/) or `…::test_y` (same file
# as the reference before it), each optionally naming the whole file.
REFERENCE = re.compile(r"`((?:tests/|R/)[\w/]+\.py|…)(?:::(\w+))?`")


def named_tests() -> list[tuple[Path, str | None]]:
    text = (REPO / "RELIABILITY.md").read_text(encoding="utf-8")
    found: list[tuple[Path, str | None]] = []
    last: Path | None = None
    for match in REFERENCE.finditer(text):
        where, test = match.groups()
        if where == "…":
            assert last is not None, match.group(0)
            path = last
        else:
            path = REPO / where.replace("R/", "tests/reliability/", 1)
        found.append((path, test))
        last = path
    return found


def test_every_test_named_in_reliability_md_exists() -> None:
    named = named_tests()
    assert len(named) > 60
    missing = []
    for path, test in named:
        if not path.is_file() or (test and f"def {test}(" not in path.read_text(encoding="utf-8")):
            missing.append(f"{path.relative_to(REPO)}::{test}")
    assert missing == []


def test_every_reliability_test_is_named_in_reliability_md() -> None:
    named = {(path.name, test) for path, test in named_tests()}
    unnamed = [
        f"{source.name}::{test}"
        for source in (REPO / "tests" / "reliability").glob("test_*.py")
        if source.name != Path(__file__).name
        for test in re.findall(r"^def (test_\w+)\(", source.read_text(encoding="utf-8"), re.M)
        if (source.name, test) not in named
    ]
    assert unnamed == []
