"""The shared file (SPEC F-4): values, races, candidates and ratings, passed between groups.

A neighbouring chapter, or next cycle's process, gets our scorecards as one JSON file and merges
them into theirs. Other tools may write the file too, so its shape is fixed and documented:

    {"format": "endorse-desktop/shared", "version": 1, "group": {"name": …},
     "values": [{"title", "description", "weight", "dealbreaker", "title_es", "description_es"}],
     "races": [{"office", "district", "election_date", "stage", "office_es",
                "candidates": [{"name", "party", "incumbent",
                                "ratings": {"<value title>": {"rating", "evidence", "source"}},
                                "result": {"outcome", "votes", "share", "decided_on", "source"}}]}]}

"result" (how the race came out for the candidate) is optional, so files from versions before
election results still import, and those versions ignore it: outcome is one of won, lost,
advanced_general, advanced_runoff, withdrew; share is the exact fraction of the votes cast as
text ("3904/6683", never a float).

Import merges by names: a value by its title, a race by office + district, a candidate by name
within the race (all ignoring case). What is new is added; a field the file gives replaces ours;
a field it leaves out stays as it is. The whole file is checked before anything is written, and
the merge is one transaction: a refused file changes nothing.

The Spanish texts ("title_es", "description_es", "office_es") are optional and written only when
the group has them: a file without them (an older one) imports as before and leaves ours alone,
and an older version of the app reading a newer file passes over them.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from endorse_desktop.core.bilingual import Said, in_code
from endorse_desktop.core.errors import InvalidInputError, cannot_read

from .names import name_key
from .private_files import private_text_file
from .races import (
    STAGES,
    Candidate,
    Race,
    add_candidate,
    add_race,
    candidates_by_name,
    list_candidates,
    list_races,
    update_candidate,
    update_race,
)
from .ratings import SOURCES, Rating, get_rating, ratings_for_race, set_rating
from .results import OUTCOMES, Result, get_result, set_result
from .settings import load_settings, save_settings, settings_or_default
from .store import Store
from .store import ratings as ratings_repo
from .store.backups import make_backup
from .values import MAX_WEIGHT, MIN_WEIGHT, Value, add_value, list_values, update_value

FORMAT = "endorse-desktop/shared"
VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_NAME_CHARS = 1_000  # titles, names, offices: generous, but a screen still has to show them
MAX_TEXT_CHARS = 100_000  # descriptions and evidence
DEFAULT_GROUP_NAME = "Shared group"


class SharedFileError(InvalidInputError):
    """A shared file that cannot be imported; one line saying where and what."""


# ----- what a file says -------------------------------------------------------------------------
# Each record keeps only the fields the file actually gives (`fields`), so that merging can tell
# "the file says the party is empty" from "the file says nothing about the party".


@dataclass(frozen=True)
class SharedValue:
    title: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SharedCandidate:
    name: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    ratings: tuple[tuple[str, Mapping[str, Any]], ...] = ()  # (value title, given fields)
    result: Mapping[str, Any] | None = None  # the race's outcome for them (optional part)


@dataclass(frozen=True)
class SharedRace:
    office: str
    district: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    candidates: tuple[SharedCandidate, ...] = ()


@dataclass(frozen=True)
class SharedData:
    group_name: str | None
    values: tuple[SharedValue, ...]
    races: tuple[SharedRace, ...]


_KINDS = ("value", "race", "candidate")  # the order a summary names them in


@dataclass
class ImportSummary:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    ratings_set: int = 0
    results_set: int = 0
    group_created: str | None = None

    def count(self, kind: str, what: str) -> None:
        table = self.added if kind == "added" else self.updated
        table[what] = table.get(what, 0) + 1

    def describe(self) -> str:
        """One line, e.g. "added 8 values, 3 races, 9 candidates; set 60 ratings"."""
        parts = []
        for verb, table in (("added", self.added), ("updated", self.updated)):
            listed = [_plural(n, what) for what, n in table.items() if n]
            if listed:
                parts.append(f"{verb} {', '.join(listed)}")
        if self.ratings_set:
            parts.append(f"set {_plural(self.ratings_set, 'rating')}")
        if self.results_set:
            parts.append(f"recorded {_plural(self.results_set, 'result')}")
        if self.group_created:
            parts.append(f"named the group {self.group_created!r}")
        return "; ".join(parts) if parts else "nothing new: everything in the file is already here"

    @property
    def changed_anything(self) -> bool:
        return bool(
            any(self.added.values()) or any(self.updated.values()) or self.ratings_set
        ) or bool(self.group_created)


def _plural(count: int, what: str) -> str:
    return f"{count} {what}" if count == 1 else f"{count} {what}s"


# ----- reading and checking ---------------------------------------------------------------------
def read_shared_file(path: Path | str) -> SharedData:
    """Read and check a shared file completely; nothing is written."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SharedFileError(
                f"{path.name} is too large for a shared file",
                es=f"{path.name} es demasiado grande para ser un archivo compartido",
            )
        raw = path.read_bytes()
    except OSError as error:
        raise cannot_read(SharedFileError, path.name, error) from error
    return parse_shared_bytes(raw, path.name)


def parse_shared_bytes(raw: bytes, name: str = "the file") -> SharedData:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SharedFileError(
            f"{name} is not UTF-8 text, so it is not a shared file",
            es=f"{name} no es texto UTF-8, así que no es un archivo compartido",
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise SharedFileError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})",
            es=(
                f"{name} no es JSON válido (línea {error.lineno}, columna {error.colno}: "
                f"{error.msg})"
            ),
        ) from None
    except RecursionError:
        raise SharedFileError(
            f"{name} is nested too deeply to be a shared file",
            es=f"{name} tiene demasiados niveles anidados para ser un archivo compartido",
        ) from None
    except ValueError as error:  # NaN/Infinity, or an integer too long to read
        raise SharedFileError(
            f"{name} is not valid JSON ({_one_line(error)})",
            es=f"{name} no es JSON válido ({_one_line(error)})",
        ) from None
    return parse_shared_document(document, name)


def _refuse_constant(constant: str) -> Any:
    raise ValueError(f"{constant} is not a number JSON allows")


def parse_shared_document(document: object, name: str = "the file") -> SharedData:
    if not isinstance(document, dict):
        raise SharedFileError(
            f"{name} is not a shared file (expected a JSON object)",
            es=f"{name} no es un archivo compartido (se esperaba un objeto JSON)",
        )
    found_format = document.get("format")
    if found_format != FORMAT:
        raise SharedFileError(
            f"{name} is not an Endorse Desktop shared file (its format is {found_format!r}, "
            f"expected {FORMAT!r})",
            es=(
                f"{name} no es un archivo compartido de Endorse Desktop (su "
                f"formato es {found_format!r}, se esperaba {FORMAT!r})"
            ),
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SharedFileError(
            f"{name}: version must be a whole number",
            es=f"{name}: la versión debe ser un número entero",
        )
    if version > VERSION:
        raise SharedFileError(
            f"{name} was written by a newer version (shared-file version {version}); "
            "update Endorse Desktop to import it",
            es=(
                f"{name} fue escrito por una versión más nueva (versión de archivo "
                f"compartido {version}); actualice Endorse Desktop para importarlo"
            ),
        )
    if version < 1:
        raise SharedFileError(
            f"{name}: unknown shared-file version {version}",
            es=f"{name}: versión de archivo compartido desconocida {version}",
        )
    reader = _Reader(name)
    group = reader.optional_object(document, "group", "group")
    group_name = reader.text(group, "name", "group.name", single_line=True) if group else None
    values = tuple(
        reader.value(item, f"values[{i}]")
        for i, item in enumerate(reader.optional_list(document, "values", "values"))
    )
    reader.unique([v.title for v in values], "values", "a value called")
    races = tuple(
        reader.race(item, f"races[{i}]")
        for i, item in enumerate(reader.optional_list(document, "races", "races"))
    )
    reader.unique(
        [_race_key(r.office, r.district) for r in races],
        "races",
        "the race",
        _race_title_of,
        key=str,  # already made of name keys
    )
    return SharedData(group_name or None, values, races)


def _race_key(office: str, district: str) -> str:
    """One race however its office and district are spelled (`names.name_key` of each)."""
    return f"{name_key(office)}\x1f{name_key(district)}"


def _race_title_of(key: str) -> str:
    office, district = key.split("\x1f")
    return f"{office} — {district}" if district else office


class _Reader:
    """Checks each part of a parsed file; errors name the place, e.g. `races[1].candidates[0]`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, problem: str) -> SharedFileError:
        """`problem` is a `Said` where its Spanish is written."""
        return SharedFileError(
            f"{self.name}: {where}: {problem}", es=f"{self.name}: {where}: {in_code(problem, 'es')}"
        )

    def mapping(self, item: object, where: str) -> dict[str, Any]:
        if not isinstance(item, dict):
            raise self.fail(where, Said("expected an object ({…})", "se esperaba un objeto ({…})"))
        return item

    def optional_object(self, parent: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        if parent.get(key) is None:
            return {}
        return self.mapping(parent[key], where)

    def optional_list(self, parent: dict[str, Any], key: str, where: str) -> list[Any]:
        item = parent.get(key)
        if item is None:
            return []
        if not isinstance(item, list):
            raise self.fail(where, Said("expected a list ([…])", "se esperaba una lista ([…])"))
        return item

    def text(
        self,
        parent: dict[str, Any],
        key: str,
        where: str,
        *,
        single_line: bool = False,
        required: bool = False,
    ) -> str | None:
        """The string at `key`, tidied; None when absent (an error when required)."""
        item = parent.get(key)
        if item is None:
            if required:
                raise self.fail(where, Said("is missing", "falta"))
            return None
        if not isinstance(item, str):
            raise self.fail(where, Said("must be text", "debe ser texto"))
        try:
            item.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(
                where,
                Said(
                    "contains characters that are not valid Unicode",
                    "contiene caracteres que no son Unicode válido",
                ),
            ) from None
        limit = MAX_NAME_CHARS if single_line else MAX_TEXT_CHARS
        if len(item) > limit:
            raise self.fail(
                where,
                Said(f"is longer than {limit:,} characters", f"tiene más de {limit:,} caracteres"),
            )
        cleaned = _tidy(item, single_line)
        if required and not cleaned:
            raise self.fail(where, Said("is empty", "está vacío"))
        return cleaned

    def boolean(self, parent: dict[str, Any], key: str, where: str) -> bool | None:
        item = parent.get(key)
        if item is None:
            return None
        if not isinstance(item, bool):
            raise self.fail(where, Said("must be true or false", "debe ser true o false"))
        return item

    def whole(
        self, parent: dict[str, Any], key: str, where: str, low: int, high: int
    ) -> int | None:
        item = parent.get(key)
        if item is None:
            return None
        if isinstance(item, bool) or not isinstance(item, int) or not low <= item <= high:
            raise self.fail(
                where,
                Said(
                    f"must be a whole number from {low} to {high}",
                    f"debe ser un número entero de {low} a {high}",
                ),
            )
        return item

    def choice(
        self, parent: dict[str, Any], key: str, where: str, choices: tuple[str, ...]
    ) -> str | None:
        item = self.text(parent, key, where, single_line=True)
        if item is not None and item.lower() not in choices:
            allowed = ", ".join(c for c in choices if c)
            raise self.fail(
                where, Said(f"{item!r} is not one of {allowed}", f"{item!r} no es uno de {allowed}")
            )
        return None if item is None else item.lower()

    def unique(
        self,
        keys: list[str],
        where: str,
        what: str,
        show: Callable[[str], str] = str,
        key: Callable[[str], str] = name_key,
    ) -> None:
        """Refuse two entries that are the same under `key` (`names.name_key`: look-alike twins,
        NFC/NFD or with a zero-width space, are one name)."""
        seen: set[str] = set()
        for item in keys:
            folded = key(item)
            if folded in seen:
                raise self.fail(
                    where,
                    Said(
                        f"{what} {show(item)!r} appears twice",
                        f"{what} {show(item)!r} aparece dos veces",
                    ),
                )
            seen.add(folded)

    # ----- records ---------------------------------------------------------------------------
    def value(self, item: object, where: str) -> SharedValue:
        record = self.mapping(item, where)
        title = self.text(record, "title", f"{where}.title", single_line=True, required=True)
        assert title is not None
        given = _given(
            description=self.text(record, "description", f"{where}.description"),
            weight=self.whole(record, "weight", f"{where}.weight", MIN_WEIGHT, MAX_WEIGHT),
            dealbreaker=self.boolean(record, "dealbreaker", f"{where}.dealbreaker"),
            title_es=self.text(record, "title_es", f"{where}.title_es", single_line=True),
            description_es=self.text(record, "description_es", f"{where}.description_es"),
        )
        return SharedValue(title, given)

    def race(self, item: object, where: str) -> SharedRace:
        record = self.mapping(item, where)
        office = self.text(record, "office", f"{where}.office", single_line=True, required=True)
        district = self.text(record, "district", f"{where}.district", single_line=True) or ""
        assert office is not None
        given: dict[str, Any] = {}
        if "election_date" in record:
            given["election_date"] = self.date(record, "election_date", f"{where}.election_date")
        given |= _given(
            stage=self.choice(record, "stage", f"{where}.stage", STAGES),
            office_es=self.text(record, "office_es", f"{where}.office_es", single_line=True),
        )
        candidates = tuple(
            self.candidate(entry, f"{where}.candidates[{i}]")
            for i, entry in enumerate(
                self.optional_list(record, "candidates", f"{where}.candidates")
            )
        )
        self.unique(
            [c.name for c in candidates], f"{where}.candidates", "a candidate called", key=name_key
        )
        return SharedRace(office, district, given, candidates)

    def date(self, parent: dict[str, Any], key: str, where: str) -> str | None:
        text = self.text(parent, key, where, single_line=True)
        if not text:
            return None
        try:
            if len(text) != 10:
                raise ValueError
            date.fromisoformat(text)
        except ValueError:
            raise self.fail(
                where,
                Said(
                    f"{text!r} should be a date like 2026-06-02",
                    f"{text!r} debe ser una fecha como 2026-06-02",
                ),
            ) from None
        return text

    def candidate(self, item: object, where: str) -> SharedCandidate:
        record = self.mapping(item, where)
        name = self.text(record, "name", f"{where}.name", single_line=True, required=True)
        assert name is not None
        given = _given(
            party=self.text(record, "party", f"{where}.party", single_line=True),
            incumbent=self.boolean(record, "incumbent", f"{where}.incumbent"),
        )
        ratings = self.optional_object(record, "ratings", f"{where}.ratings")
        cells = []
        for title, entry in ratings.items():
            place = f"{where}.ratings[{title!r}]"
            key = self.text({"t": title}, "t", place, single_line=True, required=True)
            assert key is not None
            cells.append((key, self.rating(entry, place)))
        self.unique([title for title, _ in cells], f"{where}.ratings", "the value")
        result = None
        if record.get("result") is not None:
            result = self.result(record["result"], f"{where}.result")
        return SharedCandidate(name, given, tuple(cells), result)

    def result(self, item: object, where: str) -> dict[str, Any]:
        record = self.mapping(item, where)
        outcome = self.choice(record, "outcome", f"{where}.outcome", OUTCOMES)
        if outcome is None:
            raise self.fail(f"{where}.outcome", Said("is missing", "falta"))
        given: dict[str, Any] = {"outcome": outcome}
        given["votes"] = self.whole(record, "votes", f"{where}.votes", 0, 10**12)
        share = self.text(record, "share", f"{where}.share", single_line=True)
        given["share"] = None
        if share:
            try:
                if len(share) > 60 or not share.replace("/", "").isdigit():
                    raise ValueError(share)
                given["share"] = Fraction(share)
            except (ValueError, ZeroDivisionError):
                given["share"] = -1
            if not 0 <= given["share"] <= 1:
                raise self.fail(
                    f"{where}.share",
                    Said(
                        f"{share!r} should be a fraction of the votes, like 3/5",
                        f"{share!r} debe ser una fracción de los votos, como 3/5",
                    ),
                )
        given["decided_on"] = self.date(record, "decided_on", f"{where}.decided_on")
        given["source"] = self.text(record, "source", f"{where}.source", single_line=True) or ""
        return given

    def rating(self, item: object, where: str) -> dict[str, Any]:
        record = self.mapping(item, where)
        given: dict[str, Any] = {}
        if "rating" in record:
            given["rating"] = self.whole(record, "rating", f"{where}.rating", 0, 4)
        return given | _given(
            evidence=self.text(record, "evidence", f"{where}.evidence"),
            source=self.choice(record, "source", f"{where}.source", SOURCES),
        )


def _given(**read: object) -> dict[str, Any]:
    """The fields a record of the file gives: one it leaves out (read as None) keeps ours."""
    return {name: value for name, value in read.items() if value is not None}


def _tidy(text: str, single_line: bool) -> str:
    """Control characters out (a one-line field gets a space for each); ends trimmed.

    Nothing else changes: a name is matched by its exact spelling (ignoring case), so tidying
    more (folding double spaces, say) would make the same person look new on the next import.
    """
    if single_line:
        return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).strip()
    kept = (ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return "".join(kept).strip()


def _one_line(error: BaseException, code: str = "en") -> str:
    return " ".join(in_code(error, code).split()) or type(error).__name__


# ----- merging into a group ---------------------------------------------------------------------
class _TrialRunDoneError(Exception):
    """Raised at the end of a trial merge so its transaction rolls back."""


def import_shared_file(store: Store, path: Path | str) -> str:
    """`endorse-desktop import FILE.json`: check the file, merge it; returns a one-line summary."""
    data = read_shared_file(path)
    return merge_shared_data(store, data).describe()


def merge_shared_data(store: Store, data: SharedData, *, dry_run: bool = False) -> ImportSummary:
    """Merge the file into the group in one transaction; with dry_run, report and roll back.

    A real merge into a group that already has values or races first takes a backup, since
    updated weights and ratings replace ours.
    """
    if not dry_run and (list_values(store) or list_races(store, include_archived=True)):
        make_backup(store, reason="before-import")
    summary = ImportSummary()
    try:
        with store.transaction():
            _merge(store, data, summary)
            if dry_run:
                raise _TrialRunDoneError
    except _TrialRunDoneError:
        pass
    except SharedFileError:
        raise
    except (ValueError, sqlite3.IntegrityError) as error:
        raise SharedFileError(
            f"cannot import: {_one_line(error)}",
            es=f"no se puede importar: {_one_line(error, 'es')}",
        ) from error
    return summary


def _merge(store: Store, data: SharedData, summary: ImportSummary) -> None:
    if load_settings(store) is None:
        # A new file: without a group the app would open on the welcome page and hide the data.
        name = data.group_name or DEFAULT_GROUP_NAME
        save_settings(store, replace(settings_or_default(store), name=name))
        summary.group_created = name
    values = _merge_values(store, data.values, summary)
    existing_races = {_race_key(r.office, r.district): r for r in _all_races(store)}
    for index, shared in enumerate(data.races):
        where = f"races[{index}]"
        key = _race_key(shared.office, shared.district)
        race = existing_races.get(key)
        race = _add_or_update(
            race,
            Race(shared.office, shared.district, **shared.fields),
            partial(add_race, store),
            partial(update_race, store),
            shared.fields,
            summary=summary,
            what="race",
            where=where,
        )
        assert race.id is not None
        _merge_candidates(
            store, race.id, shared_race=shared, values=values, where=where, summary=summary
        )


_Merged = TypeVar("_Merged", Race, Candidate, Value)  # what a shared file adds or updates


def _add_or_update(
    ours: _Merged | None,
    new: _Merged,
    add: Callable[[_Merged], _Merged],
    update: Callable[[_Merged], object],
    fields: Mapping[str, Any],
    *,
    summary: ImportSummary,
    what: str,
    where: str,
) -> _Merged:
    """One record of the file merged into ours: `new` added when we have none, else ours given
    the file's fields (counted only when that changes something). A refusal says where in the
    file."""
    try:
        if ours is None:
            added = add(new)
            summary.count("added", what)
            return added
        changed = replace(ours, **fields)
        if changed != ours:
            update(changed)
            summary.count("updated", what)
        return changed
    except ValueError as error:
        raise SharedFileError(
            f"{where}: {_one_line(error)}", es=f"{where}: {_one_line(error, 'es')}"
        ) from error


def _all_races(store: Store) -> list[Race]:
    return list_races(store, include_archived=True)


def _merge_values(
    store: Store, shared_values: tuple[SharedValue, ...], summary: ImportSummary
) -> dict[str, Value]:
    """Add and update values; returns every value of the group by `name_key` of its title."""
    ours = list_values(store)
    exact = {value.title: value for value in ours}
    folded = {name_key(value.title): value for value in ours}
    for index, shared in enumerate(shared_values):
        value = exact.get(shared.title) or folded.get(name_key(shared.title))
        value = _add_or_update(
            value,
            Value(shared.title, **shared.fields),
            partial(add_value, store),
            partial(update_value, store),
            shared.fields,
            summary=summary,
            what="value",
            where=f"values[{index}]",
        )
        exact[value.title] = value
        folded[name_key(value.title)] = value
    return {title: value for title, value in folded.items()}


def _merge_candidates(
    store: Store,
    race_id: int,
    *,
    shared_race: SharedRace,
    values: dict[str, Value],
    where: str,
    summary: ImportSummary,
) -> None:
    # Read the race once and keep the map current: one lookup per candidate, so the import is
    # linear in the file (re-reading the race per candidate took 119 s for 4,000).
    ours = candidates_by_name(store, race_id)
    position = max((c.position for c in ours.values()), default=-1) + 1
    cells = ratings_for_race(store, race_id)
    for index, shared in enumerate(shared_race.candidates):
        place = f"{where}.candidates[{index}]"
        candidate = ours.get(name_key(shared.name))
        added = candidate is None
        candidate = _add_or_update(
            candidate,
            Candidate(race_id, shared.name, **shared.fields),
            partial(add_candidate, store, taken=ours, position=position),
            partial(update_candidate, store, taken=ours),
            shared.fields,
            summary=summary,
            what="candidate",
            where=place,
        )
        if added:
            position += 1
        assert candidate.id is not None
        ours[name_key(candidate.name)] = candidate
        for title, given in shared.ratings:
            value = values.get(name_key(title))
            if value is None or value.id is None:
                raise SharedFileError(
                    f"{place}.ratings: there is no value called {title!r} in the file or the group",
                    es=(
                        f"{place}.ratings: no hay ningún valor llamado {title!r} en "
                        "el archivo ni en el grupo"
                    ),
                )
            if added:
                # A candidate added just now has no cells yet, and the reader has checked the
                # rating and source: write the cell straight away (8,000 cells, one query each).
                cell = {"rating": None, "evidence": "", "source": "", **given}
                if cell["rating"] is not None or cell["evidence"] or cell["source"]:
                    ratings_repo.upsert(
                        store, {"candidate_id": candidate.id, "value_id": value.id, **cell}
                    )
                    summary.ratings_set += 1
                continue
            before = cells.get((candidate.id, value.id)) or get_rating(
                store, candidate.id, value.id
            )
            after = replace(before, **given)
            if after == before:
                continue
            try:
                set_rating(store, after)
            except ValueError as error:
                raise SharedFileError(
                    f"{place}.ratings[{title!r}]: {_one_line(error)}",
                    es=f"{place}.ratings[{title!r}]: {_one_line(error, 'es')}",
                ) from error
            summary.ratings_set += 1
        if shared.result is not None:
            set_result(store, Result(candidate.id, **shared.result))
            summary.results_set += 1


# ----- writing ----------------------------------------------------------------------------------
def shared_document(store: Store) -> dict[str, Any]:
    """The group's values and its current races, candidates, ratings and results in the shared
    shape."""

    values = list_values(store)
    title_of = {value.id: value.title for value in values}
    races = []
    for race in list_races(store):
        assert race.id is not None
        cells = ratings_for_race(store, race.id)
        candidates = []
        for candidate in list_candidates(store, race.id):
            ratings = {}
            for value in values:
                cell = cells.get((candidate.id or 0, value.id or 0))
                if cell is not None and not cell.is_empty:
                    ratings[title_of[value.id]] = _rating_entry(cell)
            entry: dict[str, Any] = {
                "name": candidate.name,
                "party": candidate.party,
                "incumbent": candidate.incumbent,
                "ratings": ratings,
            }
            result = get_result(store, candidate.id or 0)
            if result is not None:
                entry["result"] = {
                    "outcome": result.outcome,
                    "votes": result.votes,
                    "share": None if result.share is None else str(result.share),
                    "decided_on": result.decided_on,
                    "source": result.source,
                }
            candidates.append(entry)
        races.append(
            {
                "office": race.office,
                "district": race.district,
                "election_date": race.election_date,
                "stage": race.stage,
                **({"office_es": race.office_es} if race.office_es else {}),
                "candidates": candidates,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "group": {"name": settings_or_default(store).name},
        "values": [
            {
                "title": value.title,
                "description": value.description,
                "weight": value.weight,
                "dealbreaker": value.dealbreaker,
                **({"title_es": value.title_es} if value.title_es else {}),
                **({"description_es": value.description_es} if value.description_es else {}),
            }
            for value in values
        ],
        "races": races,
    }


def _rating_entry(cell: Rating) -> dict[str, Any]:
    return {"rating": cell.rating, "evidence": cell.evidence, "source": cell.source}


def write_shared_file(store: Store, path: Path) -> Path:
    """Write the shared file (UTF-8, readable JSON); the old file is replaced only when done."""
    text = json.dumps(shared_document(store), ensure_ascii=False, indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    with private_text_file(path, encoding="utf-8") as handle:  # owner-only, whole or nothing
        handle.write(text)
    return path
