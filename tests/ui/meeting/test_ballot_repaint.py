"""A ballot key repaints what it changed, and the screen then shows exactly the new numbers.

On the facilitator's old laptop a key must cost little (issue 17): the key's own bar, numbers and
notes are repainted on the tally board and on the wall, not the whole window and the whole
1920×1080 slide. These tests hold both halves: little is repainted, and what is on the screen
afterwards is what a full repaint would draw, so nothing that changed was left out.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.ui.meeting.vote_lines import status_lines
from endorse_desktop.ui.projector import vote_slide
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from tests.voting_setup import new_meeting, race_id

KEYS = [getattr(Qt.Key, f"Key_{n}") for n in (1, 2, 1, 3, 1, 0, 2, 4, 1, 1, 2, 3)]


def _vote_on_the_wall(qtbot, demo_path: Path, head_count: int, ballots: int = 0):  # type: ignore[no-untyped-def]
    """The window on a new paper vote for Mayor, `ballots` already in its round (written as the
    journal holds them: a key each would take minutes), the live vote on a 1920×1080 wall and
    the tally focused."""
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    store = window.session.store
    meeting_id = new_meeting(store, 0)
    meetings.set_head_count(store, meeting_id, head_count)
    vote = voting.create_vote(store, meeting_id, race_id(store, "Mayor"), Method.PAPER_CHOOSE_ONE)
    options = [option.id for option in vote.options]
    rows = [(vote.current_round.id, "ballot", options[n * 7 % 4]) for n in range(ballots)]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO ballot_events (round_id, kind, option_id, created_at) "
            "VALUES (?, ?, ?, '2026-05-02')",
            rows,
        )
    tab = window.show_tab("meeting")
    tab.select_vote(vote.id)
    tab.show_live_vote()
    window.projector.resize(1920, 1080)
    tab.tally.setFocus()
    return window, tab


@pytest.fixture
def live_vote(qtbot, demo_path: Path):
    window, tab = _vote_on_the_wall(qtbot, demo_path, 300)
    for key in KEYS:  # some ballots first: the bars have lengths, the line a place
        qtbot.keyClick(tab.tally, key)
    settle(window)
    yield window, tab
    window.close()


@pytest.fixture
def big_vote(qtbot, demo_path: Path):
    """A round with 4,000 ballots in: one ballot moves a bar by a fraction of a pixel."""
    window, tab = _vote_on_the_wall(qtbot, demo_path, 9_000, ballots=4_000)
    settle(window)
    yield window, tab
    window.close()


def settle(window: MainWindow) -> None:
    """The repaints asked for, done: the wall's next frame now rather than in 16 ms."""
    window.projector.current_slide.flush()
    QApplication.processEvents()


class PaintedRegions(QObject):
    """The region each widget repaints, in its own coordinates."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: dict[QWidget, QRegion] = defaultdict(QRegion)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.regions[watched] += event.region()  # type: ignore[attr-defined]
        return False


def area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in region)


def test_a_ballot_key_repaints_its_numbers_not_the_whole_board_and_wall(qtbot, live_vote) -> None:
    window, tab = live_vote
    slide = window.projector.current_slide
    painted = PaintedRegions()
    QApplication.instance().installEventFilter(painted)
    try:
        qtbot.keyClick(tab.tally, Qt.Key.Key_2)
        settle(window)
    finally:
        QApplication.instance().removeEventFilter(painted)
    assert tab.desk.tally.ballots == len(KEYS) + 1
    board = tab.tally.board
    assert 0 < area(painted.regions[slide]) < slide.width() * slide.height() // 2
    assert 0 < area(painted.regions[board]) < board.width() * board.height() * 3 // 4


def on_screen(widget: QWidget) -> QImage:
    """What the screen shows of `widget` now: its window's pixels, not a fresh paint."""
    top = widget.window()
    corner = widget.mapTo(top, widget.rect().topLeft())
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(top.winId(), corner.x(), corner.y(), widget.width(), widget.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def fresh(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_after_each_key_the_screen_shows_what_a_full_repaint_draws(qtbot, live_vote) -> None:
    window, tab = live_vote
    slide = window.projector.current_slide
    for key in (1, 1, 2, 0, 3, 1, 4, 2, 2, 1):
        qtbot.keyClick(tab.tally, getattr(Qt.Key, f"Key_{key}"))
        settle(window)
        for widget in (tab.tally.board, slide):
            assert on_screen(widget) == fresh(widget), f"{type(widget).__name__} after {key}"
    qtbot.keyClick(tab.tally, Qt.Key.Key_Backspace)  # taken back: the numbers go down again
    settle(window)
    for widget in (tab.tally.board, slide):
        assert on_screen(widget) == fresh(widget)


def _painted_by_key(qtbot, window, tab, key: int) -> PaintedRegions:  # type: ignore[no-untyped-def]
    """The regions every widget repainted for one ballot key, once it has settled."""
    painted = PaintedRegions()
    QApplication.instance().installEventFilter(painted)
    try:
        qtbot.keyClick(tab.tally, getattr(Qt.Key, f"Key_{key}"))
        settle(window)
    finally:
        QApplication.instance().removeEventFilter(painted)
    return painted


def test_in_a_big_round_a_key_repaints_a_small_part_of_the_wall_and_board(qtbot, big_vote) -> None:
    """Thousands of ballots in: a ballot moves the bars by less than a pixel, so the bars are
    not repainted at every key; the lines under them are repainted where their words are."""
    window, tab = big_vote
    slide = window.projector.current_slide
    board = tab.tally.board
    largest = {slide: 0, board: 0}
    for key in (1, 2, 3, 4, 1, 2, 1, 3):
        painted = _painted_by_key(qtbot, window, tab, key)
        for widget, most in largest.items():
            assert painted.regions[widget], f"{type(widget).__name__} not repainted"
            largest[widget] = max(most, area(painted.regions[widget]))
    assert tab.desk.tally.ballots == 4_008
    # every key repaints under a fifth of the wall and a tenth of the board (whole bars and
    # whole-width lines at every key were a third of the wall and a fifth of the board)
    assert largest[slide] < slide.width() * slide.height() // 5
    assert largest[board] < board.width() * board.height() // 10


def test_in_a_big_round_the_screen_shows_what_a_full_repaint_draws(qtbot, big_vote) -> None:
    window, tab = big_vote
    slide = window.projector.current_slide
    for key in (1, 1, 2, 0, 3, 1, 4, 2, 2, 1, 3, 3, 4):
        qtbot.keyClick(tab.tally, getattr(Qt.Key, f"Key_{key}"))
        settle(window)
        for widget in (tab.tally.board, slide):
            assert on_screen(widget) == fresh(widget), f"{type(widget).__name__} after {key}"


def test_in_a_big_round_a_key_redraws_the_digits_of_the_line_under_the_bars(
    qtbot, big_vote
) -> None:
    """ "Needed: 2001 of 4000 votes cast (majority)": a key changes its digits, and only they
    are drawn again on the wall, not the whole line (every glyph of a long line at 1920×1080
    cost more than the bars' numbers did)."""
    window, tab = big_vote
    slide = window.projector.current_slide
    needed_line = slide._layout(slide.view, None).lines[0].toAlignedRect()
    for key in (1, 2, 3, 4):
        painted = _painted_by_key(qtbot, window, tab, key)
        drawn = painted.regions[slide] & QRegion(needed_line)
        assert not drawn.isEmpty()  # its digits changed: they are on the wall
        assert drawn.boundingRect().width() < needed_line.width() // 5


def test_in_a_big_round_a_key_writes_again_only_the_lines_under_the_bars_it_changed(
    qtbot, big_vote, monkeypatch
) -> None:
    """ "Quorum 15: met ✓" between "Needed: …" and the over-vote warning keeps its words at
    every key: its letters are not written again for the pixel row it shares with a changed
    line (laying out a long line cost more than the digits that changed)."""
    window, tab = big_vote
    slide = window.projector.current_slide
    written: list[str] = []

    def draw_line(painter, rect, text, metrics):  # type: ignore[no-untyped-def]
        written.append(text)
        original(painter, rect, text, metrics)

    original = vote_slide.draw_line
    monkeypatch.setattr(vote_slide, "draw_line", draw_line)
    lines = [text for text, _ in status_lines(slide.view)]
    assert [line.split(" ")[0] for line in lines] == ["Needed:", "Quorum", "⚠"]
    for key in (1, 2, 3):
        written.clear()
        qtbot.keyClick(tab.tally, getattr(Qt.Key, f"Key_{key}"))
        settle(window)
        now = [text for text, _ in status_lines(slide.view)]
        assert now[0] in written and now[2] in written  # their digits changed: written anew
        assert now[1] == lines[1] and now[1] not in written
        for widget in (tab.tally.board, slide):
            assert on_screen(widget) == fresh(widget)


def test_a_key_writes_its_numbers_in_the_places_the_last_key_worked_out(qtbot, big_vote) -> None:
    """The wall's heading, question and lines stay where they are from key to key: their
    places are worked out when they move (another size, another line), not at every key."""
    window, tab = big_vote
    slide = window.projector.current_slide
    before = slide._layout(slide.view, None)
    qtbot.keyClick(tab.tally, Qt.Key.Key_1)
    settle(window)
    after = slide._layout(slide.view, None)
    assert tab.desk.tally.ballots == 4_001
    assert after is before
    window.projector.resize(1280, 720)  # another size: other places
    settle(window)
    assert slide._layout(slide.view, None).lines[0] != before.lines[0]
