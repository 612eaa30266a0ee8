"""The app's translations: which languages exist and where their files live.

`resources/i18n/endorse_<lang>.ts` is the source a translator edits (made by `pyside6-lupdate`
from every `.py` file of the package); `endorse_<lang>.qm` next to it is what the app loads (made
by `pyside6-lrelease`). Both are committed, so a plain `pip install .` ships them. After adding
or changing `tr()` strings run `python -m endorse_desktop.i18n update` (see docs/DEVELOPING.md).

Plain Python: the CLI and the tests use it without starting Qt.
"""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.resources import resource_path

# What View ▸ Language offers besides "System": the code and the language's own name.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
# English is the source text; these have translation files.
TRANSLATED: tuple[str, ...] = ("es",)
SOURCE_LANGUAGE = "en"


def i18n_dir() -> Path:
    return resource_path("i18n")


def ts_path(language: str) -> Path:
    return i18n_dir() / f"endorse_{language}.ts"


def qm_path(language: str) -> Path:
    return i18n_dir() / f"endorse_{language}.qm"
