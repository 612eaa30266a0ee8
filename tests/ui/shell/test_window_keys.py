"""Window-wide keys work wherever the focus really is — in particular right after the facilitator
clicked a tab in the tab bar, when the keyboard focus sits on the tab bar itself (issue 12, item 2).

Every key goes to QApplication.focusWidget(), never to a widget picked by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabBar

from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.stored import Method, load_vote, round_tally
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from tests.voting_setup import new_vote


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()


def click_tab(window: MainWindow, key: str) -> None:
    """Click the tab's title in the tab bar, as a person does."""
    index = window.tab_keys().index(key)
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index
    assert isinstance(QApplication.focusWidget(), QTabBar)


def press(qtbot, key: str) -> None:
    """Type a key sequence ("Ctrl+Shift+N") into whatever widget has the focus."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(key)[0]
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def dialog_opened_by(qtbot, key: str) -> str:
    """Press the key; return the title of the modal dialog it opened (closing it again)."""
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(50, close_dialog)
    press(qtbot, key)
    qtbot.wait(100)
    return seen[0] if seen else ""


def test_new_race_key_works_right_after_clicking_its_tab(qtbot, window) -> None:
    window.show_tab("values")
    click_tab(window, "scorecards")
    assert "race" in dialog_opened_by(qtbot, "Ctrl+Shift+N").lower()


def test_new_meeting_key_works_right_after_clicking_its_tab(qtbot, window) -> None:
    click_tab(window, "meeting")
    assert "meeting" in dialog_opened_by(qtbot, "Ctrl+Alt+N").lower()


def open_vote(window: MainWindow) -> tuple[object, int]:
    """A paper vote on the Mayor's race, open for counting, shown on the meeting tab."""
    store = window.session.store
    vote = new_vote(store, "Mayor", Method.PAPER_CHOOSE_ONE)
    tab = window.show_tab("meeting")
    tab.select_vote(vote.id)
    assert vote.id is not None
    return tab, vote.id


def test_count_key_starts_counting_right_after_clicking_the_tab(qtbot, window) -> None:
    _tab, vote_id = open_vote(window)
    click_tab(window, "values")
    click_tab(window, "meeting")
    press(qtbot, "Ctrl+T")
    press(qtbot, "1")  # the key the screen says: one ballot for option 1, typed where focus is
    press(qtbot, "1")
    vote = load_vote(window.session.store, vote_id)
    tally = round_tally(window.session.store, vote, vote.rounds[0])
    assert sum(tally.votes.values()) == 2


def test_result_key_shows_the_vote_on_the_projector_after_clicking_the_tab(qtbot, window) -> None:
    open_vote(window)
    click_tab(window, "values")
    click_tab(window, "meeting")
    press(qtbot, "F7")
    assert window.projector is not None and window.projector.isVisible()


def test_alt_digit_picks_a_commitments_page_after_clicking_the_tab(qtbot, window) -> None:
    tab = window.show_tab("commitments")
    click_tab(window, "values")
    click_tab(window, "commitments")
    press(qtbot, "Alt+3")
    assert tab.pages.currentWidget() is tab.goals
    press(qtbot, "Alt+1")  # from wherever the page switch left the focus
    assert tab.pages.currentWidget() is tab.pledges


def test_a_tab_key_does_nothing_while_another_tab_is_shown(qtbot, window) -> None:
    """Ctrl+Shift+N is New Race on one tab and Add Member on another: the shown tab's counts."""
    window.show_tab("scorecards")
    window.show_tab("meeting")  # Ctrl+Shift+N is Next Round there, built and then hidden
    click_tab(window, "members")
    title = dialog_opened_by(qtbot, "Ctrl+Shift+N").lower()
    assert "member" in title and "race" not in title


def test_the_shortcut_sheet_says_where_each_key_works(qtbot, window) -> None:
    from endorse_desktop.ui.shell.help import shortcuts_html

    window.show_tab("values")
    rows = {row.split("</td>")[1]: row for row in shortcuts_html(window).split("<tr>")[1:]}
    present = next(row for path, row in rows.items() if "Present Current" in path)
    delete = next(row for path, row in rows.items() if "Delete Value" in path)
    new_race_tab = next((row for path, row in rows.items() if "New Race" in path), None)
    assert "<b>F5</b>" in present and "anywhere" in present
    assert "in its list or panel" in delete
    assert new_race_tab is None  # another tab's commands are not offered here
