"""The Spanish catalog is complete and current: lupdate finds nothing new or gone, the shipped
.qm is what lrelease makes of the .ts, and every translation keeps its placeholders.

A new `tr()` text with no Spanish fails `test_lupdate_finds_nothing_untranslated_or_obsolete`:
run `python -m endorse_desktop.i18n update`, translate what it lists, run it again.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from endorse_desktop.i18n import TRANSLATED, qm_path, ts_path
from endorse_desktop.i18n.tools import count, run_lrelease, run_lupdate

PLACEHOLDER = re.compile(r"%(?:\d|n|s|d)|\{\w*\}")


def messages(ts_file: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) of every message."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            numerus = message.get("numerus") == "yes"
            found.append(
                (name, message.findtext("source") or "", forms or [translation.text or ""], numerus)
            )
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_lupdate_finds_nothing_untranslated_or_obsolete(tmp_path: Path, language: str) -> None:
    copy = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), copy)
    run_lupdate(copy, language, drop_obsolete=False)
    counts = count(copy)
    assert counts.messages > 1000  # lupdate really read the package
    assert counts.unfinished_sources == ()
    assert counts.obsolete == 0
    # and the committed file is exactly what the update command writes
    assert copy.read_text(encoding="utf-8") == ts_path(language).read_text(encoding="utf-8")


def test_lupdate_reports_a_new_string_as_unfinished(tmp_path: Path) -> None:
    """The check above can fail: a module with one new tr() text makes one unfinished message."""
    package = tmp_path / "package"
    shutil.copytree(Path(ts_path("es")).parents[2] / "endorse_desktop", package)
    (package / "new_words.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'WORDS = QCoreApplication.translate("NewWords", "A brand-new sentence")\n',
        encoding="utf-8",
    )
    copy = tmp_path / "endorse_es.ts"
    shutil.copy(ts_path("es"), copy)
    run_lupdate(copy, "es", package, drop_obsolete=False)
    assert count(copy).unfinished_sources == ("A brand-new sentence",)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / "fresh.qm"
    run_lrelease(ts_path(language), fresh)
    assert fresh.read_bytes() == qm_path(language).read_bytes()


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_one_mnemonic(language: str) -> None:
    broken = []
    for context, source, forms, numerus in messages(ts_path(language)):
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in forms:
            have = Counter(PLACEHOLDER.findall(text))
            if numerus:  # a singular form may spell the number out ("1 promesa" is fine too)
                wanted.pop("%n", None)
                have.pop("%n", None)
            # "&" before a space is a plain "and" in a sentence ("Candidates & Scorecards tab"),
            # never a mnemonic: the translation may say "y" instead.
            ampersands = [
                len(re.findall("&(?! )", s.replace("&&", ""))) - s.count("&amp;")
                for s in (source, text)
            ]
            edges = [(s[:1] == " ", s[-1:] == " ") for s in (source, text)]
            if have != wanted or ampersands[0] != ampersands[1] or edges[0] != edges[1]:
                broken.append((context, source, text))
    assert broken == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_texts_kept_in_constants_are_in_the_catalog(language: str) -> None:
    """`self.tr(label)` finds a translation only if lupdate saw the text somewhere
    (endorse_desktop/i18n/marked.py lists them): a new stage or status must be listed too."""
    from endorse_desktop.core.dot_vote import RULE_TEXT
    from endorse_desktop.core.races import STAGES
    from endorse_desktop.core.ratings import SOURCES
    from endorse_desktop.core.scoring import RATING_LABELS, UNKNOWN_LABEL
    from endorse_desktop.ui.meeting.dialogs import METHOD_CHOICES
    from endorse_desktop.ui.meeting.vote_controller import METHOD_WORDS
    from endorse_desktop.ui.members.roster_flow import CSV_FILTER
    from endorse_desktop.ui.scorecards.dialogs import SOURCE_TEXT, STATUS_TEXT
    from endorse_desktop.ui.shell.help import MEETING_GUIDE
    from endorse_desktop.ui.shell.restore_dialog import REASONS

    wanted = {
        *(stage.capitalize() for stage in STAGES),
        *RATING_LABELS.values(),
        UNKNOWN_LABEL,
        RULE_TEXT,
        *REASONS.values(),
        *(label for _, label in METHOD_CHOICES),
        *METHOD_WORDS.values(),
        *STATUS_TEXT.values(),
        *SOURCE_TEXT.values(),
        *(source for source in SOURCES if source),
        CSV_FILTER,
        MEETING_GUIDE,
    }
    sources = {source for _, source, _, _ in messages(ts_path(language))}
    assert wanted - sources == set()


def literal_tr_calls(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of every tr() call with a literal text, in the context the app looks
    it up in first: `self.tr` → the class, `QCoreApplication.translate(ctx, …)` → ctx, a bare
    `tr`/`_tr`/`_tr_n` → the empty context (where lupdate files it)."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                function, context, text = child.func, None, None
                if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
                    if function.attr == "tr" and function.value.id == "self":
                        context, text = owner, child.args[0]
                    elif (
                        function.attr == "translate"
                        and function.value.id == "QCoreApplication"
                        and len(child.args) > 1
                        and isinstance(child.args[0], ast.Constant)
                    ):
                        context, text = str(child.args[0].value), child.args[1]
                elif isinstance(function, ast.Name) and function.id in ("tr", "_tr", "_tr_n"):
                    context, text = "", child.args[0]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    assert context is not None
                    found.append((child.lineno, context, text.value))
            visit(child, owner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_literal_tr_call_is_in_the_catalog_under_its_context() -> None:
    """lupdate skips what it cannot parse (a tr() inside an f-string, say) without a word; each
    such text would stay English. Move the call out of the f-string."""
    catalog = {(context, source) for context, source, _, _ in messages(ts_path("es"))}
    package = Path(ts_path("es")).parents[2] / "endorse_desktop"
    missed = [
        f"{path.relative_to(package)}:{line}: {context or '(no context)'}: {text!r}"
        for path in sorted(package.rglob("*.py"))
        for line, context, text in literal_tr_calls(path)
        if (context, text) not in catalog
    ]
    assert missed == []
