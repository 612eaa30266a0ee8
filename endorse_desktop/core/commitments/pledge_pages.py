"""The pledges as a table reads them when it reads only the rows it shows (SPEC P-5).

20,000 pledges at SPEC scale: the table asks for their ids in roster order, then for the pledges
it paints a page at a time, and for a whole column only when it sorts or filters by it (one query
each, kept until the next reload).
"""

from __future__ import annotations

import operator
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import (
    Callable,
    Collection,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    Sequence,
    ValuesView,
)
from itertools import accumulate, compress, count, groupby, repeat
from typing import Any

from endorse_desktop.core.commitments.pledges import PledgeTable, member_names, pledge_table
from endorse_desktop.core.commitments.records import OPEN_STATUSES, PledgeListing
from endorse_desktop.core.members import ids_in_name_order, name_order_head
from endorse_desktop.core.names import name_keys
from endorse_desktop.core.store import Store, table_pages
from endorse_desktop.core.store import commitments as repo


class PledgePages:
    """The current cycle's pledges, in the order `pledge_table` lists them; `table` has the
    names, labels and dates to show them by (its `rows` stay empty)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._name_order: list[int] | None = None  # every member, read once (`_roster_order`)
        self._names = _RosterNames(store, self._roster_order)
        self.table: PledgeTable = pledge_table(store, with_rows=False, names=self._names)
        self._columns: dict[str, list[Any]] = {}
        self._dues: list[str | None] | None = None
        self._overdue_flags: list[bool] | None = None
        # Where each pledge, in id order (as the store reads columns), is in the table's order:
        # by member in roster order, each member's as entered (by id; a stable sort keeps that).
        self._order: list[int] | None = None
        # The members in the table's order and the row each one's pledges start on (the last
        # entry: the pledge count): what a page is found by before every id is read.
        self._walk: tuple[list[int], list[int]] | None = None
        self._by_member: dict[int, int] | None = None
        self._total: int | None = None
        self._head_rows_at_most = sys.maxsize  # rows `_head_starts` may yet find

    def count(self) -> int:
        """How many pledges `ids()` lists, without reading them."""
        if self._total is None:
            self._total = table_pages.pledge_count(self.store)
        return self._total

    def _counts(self) -> dict[int, int]:
        """Member id → how many pledges of the current cycle they made (none: left out)."""
        if self._by_member is None:
            self._by_member = table_pages.pledge_counts_by_member(self.store)
        return self._by_member

    def ids_between(self, start: int, stop: int) -> list[int]:
        """`ids()[start:stop]`, read for the members whose pledges fall on those rows alone."""
        head = None if self._walk else self._head_starts(stop)
        members, starts = head[:2] if head else self._member_starts()
        first = max(0, bisect_right(starts, start) - 1)
        last = bisect_right(starts, stop - 1, lo=first)
        chosen = members[first:last]
        # (the start of the order found its members' pledges already)
        found = head[2] if head else table_pages.pledge_ids_of_members(self.store, chosen)
        by_member = {
            member: [pledge for _, pledge in pairs]
            for member, pairs in groupby(found, operator.itemgetter(0))
        }
        ids = [pledge for member in chosen for pledge in by_member.get(member, ())]
        return ids[start - starts[first] : stop - starts[first]]

    def _roster_order(self) -> list[int]:
        """Every member's id in the roster's name order: what the rows and the names follow."""
        if self._name_order is None:
            self._name_order = ids_in_name_order(self.store)
        return self._name_order

    def _head_starts(self, stop: int) -> tuple[list[int], list[int], list[tuple[int, int]]] | None:
        """`_member_starts` for the first `stop` rows alone, from the start of the roster's
        name order (`members.name_order_head`), and (member, pledge) of those members: what the
        table's first page is read by, with no name folded but the few at the top. None where
        that does not hold: a member gone from the roster (listed first), or more rows than
        the first letters' names have."""
        if stop > self._head_rows_at_most:
            return None
        if table_pages.pledges_of_members_gone(self.store):
            self._head_rows_at_most = 0
            return None
        found: list[tuple[int, int]] = []  # (member, pledge) of the members found so far

        def enough(head: list[int]) -> bool:
            found[:] = table_pages.pledge_ids_of_members(self.store, head)
            return len(found) >= stop

        head = name_order_head(self.store, enough)
        if head is None:
            self._head_rows_at_most = stop - 1  # not tried again for as many rows or more
            return None
        counts = Counter(map(operator.itemgetter(0), found))
        return head, [0, *accumulate(map(counts.get, head, repeat(0)))], found

    def _member_starts(self) -> tuple[list[int], list[int]]:
        if self._walk is None:
            counts = self._counts()
            # A member gone from the roster: first, as `ids()` lists them (none while the file's
            # foreign keys hold).
            roster = self._roster_order()
            members = [*sorted(counts.keys() - set(roster)), *roster]
            starts = [0, *accumulate(map(counts.get, members, repeat(0)))]
            self._walk = (members, starts)
        return self._walk

    def ids(self) -> list[int]:
        if "id" in self._columns:  # read once for the table and its columns' keys
            return self._columns["id"]
        members, ids = repo.pledges_by_member(self.store)
        earlier = table_pages.pledge_ids_outside_current_cycle(self.store)
        if earlier:  # pledges of earlier cycles: left out
            kept = list(map(operator.not_, map(earlier.__contains__, ids)))
            members, ids = list(compress(members, kept)), list(compress(ids, kept))
        # the members in the table's order (a member gone from the roster first), not their names
        rank = dict(zip(self._member_starts()[0], count()))
        ranks = list(map(rank.__getitem__, members))
        # By member in roster order, each member's as entered (the index's order: by id).
        order = sorted(range(len(ranks)), key=ranks.__getitem__)
        self._columns = {"id": list(map(ids.__getitem__, order))}
        self._columns["member_id"] = list(map(members.__getitem__, order))
        self._order = None
        self._dues = self._overdue_flags = None
        return self._columns["id"]

    def _in_order(self, values: list[Any]) -> list[Any]:
        """`values`, every cycle's pledges' as the store reads them in id order, in the table's
        order (the current cycle's pledges alone)."""
        if self._order is None:
            every = table_pages.pledge_column_every_cycle(self.store, "id")
            position = dict(zip(every, count()))
            self._order = list(map(position.__getitem__, self.ids()))
        return list(map(values.__getitem__, self._order))

    def fetch(self, ids: Sequence[int]) -> Mapping[int, PledgeListing]:
        found = {row.id: row for row in repo.listing_by_ids(self.store, ids)}
        self._names.read_some({row.member_id for row in found.values()})
        return found

    def column(self, name: str) -> list[Any]:
        """One of the pledges' own columns (PledgeListing's fields), in `ids()` order."""
        if name not in self._columns:
            values = table_pages.pledge_column_every_cycle(self.store, name)
            self._columns[name] = self._in_order(values)
        return self._columns[name]

    def looked_up(self, name: str, values: Mapping[Any, Any], default: Any) -> list[Any]:
        """`values` of each pledge's `name` column (`default` where there is none)."""
        return list(map(values.get, self.column(name), repeat(default)))

    def dues(self) -> list[str | None]:
        """Each pledge's due date (`PledgeTable.due`), in `ids()` order."""
        if self._dues is None:
            goal_due, election = self.table.goal_due, self.table.election_dates
            self._dues = [
                own or goal_due.get((endorsement, activity)) or election.get(endorsement) or None
                for own, endorsement, activity in zip(
                    self.column("due_on"),
                    self.column("endorsement_id"),
                    self.column("activity_id"),
                    strict=True,
                )
            ]
        return self._dues

    def member_search_texts(self) -> list[str]:
        """Each pledge's member's name, folded by `names.name_key` (once a member, not a pledge)."""
        names = self.table.member_names
        folded = dict(zip(names, name_keys(list(names.values())), strict=True))
        return self.looked_up("member_id", folded, "?")

    def ids_where(
        self,
        endorsement_id: int | None = None,
        activity_id: int | None = None,
        statuses: Collection[str] | None = None,
        overdue_only: bool = False,
    ) -> set[int]:
        """The ids of the pledges for this endorsement, activity and statuses (None: any), and,
        `overdue_only`, still open past their due date (`PledgeTable.overdue`): tested on the
        columns read once, a filter box's change is one pass in C."""
        tests: list[Iterable[bool]] = [
            map(operator.eq, self.column(name), repeat(wanted))
            for name, wanted in (("endorsement_id", endorsement_id), ("activity_id", activity_id))
            if wanted is not None
        ]
        if statuses is not None:
            tests.append(map(frozenset(statuses).__contains__, self.column("status")))
        if overdue_only:
            tests.append(self._overdue())
        if not tests:
            return set(self.column("id"))
        return set(compress(self.column("id"), map(all, zip(*tests, strict=True))))

    def _overdue(self) -> list[bool]:
        if self._overdue_flags is None:
            today = self.table.today
            self._overdue_flags = [
                status in OPEN_STATUSES and due is not None and due < today
                for status, due in zip(self.column("status"), self.dues(), strict=True)
            ]
        return self._overdue_flags


class _RosterNames(Mapping[int, str]):
    """`PledgeTable.member_names` for a table that opens on a page: the names of the members
    whose pledges are shown are read with them (`read_some`), the whole roster's the first time
    something needs it whole (the member filter's list, a sort or search by member)."""

    def __init__(self, store: Store, order: Callable[[], list[int]]) -> None:
        self.store = store
        self._order = order  # the roster's name order, as the table has read it
        self._whole: dict[int, str] | None = None
        self._some: dict[int, str] = {}

    def read_some(self, member_ids: Collection[int]) -> None:
        if self._whole is None:
            unread = sorted(set(member_ids) - self._some.keys())
            found = table_pages.member_names_of(self.store, unread)
            self._some.update((member_id, name or "?") for member_id, name in found)

    def whole(self) -> dict[int, str]:
        if self._whole is None:
            self._whole = member_names(self.store, self._order())
            self._some = {}
        return self._whole

    def __getitem__(self, member_id: int) -> str:
        if self._whole is None and member_id in self._some:
            return self._some[member_id]
        return self.whole()[member_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())

    # the whole dict's own views: no Python call a member
    def keys(self) -> KeysView[int]:
        return self.whole().keys()

    def values(self) -> ValuesView[str]:
        return self.whole().values()

    def items(self) -> ItemsView[int, str]:
        return self.whole().items()
