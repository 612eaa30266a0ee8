"""The shapes every stored record's services share, written once: a change to a record that
must still be there (returning it as it was, for undo), and a deletion refused while other
records use it (the message says which, so the user knows to archive instead)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, TypeVar

from .errors import EndorseError

if TYPE_CHECKING:
    from .store import Store


class Record(Protocol):
    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=Record)


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


def refuse_if_used(usage: Mapping[str, int], refusal: Callable[[str], EndorseError]) -> None:
    """Raise `refusal("2 candidates, 1 vote")` while other records still use this one."""
    what = ", ".join(f"{n} {name}" for name, n in usage.items() if n)
    if what:
        raise refusal(what)
