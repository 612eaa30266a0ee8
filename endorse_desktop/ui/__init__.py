"""The PySide6 desktop interface. Only this package imports Qt."""

from endorse_desktop.ui.shell.pyside_guard import (
    guard_bool_refcount,
    guard_none_refcount,
)
from endorse_desktop.ui.widgets.pyside_imports import skip_feature_source_cache

guard_none_refcount()  # imports PySide6 first
skip_feature_source_cache()  # before the app's own modules are imported
guard_bool_refcount()
