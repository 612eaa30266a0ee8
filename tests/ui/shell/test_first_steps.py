"""The guided first run (issue 12, item 9): after a group is created, a checklist — roster,
values, races, meeting — with buttons; each step ticks itself from the file and the list goes
once all are done. Help's "Before the meeting" starts with importing the roster."""

from __future__ import annotations

from pathlib import Path

import pytest

from endorse_desktop.core.meetings import Meeting, add_meeting
from endorse_desktop.core.members import Member, add_member
from endorse_desktop.core.races import Race, add_race
from endorse_desktop.core.settings import GroupSettings, save_settings
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import Value, add_value
from endorse_desktop.ui.shell.help import meeting_guide_html
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session, Topic


@pytest.fixture
def window(qtbot, db_path: Path):
    win = MainWindow(Session(Store.open(db_path)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_the_checklist_ticks_itself_and_goes_once_done(qtbot, window, monkeypatch) -> None:
    panel = window.first_steps
    assert not panel.isVisible()  # no group yet: the welcome page asks for one
    store = window.session.store
    save_settings(store, GroupSettings(name="Lakeside Democrats"))
    window.session.notify(Topic.SETTINGS)
    window._show_pages()  # what creating the group from the welcome page ends with
    assert panel.isVisible()
    assert panel.done() == {"roster": False, "values": False, "races": False, "meeting": False}

    opened: list[str] = []
    monkeypatch.setattr(window, "import_roster", lambda: opened.append("roster"))
    panel.buttons["races"].click()
    assert window.tab_keys()[window.tabs.currentIndex()] == "scorecards"
    panel.buttons["meeting"].click()
    assert window.tab_keys()[window.tabs.currentIndex()] == "meeting"

    add_member(store, Member(first_name="Ana", last_name="Ruiz"))
    window.session.notify(Topic.MEMBERS)
    add_value(store, Value("Housing for all"))
    window.session.notify(Topic.VALUES)
    assert panel.done() == {"roster": True, "values": True, "races": False, "meeting": False}
    assert panel.isVisible()
    add_race(store, Race("Mayor"))
    window.session.notify(Topic.RACES)
    add_meeting(store, Meeting("2026-03-01"))
    window.session.notify(Topic.MEETINGS)
    assert not panel.isVisible()


def test_a_group_with_everything_shows_no_checklist(qtbot, demo_path: Path) -> None:
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    assert not win.first_steps.isVisible()
    win.close()


def test_help_before_the_meeting_starts_with_the_roster() -> None:
    html = meeting_guide_html()
    before = html.split("<h3>Before the meeting</h3>")[1].split("</li>")[0]
    assert "Import the roster" in before
    assert "Members Roster" in before
