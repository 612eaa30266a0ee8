"""Issue 16: after the election, in the real window with keys to the focus: a race's result
typed into its dialog, then an official's action in office rated on a dealbreaker value, which
brings up "review the endorsement"."""

from __future__ import annotations

from pathlib import Path

from tests.scenarios.harness import Person, run_scenario


def result_then_rating_in_office(person: Person) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    window = person.window
    store = window.session.store
    person.click_tab("Results & Track Record")
    tab = window.tabs.currentWidget()
    page = tab.results_page

    # a result: click the candidate's row, F2, then only keys
    row = page.model.row_of(lambda r: r.name == "Priya Raman")
    assert row is not None
    person.click(page.view.viewport(), page.view.visualRect(page.model.index(row, 1)).center())
    assert person.focus() is page.view
    person.press(Qt.Key.Key_F2)
    person.wait_until(
        lambda: isinstance(person.focus(), QComboBox) and person.focus() is tab.dialog.outcome_box,
        "the result dialog's outcome field",
    )
    person.type("a")  # Advanced to the general
    person.press(Qt.Key.Key_Tab)
    person.type("6,120")
    person.press(Qt.Key.Key_Tab)
    person.type("41.7")
    person.press(Qt.Key.Key_Tab)
    person.type("2027-03-02")
    person.press(Qt.Key.Key_Tab)
    person.type("County clerk")
    person.screenshot("result-dialog")
    person.press(Qt.Key.Key_Return)
    person.wait_until(lambda: not tab.dialog.isVisible(), "the dialog to close")
    priya = store.scalar("SELECT id FROM candidates WHERE name = 'Priya Raman'")
    stored = store.row(
        "SELECT outcome, votes, share, decided_on, source FROM results WHERE candidate_id = ?",
        (priya,),
    )
    assert tuple(stored) == ("advanced_general", 6120, "417/1000", "2027-03-02", "County clerk")
    shown = page.model.record_at(page.model.row_of(lambda r: r.name == "Priya Raman"))
    assert (shown.share, shown.result.outcome) == ("41.7%", "advanced_general")

    # an action in office: the official's row, the actions table, Insert, then only keys
    person.click_tab("In Office")
    office = tab.office_page
    official = next(i for i, o in enumerate(office.officials) if o.name == "Marisol Vega")
    item = office.officials_list.item(official)
    person.click(
        office.officials_list.viewport(), office.officials_list.visualItemRect(item).center()
    )
    person.click(office.view.viewport(), office.view.visualRect(office.model.index(0, 0)).center())
    assert person.focus() is office.view
    before = store.scalar("SELECT count(*) FROM office_actions")
    person.press(Qt.Key.Key_Insert)
    person.wait_until(
        lambda: person.focus() is tab.dialog.value_box, "the action dialog's value field"
    )
    person.type("v")  # Voting access: a dealbreaker
    person.press(Qt.Key.Key_Tab)
    person.type("Voted to purge the rolls")
    person.press(Qt.Key.Key_Tab)
    person.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type("2026-11-20")
    person.press(Qt.Key.Key_Tab)
    person.type("o")  # Opposes
    person.press(Qt.Key.Key_Tab)
    person.type("Senate journal, page 212")
    person.press(Qt.Key.Key_Tab)  # leaves the evidence box for the source
    person.screenshot("office-action-dialog")
    person.press(Qt.Key.Key_Return)
    person.wait_until(lambda: not tab.dialog.isVisible(), "the dialog to close")
    assert store.scalar("SELECT count(*) FROM office_actions") == before + 1
    action = store.row(
        "SELECT a.action, a.acted_on, a.rating, a.evidence, v.title FROM office_actions a "
        "JOIN group_values v ON v.id = a.value_id ORDER BY a.id DESC LIMIT 1"
    )
    assert tuple(action) == (
        "Voted to purge the rolls",
        "2026-11-20",
        0,
        "Senate journal, page 212",
        "Voting access",
    )
    assert "Marisol Vega was rated Opposes on Voting access" in office.prompt_label.text()
    assert "review the endorsement" in window.statusBar().currentMessage()
    person.screenshot("in-office-review-prompt")


def test_a_result_and_an_in_office_rating_typed_with_keys(x_display: str, demo_path: Path):
    run_scenario(x_display, result_then_rating_in_office, demo_path)
