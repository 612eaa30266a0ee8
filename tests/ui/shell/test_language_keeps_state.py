"""View ▸ Language ▸ Español and back in the middle of a meeting: nothing the facilitator set up
is lost (issue 15) — the undo history, the speech timer, the count being typed, the chosen rows,
the scrolling and the projector's slide — and the file is not touched."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from tests.language import ui_language
from tests.ui.shell.test_language import choose_language, file_digest
from tests.voting_setup import new_meeting, race_id

pytestmark = pytest.mark.usefixtures("no_modal_boxes")


@pytest.fixture
def counting(qtbot, demo_path: Path) -> Iterator[tuple[MainWindow, object, int]]:
    """A vote being counted on paper, its live numbers on the projector, English after."""
    with ui_language("en"):
        window = MainWindow(Session(Store.open(demo_path)))
        qtbot.addWidget(window)
        window.resize(1400, 900)
        show_active(qtbot, window)
        store = window.session.store
        meeting_id = new_meeting(store, 20)
        mayor = race_id(store, "Mayor")
        vote = voting.create_vote(store, meeting_id, mayor, Method.PAPER_CHOOSE_ONE)
        tab = window.show_tab("meeting")
        tab.select_meeting(meeting_id)  # type: ignore[attr-defined]
        tab.select_vote(vote.id)  # type: ignore[attr-defined]
        yield window, tab, vote.id
        window.close()


def show_active(qtbot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def ballots(tab: object, vote_id: int) -> int:
    return BallotDesk(tab.store, vote_id).tally.ballots  # type: ignore[attr-defined]


def press(qtbot, window: MainWindow, *keys: Qt.Key) -> None:
    """Keys go where the keyboard focus is, as they do for the facilitator."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard focus was lost"
        qtbot.keyClick(widget, key)


def edit_action(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    return window._made_by_qt[key]


def test_undo_the_timer_and_the_count_survive_a_switch_and_back(qtbot, counting) -> None:
    window, tab, vote_id = counting
    tab.show_live_vote()  # type: ignore[attr-defined]
    show_active(qtbot, window)  # the projector's window opened on top
    tab.tally.setFocus()  # type: ignore[attr-defined]
    press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1)
    assert ballots(tab, vote_id) == 3
    tab.timer_start_action.trigger()  # type: ignore[attr-defined]
    time.sleep(1.2)
    QApplication.processEvents()
    left_before = tab.speech_timer.remaining_ms()  # type: ignore[attr-defined]
    shown_before = tab.timer_display.text()  # type: ignore[attr-defined]
    file_before = file_digest(window.session.path)

    choose_language(window, "es")
    assert edit_action(window, "undo").isEnabled()  # Edición ▸ Deshacer still has the ballots
    choose_language(window, "en")
    assert file_digest(window.session.path) == file_before  # the switches wrote nothing

    rebuilt = window.built_tab("meeting")
    assert rebuilt is not None and rebuilt.current_vote.id == vote_id  # type: ignore[attr-defined]
    timer = rebuilt.speech_timer  # type: ignore[attr-defined]
    assert timer.running, "the speech timer stopped"
    assert abs(timer.remaining_ms() - left_before) <= 1000, "the speech timer started over"
    assert timer.remaining_seconds() < 180
    assert rebuilt.timer_display.text() in {shown_before, _less(shown_before)}  # type: ignore[attr-defined]

    # Edit ▸ Undo takes back the last ballot, on the rebuilt tab's numbers
    undo = edit_action(window, "undo")
    assert undo.isEnabled() and window.undo_stack.undoText() == "Ballot: Ana Núñez"
    undo.trigger()
    QApplication.processEvents()
    assert ballots(rebuilt, vote_id) == 2
    assert rebuilt.tally.board.shown_view().ballots == 2  # type: ignore[attr-defined]
    edit_action(window, "redo").trigger()
    assert ballots(rebuilt, vote_id) == 3
    # and counting goes on from the keyboard, where the focus was, and on the wall
    press(qtbot, window, Qt.Key.Key_2)
    assert ballots(rebuilt, vote_id) == 4
    assert window.projector.current_slide.view.ballots == 4


def _less(display: str) -> str:
    """The display a second later (the switch may cross a second)."""
    minutes, seconds = (int(part) for part in display.split(":"))
    total = minutes * 60 + seconds - 1
    return f"{total // 60}:{total % 60:02d}"


def test_the_wall_keeps_the_timer_and_the_paused_time(qtbot, counting) -> None:
    window, tab, _ = counting
    tab.show_timer_action.trigger()  # type: ignore[attr-defined]
    tab.timer_start_action.trigger()  # type: ignore[attr-defined]
    time.sleep(1.1)
    tab.timer_start_action.trigger()  # type: ignore[attr-defined]  # a pause, mid-speech
    paused = tab.speech_timer.remaining_ms()  # type: ignore[attr-defined]
    choose_language(window, "es")
    choose_language(window, "en")
    rebuilt = window.built_tab("meeting")
    timer = rebuilt.speech_timer  # type: ignore[union-attr]
    assert not timer.running and timer.remaining_ms() == paused
    slide = window.projector.current_slide
    assert slide.timer is timer  # the wall shows the timer the facilitator's keys drive
    assert slide.caption() == f"Speech timer: {timer.display()}"


def test_a_ranked_ballot_half_typed_is_still_there(qtbot, demo_path: Path) -> None:
    with ui_language("en"):
        window = MainWindow(Session(Store.open(demo_path)))
        qtbot.addWidget(window)
        show_active(qtbot, window)
        store = window.session.store
        meeting_id = new_meeting(store, 20)
        vote = voting.create_vote(store, meeting_id, race_id(store, "Mayor"), Method.PAPER_RANKED)
        tab = window.show_tab("meeting")
        tab.select_meeting(meeting_id)  # type: ignore[attr-defined]
        tab.select_vote(vote.id)  # type: ignore[attr-defined]
        tab.tally.setFocus()  # type: ignore[attr-defined]
        press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_1)
        typed = tab.tally.typed_ranks()  # type: ignore[attr-defined]
        assert typed == ((2,), (1,))
        choose_language(window, "es")
        choose_language(window, "en")
        rebuilt = window.built_tab("meeting")
        assert rebuilt.tally.typed_ranks() == typed  # type: ignore[union-attr]
        press(qtbot, window, Qt.Key.Key_Return)  # the ballot goes in as typed
        assert ballots(tab, vote.id) == 1
        window.close()


def test_the_chosen_rows_and_the_scrolling_of_a_list_stay(qtbot, window: MainWindow) -> None:
    with ui_language("en"):
        members = window.show_tab("members")
        window.resize(1000, 500)
        QApplication.processEvents()
        table = next(t for t in members.findChildren(QTableView) if t.model().rowCount() > 30)
        model = table.model()
        table.selectionModel().select(
            model.index(25, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        chosen = model.index(25, 0).data()
        table.verticalScrollBar().setValue(12)
        choose_language(window, "es")
        choose_language(window, "en")
        QApplication.processEvents()
        rebuilt = window.built_tab("members")
        assert window.tabs.currentWidget() is rebuilt
        again = next(t for t in rebuilt.findChildren(QTableView) if t.model().rowCount() > 30)
        rows = {index.row() for index in again.selectionModel().selectedRows()}
        assert [again.model().index(row, 0).data() for row in rows] == [chosen]
        assert again.verticalScrollBar().value() == 12


def test_each_tab_keeps_its_chosen_race_row_and_filters(qtbot, window: MainWindow) -> None:
    """The race chosen on Candidates & Scorecards, the filters on Commitments, the row on
    Results: what the facilitator picked is still picked after Español and back."""
    with ui_language("en"):
        picked: dict[str, tuple[list[int], list[int]]] = {}
        for key in ("scorecards", "commitments", "results"):
            tab = window.show_tab(key)
            QApplication.processEvents()
            for view in shown_lists(tab):
                last = view.model().index(view.model().rowCount() - 1, 0)
                view.setCurrentIndex(last)
            for combo in shown_choices(tab):
                combo.setCurrentIndex(combo.count() - 1)
            picked[key] = (
                [v.currentIndex().row() for v in shown_lists(tab)],
                [c.currentIndex() for c in shown_choices(tab)],
            )
        assert any(rows for rows, _ in picked.values())
        assert any(choices for _, choices in picked.values())
        choose_language(window, "es")
        choose_language(window, "en")
        for key, (rows, choices) in picked.items():
            tab = window.show_tab(key)
            QApplication.processEvents()
            assert [v.currentIndex().row() for v in shown_lists(tab)] == rows, key
            assert [c.currentIndex() for c in shown_choices(tab)] == choices, key


def shown_lists(tab: QWidget) -> list[QAbstractItemView]:
    return [
        view
        for view in tab.findChildren(QAbstractItemView)
        if not isinstance(view, QHeaderView)
        and view.isVisible()
        and view.model() is not None
        and view.model().rowCount() > 1
    ]


def shown_choices(tab: QWidget) -> list[QComboBox]:
    return [c for c in tab.findChildren(QComboBox) if c.isVisible() and c.count() > 1]


def test_a_typed_filter_still_filters(qtbot, window: MainWindow) -> None:
    with ui_language("en"):
        members = window.show_tab("members")
        search = next(e for e in members.findChildren(QLineEdit) if e.isVisible())
        table = next(t for t in members.findChildren(QTableView) if t.isVisible())
        everyone = table.model().rowCount()
        qtbot.keyClicks(search, "an")
        found = table.model().rowCount()
        assert 0 < found < everyone
        choose_language(window, "es")
        choose_language(window, "en")
        rebuilt = window.built_tab("members")
        again = next(e for e in rebuilt.findChildren(QLineEdit) if e.isVisible())
        assert again.text() == "an"
        shown = next(t for t in rebuilt.findChildren(QTableView) if t.isVisible())
        assert shown.model().rowCount() == found
