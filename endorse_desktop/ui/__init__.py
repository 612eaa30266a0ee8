"""The PySide6 desktop interface. Only this package imports Qt."""

from .pyside_guard import guard_bool_refcount, guard_none_refcount

guard_none_refcount()
guard_bool_refcount()
