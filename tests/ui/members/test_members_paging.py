"""The Members table reads only the members it shows (SPEC P-5, issue 17), and still lists,
sorts, counts and filters the roster as a list of every member would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.ui.members.model import Show, member_columns
from endorse_desktop.ui.widgets import paged_model


@pytest.fixture
def window(paged_window):  # type: ignore[no-untyped-def]
    return paged_window  # (the size the counts of rows read assume: tests/conftest.py)


def test_opening_the_tab_builds_only_the_members_on_screen(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 5)
    built: list[int] = []
    from_row = roster._from_row

    def counting(row):
        built.append(row[0])
        return from_row(row)

    monkeypatch.setattr(roster, "_from_row", counting)
    tab = window.show_tab("members")
    tab.view.viewport().repaint()
    on_screen = tab.view.rowAt(tab.view.viewport().height() - 1)
    on_screen = tab.model.rowCount() if on_screen < 0 else on_screen + 1
    assert tab.model.rowCount() == 40
    assert 0 < len(built) <= on_screen + 5 < 40
    assert tab.count_label.text() == "40 members, 35 eligible to vote"


def test_every_column_sorts_as_the_members_themselves_would(demo_store) -> None:
    members = roster.list_members(demo_store)
    pages = roster.RosterPages(demo_store)
    assert pages.ids() == [m.id for m in members]
    for number, column in enumerate(member_columns()):
        assert list(pages.sort_keys(number)) == [column.key(m) for m in members], column.header


def test_the_filters_and_counts_agree_with_the_roster(demo_store) -> None:
    first, second = roster.list_members(demo_store)[:2]
    roster.update_members(
        demo_store, [replace(first, archived=True), replace(second, archived=True)]
    )
    members = roster.list_members(demo_store)
    pages = roster.RosterPages(demo_store)
    for show, keeps in (
        (Show.CURRENT, lambda m: not m.archived),
        (Show.ELIGIBLE, lambda m: not m.archived and m.eligible),
        (Show.NOT_ELIGIBLE, lambda m: not m.archived and not m.eligible),
        (Show.ARCHIVED, lambda m: m.archived),
    ):
        assert show.allowed(pages) == {m.id for m in members if keeps(m)}, show
    assert Show.EVERYONE.allowed(pages) is None
    current = [m for m in members if not m.archived]
    assert pages.tallies() == (
        len(current),
        sum(m.eligible for m in current),
        len(members) - len(current),
    )


def test_sorting_by_name_puts_accented_names_with_their_letters(qtbot, window) -> None:
    tab = window.show_tab("members")
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [tab.model.record_at(row) for row in range(tab.model.rowCount())]
    assert shown == sorted(shown, key=lambda m: m.sort_name, reverse=True)
    assert any(not m.last_name.isascii() for m in shown)  # the sample has accents to sort


def test_the_roster_opens_in_name_order_accents_with_their_letters(qtbot, window) -> None:
    tab = window.show_tab("members")
    shown = [tab.model.record_at(row) for row in range(tab.model.rowCount())]
    current = [m for m in roster.list_members(window.session.store) if not m.archived]
    assert shown == sorted(current, key=lambda m: m.sort_name)
    assert any(not m.last_name.isascii() for m in shown)


ABOVE = ("Abad", "abreu", "Ávila", "Acosta", "Çelik", "Ægir", "'Ali", "3M")


def _in_table_order(members: list[Member]) -> list[int]:
    """The ids of these members as the table sorts them by name (names folded alike: as stored)."""
    ordered = sorted(members, key=lambda m: (m.sort_name, m.last_name, m.first_name, m.id))
    return [m.id for m in ordered if m.id is not None]


def _reads_of_every_name(store) -> list[str]:  # type: ignore[no-untyped-def]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    return statements


def test_the_tab_opens_without_reading_every_members_name(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 5)
    store = window.session.store
    # enough names near the top of the order for the rows on screen (as in a big roster)
    first_names = ("Ana", "ana", "Álvaro", "Bea", "Íñigo", "Zoë")
    roster.add_members(
        store,
        [Member(first_name=first, last_name=last) for first in first_names for last in ABOVE],
    )
    statements = _reads_of_every_name(store)
    tab = window.show_tab("members")
    tab.view.viewport().repaint()
    store.conn.set_trace_callback(None)
    # the first rows are found among the few names that can sort first, not the whole roster
    assert statements and not [s for s in statements if "last_name" in s and "WHERE" not in s]
    shown = [tab.model.record_at(row).id for row in range(tab.model.rowCount())]
    assert shown == _in_table_order(roster.list_members(store))


def test_a_member_chosen_on_the_opening_rows_stays_chosen_by_sorts(
    qtbot, window, monkeypatch
) -> None:
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 5)
    store = window.session.store
    gone = roster.list_members(store)[0]
    roster.update_members(store, [replace(gone, archived=True)])
    tab = window.show_tab("members")
    assert tab.count_label.text() == "39 members, 34 eligible to vote, 1 archived"
    chosen = tab.model.record_at(2)
    tab.view.selectRow(2)
    tab.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [m.id for m in tab.selected_members()] == [chosen.id]
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [m.id for m in tab.selected_members()] == [chosen.id]
    assert tab.view.currentIndex().row() == 2
    shown = [tab.model.record_at(row).id for row in range(tab.model.rowCount())]
    current = [m for m in roster.list_members(store) if not m.archived]
    assert shown == _in_table_order(current) and gone.id not in shown
