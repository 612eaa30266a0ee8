"""Tests that run the UI in another language: install it, and put English back afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from endorse_desktop.ui.shell.language import install_language


@contextmanager
def ui_language(choice: str) -> Iterator[str]:
    """The app's translators for `choice` while the block runs; none (English) after it."""
    before = QLocale()
    try:
        yield install_language(choice)
    finally:
        install_language("en")
        QLocale.setDefault(before)
