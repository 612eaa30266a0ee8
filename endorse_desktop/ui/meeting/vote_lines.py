"""The lines under a live vote's bars, in words: what is needed under the rule, quorum, and any
warning (a problem with the count, an over-vote). The tally board and the wall say the same
lines, so they are made here once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from endorse_desktop.core.bilingual import in_code
from endorse_desktop.core.document_text import Language, texts
from endorse_desktop.core.voting.journal import LiveView
from endorse_desktop.ui.widgets.core_text import ui_code


def status_lines(view: LiveView, language: Language = Language.EN) -> list[tuple[str, bool]]:
    """(line, is_warning) under the bars: the rule, quorum, and any warning, in words. English
    (the projector's default) is the window's language; Spanish or both come from the printed
    documents' catalogs, a line in each language."""
    present = view.numbers.present
    items: list[tuple[str, dict[str, object], bool]] = []  # catalog field, its values, warning
    if view.problem:
        items.append(("problem", {"problem": view.problem}, True))
    elif view.needed is not None and view.base:
        words = {"needed": view.needed, "base": view.base, "base_words": view.base_words}
        items.append(("needed_line", {**words, "rule": view.rule_words}, False))
    else:
        items.append(("needed_none", {"rule": view.rule_words}, False))
    if view.quorum is not None:
        shown = present if present is not None or view.quorum_met else 0
        field = "quorum_met" if view.quorum_met else "no_quorum"
        items.append((field, {"quorum": view.quorum, "present": shown}, not view.quorum_met))
    if view.over_vote:
        items.append(("over_vote", {"problem": view.over_vote}, True))
    if language is Language.EN:
        code, templates = ui_code(), _window_templates()
        return [(_filled(templates[field], values, code), warn) for field, values, warn in items]
    return [
        (_filled(str(getattr(t, field, _PROBLEM)), values, t.code), warn)
        for field, values, warn in items
        for t in texts(language)
    ]


_PROBLEM = "⚠ {problem}"


def _filled(template: str, values: dict[str, object], code: str) -> str:
    # a core text (the rule's words, a warning) in the line's language; numbers as they are
    return template.format(**{name: in_code(value, code) for name, value in values.items()})


def _window_templates() -> dict[str, str]:
    """The lines in the window's language (.ts), as catalog-style templates."""
    # Spelled out: lupdate reads QCoreApplication.translate("VoteSlide", "…") calls only.
    translate = QCoreApplication.translate
    said = {
        "needed_line": (
            translate("VoteSlide", "Needed: %1 of %2 %3 (%4)"),
            "needed base base_words rule",
        ),
        "needed_none": (translate("VoteSlide", "Needed: %1 — no votes counted yet"), "rule"),
        "quorum_met": (translate("VoteSlide", "Quorum %1: met ✓ (%2 present)"), "quorum present"),
        "no_quorum": (
            translate("VoteSlide", "⚠ No quorum: %1 present, %2 needed"),
            "present quorum",
        ),
        "over_vote": (translate("VoteSlide", "⚠ Over-vote: %1"), "problem"),
    }
    templates = {"problem": _PROBLEM}
    for field, (text, names) in said.items():
        template = text
        for number, name in enumerate(names.split(), 1):
            template = template.replace(f"%{number}", "{" + name + "}")
        templates[field] = template
    return templates
