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

# The lines of the views said last. One key's view is said by the tally's status line and the
# wall, and compared with the next key's on the wall: each is worked out once per view (the same
# object: a view is new whenever a number in it is), language and window language.
_SAID: dict[tuple[int, Language], tuple[LiveView, tuple[str, str], list[tuple[str, bool]]]] = {}
_MEMO_SIZE = 8  # a key needs the last two views, in each language shown


def status_lines(view: LiveView, language: Language = Language.EN) -> list[tuple[str, bool]]:
    """(line, is_warning) under the bars: the rule, quorum, and any warning, in words. English
    (the projector's default) is the window's language; Spanish or both come from the printed
    documents' catalogs, a line in each language."""
    stamp = _window_words()  # the window's language changed: the lines are said anew
    memo = _SAID.get((id(view), language))
    if memo is not None and memo[0] is view and memo[1] == stamp:
        return list(memo[2])
    lines = _status_lines(view, language, stamp)
    if len(_SAID) >= _MEMO_SIZE:
        _SAID.clear()
    _SAID[(id(view), language)] = (view, stamp, lines)
    return list(lines)


def _status_lines(
    view: LiveView, language: Language, stamp: tuple[str, str]
) -> list[tuple[str, bool]]:
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
        code, templates = stamp[0], _window_templates(stamp)
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


def _window_words() -> tuple[str, str]:
    """What the window's lines depend on: its language code and one of its translated lines
    (another translator installed says it differently)."""
    return ui_code(), QCoreApplication.translate("VoteSlide", "Needed: %1 of %2 %3 (%4)")


_TEMPLATES: dict[tuple[str, str], dict[str, str]] = {}


def _window_templates(stamp: tuple[str, str]) -> dict[str, str]:
    """The lines in the window's language (.ts), as catalog-style templates: made once per
    window language, not for every line of every key."""
    templates = _TEMPLATES.get(stamp)
    if templates is None:
        if len(_TEMPLATES) >= _MEMO_SIZE:
            _TEMPLATES.clear()
        templates = _TEMPLATES[stamp] = _translated_templates()
    return templates


def _translated_templates() -> dict[str, str]:
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
