"""Issue 12 item 9, the guided first run on an empty file: Enter on the welcome page creates the
group, the name is typed into the dialog's first field, and the window then shows a checklist —
roster, values, races, meeting — whose buttons go there and whose steps tick themselves."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.store import Store
from tests.scenarios.harness import Person, run_scenario


def create_group_then_follow_the_checklist(person: Person) -> None:
    from PySide6.QtCore import Qt

    window = person.window
    person.wait_until(lambda: window.pages.currentWidget() is window.welcome, "the welcome page")
    assert person.focus() is window.welcome.create_button, person.focus()

    def name_the_group(dialog) -> None:
        person.type("Lakeside Democrats")
        person.press(Qt.Key.Key_Return)

    person.in_dialog(lambda: person.press(Qt.Key.Key_Return), name_the_group)
    panel = window.first_steps
    person.wait_until(panel.isVisible, "the first-steps checklist")
    assert panel.done() == {"roster": False, "values": False, "races": False, "meeting": False}
    texts = [mark.text() for mark in panel.marks.values()]
    assert texts == [
        "1. Import the roster",
        "2. Write your values",
        "3. Add the races",
        "4. Plan a meeting",
    ], texts
    person.screenshot("first-steps", window)

    person.click(panel.buttons["races"])
    assert window.tab_keys()[window.tabs.currentIndex()] == "scorecards"

    def add_mayor(dialog) -> None:
        person.type("Mayor")
        person.press(Qt.Key.Key_Return)

    person.in_dialog(
        lambda: person.press(
            Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ),
        add_mayor,
    )
    assert panel.done()["races"], panel.done()
    assert panel.isVisible()


def test_a_new_group_gets_a_checklist_that_ticks_itself(x_display: str, db_path: Path) -> None:
    run_scenario(x_display, create_group_then_follow_the_checklist, db_path)
    with Store.open(db_path) as store:
        assert store.scalar("SELECT count(*) FROM races WHERE office = 'Mayor'") == 1
