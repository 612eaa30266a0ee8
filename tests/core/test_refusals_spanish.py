"""Every refusal the core raises that a facilitator can see in the window has its Spanish.

The UI shows a refusal in the window's language (`ui/widgets/core_text.in_ui`), which falls back
to the English when no `es=` was written: a Spanish window would then show one English sentence
in the middle of Spanish. This walks the core's source for `raise SomeError(...)` of every
`EndorseError` class and fails, naming the file and line, for a raise with no Spanish.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import endorse_desktop.core
from endorse_desktop.core.bilingual import Said
from endorse_desktop.core.errors import EndorseError
from endorse_desktop.core.races import (
    Candidate,
    Race,
    RaceError,
    add_candidate,
    add_race,
    delete_race,
)
from endorse_desktop.core.store import Store

CORE = Path(endorse_desktop.core.__file__).parent

# Raises that can only mean a bug in the app (a caller broke an internal contract), never
# something a facilitator typed, chose or opened; they need no Spanish. Each entry:
# (file relative to core/, a piece of the message's source text) -> why.
BUG_ONLY: dict[tuple[str, str], str] = {
    ("members.py", "cannot update a member that was never saved"): (
        "update_member called with an unsaved Member: the forms save new members with add"
    ),
    ("store/database.py", "str(error)"): (
        "SQLite's own rule text (UNIQUE, CHECK, a trigger), handed to the service that caused it; "
        "the services refuse what a person can cause in their own words before SQLite sees it"
    ),
    ("voting/journal.py", "this vote is counted by "): (
        "a desk for one counting method asked to count another: the tab picks the desk by method"
    ),
    ("voting/rules.py", "round {number} must be a ChooseOneRound"): (
        "a Python caller built a record with a round that is not a ChooseOneRound (type contract)"
    ),
    ("voting/rules.py", "lot {number} must be a Lot"): (
        "a Python caller built a record with a lot that is not a Lot (type contract)"
    ),
    ("voting/tally.py", "event {event.id}"): (
        "the append-only ballot log replays an event the app itself wrote inconsistently"
    ),
}


def _refusal_classes() -> set[str]:
    for module in pkgutil.walk_packages([str(CORE)], "endorse_desktop.core."):
        importlib.import_module(module.name)
    found: set[str] = set()
    pending: list[type] = [EndorseError]
    while pending:
        cls = pending.pop()
        found.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    return found


def _called_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _source_of_message(call: ast.Call, source: str) -> str:
    return ast.get_source_segment(source, call.args[0]) or "" if call.args else ""


def _has_spanish(call: ast.Call, module: object) -> bool:
    if any(keyword.arg == "es" for keyword in call.keywords):
        return True
    if not call.args:
        return False
    # A `Said` message carries its own Spanish, whether made in place or kept in a constant.
    first = call.args[0]
    if isinstance(first, ast.Call):
        # Said(...) in place, or a helper that writes one (`-> Said`).
        helper = getattr(module, _called_name(first.func), None)
        return _called_name(first.func) == "Said" or (
            getattr(helper, "__annotations__", {}).get("return") == "Said"
        )
    return isinstance(first, ast.Name) and isinstance(getattr(module, first.id, None), Said)


def _unspoken_refusals() -> list[str]:
    classes = _refusal_classes()
    missing: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).as_posix()
        module = importlib.import_module(
            "endorse_desktop.core." + relative.removesuffix(".py").replace("/", ".")
        )
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            # Every refusal made, raised in place or built to be raised elsewhere.
            if not isinstance(node, ast.Call):
                continue
            call = node
            name = _called_name(call.func)
            # A module's own class of the same name (an OSError called DiskFullError) decides.
            raised = getattr(module, name, None)
            if isinstance(raised, type) and not issubclass(raised, EndorseError):
                continue
            if name not in classes or _has_spanish(call, module):
                continue
            words = _source_of_message(call, source)
            if any(relative == file and start in words for file, start in BUG_ONLY):
                continue
            missing.append(f"{relative}:{node.lineno} {_called_name(call.func)}: {words[:60]}")
    return missing


def test_every_visible_core_refusal_has_its_spanish() -> None:
    missing = _unspoken_refusals()
    assert not missing, "refusals with no es=:\n" + "\n".join(missing)


def test_the_bug_only_list_names_raises_that_exist() -> None:
    # An entry left behind after its raise was removed or reworded would silently excuse a
    # new refusal that happens to start with the same words.
    sources = {file: (CORE / file).read_text(encoding="utf-8") for file, _start in BUG_ONLY}
    for file, start in BUG_ONLY:
        assert start in sources[file], (file, start)


def test_what_still_uses_a_record_is_counted_in_the_refusals_language(store: Store) -> None:
    """ "Mayor still has 2 candidates": the counted things are said in Spanish too, one or
    several, never an English noun inside the Spanish sentence."""
    race = add_race(store, Race(office="Mayor", district="Riverton", election_date="2026-06-02"))
    assert race.id is not None
    add_candidate(store, Candidate(race.id, "Ana Núñez"))
    add_candidate(store, Candidate(race.id, "Bob Lee"))
    try:
        delete_race(store, race.id)
    except RaceError as error:
        assert "still has 2 candidates;" in str(error)
        assert "todavía tiene 2 candidatos;" in error.es
        assert "candidates" not in error.es
    else:
        raise AssertionError("a race with candidates was deleted")
