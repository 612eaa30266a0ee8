"""The pledges table's rows as its model reads them: a page at a time, sorted by bulk keys.

Each column sorts as its `Column` in `PledgesPage` would sort the rows one by one (its text
casefolded, or its own key), with the keys made for all 20,000 pledges from one column of the
store at a time (SPEC P-5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from endorse_desktop.core.commitments.pledge_pages import PledgePages
from endorse_desktop.core.commitments.records import PledgeListing, PledgeStatus

STATUS_ORDER = {status: index for index, status in enumerate(PledgeStatus)}


def _folded(texts: Mapping[Any, str]) -> dict[Any, str]:
    return {key: text.casefold() for key, text in texts.items()}


class PledgeRows:
    """A `paged_model.RangedSource` of pledges; `sources` and `typed` are the Source column's
    words (a pledge from a sign-up sheet, else typed in)."""

    def __init__(self, pages: PledgePages, sources: Mapping[str, str], typed: str) -> None:
        self.pages = pages
        self.sources = sources
        self.typed = typed

    def ids(self) -> list[int]:
        return self.pages.ids()

    def count(self) -> int:
        return self.pages.count()

    def ids_between(self, start: int, stop: int) -> list[int]:
        return self.pages.ids_between(start, stop)

    def fetch(self, ids: Sequence[int]) -> Mapping[int, PledgeListing]:
        return self.pages.fetch(ids)

    def search_texts(self) -> list[str]:
        return self.pages.member_search_texts()

    def sort_keys(self, column: int) -> Sequence[Any]:
        """The keys of PledgesPage's columns: member, endorsement, activity, quantity, status,
        due by, pledged on, source, notes."""
        pages, table = self.pages, self.pages.table
        if column == 0:
            return pages.looked_up("member_id", _folded(table.member_names), "?")
        if column == 1:
            return pages.looked_up("endorsement_id", _folded(table.endorsement_labels), "?")
        if column == 2:
            names = {key: activity.name for key, activity in table.activities.items()}
            return pages.looked_up("activity_id", _folded(names), "?")
        if column == 3:
            return list(zip(pages.column("unit"), pages.column("quantity"), strict=True))
        if column == 4:
            return pages.looked_up("status", STATUS_ORDER, 0)
        if column == 5:
            return [due or "9999" for due in pages.dues()]
        if column == 6:
            return pages.column("pledged_on")
        if column == 7:
            return pages.looked_up("source", _folded(self.sources), self.typed.casefold())
        return list(map(str.casefold, pages.column("notes")))
