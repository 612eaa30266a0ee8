"""Issue 15: View ▸ Language ▸ Español and back in the middle of a count, in the real window with
keys to the focus: the count goes on from the keyboard where it was, Ctrl+Z still takes back the
last ballot, the speech timer keeps running with the time it had, and the file is not touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.stored import Method
from tests.scenarios.harness import Person, run_scenario
from tests.scenarios.test_scenario_ranked_result import choose_vote


def choose_language(person: Person, choice: str) -> None:
    """View ▸ Language ▸ the entry, as a click on it does."""
    action = next(a for a in person.window.language_menu.actions() if a.data() == choice)
    action.trigger()
    person.wait(50)


def digest(path: Path) -> str:
    found = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        found.update(wal.read_bytes())
    return found.hexdigest()


def switch_mid_count(person: Person) -> None:
    from PySide6.QtCore import Qt

    from endorse_desktop.core.voting.journal import BallotDesk

    window = person.window
    store = window.session.store
    person.click_tab("Meeting & Voting")
    tab = window.tabs.currentWidget()
    choose_vote(person, "Mayor")
    vote_id = tab.current_vote.id

    def ballots() -> int:
        return BallotDesk(store, vote_id).tally.ballots

    person.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # to the tally
    person.wait_until(lambda: person.focus() is tab.tally, "the focus on the tally")
    person.type("121")
    assert ballots() == 3
    person.press(
        Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.speech_timer.running
    person.wait(1200)
    left = tab.speech_timer.remaining_ms()
    before = digest(window.session.path)

    choose_language(person, "es")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "&Reunión y votación"
    person.screenshot("language-switch-es")
    choose_language(person, "en")
    assert digest(window.session.path) == before

    rebuilt = window.tabs.currentWidget()
    assert rebuilt is not tab and rebuilt.current_vote.id == vote_id
    assert person.focus() is rebuilt.tally  # the keys still count
    assert rebuilt.speech_timer.running
    assert abs(rebuilt.speech_timer.remaining_ms() - left) <= 1000
    person.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # takes back the last "1"
    person.wait_until(lambda: ballots() == 2, "the last ballot taken back")
    assert rebuilt.tally.board.shown_view().ballots == 2
    person.type("2")
    assert ballots() == 3


def test_a_language_switch_mid_count_loses_nothing(x_display: str, demo_path: Path) -> None:
    # here, not at the top: the scenario's own process imports this module without the conftest
    from tests.voting_setup import new_meeting, race_id

    with Store.open(demo_path) as store:
        meeting_id = new_meeting(store, 20)
        voting.create_vote(store, meeting_id, race_id(store, "Mayor"), Method.PAPER_CHOOSE_ONE)
    run_scenario(x_display, switch_mid_count, demo_path)
