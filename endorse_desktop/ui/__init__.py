"""The PySide6 desktop interface. Only this package imports Qt."""

from .pyside_workarounds import keep_none_alive

keep_none_alive()
