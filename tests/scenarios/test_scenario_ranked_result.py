"""Issue 12 item 6: a ranked result the room understands.

After finalizing, the bars show the count's final round (not the first preferences beside the
announced winner), PageUp/PageDown step through the rounds, "round" is the one word for them
("Round 3 of 3" as a heading, "round 3" in sentences, never "Count 3"), each candidate who left
is explained, "No endorsement" staying in is explained, and "✓ reached" appears only once the
ballots still to come could not change it.
"""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.store import Store
from tests.scenarios.harness import Person, run_scenario

COUNCIL = "City Council — Ward 3"


def choose_vote(person: Person, title: str) -> None:
    """Open the Vote list with the mouse and pick the vote with the arrow keys and Enter."""
    from PySide6.QtCore import Qt

    tab = person.window.tabs.currentWidget()
    combo = tab.vote_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    wanted = next((i for i, text in enumerate(texts) if title in text), None)
    assert wanted is not None, (title, texts)
    person.click(combo)
    person.wait(100)
    person.press(Qt.Key.Key_Home)
    person.press(Qt.Key.Key_Down, times=wanted)
    person.press(Qt.Key.Key_Return)
    person.wait_until(lambda: title in combo.currentText(), f"the vote for {title} chosen")


def button(tab, text: str):
    """The button a person reads `text` on."""
    from PySide6.QtWidgets import QAbstractButton

    return next(b for b in tab.findChildren(QAbstractButton) if b.text().replace("&", "") == text)


def finalized_ranked_count(person: Person) -> None:
    from PySide6.QtCore import Qt

    person.click_tab("Meeting & Voting")
    tab = person.window.tabs.currentWidget()
    choose_vote(person, COUNCIL)
    board = tab.tally.board
    assert board.heading() == "Round 3 of 3"
    rows = {row.label: (row.votes, row.note) for row in board.rows()}
    assert rows["Marcus Okafor"] == ("17", "✓ reached")
    assert "Tom Becker" not in rows and "Dolores Haddad" not in rows
    assert rows["No choice left"][0] == "2"
    assert board.reasons() == (
        "Tom Becker was eliminated after round 1 with the fewest votes (2).",
        "Dolores Haddad was eliminated after round 2 with the fewest votes (7).",
        "“No endorsement” is never eliminated: it stays in every round.",
    )
    header = tab.vote_header.text()
    result = tab.result_label.text()
    assert "Round 1" not in header, header
    assert result.startswith("Announced: Marcus Okafor is endorsed in round 3:"), result
    assert "Count" not in header + result
    person.screenshot("ranked-final-round")

    person.click(board)  # the tally takes the keys (its frame shows it has the focus)
    person.press(Qt.Key.Key_PageUp)
    assert board.heading() == "Round 2 of 3"
    rows = {row.label: (row.votes, row.note) for row in board.rows()}
    assert rows["Dolores Haddad"] == ("7", "needs 8 more")
    assert "Showing round 2 of 3" in tab.tally.hint.text()
    person.press(Qt.Key.Key_PageUp, times=3)  # stops at the first round
    assert board.heading() == "Round 1 of 3"
    assert {row.label for row in board.rows()} >= {"Tom Becker", "Blank or overvoted"}
    person.press(Qt.Key.Key_PageDown, times=2)
    assert board.heading() == "Round 3 of 3"

    person.click(button(tab, "Show Live Vote"))
    slide = person.window.projector.current_slide
    person.wait_until(lambda: slide.slide_id == "vote", "the live vote on the projector")
    shown = slide.final_count_round(slide.view)
    assert shown is not None and shown.heading == "Round 3 of 3"
    assert [o.label for o in shown.view.options] == [
        "Marcus Okafor",
        "Priya Raman",
        "No endorsement",
    ]
    person.screenshot("ranked-projector")

    # the projector follows the board: PageUp/PageDown on the tally step the wall's round too
    person.click(board)
    person.press(Qt.Key.Key_PageUp)
    assert board.heading() == "Round 2 of 3"
    shown = slide.final_count_round(slide.view)
    assert shown is not None and shown.heading == "Round 2 of 3"
    assert "Dolores Haddad" in [o.label for o in shown.view.options]
    assert slide.caption().endswith("round 2 of 3"), slide.caption()
    person.press(Qt.Key.Key_PageUp)
    assert slide.final_count_round(slide.view).heading == "Round 1 of 3"
    person.press(Qt.Key.Key_PageDown, times=2)
    assert slide.final_count_round(slide.view).heading == "Round 3 of 3"
    # shown again while the board is on round 2: the wall starts at round 2
    person.press(Qt.Key.Key_PageUp)
    person.click(button(tab, "Show Live Vote"))
    assert slide.final_count_round(slide.view).heading == "Round 2 of 3"


def test_a_finalized_ranked_count_shows_its_rounds_and_reasons(
    x_display: str, demo_path: Path
) -> None:
    run_scenario(x_display, finalized_ranked_count, demo_path)


def ten_of_many_ballots(person: Person) -> None:
    from PySide6.QtCore import Qt

    person.click_tab("Meeting & Voting")
    tab = person.window.tabs.currentWidget()
    choose_vote(person, f"4. {COUNCIL}")
    person.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Count Ballots
    assert person.focus() is tab.tally, person.focus()
    for _ in range(10):
        person.type("1")
        person.press(Qt.Key.Key_Return)
    assert tab.desk.tally.ballots == 10
    rows = {row.label: (row.votes, row.note) for row in tab.tally.board.rows()}
    # 10 of 10 so far, but 20 more members can still vote: nothing is decided yet
    assert rows["Marcus Okafor"] == ("10", "✓ so far"), rows
    person.screenshot("ranked-ten-ballots")

    # Run the count so far: its round on the board; the next ballot brings the live numbers back
    person.click(button(tab, "Run the Ranked Count"))
    assert tab.tally.board.heading() == "Round 1", tab.tally.board.heading()
    assert "Result so far:" in tab.result_label.text()
    person.click(tab.tally.board)
    person.type("2")
    person.press(Qt.Key.Key_Return)
    assert tab.tally.board.heading() == ""
    rows = {row.label: row.votes for row in tab.tally.board.rows()}
    assert (rows["Marcus Okafor"], rows["Priya Raman"]) == ("10", "1")


def test_reached_is_said_only_when_the_rest_cannot_change_it(
    x_display: str, demo_path: Path
) -> None:
    from endorse_desktop.core.voting.lifecycle import create_vote
    from endorse_desktop.core.voting.stored import Method

    store = Store.open(demo_path)
    meeting_id, race_id = store.row("SELECT meeting_id, race_id FROM votes WHERE id = 2")
    create_vote(store, meeting_id, race_id, Method.PAPER_RANKED, question="(second count)")
    store.close()
    run_scenario(x_display, ten_of_many_ballots, demo_path)
