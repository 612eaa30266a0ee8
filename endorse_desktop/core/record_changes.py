"""The shapes every stored record's services share, written once: a change to a record that
must still be there (returning it as it was, for undo), and a deletion refused while other
records use it (the message says which, so the user knows to archive instead)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from .bilingual import Said
from .errors import EndorseError
from .store import audit

if TYPE_CHECKING:
    from .store import Store


class Record(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Any]]  # records are dataclasses (for replace())

    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=Record)


def from_row(make: Callable[..., R], row: Any, **convert: Callable[[Any], Any]) -> R:
    """A record from a stored row, with the columns named in `convert` turned back into their
    types (`category=ActivityCategory`, `archived=bool`)."""
    data = dict(row)
    for name, to_type in convert.items():
        data[name] = to_type(data[name])
    return make(**data)


def row_values(record: Record, **convert: Callable[[Any], Any]) -> dict[str, Any]:
    """A record's columns for the store (`archived=int`); no "id" while it has none yet."""
    data = asdict(record)
    for name, to_column in convert.items():
        data[name] = to_column(data[name])
    if data["id"] is None:
        data.pop("id")
    return data


def trimmed(record: R, *texts: str, **changes: Any) -> R:
    """`record` with the text fields named in `texts` trimmed of the spaces people type or paste
    around them, and `changes` made."""
    return replace(record, **{name: getattr(record, name).strip() for name in texts}, **changes)


def record_or_none(make: Callable[[Any], R], row: object | None) -> R | None:
    """The record a stored row makes, or None when no row was found."""
    return None if row is None else make(row)


def existing(
    get: Callable[[Store, int], R | None],
    store: Store,
    record_id: int | None,
    missing: EndorseError,
) -> R:
    """The record with `record_id`, or `missing` raised when it is gone (deleted meanwhile)."""
    found = None if record_id is None else get(store, record_id)
    if found is None:
        raise missing
    return found


def add_last(
    store: Store,
    record: R,
    *,
    check: Callable[[Store, R], R],
    next_position: Callable[[Store], int],
    insert: Callable[[Store, R], int],
) -> R:
    """Check and store a new record, last in its list; returns it with its position and id."""
    cleaned = check(store, record)
    with store.transaction():
        placed = replace(cleaned, position=next_position(store))
        new_id = insert(store, placed)
    return replace(placed, id=new_id)


def save_changes(
    store: Store,
    record: R,
    get: Callable[[Store, int], R | None],
    missing: EndorseError,
    *,
    clean: Callable[[R], R],
    save: Callable[[int, R, R], object],
) -> R:
    """Check and save `record` (a changed copy of a stored one) in one transaction: `save(id,
    cleaned, before)`. Returns the record as it was, which is what undo saves back."""
    record_id = record.id
    before = existing(get, store, record_id, missing)
    cleaned = clean(record)
    assert record_id is not None  # existing() found it
    with store.transaction():
        save(record_id, cleaned, before)
    return before


def deleted_and_logged(
    store: Store, entity: str, record: R, words: str, delete: Callable[[], object]
) -> R:
    """Remove `record` and log its removal under `words` (its name, never contact details) in
    one transaction, both or neither; returns it, which is what undo puts back."""
    with store.transaction():
        delete()
        audit.record(store, entity, record.id, "delete", old_value=words)
    return record


def restored_and_logged(
    store: Store, entity: str, record: R, words: str, insert: Callable[[], object]
) -> R:
    """Undo of a deletion: put `record` back under its old id and log it, both or neither."""
    with store.transaction():
        insert()
        audit.record(store, entity, record.id, "restore", new_value=words)
    return record


def refuse_if_taken(holder: Record | None, record: R, refusal: EndorseError) -> R:
    """Raise `refusal` when the name `record` asks for is held by another record (`holder`);
    returns `record` when the name is free."""
    if holder is not None and holder.id != record.id:
        raise refusal
    return record


def refuse_unless_one_of(
    value: object, choices: Sequence[str], what: str, refusal: type[EndorseError]
) -> None:
    """Refuse a `what` (a stage, a status, a source) that is none of `choices`; the message lists
    them, all but the empty one ("not given" is no word to type)."""
    if value not in choices:
        raise refusal(f"{what} must be one of {', '.join(c for c in choices if c)}")


# What a store's usage count names (`store.races.race_usage`, …), one and several, in English
# and Spanish: a refusal says "2 candidates, 1 vote" in the window's language.
_USES = {
    "candidates": (("candidate", "candidates"), ("candidato", "candidatos")),
    "votes": (("vote", "votes"), ("votación", "votaciones")),
    "ratings": (("rating", "ratings"), ("calificación", "calificaciones")),
    "endorsements": (("endorsement", "endorsements"), ("respaldo", "respaldos")),
    "goals": (("goal", "goals"), ("meta", "metas")),
    "pledges": (("pledge", "pledges"), ("promesa", "promesas")),
}


def refuse_if_used(usage: Mapping[str, int], refusal: Callable[[Said], EndorseError]) -> None:
    """Raise `refusal(Said("2 candidates, 1 vote", "2 candidatos, 1 votación"))` while other
    records still use this one."""
    used = [(name, n) for name, n in usage.items() if n]
    if used:
        english, spanish = (
            ", ".join(f"{n} {_USES[name][language][n != 1]}" for name, n in used)
            for language in (0, 1)
        )
        raise refusal(Said(english, spanish))
