"""The Members table reads only the members it shows (SPEC P-5, issue 17), and still lists,
sorts, counts and filters the roster as a list of every member would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from endorse_desktop.core import members as roster
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
