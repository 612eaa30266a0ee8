"""Which fonts a generated PDF uses, and whether they travel inside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def embedded_font_names(path: Path | str) -> set[str]:
    """Base names of the fonts on every page and in its forms; fails if one is not embedded."""
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in _fonts(page.get("/Resources")):
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), name
            names.add(name)
    return names


def _fonts(resources: Any) -> Iterator[Any]:
    if resources is None:
        return
    resources = resources.get_object()
    for ref in resources.get("/Font", {}).values():
        yield ref.get_object()
    for ref in resources.get("/XObject", {}).values():  # forms (ballots draw through one)
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(xobject.get("/Resources"))
