"""Find the files under `resources/` (fonts, icons, sample data) wherever the app runs from.

Installed with pip, they live inside the package as `endorse_desktop/resources`; in a source
checkout they are the top-level `resources/` folder; a PyInstaller bundle copies them to the
first place. Plain Python so that core and reports may use it too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder (fonts, icons) is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of a file below resources/, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
