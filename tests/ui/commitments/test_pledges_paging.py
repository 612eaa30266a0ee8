"""The Pledges table reads only the pledges it shows (SPEC P-5, issue 17), and still lists,
sorts and filters them as the list of every pledge would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.pledge_pages import PledgePages
from endorse_desktop.core.commitments.records import OPEN_STATUSES
from endorse_desktop.core.cycles import current_cycle, list_cycles, open_cycle, switch_cycle
from endorse_desktop.core.endorsements import describe, list_endorsements
from endorse_desktop.core.races import get_race
from endorse_desktop.core.store import commitments as repo
from endorse_desktop.ui.commitments.pledge_rows import PledgeRows
from endorse_desktop.ui.commitments.pledges_page import _source_words
from endorse_desktop.ui.widgets import paged_model


@pytest.fixture
def window(paged_window):  # type: ignore[no-untyped-def]
    return paged_window  # (the size the counts of rows read assume: tests/conftest.py)


def test_opening_the_tab_reads_only_the_pledges_on_screen(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 5)
    read: list[int] = []
    by_ids = repo.listing_by_ids

    def counting(store, ids):
        read.extend(ids)
        return by_ids(store, ids)

    def refused(*args, **kwargs):
        raise AssertionError("the whole listing was read to open the table")

    monkeypatch.setattr(repo, "listing_by_ids", counting)
    monkeypatch.setattr(repo, "listing", refused)
    page = window.show_tab("commitments").pledges
    page.view.viewport().repaint()
    on_screen = page.view.rowAt(page.view.viewport().height() - 1) + 1
    assert page.model.rowCount() == 60
    assert 0 < len(read) <= on_screen + 5 < 60
    assert page.count_label.text() == "60 of 60 pledges"


def test_the_pledges_come_in_the_order_and_with_the_sort_keys_of_the_list(window) -> None:
    store = window.session.store
    table = core.pledge_table(store)
    page = window.show_tab("commitments").pledges
    rows = PledgeRows(PledgePages(store), *_source_words())
    assert rows.ids() == [r.id for r in table.rows]
    assert [rows.fetch([r.id])[r.id] for r in table.rows] == table.rows
    for number, column in enumerate(page.model.columns):
        assert list(rows.sort_keys(number)) == [column.key(r) for r in table.rows], column.header


def test_the_filters_choose_what_the_list_would(demo_store) -> None:
    table = core.pledge_table(demo_store)
    pages = PledgePages(demo_store)
    pages.ids()
    endorsement = list_endorsements(demo_store)[1].id
    activity = table.rows[0].activity_id
    for chosen, keeps in (
        (pages.ids_where(), lambda r: True),
        (pages.ids_where(endorsement), lambda r: r.endorsement_id == endorsement),
        (pages.ids_where(activity_id=activity), lambda r: r.activity_id == activity),
        (pages.ids_where(statuses=OPEN_STATUSES), lambda r: r.status in OPEN_STATUSES),
        (
            pages.ids_where(endorsement, statuses={"done"}),
            lambda r: r.endorsement_id == endorsement and r.status == "done",
        ),
        (pages.ids_where(overdue_only=True), table.overdue),
    ):
        assert chosen == {r.id for r in table.rows if keeps(r)}
    assert any(map(table.overdue, table.rows))


def _every_id_read_counted(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """A list that gets "ids" each time the table reads every pledge's id."""
    every_id = repo.pledges_by_member
    reads: list[str] = []

    def counted(store):  # type: ignore[no-untyped-def]
        reads.append("ids")
        return every_id(store)

    monkeypatch.setattr(repo, "pledges_by_member", counted)
    return reads


def test_the_table_opens_on_a_count_and_reads_every_id_only_to_sort(window, monkeypatch) -> None:
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 7)
    reads = _every_id_read_counted(monkeypatch)
    page = window.show_tab("commitments").pledges
    page.view.viewport().repaint()
    member_of_row = [page.model.index(row, 0).data() for row in range(60)]  # every page
    assert reads == [] and page.count_label.text() == "60 of 60 pledges"
    rows = core.pledge_table(window.session.store).rows
    assert member_of_row == [page.table.member_names[r.member_id] for r in rows]
    assert [page.model.id_at(row) for row in range(60)] == [r.id for r in rows]
    page.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert reads == ["ids"]
    pledged = [page.model.index(row, 6).data() for row in range(60)]
    assert pledged == sorted((r.pledged_on for r in rows), reverse=True)


def listed_by_pages(pages: PledgePages) -> list[int]:
    """Every id as the table reads them before it has them all: a count, then a page at a time."""
    count = pages.count()
    found = [key for start in range(0, count, 7) for key in pages.ids_between(start, start + 7)]
    assert found[3:50] == pages.ids_between(3, 50) and pages.ids_between(count, count + 7) == []
    return found


def test_only_the_current_cycles_pledges_are_listed(demo_store) -> None:
    def listed() -> list[int]:
        rows = core.pledge_table(demo_store).rows
        assert PledgePages(demo_store).ids() == [r.id for r in rows]
        assert listed_by_pages(PledgePages(demo_store)) == PledgePages(demo_store).ids()
        for name in ("status", "pledged_on", "notes"):  # each cycle's own pledges' columns
            assert PledgePages(demo_store).column(name) == [getattr(r, name) for r in rows]
        return PledgePages(demo_store).ids()

    current = current_cycle(demo_store).id
    earlier = [cycle.id for cycle in list_cycles(demo_store) if cycle.id != current]
    assert len(listed()) == 60 and earlier
    switch_cycle(demo_store, earlier[0])  # the sample's last cycle: some of the same members
    assert 0 < len(listed()) < 60
    open_cycle(demo_store, "Next year")
    assert listed() == []


def test_the_member_filter_offers_every_name_once_someone_types(qtbot, window) -> None:
    page = window.show_tab("commitments").pledges
    assert page.member_names.stringList() == []  # the roster's names are not read to open
    qtbot.keyClicks(page.member_filter, "a")
    every_name = set(core.member_names(window.session.store).values())
    assert sorted(page.member_names.stringList()) == sorted(every_name)
    offered = page.member_completer.completionModel()
    assert offered.rowCount() == sum("a" in name.casefold() for name in every_name) > 0


def test_a_moment_after_it_shows_the_table_reads_what_a_first_sort_needs(
    qtbot, window, monkeypatch
) -> None:
    reads = _every_id_read_counted(monkeypatch)
    page = window.show_tab("commitments").pledges
    assert reads == [] and page.member_names.stringList() == []
    qtbot.waitUntil(lambda: reads == ["ids"], timeout=3000)
    assert len(page.member_names.stringList()) == len(set(page.table.member_names.values()))
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert reads == ["ids"]


def test_members_come_in_the_rosters_one_name_order_accents_with_their_letters(window) -> None:
    """The same order as the Members tab and the printed lists: Élodie Hernández before Grace and
    Ruth Hernández (SQLite's NOCASE order put the É after every plain letter), in the rows and
    in the member filter's names."""
    page = window.show_tab("commitments").pledges
    model = page.model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    hernandez = list(dict.fromkeys(name for name in shown if name.endswith("Hernández")))
    assert hernandez == ["Élodie Hernández", "Grace Hernández", "Ruth Hernández"]
    names = list(core.member_names(window.session.store).values())
    assert [n for n in names if n.endswith("Hernández")] == hernandez


def test_the_first_pages_are_found_without_every_members_name(demo_store) -> None:
    every = PledgePages(demo_store).ids()
    for stop in (1, 3, 5):
        statements: list[str] = []
        demo_store.conn.set_trace_callback(statements.append)
        found = PledgePages(demo_store).ids_between(0, stop)
        demo_store.conn.set_trace_callback(None)
        assert found == every[:stop]
        # the members whose pledges come first are found among the few names that can sort
        # first, not by reading and folding the whole roster's
        assert not [s for s in statements if "last_name" in s and "WHERE" not in s], stop


def test_the_endorsements_labels_and_dates_are_read_in_one_query_each(demo_store) -> None:
    endorsements = list_endorsements(demo_store)
    assert len(endorsements) == 2
    statements: list[str] = []
    demo_store.conn.set_trace_callback(statements.append)
    labels, dates = core.endorsement_labels(demo_store), core.election_dates(demo_store)
    demo_store.conn.set_trace_callback(None)
    assert len(statements) == 2  # not three small queries an endorsement (six here)
    assert labels == {e.id: describe(demo_store, e) for e in endorsements}
    races = {e.id: get_race(demo_store, e.race_id) for e in endorsements}
    assert dates == {key: race.election_date if race else None for key, race in races.items()}
