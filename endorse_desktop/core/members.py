"""The members roster (SPEC F-2): who belongs to the group and who may vote.

Every change is committed when it is made. Functions return what the UI needs to undo them:
`update_member` returns the member as it was, `delete_member` the member that was removed (give it
back to `restore_member`).
"""

from __future__ import annotations

import operator
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from itertools import repeat
from typing import Any, NamedTuple, TypeVar

from endorse_desktop.core.errors import InvalidInputError

from .names import clean_names, joined_name_keys, name_keys, sort_key
from .record_changes import record_or_none, trimmed
from .store import Store, audit, table_pages
from .store import members as repo

ELIGIBILITY_REASONS = ("dues", "attendance", "waiting period", "other")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_Item = TypeVar("_Item")
_Done = TypeVar("_Done")
_LogEntry = tuple[str, int, str]  # an audit log entry's entity, entity id and action


class MemberError(InvalidInputError):
    """A member change that cannot be made; the message says why, in one line."""


@dataclass(frozen=True, slots=True)  # slots: tabs keep the whole roster (5,000, SPEC P-6)
class Member:
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str = ""
    postal_code: str = ""
    eligible: bool = True
    eligibility_reason: str = ""
    joined_on: str | None = None
    notes: str = ""
    archived: bool = False
    id: int | None = None

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or (self.email or "")

    @property
    def sort_name(self) -> tuple[str, str, str, str]:
        """Last name then first, accent-blind: Élodie Hernández sorts with the H's."""
        return sort_key(self.first_name, self.last_name)


def normalise_email(email: str | None) -> str | None:
    cleaned = (email or "").strip()
    return cleaned or None


def email_key(email: str | None) -> str | None:
    """Members are the same person when their emails match ignoring case."""
    cleaned = normalise_email(email)
    return cleaned.lower() if cleaned else None


def is_valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email))


_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text: str | None) -> str | None:
    """A date as typed or exported (2026-03-14, 2026-03-14 18:02:00, 3/14/2026) → "2026-03-14".

    Slashed dates are read month first, as the US organizing tools write them. Raises
    MemberError for anything that is not a real calendar date.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    try:
        us = _US_DATE.fullmatch(cleaned.split(" ")[0])
        if us:
            month, day, year = (int(part) for part in us.groups())
            return date(year, month, day).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T].*)?", cleaned):
            return date.fromisoformat(cleaned[:10]).isoformat()
    except ValueError:
        pass
    raise MemberError(
        f"{cleaned!r} is not a date (write it like 2026-03-14)",
        es=f"{cleaned!r} no es una fecha (escríbala como 2026-03-14)",
    )


def clean(member: Member) -> Member:
    """Trim what people type or paste, and check the member can be stored.

    Messages never quote an email or phone number: they can end up in logs and terminals.
    """
    first, last = clean_names(
        MemberError, (member.first_name, "the first name"), (member.last_name, "the last name")
    )
    cleaned = trimmed(
        member,
        "phone",
        "postal_code",
        "notes",
        first_name=first,
        last_name=last,
        email=normalise_email(member.email),
        eligibility_reason="" if member.eligible else member.eligibility_reason.strip(),
        joined_on=parse_date(member.joined_on),
    )
    if not (cleaned.first_name or cleaned.last_name or cleaned.email):
        raise MemberError(
            "a member needs a name or an email",
            es="un miembro necesita un nombre o un correo electrónico",
        )
    if cleaned.email and not is_valid_email(cleaned.email):
        raise MemberError(
            "the email address is not valid (it should look like ana@example.org)",
            es="el correo electrónico no es válido (debe verse como ana@example.org)",
        )
    return cleaned


def _from_row(row: Any) -> Member:
    # Positional, in repo.COLUMNS order: this runs for every member each time the roster is
    # listed, and building from a dict was a third of the time at 5,000 members.
    (
        member_id,
        first_name,
        last_name,
        email,
        phone,
        postal_code,
        eligible,
        eligibility_reason,
        joined_on,
        notes,
        archived,
    ) = row
    return Member(
        first_name,
        last_name,
        email,
        phone,
        postal_code,
        bool(eligible),
        eligibility_reason,
        joined_on,
        notes,
        bool(archived),
        member_id,
    )


def _to_values(member: Member) -> dict[str, Any]:
    # Not dataclasses.asdict(): it deep-copies every field, which made a 5,000-row import slow.
    values: dict[str, Any] = {name: getattr(member, name) for name in repo.COLUMNS}
    values["eligible"] = int(member.eligible)
    values["archived"] = int(member.archived)
    if member.id is None:
        values.pop("id")
    return values


def list_members(store: Store) -> list[Member]:
    return [_from_row(row) for row in repo.all_rows(store)]


def get_member(store: Store, member_id: int) -> Member | None:
    return record_or_none(_from_row, repo.by_id(store, member_id))


def find_by_email(store: Store, email: str) -> Member | None:
    return record_or_none(_from_row, repo.by_email(store, email))


def _check_email_free(store: Store, member: Member) -> None:
    if member.email:
        other = find_by_email(store, member.email)
        if other is not None and other.id != member.id:
            raise MemberError(
                f"this email already belongs to {other.display_name}",
                es=f"este correo electrónico ya pertenece a {other.display_name}",
            )


def validate_member(store: Store, member: Member) -> Member:
    """The member as it would be saved, or MemberError saying why it cannot be (writes nothing).

    Dialogs call this before accepting, so that the change they then make cannot fail."""
    member = clean(member)
    _check_email_free(store, member)
    return member


def _each_in_one_transaction(
    store: Store, items: Iterable[_Item], change: Callable[[_Item], _Done]
) -> list[_Done]:
    """`change` each item in one transaction (all or none); returns what each change gave."""
    with store.transaction():
        return [change(item) for item in items]


def add_member(store: Store, member: Member) -> Member:
    return add_members(store, [member])[0]


def add_members(store: Store, members: Iterable[Member]) -> list[Member]:
    """Add several members in one transaction (all or none); returns them with their ids."""

    def add(member: Member) -> Member:
        valid = validate_member(store, member)
        return replace(valid, id=repo.insert(store, _to_values(valid)))

    return _each_in_one_transaction(store, members, add)


def update_member(store: Store, member: Member) -> Member:
    """Save changes to an existing member; returns the member as it was before."""
    return update_members(store, [member])[0]


def update_members(store: Store, members: Iterable[Member]) -> list[Member]:
    """Save several members in one transaction (archive a selection, undo an edit); returns
    them as they were before, in the same order."""

    def update(member: Member) -> Member:
        if member.id is None:
            raise MemberError("cannot update a member that was never saved")
        before = get_member(store, member.id)
        if before is None:
            raise MemberError("this member no longer exists", es="este miembro ya no existe")
        repo.update(store, member.id, _to_values(validate_member(store, member)))
        return before

    return _each_in_one_transaction(store, members, update)


def check_can_delete(store: Store, member_id: int) -> Member:
    """The member, if deleting them loses nothing the group recorded; else MemberError."""
    member = get_member(store, member_id)
    if member is None:
        raise MemberError("this member no longer exists", es="este miembro ya no existe")
    used = {name: n for name, n in repo.references(store, member_id).items() if n}
    if used:
        what = ", ".join(f"{n} {name}" for name, n in used.items())
        raise MemberError(
            f"{member.display_name} is part of the group's records ({what}); "
            "archive them instead of deleting",
            es=(
                f"{member.display_name} forma parte de los registros del grupo ({what}); archívelo "
                "en lugar de eliminarlo"
            ),
        )
    return member


def delete_member(store: Store, member_id: int) -> Member:
    """Remove a member who has no attendance, pledges or recusals; returns them for undo."""
    return delete_members(store, [member_id])[0]


def delete_members(store: Store, member_ids: Iterable[int]) -> list[Member]:
    """Remove several members in one transaction (all or none); returns them for undo."""

    def delete(member_id: int) -> Member:
        member = check_can_delete(store, member_id)
        repo.delete(store, member_id)
        # the name only: contact details never go into the log
        audit.record(store, "members", member_id, "delete", old_value=member.display_name)
        return member

    return _each_in_one_transaction(store, member_ids, delete)


def restore_member(store: Store, member: Member) -> Member:
    """Put back a deleted member with the same id (undo of delete)."""
    return restore_members(store, [member])[0]


def restore_members(store: Store, members: Iterable[Member]) -> list[Member]:
    def restore(member: Member) -> Member:
        _check_email_free(store, member)
        repo.insert(store, _to_values(member))
        # the log says the deletion was taken back (undo), again by name only
        audit.record(store, "members", member.id, "restore", new_value=member.display_name)
        return member

    return _each_in_one_transaction(store, members, restore)


def count_members(store: Store) -> int:
    return repo.count(store)


def take_back_logged(
    store: Store, member_id: int, take_back: Callable[[], object], *, logged_as: _LogEntry
) -> None:
    """Take back something a member did at a meeting (a check-in, a recusal) and log it in the
    same transaction, by the member's name only (their id if they have left the roster);
    `logged_as` is the log's (entity, entity id, action)."""
    member = get_member(store, member_id)
    with store.transaction():
        take_back()
        audit.record(store, *logged_as, old_value=member.display_name if member else member_id)


# ----- the roster as a table reads it, a page at a time (SPEC P-5) -------------------------------
# The roster table's columns, in order: what `RosterPages.sort_keys` sorts each by.
ROSTER_COLUMNS = ("name", "email", "phone", "postal_code", "eligible", "joined_on", "notes")
_SEARCHED = (
    "first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || phone || ' ' || "
    "postal_code || ' ' || eligibility_reason || ' ' || notes"
)


_APART = "\x00"  # between the names of the roster's texts (SQLite's group_concat)


class _RosterText(NamedTuple):
    ids: list[int]
    lasts: str  # names, NULs between
    firsts: str


def ids_in_name_order(store: Store) -> list[int]:
    """Every member's id in the roster's one name order (`Member.sort_name`: by last name, then
    first, accent-blind, "Élodie Hernández" before "Grace Hernández"), made in bulk as the Members
    table makes it; the pledges table and the commitment lists follow it too."""
    roster = RosterPages(store)
    keys = roster.sort_keys(ROSTER_COLUMNS.index("name"))
    return [member_id for _, member_id in sorted(zip(keys, roster.ids(), strict=True))]


_HEAD_LETTERS = "bcdef"


def name_order_head(
    store: Store, enough: Callable[[list[int]], bool], stored_ties: bool = False
) -> list[int] | None:
    """The start of `ids_in_name_order` without folding every name: the members whose last
    name's key sorts before "b" (a few hundred of 5,000), then before "c", and so on until
    `enough` says the start found is enough. None if it is not by "f" (the whole order is then
    the quicker way). Members whose names fold alike come by id, or, `stored_ties`, as their
    names are stored (in the name index's order, as the Members table sorts them)."""
    for letter in _HEAD_LETTERS:
        rows = table_pages.members_named_before(store, letter)
        if not rows:
            continue
        ids, lasts, firsts = zip(*rows, strict=True)
        keyed = sorted(
            (last_key, first_key, last.casefold(), first.casefold(), *stored, member_id)
            for last_key, first_key, last, first, member_id, stored in zip(
                name_keys(lasts),
                name_keys(firsts),
                lasts,
                firsts,
                ids,
                zip(lasts, firsts, strict=True) if stored_ties else repeat(()),
                strict=False,  # (`repeat` has no end)
            )
            # every member whose last name's key sorts before the letter, and only those
            if last_key < letter
        )
        head = [key[-1] for key in keyed]
        if enough(head):
            return head
    return None


class LazyIds(AbstractSet[int]):
    """A set of ids read the first time something looks into it: a filter a table may never
    need whole (it opens on the rows the set allows, read a page at a time)."""

    def __init__(self, read: Callable[[], set[int]]) -> None:
        self._read = read
        self._ids: set[int] | None = None

    def whole(self) -> set[int]:
        if self._ids is None:
            self._ids = self._read()
        return self._ids

    def __contains__(self, member_id: object) -> bool:
        return member_id in self.whole()

    def __iter__(self) -> Iterator[int]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())


class RosterPages:
    """Every member, in roster order, for a table that reads only the rows it shows: each
    column's sort keys and the search texts are read for the whole roster in one query and made
    in bulk (the same order as `Member.sort_name`, the same words as the search box looks
    through), the members themselves only a page at a time."""

    # The view the Members table opens on (`view_ids_between`): sorted by name, current members.
    view_column = ROSTER_COLUMNS.index("name")

    def __init__(self, store: Store) -> None:
        self.store = store
        self._read: _RosterText | None = None
        self._flags: tuple[set[int], set[int]] | None = None  # archived, not eligible
        self._current = LazyIds(self._current_members)
        self._head_rows_at_most = sys.maxsize  # rows `view_ids_between` may yet find

    # ----- the view a table opens on, read without every name --------------------------------
    def current_ids(self) -> LazyIds:
        """The ids of the members not archived (read when first looked into)."""
        return self._current

    def _current_members(self) -> set[int]:
        # the very ints of `ids()`: a table tests every one of them against this set, and
        # equal ints that are not the same object take twice as long to find
        return set(self.ids()) - self._archived_and_not_eligible()[0]

    def is_view_filter(self, allowed: Collection[int] | None) -> bool:
        """Whether `allowed` (a table's filter) is the view's: the current members."""
        return allowed is self._current

    def count(self) -> int:
        """How many members there are, archived too."""
        return repo.count(self.store)

    def view_count(self) -> int:
        """How many rows the view has: the members not archived."""
        return self.count() - len(self._archived_and_not_eligible()[0])

    def view_ids_between(self, start: int, stop: int) -> list[int] | None:
        """The ids on rows `start` to `stop` of the view: the current members sorted by name
        (as a table sorts the roster's `ids()` by the name column's keys), from the start of the
        name order alone (`name_order_head`). None beyond what that finds quickly."""
        if stop > self._head_rows_at_most:
            return None
        archived = self._archived_and_not_eligible()[0]

        def enough(head: list[int]) -> bool:
            return len(head) - len(archived.intersection(head)) >= stop

        head = name_order_head(self.store, enough, stored_ties=True)
        if head is None:
            self._head_rows_at_most = stop - 1  # not tried again for as many rows or more
            return None
        return [member_id for member_id in head if member_id not in archived][start:stop]

    # ----- every member ----------------------------------------------------------------------

    def _roster(self) -> _RosterText:
        """What the name order needs, in one read of the name index: ids and names."""
        if self._read is None:
            count, ids, lasts, firsts = table_pages.roster_names_as_text(self.store)
            self._read = _RosterText(list(map(int, ids.split(","))) if count else [], lasts, firsts)
        return self._read

    def _archived_and_not_eligible(self) -> tuple[set[int], set[int]]:
        if self._flags is None:
            self._flags = table_pages.roster_flags(self.store)
        return self._flags

    def ids(self) -> list[int]:
        return self._roster().ids

    def ids_where(self, archived: bool | None = None, eligible: bool | None = None) -> set[int]:
        """The ids of the members with these flags (None: either)."""
        chosen = set(self._roster().ids)
        archived_ids, not_eligible = self._archived_and_not_eligible()
        for flagged, flag in ((archived_ids, archived), (not_eligible, eligible)):
            if flag is not None:
                # archived: the flagged ones; eligible: those not flagged "not eligible"
                wanted = flag if flagged is archived_ids else not flag
                chosen = chosen & flagged if wanted else chosen - flagged
        return chosen

    def tallies(self) -> tuple[int, int, int]:
        """(current members, of them eligible to vote, archived members)."""
        archived_ids, not_eligible = self._archived_and_not_eligible()
        current = self.count() - len(archived_ids)
        return current, current - len(not_eligible - archived_ids), len(archived_ids)

    def _names(self) -> tuple[list[str], list[str], list[str], list[str]]:
        """Each member's last and first name keys, and their last and first names casefolded."""
        roster = self._roster()
        if not roster.ids:
            return [], [], [], []
        apart = len(roster.ids) - 1
        if roster.lasts.count(_APART) == roster.firsts.count(_APART) == apart:
            lasts, firsts = roster.lasts, roster.firsts  # folded whole, then split
            folded = (lasts.casefold().split(_APART), firsts.casefold().split(_APART))
            return joined_name_keys(lasts), joined_name_keys(firsts), *folded
        # a name with a NUL of its own: one by one
        firsts_, lasts_ = repo.roster_columns(self.store, ("first_name", "last_name"))
        return (
            name_keys(lasts_),
            name_keys(firsts_),
            list(map(str.casefold, lasts_)),
            list(map(str.casefold, firsts_)),
        )

    def fetch(self, ids: Sequence[int]) -> Mapping[int, Member]:
        return {row[0]: _from_row(row) for row in repo.rows_by_ids(self.store, ids)}

    def sort_keys(self, column: int) -> Sequence[Any]:
        name = ROSTER_COLUMNS[column]
        if name == "name":  # Member.sort_name, made for the whole roster at once
            return list(zip(*self._names(), strict=True))
        if name == "eligible":  # the not eligible after the eligible, by reason
            eligible, reasons = repo.roster_columns(self.store, ("eligible", "eligibility_reason"))
            return list(zip(map(operator.not_, eligible), map(str.casefold, reasons), strict=True))
        (texts,) = repo.roster_columns(self.store, (f"coalesce({name}, '')",))
        if name == "notes":  # the table shows a note's first line
            texts = list(map(operator.itemgetter(0), map(str.partition, texts, repeat("\n"))))
        return list(map(str.casefold, texts))

    def search_texts(self) -> list[str]:
        (texts,) = repo.roster_columns(self.store, (_SEARCHED,))
        return name_keys(texts)
