"""The group's values (SPEC F-3): what it stands for, how much each weighs, which are dealbreakers.

Changes commit at once and return what undo needs: `update_value` the value as it was,
`delete_value` the value together with its ratings (give it to `restore_value`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from endorse_desktop.core.bilingual import Said
from endorse_desktop.core.errors import InvalidInputError

from .names import clean_names, name_key
from .record_changes import (
    add_last,
    existing,
    record_or_none,
    refuse_if_taken,
    save_changes,
    trimmed,
)
from .store import Store, audit, records
from .store import ratings as ratings_repo
from .store import values as repo

MIN_WEIGHT, MAX_WEIGHT, DEFAULT_WEIGHT = 1, 5, 3


class GroupValueError(InvalidInputError):
    """A value change that cannot be made (one line, for the user)."""


_GONE = Said("this value no longer exists", "este valor ya no existe")


@dataclass(frozen=True)
class Value:
    title: str
    description: str = ""
    weight: int = DEFAULT_WEIGHT
    dealbreaker: bool = False
    position: int = 0
    id: int | None = None
    title_es: str = ""  # for documents and slides in Spanish; "" not written yet
    description_es: str = ""


@dataclass(frozen=True)
class DeletedValue:
    value: Value
    ratings: tuple[dict[str, Any], ...]
    dots: tuple[dict[str, Any], ...] = ()  # the dot vote's dots on it, if one is under way


def _from_row(row: Any) -> Value:
    data = dict(row)
    data["dealbreaker"] = bool(data["dealbreaker"])
    return Value(**data)


def _to_values(value: Value) -> dict[str, Any]:
    data = asdict(value)
    data["dealbreaker"] = int(value.dealbreaker)
    if value.id is None:
        data.pop("id")
    return data


def clean(value: Value) -> Value:
    """A title is a name (core/names.py): NFC, no invisible characters, single-spaced, at most
    200 characters, so look-alike titles are caught as the same title."""
    (title,) = clean_names(GroupValueError, (value.title, "a value's title"))
    cleaned = trimmed(value, "description", "title_es", "description_es", title=title)
    if not cleaned.title:
        raise GroupValueError("a value needs a title", es="un valor necesita un título")
    if not MIN_WEIGHT <= cleaned.weight <= MAX_WEIGHT:
        raise GroupValueError(
            f"weight must be from {MIN_WEIGHT} to {MAX_WEIGHT}",
            es=f"el peso debe ir de {MIN_WEIGHT} a {MAX_WEIGHT}",
        )
    return cleaned


def list_values(store: Store) -> list[Value]:
    return [_from_row(row) for row in repo.all_rows(store)]


def get_value(store: Store, value_id: int) -> Value | None:
    return record_or_none(_from_row, repo.by_id(store, value_id))


def find_value(store: Store, title: str) -> Value | None:
    """The value with that title, or one whose title is the same name (case, accents, spacing,
    NFC/NFD or invisible characters aside): "Affordable Housing" finds "affordable  housing"."""
    row = repo.by_title(store, title.strip())
    if row is not None:
        return _from_row(row)
    wanted = name_key(title)
    return next((value for value in list_values(store) if name_key(value.title) == wanted), None)


def _checked(store: Store, value: Value) -> Value:
    """Clean, and refuse a title another value already has."""
    cleaned = clean(value)
    taken = GroupValueError(
        f"there is already a value called {cleaned.title!r}",
        es=f"ya hay un valor llamado {cleaned.title!r}",
    )
    return refuse_if_taken(find_value(store, cleaned.title), cleaned, taken)


def _insert(store: Store, value: Value) -> int:
    return records.insert(store, repo.TABLE, repo.COLUMNS, _to_values(value))


def add_value(store: Store, value: Value) -> Value:
    return add_last(store, value, check=_checked, next_position=repo.next_position, insert=_insert)


def update_value(store: Store, value: Value) -> Value:
    """Save changes; returns the value as it was (for undo)."""

    def save(value_id: int, value: Value, _: Value) -> None:
        records.update(store, repo.TABLE, value_id, repo.COLUMNS, _to_values(value))

    checked = partial(_checked, store)
    return save_changes(store, value, get_value, GroupValueError(_GONE), clean=checked, save=save)


def delete_value(store: Store, value_id: int) -> DeletedValue:
    """Remove a value and its ratings; returns both so undo can put them back."""
    value = existing(get_value, store, value_id, GroupValueError(_GONE))
    ratings = tuple(dict(row) for row in repo.ratings_of(store, value_id))
    dots = tuple(dict(row) for row in repo.dots(store) if row["value_id"] == value_id)
    with store.transaction():
        repo.delete(store, value_id)
        audit.record(
            store,
            "group_values",
            value_id,
            "delete",
            old_value=value.title,
            reason=f"{len(ratings)} ratings removed with it" if ratings else "",
        )
    return DeletedValue(value, ratings, dots)


def restore_value(store: Store, deleted: DeletedValue) -> Value:
    """Undo of delete: the value back with its id, position and ratings."""
    with store.transaction():
        _insert(store, deleted.value)
        for rating in deleted.ratings:
            ratings_repo.insert_row(store, rating)
        for dot in deleted.dots:
            repo.insert_dot(store, dot)
        audit.record(
            store, "group_values", deleted.value.id, "restore", new_value=deleted.value.title
        )
    return deleted.value


def reorder_values(store: Store, ordered_ids: list[int]) -> list[int]:
    """Set the display order; returns the previous order (for undo)."""
    before = [value.id for value in list_values(store) if value.id is not None]
    if sorted(before) != sorted(ordered_ids):
        raise GroupValueError(
            "the list of values changed while reordering; try again",
            es="la lista de valores cambió mientras se reordenaba; inténtelo de nuevo",
        )
    with store.transaction():
        repo.set_positions(store, ordered_ids)
    return before


def set_weights(store: Store, weights: dict[int, int]) -> dict[int, int]:
    """Give several values new weights at once (a dot vote applied); returns the old weights."""
    before: dict[int, int] = {}
    for value_id, weight in weights.items():
        value = get_value(store, value_id)
        if value is None:
            raise GroupValueError(
                "a value changed while applying weights; try again",
                es="un valor cambió mientras se aplicaban los pesos; inténtelo de nuevo",
            )
        if not MIN_WEIGHT <= weight <= MAX_WEIGHT:
            raise GroupValueError(
                f"weight must be from {MIN_WEIGHT} to {MAX_WEIGHT}",
                es=f"el peso debe ir de {MIN_WEIGHT} a {MAX_WEIGHT}",
            )
        before[value_id] = value.weight
    with store.transaction():
        for value_id, weight in weights.items():
            repo.set_weight(store, value_id, weight)
    return before


# ----- dot vote ---------------------------------------------------------------------------------
# One row per dot, never linked to a member. The arithmetic that turns dots into weights is in
# dot_vote.py; these functions only record and count.


@dataclass(frozen=True)
class Dot:
    id: int
    value_id: int
    meeting_id: int | None
    created_at: str


def add_dot(store: Store, value_id: int, meeting_id: int | None = None) -> Dot:
    if get_value(store, value_id) is None:
        raise GroupValueError(_GONE)
    with store.transaction():
        dot_id = repo.add_dot(store, value_id, meeting_id)
    row = repo.latest_dot(store)
    assert row is not None and row["id"] == dot_id
    return Dot(**dict(row))


def remove_latest_dot(store: Store) -> Dot | None:
    """Take back the most recent dot (the facilitator pressed one too many); None if none."""
    row = repo.latest_dot(store)
    if row is None:
        return None
    remove_dot(store, row["id"])
    return Dot(**dict(row))


def remove_dot(store: Store, dot_id: int) -> None:
    dot = next((d for d in list_dots(store) if d.id == dot_id), None)
    if dot is None:
        return
    value = get_value(store, dot.value_id)
    with store.transaction():
        repo.remove_dot(store, dot_id)
        audit.record(
            store, "dot_votes", dot_id, "delete", old_value=value.title if value else dot.value_id
        )


def restore_dots(store: Store, dots: list[Dot] | tuple[Dot, ...]) -> None:
    with store.transaction():
        for dot in dots:
            repo.insert_dot(store, asdict(dot))
        if dots:
            audit.record(store, "dot_votes", None, "restore", new_value=f"{len(dots)} dots")


def list_dots(store: Store) -> list[Dot]:
    return [Dot(**dict(row)) for row in repo.dots(store)]


def dot_counts(store: Store) -> dict[int, int]:
    """value id → dots placed (values without dots are absent)."""
    return repo.dot_counts(store)


def clear_dots(store: Store) -> list[Dot]:
    """Start a new dot vote; returns the dots removed so undo can put them back."""
    removed = list_dots(store)
    with store.transaction():
        repo.clear_dots(store)
        if removed:
            audit.record(store, "dot_votes", None, "clear", old_value=f"{len(removed)} dots")
    return removed
