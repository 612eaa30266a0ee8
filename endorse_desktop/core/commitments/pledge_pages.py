"""The pledges as a table reads them when it reads only the rows it shows (SPEC P-5).

20,000 pledges at SPEC scale: the table asks for their ids in roster order, then for the pledges
it paints a page at a time, and for a whole column only when it sorts or filters by it (one query
each, kept until the next reload).
"""

from __future__ import annotations

import operator
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import compress, count, repeat
from typing import Any

from endorse_desktop.core.commitments.pledges import PledgeTable, pledge_table
from endorse_desktop.core.commitments.records import OPEN_STATUSES, PledgeListing
from endorse_desktop.core.names import name_keys
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import commitments as repo


class PledgePages:
    """The current cycle's pledges, in the order `pledge_table` lists them; `table` has the
    names, labels and dates to show them by (its `rows` stay empty)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.table: PledgeTable = pledge_table(store, with_rows=False)
        self._columns: dict[str, list[Any]] = {}
        self._dues: list[str | None] | None = None
        self._overdue_flags: list[bool] | None = None
        # Where each pledge, in id order (as the store reads columns), is in the table's order:
        # by member in roster order, each member's as entered (by id; a stable sort keeps that).
        self._order: list[int] | None = None

    def ids(self) -> list[int]:
        members, ids = repo.pledges_by_member(self.store)
        if repo.pledge_count(self.store) != len(ids):  # pledges of earlier cycles: left out
            kept = list(map(repo.pledge_ids_where(self.store).__contains__, ids))
            members, ids = list(compress(members, kept)), list(compress(ids, kept))
        rank = dict(zip(self.table.member_names, count()))
        ranks = list(map(rank.get, members, repeat(-1)))  # a member gone: first, as in the table
        # By member in roster order, each member's as entered (the index's order: by id).
        order = sorted(range(len(ranks)), key=ranks.__getitem__)
        self._columns = {"id": list(map(ids.__getitem__, order))}
        self._columns["member_id"] = list(map(members.__getitem__, order))
        self._order = None
        self._dues = self._overdue_flags = None
        return self._columns["id"]

    def _in_order(self, values: list[Any]) -> list[Any]:
        """`values`, read by the store in id order, in the table's order."""
        if self._order is None:
            ids = self._columns["id"] if "id" in self._columns else self.ids()
            position = dict(zip(sorted(ids), count()))
            self._order = list(map(position.__getitem__, ids))
        return list(map(values.__getitem__, self._order))

    def fetch(self, ids: Sequence[int]) -> Mapping[int, PledgeListing]:
        return {row.id: row for row in repo.listing_by_ids(self.store, ids)}

    def column(self, name: str) -> list[Any]:
        """One of the pledges' own columns (PledgeListing's fields), in `ids()` order."""
        if name not in self._columns:
            (values,) = repo.pledge_columns(self.store, (name,))
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
