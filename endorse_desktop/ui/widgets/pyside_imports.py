"""Keep PySide6 from holding the source of every module imported after it.

PySide6 hooks `import` for its opt-in `from __feature__ import snake_case, true_property`: for
each module imported after it, it asks `inspect.getsource(module)` whether the word "PySide6"
appears in the module's text, and `linecache` then keeps that whole source for the rest of the
session. At the end of a meeting on the large sample that is about 8 MB of source text nobody
reads again (SPEC P-6), and splitting it into cached lines is part of every start-up (SPEC P-1).

The check below gives PySide6 the same answer from the file's bytes, and keeps nothing. On a
PySide6 without this hook nothing changes.
"""

from __future__ import annotations

import sys
from types import ModuleType


def skip_feature_source_cache() -> bool:
    """Answer PySide6's per-import question without linecache; True when the hook was found."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
    return True


def _mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source says "PySide6" (False when it has no source, as before)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
