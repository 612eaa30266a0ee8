"""The app icon: every size exists, matches the SVG, and reaches the window."""

from __future__ import annotations

import importlib.util
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO

from endorse_desktop import APP_ID
from endorse_desktop.ui.shell.app_icon import ICON_SIZES, app_icon, app_icon_png, app_icon_svg

BUILD_ICONS = REPO / "packaging" / "icons"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (the IHDR chunk follows the 8-byte signature)."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def load_render_icons():
    spec = importlib.util.spec_from_file_location(
        "render_icons", REPO / "packaging" / "render_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_exists_at_every_size(size: int) -> None:
    path = app_icon_png(size)
    assert path.is_file(), f"missing {path}: run python packaging/render_icons.py"
    assert png_size(path) == (size, size)


def test_svg_is_a_square_drawing() -> None:
    root = ET.parse(app_icon_svg()).getroot()
    _, _, width, height = (float(number) for number in root.get("viewBox", "").split())
    assert width == height


def test_windows_icon_holds_every_size_explorer_shows() -> None:
    data = (BUILD_ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * index] or 256 for index in range(count)}  # 0 means 256
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_mac_icon_holds_retina_sizes() -> None:
    data = (BUILD_ICONS / f"{APP_ID}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset : offset + 4])
        offset += struct.unpack(">I", data[offset + 4 : offset + 8])[0]
    assert {b"ic07", b"ic08", b"ic09", b"ic10", b"ic11", b"ic12", b"ic13", b"ic14"} <= kinds


@pytest.mark.gui
@pytest.mark.parametrize("size", [48, 256])
def test_pngs_were_rendered_from_the_current_svg(qapp, size: int) -> None:
    """Catches an edited SVG whose PNGs were not rendered again. Another Qt version may smooth
    edges a little differently, so a few slightly different pixels are allowed."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    render_icons = load_render_icons()
    fresh = render_icons.render(QSvgRenderer(str(app_icon_svg())), size)
    committed = QImage(str(app_icon_png(size))).convertToFormat(fresh.format())
    # Both are 32-bit images of the same size, so their bytes line up pixel for pixel.
    fresh_bytes, committed_bytes = bytes(fresh.constBits()), bytes(committed.constBits())
    changed = sum(
        abs(one - two) > 24 for one, two in zip(fresh_bytes, committed_bytes, strict=True)
    )
    assert changed / len(fresh_bytes) < 0.02, "run packaging/render_icons.py and commit the PNGs"


@pytest.mark.gui
def test_window_icon_offers_every_size(qapp) -> None:
    from PySide6.QtCore import QSize

    icon = app_icon()
    assert not icon.isNull()
    assert set(icon.availableSizes()) >= {QSize(size, size) for size in ICON_SIZES}
