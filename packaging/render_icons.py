"""Render the app icon's PNGs (and the Windows .ico and macOS .icns) from its SVG.

    python packaging/render_icons.py

Run it after editing resources/icons/hicolor/scalable/apps/<APP_ID>.svg and commit the results.
It uses Qt's own SVG renderer offscreen, so it needs nothing beyond the app's dependencies.

Writes:
  resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png   window icon and Linux desktop icon
  packaging/icons/<APP_ID>.ico                        Windows (PyInstaller `icon=`)
  packaging/icons/<APP_ID>.icns                       macOS (PyInstaller `BUNDLE(icon=)`)
The .ico and .icns only matter when building, so they stay out of the installed package.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

# Use this checkout's package (APP_ID, the sizes), not whichever copy happens to be installed.
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from endorse_desktop import APP_ID  # noqa: E402
from endorse_desktop.ui.shell.app_icon import ICON_SIZES  # noqa: E402

ICONS = REPO / "resources" / "icons"
SVG = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
BUILD_ICONS = REPO / "packaging" / "icons"

# Windows Explorer shows 16–256 px; an .ico entry can be at most 256 px.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types, each a PNG of the given pixel size (the @2x types are "retina" versions).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding PNG-compressed images (read by Windows Vista and later).

    Layout: a 6-byte header, one 16-byte directory entry per image, then the images. A width or
    height byte of 0 means 256.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = size % 256  # 256 is stored as 0
        # width, height, palette colours, reserved, colour planes, bits per pixel, bytes, offset
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns: the magic "icns" and total length, then (type, length, PNG) chunks, big-endian."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    # Qt's painting wants an application object (fonts, image plugins), even offscreen.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SVG}", file=sys.stderr)
        return 1

    every_size = sorted({*ICON_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(renderer, size)) for size in every_size}

    for size in ICON_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        print(f"wrote {target.relative_to(REPO)}")

    BUILD_ICONS.mkdir(parents=True, exist_ok=True)
    ico = BUILD_ICONS / f"{APP_ID}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = BUILD_ICONS / f"{APP_ID}.icns"
    icns.write_bytes(icns_bytes(pngs))
    for path in (ico, icns):
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
