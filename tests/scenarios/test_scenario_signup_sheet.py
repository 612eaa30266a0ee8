"""Issue 12 item 1: a paper sign-up sheet typed fast into the real window, keys to the focus.

Ten rows: roster names typed in plain letters (accents and case ignored), a new member whose
name starts like a roster member's surname ("Pat Newcomer" beside "Priya Patel"), ticks by
number, "+" and "−" on the ticked activity, a quantity typed after F2. Each row is then checked
against the database: the right member, the right activities and quantities, nothing more.
"""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.members import Member, add_member
from endorse_desktop.core.store import Store
from tests.scenarios.harness import Person, run_scenario

# (what is typed for the name, then the keys after it) → (member's name, {activity number: qty})
ROWS: list[tuple[str, str, str, dict[int, int]]] = [
    ("grace ", "2++", "Grace Hernández", {2: 3}),  # "carmen 2 + +" from the issue
    ("joaquin d", "13", "Joaquín Dubois", {1: 1, 3: 1}),
    ("Pat Newcomer", "", "Pat Newcomer", {1: 1, 4: 1}),  # new member: see NEW_MEMBER_KEYS
    ("sofia", "5", "Sofía MacLeod", {5: 25}),  # then F2 25 Enter
    ("SOREN G", "133", "Søren Gonzalez", {1: 1}),  # 3 ticked, then unticked
    ("thao", "12−", "Thảo Nguyen", {1: 1}),  # − takes phone bank back to nothing
    ("ruth l", "4", "Ruth López", {4: 1}),
    ("keisha o", "1", "Keisha Okafor", {1: 1}),
    ("priya", "2", "Priya Patel", {2: 1}),
    ("mateo o", "3+", "Mateo O'Brien", {3: 2}),
]


def ten_row_sheet(person: Person) -> None:
    from PySide6.QtCore import Qt

    from endorse_desktop.ui.commitments.signup_grid import SheetEntryView

    window = person.window
    store = window.session.store
    person.click_tab("Commitments")
    person.click_tab("Sign-up Sheet Entry")
    tab = window.tabs.currentWidget()
    sheet = tab.sheet
    assert isinstance(person.focus(), SheetEntryView), f"focus is on {person.focus()!r}"
    assert "Type the name" in sheet.keys.text()
    assert len(sheet.model.activities) >= 5
    endorsement_id = tab.current_endorsement()
    last_pledge = store.scalar("SELECT coalesce(max(id), 0) FROM pledges")
    members_before = store.scalar("SELECT count(*) FROM members")

    for number, (typed, keys, name, _) in enumerate(ROWS):
        person.type(typed)
        if name == "Pat Newcomer":
            assert sheet.model.rows[number].name == "Pat Newcomer"  # nothing rewritten
            person.press(Qt.Key.Key_Return)
            assert "not on the roster" in sheet.prompt.text()
            assert "Enter: add as a new member" in sheet.keys.text()
            person.press(Qt.Key.Key_Return)
            person.type("555-0100")
            person.press(Qt.Key.Key_Tab)
            person.type("pat@example.org")
            person.press(Qt.Key.Key_Return)
            person.type("14")
        else:
            person.type(keys)
            if name == "Sofía MacLeod":
                person.press(Qt.Key.Key_F2)
                assert "Digits: the quantity" in sheet.keys.text()
                person.type("25")
                person.press(Qt.Key.Key_Return)
        if number == 1:
            person.screenshot("signup-typing")
        person.press(Qt.Key.Key_Return)  # saves the row, on to the next
        assert sheet.model.rows[number].saved is not None, (number, sheet.prompt.text())
        assert sheet.model.rows[number].name == name

    # A saved row: keys do not change it, and the screen says how to change it.
    person.press(Qt.Key.Key_Up)
    person.type("4+")
    assert "Ctrl+Z" in sheet.prompt.text()
    person.screenshot("signup-saved")

    activities = sheet.model.activities
    stored = store.rows(
        "SELECT m.first_name || ' ' || m.last_name AS name, p.activity_id, p.quantity, "
        "p.source, p.endorsement_id FROM pledges p JOIN members m ON m.id = p.member_id "
        "WHERE p.id > ? ORDER BY p.id",
        (last_pledge,),
    )
    got: dict[str, dict[int, int]] = {}
    for row in stored:
        assert (row["source"], row["endorsement_id"]) == ("sheet", endorsement_id)
        number = next(i + 1 for i, a in enumerate(activities) if a.id == row["activity_id"])
        got.setdefault(row["name"], {})[number] = row["quantity"]
    for _, _, name, expected in ROWS:  # row by row, as on the paper
        assert got.get(name) == expected, (name, got.get(name), expected)
    assert len(got) == len(ROWS)
    assert store.scalar("SELECT count(*) FROM members") == members_before + 1
    pat = store.row("SELECT * FROM members WHERE last_name = 'Newcomer'")
    assert (pat["first_name"], pat["phone"], pat["email"]) == (
        "Pat",
        "555-0100",
        "pat@example.org",
    )


def test_a_ten_row_sheet_typed_fast_is_stored_row_by_row(x_display: str, demo_path: Path) -> None:
    store = Store.open(demo_path)
    add_member(store, Member(first_name="Priya", last_name="Patel", email="priya@example.org"))
    store.close()
    run_scenario(x_display, ten_row_sheet, demo_path)
