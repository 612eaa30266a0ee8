"""The app's own icon: the window icon, and where its files live under resources/icons.

The icons are laid out as a freedesktop "hicolor" theme (`hicolor/48x48/apps/<APP_ID>.png`), so a
Linux install copies the folder as it is and the `.desktop` file finds the icon by name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from endorse_desktop import APP_ID
from endorse_desktop.resources import resource_path

# Every size packaging/render_icons.py renders; the window icon offers all of them.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_svg() -> Path:
    return resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")


def app_icon_png(size: int) -> Path:
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")


def app_icon() -> QIcon:
    """The window icon. A PNG added with its size is only decoded when Qt draws that size, so this
    is cheap at start-up, and PNGs need no SVG plugin in the built app."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(app_icon_png(size)), QSize(size, size))
    return icon
