"""Refresh the translation files: lupdate (sources → .ts), lrelease (.ts → .qm), and a count.

How lupdate reads our Python (PySide6's parser):
* `self.tr("…")` inside a class is filed under the class name, as PySide6 looks it up (it tries
  each class of the object's MRO, so a subclass finds its base's messages);
* `QCoreApplication.translate("Context", "…")` under that context;
* a bare `tr("…")` or a module's `_tr("…")`/`_tr_n("…")` helper — the action tables get `tr`
  as a parameter, modules wrap `QCoreApplication.translate` — under the empty context. The app's
  translator (`ui/shell/language.py`) looks a message up in the caller's context first, then in
  the empty one, so these work whatever context the helper passes at run time;
* a text kept in a constant is marked where it is defined with `QT_TR_NOOP("…")` (or listed in
  `endorse_desktop/i18n/core_words.py` when it lives in the Qt-free core).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from endorse_desktop.i18n import TRANSLATED, qm_path, ts_path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Module helpers that lupdate must read as tr(); see the module docstring.
TR_ALIASES = "tr+=_tr,tr+=_tr_n"


@dataclass(frozen=True)
class Counts:
    """What a .ts file holds: every message, those still to translate, those no longer used."""

    messages: int
    unfinished: int
    obsolete: int
    unfinished_sources: tuple[str, ...] = ()


def qt_tool(name: str) -> str:
    """PySide6's own lupdate/lrelease (the binaries in the wheel), else one on PATH."""
    try:
        # deferred: the i18n commands run where PySide6 may be missing; ~0 ms (python -X importtime)
        import PySide6

        bundled = Path(PySide6.__file__).resolve().parent / name
        if bundled.is_file():
            return str(bundled)
    except ImportError:
        pass
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return found
    raise FileNotFoundError(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted(path for path in package_dir.rglob("*.py") if "__pycache__" not in path.parts)


def run_lupdate(
    ts_file: Path, language: str, package_dir: Path = PACKAGE_DIR, *, drop_obsolete: bool = True
) -> str:
    """Bring `ts_file` up to date with the sources; messages no longer in the code are dropped
    (or, with drop_obsolete=False, kept and marked obsolete: what the tests count).

    Locations are left out of the file so that a change elsewhere in a module (lines moving)
    does not change the .ts: merges stay quiet and a test can compare the file with a fresh run.
    """
    files = source_files(package_dir)
    list_file = ts_file.with_name(ts_file.name + ".sources")
    list_file.write_text("\n".join(str(path) for path in files) + "\n", encoding="utf-8")
    try:
        result = subprocess.run(
            [
                qt_tool("lupdate"),
                f"@{list_file}",
                "-ts",
                str(ts_file),
                *(["-no-obsolete"] if drop_obsolete else []),
                "-locations",
                "none",
                "-target-language",
                language,
                "-source-language",
                "en",
                "-tr-function-alias",
                TR_ALIASES,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        list_file.unlink(missing_ok=True)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def run_lrelease(ts_file: Path, qm_file: Path) -> str:
    result = subprocess.run(
        [qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm_file.is_file():
        raise RuntimeError(f"lrelease failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def count(ts_file: Path) -> Counts:
    root = ET.parse(ts_file).getroot()
    messages = unfinished = obsolete = 0
    missing: list[str] = []
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            obsolete += 1
            continue
        messages += 1
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [form.text for form in forms] if forms else [getattr(translation, "text", "")]
        if kind == "unfinished" or not all(texts):
            unfinished += 1
            source = message.find("source")
            missing.append(source.text or "" if source is not None else "")
    return Counts(messages, unfinished, obsolete, tuple(missing))


def update(languages: tuple[str, ...] = TRANSLATED) -> dict[str, Counts]:
    """lupdate then lrelease for each language; the counts afterwards."""
    counts = {}
    for language in languages:
        ts_file = ts_path(language)
        ts_file.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts_file, language)
        run_lrelease(ts_file, qm_path(language))
        counts[language] = count(ts_file)
    return counts


def release(languages: tuple[str, ...] = TRANSLATED) -> dict[str, Counts]:
    """lrelease only: the .qm files from the .ts as they are (packaging/build.sh)."""
    for language in languages:
        run_lrelease(ts_path(language), qm_path(language))
    return {language: count(ts_path(language)) for language in languages}


USAGE = """usage: python -m endorse_desktop.i18n [update|release|check]
  update   lupdate the .ts files from the sources, lrelease the .qm files, count what is left
  release  lrelease the .qm files from the .ts files as they are
  check    count what is left to translate (exit status 1 if anything is)"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "update"
    commands = {"update": update, "release": release}
    if command not in (*commands, "check") or len(args) > 1:
        print(USAGE, file=sys.stderr)
        return 2
    if command in commands:
        results = commands[command]()
    else:
        results = {language: count(ts_path(language)) for language in TRANSLATED}
    worst = 0
    for language, counts in results.items():
        print(
            f"{language}: {counts.messages} messages, {counts.unfinished} unfinished, "
            f"{counts.obsolete} obsolete ({ts_path(language)})"
        )
        for source in counts.unfinished_sources[:20]:
            print(f"  to translate: {source!r}")
        if counts.unfinished > 20:
            print(f"  … and {counts.unfinished - 20} more")
        worst = max(worst, counts.unfinished + counts.obsolete)
    return 1 if worst else 0
