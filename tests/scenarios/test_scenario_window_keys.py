"""Issue 12 items 2, 3, 4, 7 and closing during a count (item 9), as a person meets them.

Tabs are clicked; every key goes to the focus. Right after the click the focus is on the tab
bar, and the documented keys must still work: Ctrl+Shift+N (New Race), Ctrl+Alt+N (New Meeting),
Ctrl+T (Count Ballots), F7 (Show Result), Alt+2 (a Commitments page). Dialogs open with the focus
in their first input, so typing a name and Enter makes the thing; Alt+Q in New Vote is the
question, never the quorum; Amend starts at the recorded count and Alt+R reaches the reason.
Closing while a round is being counted asks, and neither answer loses a ballot.
"""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.store import Store
from tests.scenarios.harness import Person, run_scenario
from tests.scenarios.test_scenario_ranked_result import choose_vote

BALLOTS = (
    "SELECT count(*) FROM ballot_events e JOIN rounds r ON r.id = e.round_id WHERE r.vote_id = ?"
)


def new_race_and_candidate(person: Person) -> None:
    """Item 2 (Ctrl+Shift+N after a click on the tab) and item 4 (type a name, Enter)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QTabBar

    store = person.window.session.store
    person.click_tab("Candidates & Scorecards")
    assert isinstance(person.focus(), QTabBar), person.focus()

    def type_office(dialog) -> None:
        assert dialog.windowTitle() == "New race"
        assert isinstance(person.focus(), QLineEdit) and person.focus() is dialog.office_edit
        person.type("Library Board")
        person.press(Qt.Key.Key_Return)

    person.in_dialog(
        lambda: person.press(Qt.Key.Key_N, ctrl_shift()),
        type_office,
    )
    race_id = store.scalar("SELECT id FROM races WHERE office = 'Library Board'")
    assert race_id is not None, "Enter in New Race made no race"

    def type_name(dialog) -> None:
        assert dialog.windowTitle().startswith("New candidate — Library Board")
        assert person.focus() is dialog.name_edit
        person.type("Rosa Quintero")
        person.press(Qt.Key.Key_Return)

    person.in_dialog(lambda: person.press(Qt.Key.Key_Insert), type_name)
    assert store.scalar(
        "SELECT count(*) FROM candidates WHERE race_id = ? AND name = 'Rosa Quintero'", (race_id,)
    ), "Enter in New Candidate made no candidate"


def ctrl_shift():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def meeting_keys(person: Person) -> int:
    """Items 2 and 3 on the meeting tab; returns the id of the vote it opened and counted in."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    window = person.window
    store = window.session.store
    person.click_tab("Meeting & Voting")
    assert isinstance(person.focus(), QTabBar), person.focus()
    tab = window.tabs.currentWidget()

    def look_and_leave(dialog) -> None:
        assert "meeting" in dialog.windowTitle().lower(), dialog.windowTitle()
        person.press(Qt.Key.Key_Escape)

    person.in_dialog(
        lambda: person.press(
            Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ),
        look_and_leave,
    )
    meetings = store.scalar("SELECT count(*) FROM meetings")

    quorum_before: list[int] = []

    def ask_the_question(dialog) -> None:
        quorum_before.append(dialog.rule_editor.quorum_spin.value())
        person.press(Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
        assert person.focus() is dialog.question_edit, person.focus()
        person.type("Whom do we endorse for mayor? 12")
        assert dialog.question_edit.text() == "Whom do we endorse for mayor? 12"
        assert dialog.rule_editor.quorum_spin.value() == quorum_before[0]
        person.press(Qt.Key.Key_Return)

    person.in_dialog(lambda: person.press(Qt.Key.Key_V, ctrl_shift()), ask_the_question)
    assert store.scalar("SELECT count(*) FROM meetings") == meetings  # Escape made nothing
    vote_id, question, quorum = store.row(
        "SELECT id, question, quorum FROM votes ORDER BY id DESC LIMIT 1"
    )
    assert question == "Whom do we endorse for mayor? 12"
    assert (quorum or 0) == quorum_before[0], (quorum, quorum_before)

    person.click_tab("Meeting & Voting")  # the focus back on the tab bar
    person.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert person.focus() is tab.tally, person.focus()
    for key in "121":
        person.type(key)
        person.press(Qt.Key.Key_Return)
    assert store.scalar(BALLOTS, (vote_id,)) == 3

    person.click_tab("Meeting & Voting")
    person.press(Qt.Key.Key_F7)
    projector = window.projector
    person.wait_until(
        lambda: projector is not None and projector.current_slide.slide_id == "result",
        "F7 to put the result on the projector",
    )
    window.activateWindow()
    person.wait_until(lambda: person.focus() is not None, "the focus back in the window")
    return vote_id


def amend_hand_count(person: Person) -> None:
    """Item 7: Correct count starts at the recorded count; Alt+R reaches the reason."""
    from PySide6.QtCore import Qt

    from endorse_desktop.core.voting.stored import Method, load_vote, round_tally

    store = person.window.session.store
    vote_id = store.scalar("SELECT id FROM votes WHERE method = 'hand_count' ORDER BY id LIMIT 1")
    vote = load_vote(store, vote_id)
    assert vote.method is Method.HAND_COUNT
    recorded = round_tally(store, vote, vote.rounds[0]).votes[vote.options[0].id]
    assert recorded > 0
    person.click_tab("Meeting & Voting")
    choose_vote(person, f"{vote_id}. ")

    def correct(dialog) -> None:
        assert dialog.count_spin.value() == recorded, (dialog.count_spin.value(), recorded)
        person.press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert person.focus() is dialog.reason_edit, person.focus()
        person.type("recounted the hands")
        person.press(Qt.Key.Key_Escape)

    person.in_dialog(lambda: person.press(Qt.Key.Key_A, ctrl_shift()), correct)


def commitments_page_key(person: Person) -> None:
    """Item 2: Alt+2 picks the second Commitments page right after a click on the tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    person.click_tab("Commitments")
    assert isinstance(person.focus(), QTabBar), person.focus()
    pages = person.window.tabs.currentWidget().pages
    person.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert pages.currentIndex() == 1, pages.tabText(pages.currentIndex())


def close_during_a_count(person: Person, vote_id: int) -> None:
    """Item 9: Ctrl+Q while a round is being counted asks; Cancel keeps the window, Finish Later
    closes it; the ballots stay either way (checked again after the process ends)."""
    from PySide6.QtCore import Qt

    window = person.window
    store = window.session.store

    def cancel(dialog) -> None:
        assert "Round 1 of the vote on" in dialog.text(), dialog.text()
        person.press(Qt.Key.Key_Escape)

    person.in_dialog(
        lambda: person.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier), cancel
    )
    person.wait(100)
    assert window.isVisible(), "Cancel closed the window"
    assert store.scalar(BALLOTS, (vote_id,)) == 3

    def finish_later(dialog) -> None:
        person.press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)

    person.in_dialog(
        lambda: person.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        finish_later,
        closes_window=True,
    )
    person.wait_until(lambda: not window.isVisible(), "Finish Later to close the window")


def documented_keys_from_the_tab_bar(person: Person) -> None:
    new_race_and_candidate(person)
    vote_id = meeting_keys(person)
    amend_hand_count(person)
    commitments_page_key(person)
    person.screenshot("documented-keys")
    close_during_a_count(person, vote_id)


def test_documented_keys_work_where_the_focus_really_is(x_display: str, demo_path: Path) -> None:
    run_scenario(x_display, documented_keys_from_the_tab_bar, demo_path)
    with Store.open(demo_path) as store:
        vote_id, status = store.row("SELECT id, status FROM votes ORDER BY id DESC LIMIT 1")
        assert status == "open"
        assert store.scalar(BALLOTS, (vote_id,)) == 3
        assert store.scalar("SELECT status FROM rounds WHERE vote_id = ?", (vote_id,)) == "open"
