"""`pip install .` ships every part of the app: the package list in pyproject.toml is complete.

The tests import from the source tree, so a package missing from that list would pass every other
test and still break an installed app (the projector, the sample group…).
"""

from __future__ import annotations

import tomllib

from conftest import REPO


def test_every_python_package_is_listed_for_installation() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "endorse_desktop").rglob("__init__.py")
    }
    assert on_disk - listed == set()
    assert listed - on_disk == {"endorse_desktop.resources"}
