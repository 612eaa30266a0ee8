"""The Meeting & Voting tab driven from the keyboard, as a facilitator does in the room."""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Policy,
)
from endorse_desktop.core.voting.stored import Method, load_vote, round_tally
from endorse_desktop.core.voting.tally import TallyKind
from endorse_desktop.ui.meeting.vote_lines import status_lines
from endorse_desktop.ui.projector.result_slide import ResultSlide
from endorse_desktop.ui.projector.slide import MIN_BODY_PX, projector_font
from endorse_desktop.ui.projector.timer_slide import TimerSlide, timer_caption
from endorse_desktop.ui.projector.vote_slide import VoteSlide
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import wait_for_background_tasks
from tests.voting_setup import new_meeting, race_id, rule

DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    wait_for_background_tasks()
    win.close()


pytestmark = pytest.mark.usefixtures("no_modal_boxes")  # tests/conftest.py


def add_voters(store: Store, count: int) -> None:
    """More members eligible to vote, so a big hall does not over-vote the roster."""
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO members (first_name, last_name, created_at, updated_at) "
            "VALUES ('Voter', ?, 'x', 'x')",
            [(f"Number {n}",) for n in range(count)],
        )


def press(qtbot, widget, keys: str) -> None:
    """A shortcut typed while `widget` has the keyboard."""
    if QApplication.activeWindow() is not widget.window():
        with qtbot.waitActive(widget.window()):
            widget.window().activateWindow()
    widget.setFocus()
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, accents included (QTest.keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_vote(window, method: Method = Method.PAPER_CHOOSE_ONE, office: str = "Mayor", **kw):
    store = window.session.store
    meeting_id = new_meeting(store, 0)
    meetings.set_head_count(store, meeting_id, kw.pop("head_count", 250))
    add_voters(store, 250)
    vote = voting.create_vote(store, meeting_id, race_id(store, office), method, rule(**kw))
    tab = window.show_tab("meeting")
    tab.select_vote(vote.id)
    return tab, vote


def stored_counts(store: Store, vote_id: int, number: int) -> dict[str, int]:
    vote = load_vote(store, vote_id)
    tally = round_tally(store, vote, vote.rounds[number - 1])
    return {vote.label_of(option): n for option, n in tally.votes.items()} | {"blank": tally.blank}


def screen_counts(tab) -> dict[str, int]:
    rows = tab.tally.board.rows()
    return {("blank" if row.key == "0" else row.label): int(row.votes) for row in rows}


def slide_counts(slide: VoteSlide) -> dict[str, int]:
    view = slide.view
    assert view is not None
    return {o.label: o.votes for o in view.options} | {"blank": view.blank}


def tally_round(qtbot, window, tab, keys: list[int], rng: random.Random) -> Counter[int]:
    """Type `keys` as ballots, with Backspaces, Ctrl+Z and redos (Ctrl+Y) along the way; return
    what should be counted."""
    counted: list[int] = []
    tab.tally.setFocus()
    for index, key in enumerate(keys):
        if index and index % 23 == 0:  # a ballot read wrongly, taken back with Backspace
            qtbot.keyClick(tab.tally, DIGIT[rng.choice([1, 2])])
            qtbot.keyClick(tab.tally, Qt.Key.Key_Backspace)
        if index and index % 31 == 0:  # Ctrl+Z takes a ballot back; Ctrl+Y puts it back,
            press(qtbot, tab.tally, "Ctrl+Z")  # or the ballot is read again
            taken = counted.pop()
            if index % 2:
                press(qtbot, tab.tally, "Ctrl+Y")
            else:
                qtbot.keyClick(tab.tally, DIGIT[taken])
            counted.append(taken)
        qtbot.keyClick(tab.tally, DIGIT[key])
        counted.append(key)
    return Counter(counted)


def test_two_hundred_paper_ballots_by_keyboard_agree_everywhere(
    qtbot, window, cli, tmp_path
) -> None:
    """SPEC F-6 acceptance: 200 ballots typed with undos, finalize, a second round; then the
    stored events, the screen, the projector and `count` on the exported record agree."""
    store = window.session.store
    tab, vote = open_vote(window)
    tab.show_live_vote()
    slide = window.projector.current_slide
    assert isinstance(slide, VoteSlide)
    rng = random.Random(4)
    first = [1] * 96 + [2] * 60 + [3] * 30 + [4] * 10 + [0] * 4
    rng.shuffle(first)
    expected = tally_round(qtbot, window, tab, first, rng)
    labels = {
        1: "Ana Núñez",
        2: "Bob Lee",
        3: "Carmen Diaz-Whitfield",
        4: NO_ENDORSEMENT,
        0: "blank",
    }
    want = {labels[key]: expected[key] for key in labels}
    assert sum(want.values()) == 200
    assert stored_counts(store, vote.id, 1) == want
    assert screen_counts(tab) == want
    assert slide_counts(slide) == want
    events = Counter(
        store.column("SELECT kind FROM ballot_events WHERE round_id = ?", (vote.current_round.id,))
    )
    assert events["undo"] >= 10 and events["ballot"] == 200 + events["undo"]

    tab.ask_finalize = lambda number, sentence, winner: voting.EndorsementChoice()
    press(qtbot, tab.tally, "Ctrl+Return")
    assert wait_for_background_tasks()
    assert load_vote(store, vote.id).rounds[0].is_final
    assert isinstance(window.projector.current_slide, ResultSlide)  # the room sees the result
    assert "No decision" in window.projector.current_slide.text.sentence
    assert "Carmen Diaz-Whitfield leaves the ballot" in window.projector.current_slide.text.sentence

    tab.ask_next_round = lambda number, going, tied, drops: []
    press(qtbot, tab.vote_combo, "Ctrl+Shift+N")
    assert tab.desk.round.number == 2
    slide = window.projector.current_slide
    assert isinstance(slide, VoteSlide)
    tab.tally.setFocus()
    qtbot.keyClick(tab.tally, DIGIT[3])  # Carmen left after round 1: the key records nothing
    assert "no longer on the ballot" in tab.warning_label.text()
    second = [1] * 150 + [2] * 40 + [4] * 8 + [0] * 2
    rng.shuffle(second)
    expected = tally_round(qtbot, window, tab, second, rng)
    want = {labels[key]: expected[key] for key in (1, 2, 4, 0)}
    assert stored_counts(store, vote.id, 2) == want == screen_counts(tab) == slide_counts(slide)
    press(qtbot, tab.tally, "Ctrl+Return")
    assert wait_for_background_tasks()

    done = load_vote(store, vote.id)
    assert done.is_closed and done.outcome == "endorsed"
    assert done.label_of(done.winner_option_id) == "Ana Núñez"
    assert screen_counts(tab) == want  # the finalized round stays on the screen
    path = tab.corrections.export_vote_record(tmp_path / "vote.json")
    assert path is not None
    assert path.stat().st_mode & 0o777 == 0o600  # owner-only, like every file the app writes
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["rounds"][1]["counts"] == {k: v for k, v in want.items() if k != "blank"}
    assert record["rounds"][1]["spoiled"] == want["blank"]
    recount = cli("count", str(path))
    assert recount.returncode == 0, recount.stderr
    result = json.loads(recount.stdout)
    assert result == done.rounds[-1].result
    assert result["winner"] == "Ana Núñez" and result["rounds"][0]["eliminated"] == [
        "Carmen Diaz-Whitfield"
    ]
    sentence = window.projector.current_slide.text.sentence
    assert sentence.startswith(f"Ana Núñez is endorsed in round 2: {want['Ana Núñez']} of ")
    assert sentence in window.statusBar().currentMessage() or sentence in tab.result_label.text()
    assert cli("check", "--db", str(store.path)).returncode == 0


def test_attendance_by_keyboard_and_quorum_always_in_view(qtbot, window) -> None:
    store = window.session.store
    meeting = meetings.add_meeting(store, meetings.Meeting("2026-05-02", "Hall"))
    assert meeting.id is not None
    tab = window.show_tab("meeting")
    tab.select_meeting(meeting.id)
    assert tab.header.text() == "0 present · quorum 15 ✗ NOT met (15 short)"
    press(qtbot, tab.vote_combo, "Ctrl+I")
    assert tab.attendance.search.hasFocus()
    someone = store.row("SELECT first_name, last_name FROM members WHERE archived = 0 LIMIT 1")
    type_text(tab.attendance.search, f"{someone[0]} {someone[1]}".lower())
    assert tab.attendance.match_names()[0].startswith(f"{someone[0]} {someone[1]}")
    qtbot.keyClick(tab.attendance.search, Qt.Key.Key_Return)
    assert tab.attendance.search.text() == ""
    assert tab.attendance.present_names()[0].startswith(f"{someone[0]} {someone[1]}")
    assert tab.header.text().startswith("1 present")
    assert window.meeting_status.text().startswith("Present: 1")
    window.show_tab("members")  # the status bar keeps showing it on other tabs
    assert window.meeting_status.text().startswith("Present: 1")
    assert window.meeting_status.isVisible()
    tab = window.show_tab("meeting")
    press(qtbot, tab.attendance.search, "Ctrl+Z")  # the search box is empty: undo the check-in
    assert tab.attendance.present_names() == []
    assert meetings.attendance(store, meeting.id).present == 0
    tab.attendance.head_check.setChecked(True)
    tab.attendance.head_spin.setValue(16)
    tab.attendance.head_spin.editingFinished.emit()
    assert tab.header.text() == "16 present · quorum 15 ✓ met"
    assert window.meeting_status.text() == "Present: 16 · quorum 15 ✓ met"


def test_ranked_ballots_by_keyboard_with_an_overvote_a_skip_and_a_blank(qtbot, window) -> None:
    store = window.session.store
    tab, vote = open_vote(window, Method.PAPER_RANKED, "City Council", base=Base.CONTINUING)
    tab.tally.setFocus()
    for key in (
        Qt.Key.Key_2,
        Qt.Key.Key_Equal,
        Qt.Key.Key_3,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,  # 2=3, 1
        Qt.Key.Key_1,
        Qt.Key.Key_0,
        Qt.Key.Key_4,
        Qt.Key.Key_Return,  # 1, (skip), 4
        Qt.Key.Key_Return,  # a blank ballot
        Qt.Key.Key_4,
        Qt.Key.Key_2,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,  # 4, 1
    ):
        qtbot.keyClick(tab.tally, key)
    assert tab.tally.typed_ranks() == ()
    ids = {o.key: o.id for o in vote.options}
    rankings = [
        json.loads(text)
        for text in store.column(
            "SELECT ranking FROM ballot_events WHERE kind = 'ranked' AND round_id = ? ORDER BY id",
            (vote.current_round.id,),
        )
    ]
    assert rankings == [
        [[ids[2], ids[3]], [ids[1]]],
        [[ids[1]], [], [ids[4]]],
        [],
        [[ids[4]], [ids[1]]],
    ]
    qtbot.keyClick(tab.tally, Qt.Key.Key_Backspace)  # nothing being typed: takes the last back
    assert tab.desk.tally.ballots == 3
    rows = {row.label: row.votes for row in tab.tally.board.rows()}
    assert rows["Marcus Okafor"] == "1" and rows["Blank or overvoted"] == "2"


def test_hand_count_boxes_record_counts_and_undo(qtbot, window) -> None:
    store = window.session.store
    tab, vote = open_vote(window, Method.HAND_COUNT, "State House", policy=Policy.KEEP_ALL)
    press(qtbot, tab.vote_combo, "Ctrl+T")
    first = tab.tally.spin(TallyKind.OPTION, 1)
    assert first.hasFocus()
    first.selectAll()
    qtbot.keyClicks(first, "22")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    abstain = tab.tally.spin(TallyKind.ABSTAIN)
    abstain.selectAll()
    qtbot.keyClicks(abstain, "3")
    qtbot.keyClick(abstain, Qt.Key.Key_Return)
    desk = tab.desk
    assert desk.tally.votes[vote.options[0].id] == 22 and desk.tally.abstain == 3
    press(qtbot, abstain, "Ctrl+Z")
    assert tab.desk.tally.abstain == 0 and abstain.value() == 0
    undos = "SELECT count(*) FROM ballot_events WHERE kind = 'undo' AND round_id = ?"
    assert store.scalar(undos, (vote.current_round.id,)) == 1


def test_the_speech_timer_by_keyboard(qtbot, window) -> None:
    tab = window.show_tab("meeting")
    tab.speech_timer.set_length(60)
    press(qtbot, tab.vote_combo, "F8")
    slide = window.projector.current_slide
    assert isinstance(slide, TimerSlide) and slide.timer is tab.speech_timer
    assert timer_caption(slide.timer) == "Ready"
    press(qtbot, tab.vote_combo, "Ctrl+Shift+T")
    assert tab.speech_timer.running and timer_caption(slide.timer) == "Speaking"
    window.projector.step(Qt.Key.Key_Space)  # the projector window's own keys
    assert not tab.speech_timer.running
    tab.speech_timer.adjust(-45)  # 15 seconds left: the warning colour and words
    assert tab.speech_timer.warning() and timer_caption(slide.timer).endswith("seconds left")
    tab.speech_timer.adjust(-60)
    assert timer_caption(slide.timer) == "Time is up"
    press(qtbot, tab.vote_combo, "Ctrl+Alt+T")
    assert tab.speech_timer.display() == "1:00" and not tab.speech_timer.warning()
    assert timer_caption(slide.timer) == "Ready"


def test_the_projector_shows_counts_and_never_members(qtbot, window) -> None:
    store = window.session.store
    tab, vote = open_vote(window)
    members = store.column("SELECT id FROM members WHERE eligible = 1 LIMIT 3")
    for member_id in members:
        meetings.check_in(store, vote.meeting_id, member_id)
    voting.recuse(store, vote.id, members[0], "Campaign staff")
    tab.select_vote(vote.id)
    tab.tally.setFocus()
    for key in (1, 1, 2, 4, 0):
        qtbot.keyClick(tab.tally, DIGIT[key])
    tab.show_live_vote()
    slide = window.projector.current_slide
    view = slide.view
    shown = [row.label for row in tab.tally.board.rows()] + [t for t, _ in status_lines(view)]
    shown += [view.question, view.race_title]
    candidates = set(store.column("SELECT name FROM candidates"))
    names = {
        f"{first} {last}"
        for first, last in store.rows("SELECT first_name, last_name FROM members")
        if f"{first} {last}" not in candidates
    }
    assert not any(name in text for name in names for text in shown)
    assert projector_font(1080).pixelSize() >= MIN_BODY_PX >= 28
    assert projector_font(480).pixelSize() >= 28


def test_screenshots(qtbot, window, tmp_path) -> None:
    """The tab mid-tally and the three voting slides at 1920×1080, for the README; set
    ENDORSE_SCREENSHOTS to a folder (docs/screenshots) to keep them."""
    folder = Path(os.environ.get("ENDORSE_SCREENSHOTS", tmp_path))
    store = window.session.store
    tab = window.show_tab("meeting")
    meeting_id = new_meeting(store, 33)
    vote = voting.create_vote(store, meeting_id, race_id(store, "Mayor"), Method.PAPER_CHOOSE_ONE)
    tab.select_vote(vote.id)
    tab.tally.setFocus()
    keys = [1] * 12 + [2] * 5 + [3] * 3 + [4, 0]
    random.Random(3).shuffle(keys)
    for key in keys:  # 21 votes cast: 14 needed, Ana Núñez 2 short
        qtbot.keyClick(tab.tally, DIGIT[key])
    qtbot.wait(50)
    assert window.grab().save(str(folder / "meeting.png"))
    tab.show_live_vote()
    projector = window.projector
    projector.resize(1920, 1080)
    qtbot.wait(50)
    assert projector.grab().save(str(folder / "projector-vote.png"))
    for _ in range(8):
        qtbot.keyClick(tab.tally, DIGIT[1])
    tab.ask_finalize = lambda number, sentence, winner: voting.EndorsementChoice()
    tab.votes.finalize_round()
    assert wait_for_background_tasks()
    tab.show_result()
    qtbot.wait(50)
    assert projector.grab().save(str(folder / "projector-result.png"))
    tab.speech_timer.set_length(120)
    tab.show_timer()
    tab.speech_timer.start()
    tab.speech_timer.adjust(-93)
    qtbot.wait(50)
    assert projector.grab().save(str(folder / "projector-timer.png"))
    tab.speech_timer.pause()
